/** What Insert may write: exactly the formulas the Insert form builds, nothing else. */
import fc from 'fast-check';
import { insertRefusal } from '../../src/explain';
import { REGISTRY, NAMESPACE } from '../../src/functions/registry';
import { buildFormula, exampleArguments } from '../../src/taskpane/insert/formula';

const fullName = (name: string) => `${NAMESPACE}.${name}`;

test("every function's worked example, rebuilt by the form, may be inserted", () => {
  for (const spec of REGISTRY) {
    if (spec.example === undefined) continue;
    const built = buildFormula(fullName(spec.name), spec.params, exampleArguments(spec.example), ['ESG_Mainstream']);
    expect([spec.name, insertRefusal(built.formula)]).toEqual([spec.name, undefined]);
  }
});

test('whatever is typed into the form, the formula it builds may be inserted (text is quoted, never code)', () => {
  const typed = fc.oneof(
    fc.string(),
    fc.constantFrom('1)+HYPERLINK("x"', 'A1:B2', 'Inputs!B2', "'My sheet'!$B$2", '=SUM(A1)', '{1,2;3,4}', 'TRUE', '-3', '£87', '20%', 'ESG_Mainstream', '"quoted"'),
  );
  fc.assert(
    fc.property(fc.constantFrom(...REGISTRY), fc.array(typed, { maxLength: 8 }), (spec, args) => {
      const built = buildFormula(fullName(spec.name), spec.params, args, ['ESG_Mainstream']);
      expect(insertRefusal(built.formula)).toBeUndefined();
    }),
  );
});

test.each([
  ['another function', '=SUM(A1:A3)'],
  ['an ESG call inside a larger formula', '=ESG.GRANT(1)*2'],
  ['an ESG call in brackets with more', '=(ESG.GRANT(1))+1'],
  ['an expression argument', '=ESG.GRANT(A1+1)'],
  ['a nested call', '=ESG.GRANT(ESG.GRANT(1))'],
  ['more arguments than the function takes', '=ESG.TRADED.SHARE(1,2,3,4,5,6,7,8,9,10,11,12)'],
  ['no "="', 'ESG.GRANT(1)'],
  ['a formula that does not parse', '=ESG.GRANT(1'],
  ['a function outside the catalogue', '=ESG.NOPE(1)'],
])('refuses %s', (_what, formula) => {
  expect(insertRefusal(formula)).toMatch(/one call of an ESG function/);
});

test('accepts typed values, references, names, arrays and blanks', () => {
  expect(insertRefusal('=ESG.GRANT(Inputs!$B$2,-579,,TRUE,"2015-16",{"general"})')).toBeUndefined();
  expect(insertRefusal('=_xludf.ESG.GRANT(ESG_Mainstream)')).toBeUndefined();
});
