/**
 * On a real formula engine (HyperFormula with the ESG plugin): for formulas in cells, the explanation built from
 * the cell's formula and the workbook's values gives exactly the cell's value.
 */
import fc from 'fast-check';
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { isError, type Matrix } from '../../src/engine';
import { explainSelectedCell, type FormulaExplanation } from '../../src/explain';
import { HyperFormulaSelection } from '../../src/workbook/hf/HyperFormulaSelection';
import { createHyperFormula } from '../../src/hf/engine';

function workbook(inputs: (number | string | boolean | null)[][]): HyperFormula {
  const hf = createHyperFormula({ 'My Inputs': inputs, Calc: [] });
  hf.addNamedExpression('ESG_Mainstream', "='My Inputs'!$A$1");
  hf.addNamedExpression('ESG_Hours', "='My Inputs'!$B$1:$B$4");
  return hf;
}

/** Enters the formula in Calc!A1 and explains it; `cell` is the value at [row, col] of its spill (A1 itself by default). */
async function explainCell(
  hf: HyperFormula,
  formula: string,
  at: [number, number] = [0, 0],
): Promise<{ x: FormulaExplanation; cell: unknown }> {
  const sheet = hf.getSheetId('Calc') as number;
  const address = { sheet, row: 0, col: 0 };
  hf.setCellContents(address, formula);
  const { explanation: x } = await explainSelectedCell(new HyperFormulaSelection(hf, () => address));
  const first = hf.getCellValue(address);
  // An error in A1 is the whole result; otherwise read the spilled cell asked for.
  return { x, cell: first instanceof DetailedCellError ? first : hf.getCellValue({ sheet, row: at[0], col: at[1] }) };
}

/** The cell's value and the explanation's result agree (errors: same code and message). */
function expectAgree(x: FormulaExplanation, cell: unknown, pick: (m: Matrix) => unknown = (m) => m[0][0]) {
  if (x.kind === 'error-argument') {
    // An argument is an error value: the cell shows that error and the function is not run.
    expect(cell).toBeInstanceOf(DetailedCellError);
    expect((cell as DetailedCellError).value).toBe(x.error.error);
    return;
  }
  if (x.kind !== 'explained') throw new Error(`${x.kind}: ${'message' in x ? x.message : ''}`);
  const r = x.explanation.result;
  if (cell instanceof DetailedCellError) {
    expect(isError(r)).toBe(true);
    if (isError(r)) {
      expect(cell.value).toBe(r.code);
      expect(cell.message).toBe(r.message);
    }
    return;
  }
  expect(isError(r)).toBe(false);
  expect(Array.isArray(r) ? pick(r as Matrix) : r).toBe(cell);
}

test('seed 001 paragraph 41 through names, quoted sheets and expressions', async () => {
  const hf = workbook([[44095, 15], [579, 10], [44290, null], [479, 30]]);
  const { x, cell } = await explainCell(hf, "=ESG.GRANT(ESG_Mainstream,'My Inputs'!A2,,'My Inputs'!A3+'My Inputs'!A4)");
  expect(cell).toBe(5391995.25);
  expectAgree(x, cell);
  const { x: pte, cell: pteCell } = await explainCell(hf, '=ESG.DSG.PTE(ESG_Hours)');
  expectAgree(pte, pteCell);
  expect(pte.kind === 'explained' && pte.args[0].value).toEqual([[15], [10], [null], [30]]);
  const { x: p, cell: last } = await explainCell(hf, "=ESG.PROJECT(ESG_Mainstream,'My Inputs'!A2,0,44769,\"2015-16\",2,7047.5)", [3, 5]);
  expect(last).toBe(4165730.25);
  expectAgree(p, last, (m) => m[3][5]);
  hf.destroy();
});

test('a blank input cell reads as blank (the default), not as 0', async () => {
  const hf = workbook([[1000, null]]);
  const { x, cell } = await explainCell(hf, "=ESG.GRANT(ESG_Mainstream,,,,'My Inputs'!B1)");
  expectAgree(x, cell);
  expect(cell).toBe(1000 * 87 + 1000 * 15);
  hf.destroy();
});

const cellValue = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(null, -5, 'abc', '2015-16', 'general', true, 2016) },
);

const FORMULAS = [
  "=ESG.GRANT('My Inputs'!A1,'My Inputs'!A2,'My Inputs'!A3,'My Inputs'!A4,'My Inputs'!B1,'My Inputs'!B2)",
  "=ESG.RATE('My Inputs'!B1,'My Inputs'!B2)",
  "=ESG.DSG.BLOCK(\"Early Years\",'My Inputs'!A1,'My Inputs'!A2)",
  "=ESG.DSG.PTE('My Inputs'!A1:A4)",
  "=ESG.TRADED.SURPLUS('My Inputs'!A1:A2,'My Inputs'!A3:A4)",
  "=ESG.TRADED.SHARE('My Inputs'!A1-'My Inputs'!A2,{0;50000},{0.5;0.25},'My Inputs'!B2)",
  "=ESG.TRADED.PRICE('My Inputs'!A1,'My Inputs'!A2/100000,'My Inputs'!A3,'My Inputs'!B2)",
  "=ESG.TRADED.TECKAL('My Inputs'!A1,'My Inputs'!A2)",
  "=ESG.DSG.TRANSFER('My Inputs'!A1*1000,'My Inputs'!A2,'My Inputs'!B1,'My Inputs'!B2)",
];
const SPILLING = [
  "=ESG.MIX('My Inputs'!A1,'My Inputs'!A2,'My Inputs'!A3)",
  "=ESG.TRADED.SPLIT('My Inputs'!A1,{0,50000},{0.5,0.25},'My Inputs'!B2)",
  "=ESG.DSG.SUMMARY('My Inputs'!A1,'My Inputs'!A2,'My Inputs'!A3,,'My Inputs'!A4)",
];

/**
 * One workbook per property, its inputs replaced on every run: building a HyperFormula
 * instance (its formula parser) cost more than the property itself.
 */
async function forGeneratedInputs(numRuns: number, check: (hf: HyperFormula) => Promise<void>): Promise<void> {
  const hf = workbook([]);
  const inputsSheet = hf.getSheetId('My Inputs') as number;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellValue, { minLength: 2, maxLength: 2 }), { minLength: 4, maxLength: 4 }), async (inputs) => {
        hf.setSheetContent(inputsSheet, inputs);
        await check(hf);
      }),
      { numRuns },
    );
  } finally {
    hf.destroy();
  }
}

test.each(FORMULAS)('explanation agrees with the cell for generated inputs: %s', async (formula) => {
  await forGeneratedInputs(40, async (hf) => {
    const { x, cell } = await explainCell(hf, formula);
    expectAgree(x, cell);
  });
});

test.each(SPILLING)('a spilled result: the explanation gives the spilled cells, for generated inputs: %s', async (formula) => {
  await forGeneratedInputs(30, async (hf) => {
    const { x, cell } = await explainCell(hf, formula, [1, 1]);
    expectAgree(x, cell, (m) => m[1][1]);
  });
});
