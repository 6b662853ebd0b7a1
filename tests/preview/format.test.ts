import fc from 'fast-check';
import { formatGeneral, formatValue } from '../../src/preview/format';

describe('formatValue: the formats the demo model uses', () => {
  it.each([
    [5391995.25, '£#,##0.00', '£5,391,995.25'],
    [5391995.25, '£#,##0', '£5,391,995'],
    [5391995.25, '£#,##0,', '£5,392'], // £000: the council's 5,392
    [4165730.25, '£#,##0,', '£4,166'],
    [1341645, '#,##0,', '1,342'],
    [44095, '#,##0', '44,095'],
    [7047.5, '#,##0.0', '7,047.5'],
    [0.25, '0%', '25%'],
    [0.125, '0.0%', '12.5%'],
    [1000, '"£"#,##0', '£1,000'],
    [1.5, '[$£-809]#,##0.00', '£1.50'],
    [3.14159, '[Red]0.00', '3.14'],
    [12, '0.00', '12.00'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [1.005, '0.00', '1.01'], // Excel rounds the decimal it shows, not the binary double
  ])('%p as %s is %s', (value, format, expected) => {
    expect(formatValue(value, format)).toBe(expected);
  });

  it('puts a minus sign in front of the currency symbol with one section', () => {
    expect(formatValue(-1500, '£#,##0')).toBe('-£1,500');
  });

  it('uses the negative and zero sections when given', () => {
    expect(formatValue(-1500, '£#,##0;(£#,##0)')).toBe('(£1,500)');
    expect(formatValue(0, '£#,##0;(£#,##0);"-"')).toBe('-');
    expect(formatValue(12, '£#,##0;(£#,##0);"-"')).toBe('£12');
  });

  it('shows text as it is, under @ or a numeric format', () => {
    expect(formatValue('Maintained pupils', '@')).toBe('Maintained pupils');
    expect(formatValue('2015-16', '£#,##0')).toBe('2015-16');
    expect(formatValue('x', '0;-0;0;"<"@">"')).toBe('<x>');
  });

  it('shows booleans and empty cells like Excel', () => {
    expect(formatValue(true)).toBe('TRUE');
    expect(formatValue(false, '0')).toBe('FALSE');
    expect(formatValue(null, '£#,##0')).toBe('');
  });

  it('falls back to General for formats it does not read (dates)', () => {
    expect(formatValue(42000, 'dd/mm/yyyy')).toBe('42000');
  });
});

describe('formatGeneral', () => {
  it('shows integers and short decimals as typed', () => {
    expect(formatGeneral(44095)).toBe('44095');
    expect(formatGeneral(5391995.25)).toBe('5391995.25');
    expect(formatGeneral(-7047.5)).toBe('-7047.5');
  });
  it('hides binary noise and long tails', () => {
    expect(formatGeneral(0.1 + 0.2)).toBe('0.3');
    expect(formatGeneral(1 / 3)).toBe('0.333333333');
  });
  it('uses scientific notation for very large numbers', () => {
    expect(formatGeneral(123456789012345)).toBe('1.23457E+14');
  });
});

describe('formatValue invariants', () => {
  it('£#,##0.00 round-trips any amount to the penny', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (pence) => {
        const text = formatValue(pence / 100, '£#,##0.00');
        const parsed = Number(text.replace(/[£,]/g, ''));
        expect(parsed).toBeCloseTo(pence / 100, 2);
        expect(text).toMatch(/^-?£\d{1,3}(,\d{3})*\.\d\d$/);
      }),
    );
  });
});
