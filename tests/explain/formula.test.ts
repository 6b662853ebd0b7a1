import { isError, type Matrix } from '../../src/engine';
import {
  explainFormula,
  findEsgCall,
  formulaExplanationText,
  fromPortValue,
  type ExplainHost,
  type FormulaExplanation,
  type HostValue,
  type Reference,
} from '../../src/explain';
import { FormulaSyntaxError } from '../../src/explain/tokenize';

/** A host over a little map of references; records what it was asked. */
function fakeHost(cells: Record<string, HostValue>, expressions: Record<string, HostValue> = {}) {
  const asked: Reference[] = [];
  const evaluated: string[] = [];
  const host: ExplainHost = {
    resolve: (ref) => {
      asked.push(ref);
      if (!(ref.text in cells)) throw new Error(`no such reference ${ref.text}`);
      return cells[ref.text];
    },
    evaluate: async (e) => {
      evaluated.push(e);
      if (!(e in expressions)) throw new Error(`cannot evaluate ${e}`);
      return expressions[e];
    },
  };
  return { host, asked, evaluated };
}

function explained(x: FormulaExplanation) {
  if (x.kind !== 'explained') throw new Error(`expected an explanation, got ${x.kind}: ${'message' in x ? x.message : ''}`);
  return x;
}

test('seed 001 paragraph 41 (July 2015 estimate) from cells and an expression', async () => {
  const { host, asked, evaluated } = fakeHost({ B2: 44095, B3: 579 }, { 'B4+B5': 44769 });
  const x = explained(await explainFormula('=ESG.GRANT(B2,B3,0,B4+B5,"2015-16")', host));
  expect(x.explanation.result).toBe(5391995.25);
  expect(x.args.map((a) => [a.param, a.kind, a.text])).toEqual([
    ['mainstream', 'cell', 'B2'],
    ['special', 'cell', 'B3'],
    ['pru', 'literal', '0'],
    ['academies', 'expression', 'B4+B5'],
    ['year', 'literal', '"2015-16"'],
    ['element', 'omitted', ''],
    ['generalRate', 'omitted', ''],
    ['retainedRate', 'omitted', ''],
  ]);
  expect(asked.map((r) => r.text)).toEqual(['B2', 'B3']);
  expect(evaluated).toEqual(['B4+B5']);
  expect(x.call.wrapped).toBe(false);
  const text = formulaExplanationText(x, 'ESG!C7');
  expect(text.split('\n')[0]).toBe('ESG!C7: =ESG.GRANT(B2,B3,0,B4+B5,"2015-16")');
  expect(text).toContain('mainstream = 44,095 (from B2)');
  expect(text).toContain('academies = 44,769 (from the expression B4+B5)');
});

test('the July 2017 estimate inside INDEX: the outermost ESG call is explained and marked as wrapped', async () => {
  const { host } = fakeHost({ "'My Sheet'!$A$1": 44095, ESG_Special: 579 });
  const x = explained(await explainFormula("=INDEX(ESG.PROJECT('My Sheet'!$A$1,ESG_Special,0,44769,\"2015-16\",2,7047.5),4,6)", host));
  expect(x.call).toMatchObject({ name: 'PROJECT', wrapped: true });
  expect(x.args[0].reference).toEqual({ kind: 'cell', text: "'My Sheet'!$A$1", sheet: 'My Sheet', address: '$A$1' });
  expect(x.args[1].reference).toEqual({ kind: 'name', text: 'ESG_Special', name: 'ESG_Special' });
  expect((x.explanation.result as Matrix)[3][5]).toBe(4165730.25);
  expect(formulaExplanationText(x)).toContain('inside a larger formula');
});

test('blank cells take the defaults; a single cell to a range parameter is a 1×1 range', async () => {
  const { host } = fakeHost({ B2: 100, B9: '', A1: 15, 'A1:A3': [[15], [10], ['']] });
  const g = explained(await explainFormula('=ESG.GRANT(B2,,,,B9)', host));
  expect(g.args[4].value).toBeNull();
  expect(g.explanation.args[4]).toMatchObject({ display: '2015-16', defaulted: true });
  expect(g.explanation.result).toBe(87 * 100 + 15 * 100);
  const one = explained(await explainFormula('=ESG.DSG.PTE(A1)', host));
  expect(one.args[0].value).toEqual([[15]]);
  const range = explained(await explainFormula('=ESG.DSG.PTE(A1:A3)', host));
  expect(range.args[0].value).toEqual([[15], [10], [null]]);
  expect(range.explanation.result).toBe(1 + 10 / 15);
});

