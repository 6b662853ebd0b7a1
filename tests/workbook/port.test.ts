/** A1 addresses and Excel name rules. */
import { parseRange, qualifiedAddress, quoteSheetName, rangeAddress } from '../../src/workbook/a1';
import { isValidDefinedName, literalTextInput } from '../../src/workbook/port';

describe('A1 addresses', () => {
  it.each([
    ['B2', { row: 1, col: 1, rows: 1, cols: 1 }],
    ['$AA$10:$AB$12', { row: 9, col: 26, rows: 3, cols: 2 }],
    ['Inputs!B5', { sheet: 'Inputs', row: 4, col: 1, rows: 1, cols: 1 }],
    ["='Budget 2015-16'!$G$12", { sheet: 'Budget 2015-16', row: 11, col: 6, rows: 1, cols: 1 }],
    ["'It''s'!A1", { sheet: "It's", row: 0, col: 0, rows: 1, cols: 1 }],
  ])('parses %s', (text, expected) => {
    expect(parseRange(text)).toEqual(expected);
  });

  it.each(['A:A', 'A1,B2', 'Name', '=A1+1', 'A0'])('does not parse %s as one range', (text) => {
    expect(parseRange(text)).toBeUndefined();
  });

  it('formats and quotes', () => {
    expect(rangeAddress({ row: 3, col: 1, rows: 5, cols: 5 })).toBe('B4:F8');
    expect(quoteSheetName('ESG')).toBe('ESG');
    expect(quoteSheetName('AB12')).toBe("'AB12'");
    expect(qualifiedAddress("Scenario's", { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'Scenario''s'!$A$1");
  });
});

describe('names and text', () => {
  it.each(['ESG_Total', '_x', 'a.b', 'Traded_FTE', 'XFE1'])('%s is a valid name', (n) => expect(isValidDefinedName(n)).toBe(true));
  it.each(['', 'A1', 'xfd1048576', 'R1C1', 'r', 'C', '1abc', 'has space', 'a-b', 'x'.repeat(256)])('%j is not a valid name', (n) =>
    expect(isValidDefinedName(n)).toBe(false),
  );
  it('every non-empty string gets the apostrophe that keeps it text', () => {
    expect(literalTextInput('=1')).toBe("'=1");
    expect(literalTextInput('')).toBe('');
  });
});
