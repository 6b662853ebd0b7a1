/**
 * The pane's own evaluator of simple argument expressions (for Excel, which can't evaluate
 * one through Office.js) agrees with a real formula engine on generated expressions.
 */
import fc from 'fast-check';
import { DetailedCellError } from 'hyperformula';
import { explainFormula, type HostValue } from '../../src/explain';
import { localEvaluator } from '../../src/explain/evaluate';
import { createHyperFormula } from '../../src/hf/engine';

const CELLS: Record<string, HostValue> = { A1: 44290, A2: 479, A3: null, A4: 'abc', A5: true, A6: '12.5', A7: { error: '#N/A' } };
const resolve = (ref: { text: string }) => {
  if (!(ref.text in CELLS)) throw new Error(`no ${ref.text}`);
  return CELLS[ref.text];
};
const evaluate = localEvaluator(resolve);

const leaf = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }).map((d) => String(d)),
  fc.constantFrom('A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', '"7"', '0'),
);
const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/'), tie('e')).map(([a, op, b]) => `${a}${op}${b}`),
    // Small whole powers: HyperFormula gives 0^0 = 1 where Excel (and the evaluator) give #NUM!.
    fc.tuple(tie('e'), fc.integer({ min: 1, max: 3 })).map(([a, n]) => `(${a})^${n}`),
    tie('e').map((a) => `(${a})`),
    tie('e').map((a) => `-${a}`),
    tie('e').map((a) => `(${a})%`),
  ),
})).e;

test('agrees with HyperFormula on + − × ÷ ^ % over numbers, blanks, a TRUE cell, numeric text and errors', async () => {
  // "'12.5" is the text 12.5 in HyperFormula (as in Excel).
  const hf = createHyperFormula({ S: [[44290], [479], [null], ['abc'], [true], ["'12.5"], ['=NA()']] });
  try {
    await fc.assert(
      fc.asyncProperty(expr, async (e) => {
        // A bare reference to a blank cell stays blank (the function then sees a blank); HyperFormula shows 0.
        const mine = (await evaluate(e)) ?? 0;
        const theirs = hf.calculateFormula(`=${e}`, 0);
        if (theirs instanceof DetailedCellError) {
          expect(mine).toEqual(expect.objectContaining({ error: theirs.value }));
        } else if (typeof theirs === 'number') {
          expect(typeof mine).toBe('number');
          // HyperFormula rounds near-zero sums (Excel does too); compare to 12 significant figures.
          expect(Math.abs((mine as number) - theirs)).toBeLessThanOrEqual(Math.abs(theirs) * 1e-12 + 1e-12);
        } else {
          expect(mine).toEqual(theirs);
        }
      }),
      { numRuns: 400 },
    );
  } finally {
    hf.destroy();
  }
});

test('refuses what it cannot work out, and the explanation says so', async () => {
  await expect(evaluate('SUM(A1:A2)')).rejects.toThrow("the pane can't work out a call of SUM by itself");
  await expect(evaluate('A1:A2+1')).rejects.toThrow(/a range \(A1:A2\)/);
  await expect(evaluate('A1&A2')).rejects.toThrow(/the & operator/);
  expect(await evaluate('0^0')).toEqual({ error: '#NUM!' });
  expect(await evaluate('1/A3')).toEqual({ error: '#DIV/0!' });
  const x = await explainFormula('=ESG.GRANT(A1+A2)', { resolve, evaluate });
  expect(x.kind === 'explained' && x.explanation.result).toBe(44769 * 87 + 44769 * 15);
  const y = await explainFormula('=ESG.GRANT(ROUND(A1,0))', { resolve, evaluate });
  expect(y).toMatchObject({ kind: 'unresolved', param: 'mainstream' });
});