test('literals: negative numbers, booleans, array constants; names are case-insensitive', async () => {
  const { host } = fakeHost({});
  const neg = explained(await explainFormula('=esg.grant(-3)', host));
  expect(neg.args[0]).toMatchObject({ kind: 'literal', value: -3 });
  expect(isError(neg.explanation.result) && neg.explanation.result.message).toBe("Pupil numbers can't be negative (mainstream = -3)");
  const share = explained(await explainFormula('=ESG.TRADED.SHARE(100000,{0;50000},{0.5;0.25})', host));
  expect(share.args[1]).toMatchObject({ kind: 'array', value: [[0], [50000]] });
  expect(share.explanation.result).toBe(37500);
  const t = explained(await explainFormula('=ESG.DSG.TRANSFER(100000000,2000000,"2019-20",TRUE)', host));
  expect(t.explanation.result).toBe(2000000);
});

test('an argument that is an error value: Excel shows that error, the explanation says where it came from', async () => {
  const { host } = fakeHost({ B2: fromPortValue('#N/A') as HostValue, 'C1:C2': [[1], [{ error: '#DIV/0!' }]] });
  const x = await explainFormula('=ESG.GRANT(B2)', host);
  expect(x).toMatchObject({ kind: 'error-argument', param: 'mainstream', error: { error: '#N/A' } });
  expect(x.kind === 'error-argument' && x.message).toContain('(B2)');
  const r = await explainFormula('=ESG.TRADED.SURPLUS(C1:C2,0)', host);
  expect(r).toMatchObject({ kind: 'error-argument', param: 'income', error: { error: '#DIV/0!' } });
  expect(fromPortValue('#N/A text')).toBe('#N/A text');
});

test('no formula, no ESG call, unreadable formulas, too many arguments', async () => {
  const { host } = fakeHost({});
  expect((await explainFormula('44095', host)).kind).toBe('no-formula');
  expect((await explainFormula(null, host)).kind).toBe('no-formula');
  expect((await explainFormula('=SUM(A1:A3)', host)).kind).toBe('no-esg');
  expect((await explainFormula('=ESG.NOPE(1)', host)).kind).toBe('no-esg');
  const bad = await explainFormula('=ESG.GRANT(1', host);
  expect(bad.kind).toBe('unreadable');
  // Issue 14.15: a wrong argument count is the cell's #N/A (it was 'unreadable' before).
  const many = await explainFormula('=ESG.RATE(2015,"general",3)', host);
  expect(many).toMatchObject({
    kind: 'explained',
    explanation: { result: { code: '#N/A', message: 'Wrong number of arguments: ESG.RATE takes 1 to 2 (3 given)' }, steps: [] },
  });
  const none = await explainFormula('=ESG.PROJECT()', host);
  expect(none).toMatchObject({ kind: 'explained', explanation: { result: { code: '#N/A', message: expect.stringContaining('missing mainstream') } } });
});

test('a reference the host cannot read, or an expression with no evaluator: unresolved, naming the argument', async () => {
  const { host } = fakeHost({});
  const x = await explainFormula('=ESG.GRANT(Missing_Name)', host);
  expect(x).toMatchObject({ kind: 'unresolved', param: 'mainstream' });
  expect(x.kind === 'unresolved' && x.message).toContain('Missing_Name could not be read: no such reference Missing_Name');
  const noEval: ExplainHost = { resolve: () => 1 };
  const y = await explainFormula('=ESG.GRANT(1+1)', noEval);
  expect(y).toMatchObject({ kind: 'unresolved', message: 'The value of 1+1 could not be worked out here' });
});

test('findEsgCall: the first, outermost ESG call; nested ESG calls are marked', () => {
  const call = findEsgCall('=ROUND(ESG.GRANT(ESG.RATE(2015)*2,B2),0)+ESG.RATE(2016)');
  if (call === undefined || call instanceof FormulaSyntaxError) throw new Error('no call');
  expect(call.name).toBe('GRANT');
  expect(call.text).toBe('ESG.GRANT(ESG.RATE(2015)*2,B2)');
  expect(call.args[0]).toMatchObject({ kind: 'expression', text: 'ESG.RATE(2015)*2', nestedEsg: true });
  expect(findEsgCall('=_xludf.ESG.MIX(1,2,3)')).toMatchObject({ name: 'MIX', wrapped: false });
  expect(findEsgCall('=(ESG.MIX(1,2,3))')).toMatchObject({ wrapped: false });
  expect(findEsgCall('=SUM(1)')).toBeUndefined();
  expect(findEsgCall('=SUM(')).toBeInstanceOf(FormulaSyntaxError);
});
