import { isError, type Result } from '../../src/engine/result';
import { formatYear, readYear } from '../../src/engine/years';

const value = (r: Result<number>) => (isError(r) ? r.code : r);

describe('financial years', () => {
  test.each([
    ['2015-16', 2015],
    ['2015/16', 2015],
    ['2015–16', 2015],
    [' 2015 - 16 ', 2015],
    ['2015-2016', 2015],
    ['2015', 2015],
    [2015, 2015],
    ['1999-00', 1999],
    [[[2016]], 2016],
  ])('reads %p as %p', (raw, start) => {
    expect(value(readYear(raw, 'year'))).toBe(start);
  });

  test.each([['2015-17'], ['2015-2017'], [2015.5], ['2015.5'], ['15-16'], ['next year'], [true], [42095], ['2015-16-17']])(
    'rejects %p with #VALUE! naming the argument',
    (raw) => {
      const r = readYear(raw, 'startYear');
      expect(isError(r) && r.code).toBe('#VALUE!');
      expect(isError(r) && r.message).toContain('startYear');
    },
  );

  test('"2015-17" is explained as not a financial year', () => {
    const r = readYear('2015-17', 'year');
    expect(isError(r) && r.message).toBe('year "2015-17" is not a financial year: the second part must be the following year, as in "2015-16"');
  });

  test('blank takes the default, or is required', () => {
    expect(readYear(null, 'year', 2015)).toBe(2015);
    expect(readYear('', 'year', 2015)).toBe(2015);
    expect(readYear(undefined, 'year', 2015)).toBe(2015);
    const r = readYear(null, 'year');
    expect(isError(r) && r.message).toContain('year is required');
  });

  test('formats as "2016-17", with the century turn', () => {
    expect(formatYear(2016)).toBe('2016-17');
    expect(formatYear(1999)).toBe('1999-00');
    expect(formatYear(2009)).toBe('2009-10');
  });
});
