import fc from 'fast-check';
import { parseFormula } from '../../../src/explain/parse';
import { asReference, buildFormula, exampleArguments, literalValue, quoteText, readArgument } from '../../../src/taskpane/insert/formula';

test('typed text is read as a number, TRUE/FALSE, a reference, a known name, an array or quoted text', () => {
  expect(readArgument('')).toEqual({ kind: 'blank', formula: '' });
  expect(readArgument(' 44,095 ')).toEqual({ kind: 'number', formula: '44095' });
  expect(readArgument('£87')).toEqual({ kind: 'number', formula: '87' });
  expect(readArgument('20%')).toEqual({ kind: 'number', formula: '0.2' });
  expect(readArgument('-3')).toEqual({ kind: 'number', formula: '-3' });
  expect(readArgument('1e21')).toEqual({ kind: 'number', formula: '1E+21' });
  expect(readArgument('true')).toEqual({ kind: 'boolean', formula: 'TRUE' });
  expect(readArgument('$B$2')).toEqual({ kind: 'reference', formula: '$B$2' });
  expect(readArgument("'My Sheet'!B2:B9")).toEqual({ kind: 'reference', formula: "'My Sheet'!B2:B9" });
  expect(readArgument('esg_mainstream', ['ESG_Mainstream'])).toEqual({ kind: 'name', formula: 'ESG_Mainstream' });
  expect(readArgument('ESG_Mainstream')).toEqual({ kind: 'text', formula: '"ESG_Mainstream"' });
  expect(readArgument('{0, 50000; 1,"a"}')).toEqual({ kind: 'array', formula: '{0,50000;1,"a"}' });
  expect(readArgument('2015-16')).toEqual({ kind: 'text', formula: '"2015-16"' });
  expect(readArgument('"2015-16"')).toEqual({ kind: 'text', formula: '"2015-16"' });
  expect(readArgument('Early Years')).toEqual({ kind: 'text', formula: '"Early Years"' });
});

test('text that looks like formula code stays text', () => {
  expect(readArgument('=SUM(A1:A9)')).toEqual({ kind: 'text', formula: '"=SUM(A1:A9)"' });
  expect(readArgument('B2+B3')).toEqual({ kind: 'text', formula: '"B2+B3"' });
  expect(readArgument('He said "hi"')).toEqual({ kind: 'text', formula: '"He said ""hi"""' });
  expect(readArgument('"),HYPERLINK("x')).toEqual({ kind: 'text', formula: '"""),HYPERLINK(""x"' });
  expect(readArgument('{1,2')).toEqual({ kind: 'text', formula: '"{1,2"' });
  expect(quoteText('a"b')).toBe('"a""b"');
});

test('any typed text gives exactly one argument of the formula, and text reads back unchanged', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('"', "'", '=', ',', '(', ')', '{', '}', ';', '!', 'A', '1', ' ', '\\', '#', '$') })), (typed) => {
      const built = buildFormula('ESG.RATE', [{ name: 'year', optional: false }, { name: 'element', optional: true }], ['2015', typed]);
      const root = parseFormula(built.formula);
      expect(root.type).toBe('call');
      if (root.type !== 'call') return;
      const read = built.args[1];
      expect(root.args).toHaveLength(read.kind === 'blank' ? 1 : 2);
      if (read.kind === 'text') {
        // Typed in quotes: the text inside; otherwise the text as typed.
        const t = typed.trim();
        const quoted = /^"((?:[^"]|"")*)"$/s.exec(t);
        expect(root.args[1]).toMatchObject({ type: 'string', value: quoted ? quoted[1].replace(/""/g, '"') : t });
      }
    }),
    { numRuns: 500 },
  );
});

test('buildFormula: blanks in the middle stay, trailing blanks go; missing required arguments are listed', () => {
  const params = [
    { name: 'mainstream', optional: false },
    { name: 'special', optional: true },
    { name: 'pru', optional: true },
    { name: 'academies', optional: true },
    { name: 'year', optional: true },
    { name: 'element', optional: true },
  ];
  expect(buildFormula('ESG.GRANT', params, ['B2', '', '', '', '2015-16', '']).formula).toBe('=ESG.GRANT(B2,,,,"2015-16")');
  expect(buildFormula('ESG.GRANT', params, ['', '579']).missing).toEqual(['mainstream']);
  expect(buildFormula('ESG.GRANT', params, []).formula).toBe('=ESG.GRANT()');
});

test('asReference accepts only a cell or range address', () => {
  expect(asReference('Sheet1!B2')).toBe('Sheet1!B2');
  expect(asReference("'Budget 2015-16'!$C$4:$C$9")).toBe("'Budget 2015-16'!$C$4:$C$9");
  expect(asReference('B2,C3')).toBeUndefined();
  expect(asReference('=B2')).toBeUndefined();
  expect(asReference('Name')).toBeUndefined();
});

test('exampleArguments gives each argument as written', () => {
  expect(exampleArguments('=ESG.DSG.SUMMARY(300000000,30000000,50000000,,-120000000)')).toEqual([
    '300000000', '30000000', '50000000', '', '-120000000',
  ]);
  expect(exampleArguments('=ESG.TRADED.SHARE(100000,{0,50000},{0.5,0.25})')).toEqual(['100000', '{0,50000}', '{0.5,0.25}']);
});

describe('references into other workbooks are refused (Excel would open or fetch the file)', () => {
  const external = [
    '[Book.xlsx]Sheet!A1',
    '[Book.xlsx]Sheet1!$A$1:$B$9',
    "'[Book.xlsx]My Sheet'!A1",
    "'C:\\Budgets\\[x.xlsx]S'!A1",
    "'\\\\server\\share\\[x.xlsx]S'!A1",
    "'https://example.org/files/[x.xlsx]S'!A1",
    "'http://evil/[a.xlsx]Sheet1'!B2",
    '[1]Sheet1!A1',
    '[1]!Rate',
    'Book.xlsx!Rate',
    "'Book 2.xlsm'!Rate",
  ];
  test.each(external)('%s', (typed) => {
    expect(readArgument(typed, ['Rate'])).toEqual({ kind: 'external', formula: '' });
    expect(asReference(typed)).toBeUndefined();
    const built = buildFormula('ESG.RATE', [{ name: 'year', optional: false }], [typed]);
    expect(built.external).toEqual(['year']);
  });

  test('references to this workbook and ordinary text are not refused', () => {
    expect(readArgument("'Budget 2015-16'!C4").kind).toBe('reference');
    expect(readArgument('Inputs!B2:B9').kind).toBe('reference');
    expect(readArgument('Wow: great!').kind).toBe('text');
    expect(readArgument('"[Book.xlsx]Sheet!A1"')).toEqual({ kind: 'text', formula: '"[Book.xlsx]Sheet!A1"' });
  });
});

test('literalValue gives what the engine receives from a cell', () => {
  expect(literalValue(readArgument('-5'))).toBe(-5);
  expect(literalValue(readArgument('abc'))).toBe('abc');
  expect(literalValue(readArgument('true'))).toBe(true);
  expect(literalValue(readArgument('{1,2;3,4}'))).toEqual([[1, 2], [3, 4]]);
  expect(literalValue(readArgument('B2'))).toBeUndefined();
  expect(literalValue(readArgument(''))).toBeUndefined();
});
