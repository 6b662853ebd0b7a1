import { numberFromText, readBoolean, readChoice, readNumber, readRange, scalarOf } from '../../src/engine/input';
import { pounds } from '../../src/engine/messages';
import { isError, type EngineError, type Result } from '../../src/engine/result';

function err<T>(r: Result<T>): EngineError {
  if (!isError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r;
}

describe('numbers from cells', () => {
  test('numbers and numeric text', () => {
    expect(readNumber(44095, 'mainstream')).toBe(44095);
    expect(readNumber('44,095', 'mainstream')).toBe(44095);
    expect(readNumber(' £87 ', 'rate')).toBe(87);
    expect(readNumber('20%', 'ringfence')).toBe(0.2);
    expect(readNumber('1e3', 'x')).toBe(1000);
    expect(readNumber([[5]], 'x')).toBe(5);
    expect(numberFromText('4,40,95')).toBeUndefined();
    expect(numberFromText('0x10')).toBeUndefined();
  });

  test('blank: 0 by default, a default, or required', () => {
    expect(readNumber(null, 'special')).toBe(0);
    expect(readNumber(undefined, 'special')).toBe(0);
    expect(readNumber('', 'special')).toBe(0);
    expect(readNumber('', 'units', { blank: 1 })).toBe(1);
    expect(err(readNumber(null, 'rate', { blank: 'error' })).message).toBe('rate is required: it is blank');
  });

  test('wrong type is #VALUE! naming the argument and value', () => {
    const text = err(readNumber('lots', 'academies'));
    expect(text.code).toBe('#VALUE!');
    expect(text.message).toBe('academies must be a number, not "lots"');
    expect(err(readNumber(true, 'special')).message).toBe('special must be a number, not TRUE');
    expect(err(readNumber({}, 'special')).message).toContain('special');
  });

  test('NaN and Infinity are refused', () => {
    expect(err(readNumber(NaN, 'pru')).message).toContain('pru');
    expect(err(readNumber(Infinity, 'pru')).code).toBe('#VALUE!');
  });

  test('negative counts', () => {
    expect(err(readNumber(-3, 'special', { nonNegative: 'pupils' })).message).toBe(
      "Pupil numbers can't be negative (special = -3)",
    );
    expect(err(readNumber('-5', 'schools', { nonNegative: 'amount' })).message).toBe(
      'Amounts in £ can\'t be negative (schools = "-5")',
    );
  });

  test('fractions, positive, whole and max', () => {
    expect(err(readNumber(5, 'ringfence', { fraction: true })).message).toContain('ringfence = 5');
    expect(err(readNumber(0, 'units', { positive: true })).message).toContain('units');
    expect(err(readNumber(2.5, 'years', { whole: true })).message).toContain('years = 2.5');
    expect(err(readNumber(60, 'years', { max: 50 })).message).toContain('at most 50');
    expect(Object.is(readNumber(-0, 'x'), 0)).toBe(true);
  });

  test('a range where one value is expected', () => {
    expect(err(scalarOf([[1, 2]], 'mainstream')).message).toBe(
      'mainstream must be a single value, not a range of 1 × 2 cells',
    );
    expect(scalarOf([], 'x')).toBeNull();
  });
});

describe('names and switches', () => {
  const choices = [
    { name: 'Early Years', value: 'ey' },
    { name: 'High Needs', value: 'hn', aliases: ['HNB'] },
  ] as const;

  test('case-insensitive, spaces and punctuation ignored, aliases', () => {
    expect(readChoice('early years', 'block', 'block', choices)).toBe('ey');
    expect(readChoice('EARLY-YEARS', 'block', 'block', choices)).toBe('ey');
    expect(readChoice('hnb', 'block', 'block', choices)).toBe('hn');
  });

  test('unknown names list what is accepted', () => {
    const e = err(readChoice('Schols', 'block', 'block', choices));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('Unknown block "Schols" (block): use "Early Years" or "High Needs"');
    expect(err(readChoice(3, 'block', 'block', choices)).message).toContain('3');
  });

  test('booleans', () => {
    expect(readBoolean(true, 'approved')).toBe(true);
    expect(readBoolean(null, 'approved')).toBe(false);
    expect(readBoolean('yes', 'approved')).toBe(true);
    expect(readBoolean(0, 'approved')).toBe(false);
    expect(err(readBoolean('maybe', 'approved')).message).toBe('approved must be TRUE or FALSE, not "maybe"');
  });
});

describe('ranges', () => {
  test('2-D, 1-D and scalar inputs; blanks kept as null', () => {
    const g = readRange([[1, null], ['2', '']], 'hours', { blanks: 'skip' });
    expect(g).toEqual({ rows: 2, cols: 2, cells: [1, null, 2, null] });
    expect(readRange([1, 2, 3], 'x', { blanks: 'skip' })).toEqual({ rows: 1, cols: 3, cells: [1, 2, 3] });
    expect(readRange(7, 'x', { blanks: 'skip' })).toEqual({ rows: 1, cols: 1, cells: [7] });
  });

  test('bad cells are located', () => {
    expect(err(readRange([[1], [-2]], 'hours', { nonNegative: 'hours', blanks: 'skip' })).message).toBe(
      "Hours can't be negative (hours, row 2 = -2)",
    );
    expect(err(readRange([[1, 'x']], 'income', { blanks: 'skip' })).message).toBe(
      'income, column 2 must be a number, not "x"',
    );
    expect(err(readRange([[1], [null]], 'ratios', { blanks: 'error' })).message).toContain('ratios, row 2');
  });

  // Pinned before the per-cell closures left readRange (issue 13 point 2): same cells, same texts.
  test('2-D and ragged ranges: every cell located by row and column, short rows padded with blanks', () => {
    expect(err(readRange([[1, 2, 3], [4, 5, 'x']], 'costs', { blanks: 'skip' })).message).toBe(
      'costs, row 2 column 3 must be a number, not "x"',
    );
    expect(err(readRange([[1, 2], [3, 1.5]], 'ratios', { fraction: true, blanks: 'skip' })).message).toBe(
      'ratios, row 1 column 2 must be a fraction between 0 and 1, such as 0.2 or 20% (ratios, row 1 column 2 = 2)',
    );
    expect(err(readRange([[1, 2], [3]], 'thresholds', { blanks: 'error' })).message).toBe(
      'A cell is blank (thresholds, row 2 column 2): fill it in or select a smaller range',
    );
    expect(readRange([[1, 2], [3]], 'x', { blanks: 'skip' })).toEqual({ rows: 2, cols: 2, cells: [1, 2, 3, null] });
    expect(err(readRange([1, [2]], 'x', { blanks: 'skip' })).message).toBe('x, column 2 must be a number, not a range');
    expect(readRange([], 'x', { blanks: 'skip' })).toEqual({ rows: 0, cols: 0, cells: [] });
    expect(readRange([[]], 'x', { blanks: 'skip' })).toEqual({ rows: 0, cols: 0, cells: [] });
    expect(readRange([[-0, '£5']], 'x', { blanks: 'skip' })).toEqual({ rows: 1, cols: 2, cells: [0, 5] });
    expect(Object.is((readRange([[-0]], 'x', { blanks: 'skip' }) as { cells: readonly (number | null)[] }).cells[0], 0)).toBe(true);
  });
});

test('pounds in messages', () => {
  expect(pounds(500000)).toBe('£500,000');
  expect(pounds(1234567.5)).toBe('£1,234,567.50');
  expect(pounds(0.999)).toBe('£1');
});
