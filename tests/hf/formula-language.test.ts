/**
 * Issue 12.7 and 12.9: the preview and `calc` do what Excel does with
 * - an error argument: the add-in does not set `allowErrorForDataTypeAny`, so Excel returns
 *   the error without calling the function (also when a range argument holds an error);
 * - the TRUE and FALSE literals, which HyperFormula alone reads as names.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { CATALOGUE, type CatalogueName } from '../../src/engine';
import { createHyperFormula } from '../../src/hf/engine';
import { main as calc } from '../../src/cli/calc';
import { VALID_CALLS as VALID } from '../support/valid-calls';

function value(hf: HyperFormula, row = 0, col = 0): unknown {
  const v = hf.getCellValue({ sheet: 0, row, col });
  return v instanceof DetailedCellError ? { error: v.value, message: v.message } : v;
}

/** Data from row 31, below any spill. */
const sheetOf = (formula: string, data: unknown[][]): (string | number | null)[][] =>
  [[formula], ...Array.from({ length: 29 }, () => []), ...data] as (string | number | null)[][];

/**
 * One workbook for the file, its sheet replaced for each formula: building a HyperFormula
 * instance (its formula parser) cost more than the formula. `evaluateFresh` builds one, and
 * the valid calls below check that the two agree.
 */
let shared: HyperFormula | undefined;
afterAll(() => shared?.destroy());

function evaluate(formula: string, data: unknown[][] = []): unknown {
  shared ??= createHyperFormula({ S: [] });
  shared.setSheetContent(0, sheetOf(formula, data));
  return value(shared);
}

function evaluateFresh(formula: string, data: unknown[][] = []): unknown {
  const hf = createHyperFormula({ S: sheetOf(formula, data) });
  try {
    return value(hf);
  } finally {
    hf.destroy();
  }
}


describe('an error argument is returned as it is, without calling the function (Excel without allowErrorForDataTypeAny)', () => {
  const cases = CATALOGUE.flatMap((e) => e.params.map((p, i) => [e.name, p.name, i] as const));
  test.each(cases)('%s %s', (name, _param, i) => {
    const args = [...VALID[name as CatalogueName]];
    // B31 holds #DIV/0!; a range argument gets a range holding it.
    const cell = CATALOGUE.find((e) => e.name === name)?.params[i].kind === 'range' ? 'A31:B31' : 'B31';
    args[i] = cell;
    expect(evaluate(`=ESG.${name}(${args.join(',')})`, [[15, '=1/0']])).toEqual(expect.objectContaining({ error: '#DIV/0!' }));
    args[i] = 'NA()';
    expect(evaluate(`=ESG.${name}(${args.join(',')})`)).toEqual(expect.objectContaining({ error: '#N/A' }));
  });

  test('the valid calls above are valid (so the errors come from the argument), in the shared workbook as in a fresh one', () => {
    for (const e of CATALOGUE) {
      const formula = `=ESG.${e.name}(${VALID[e.name as CatalogueName].join(',')})`;
      const v = evaluate(formula);
      expect(v).not.toEqual(expect.objectContaining({ error: expect.anything() }));
      expect(v).toEqual(evaluateFresh(formula));
    }
  });
});

describe('TRUE and FALSE are literals, as in Excel', () => {
  test.each([
    ['=ESG.DSG.TRANSFER(300000000,2000000,"2019-20",TRUE)', 2000000],
    ['=ESG.DSG.TRANSFER(300000000,2000000,"2019-20",true)', 2000000],
    ['=IF(TRUE,1,2)', 1],
    ['=IF(FALSE,1,2)', 2],
    ['=TRUE', true],
    ['=FALSE', false],
    ['=NOT(FALSE)', true],
    ['=TRUE+1', 2],
  ])('%s', (formula, expected) => {
    expect(evaluate(formula)).toEqual(expected);
  });

  test('FALSE still refuses a transfer over the limit', () => {
    expect(evaluate('=ESG.DSG.TRANSFER(300000000,2000000,"2019-20",FALSE)')).toEqual(expect.objectContaining({ error: '#VALUE!' }));
  });

  test('npm run calc accepts them', () => {
    expect(JSON.parse(calc(['=ESG.DSG.TRANSFER(300000000,2000000,"2019-20",TRUE)']).stdout ?? '')).toBe(2000000);
  });
});
