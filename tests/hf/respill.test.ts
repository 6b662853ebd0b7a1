import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../../src/hf/engine';
import { RESIZED_MESSAGE } from '../../src/hf/plugin';
import { attachRespill, respillNow, spillCallMatcher, spillingFunctionNames } from '../../src/hf/respill';

const PROJECT = (years: string) => `=ESG.PROJECT(44095,579,0,44769,"2015-16",${years},7047.5)`;
const at = (row: number, col = 0) => ({ sheet: 0, row, col });
const A = (hf: HyperFormula, row: number) => hf.getCellValue(at(row));

/** Rows of the spill anchored at A10 (index 9): counts down column A until an empty cell. */
function spillRows(hf: HyperFormula): number {
  let n = 0;
  while (A(hf, 9 + n) !== null && n < 50) n++;
  return n;
}

describe('spilling functions', () => {
  it('include ESG.PROJECT and not ESG.GRANT', () => {
    const names = spillingFunctionNames();
    expect(names).toContain('ESG.PROJECT');
    expect(names).not.toContain('ESG.GRANT');
  });

  it('are found in formulas, in any case, but not inside text', () => {
    const calls = spillCallMatcher(['ESG.PROJECT']);
    expect(calls('=ESG.PROJECT(1,2)')).toBe(true);
    expect(calls('=SUM(esg.project (1,2))')).toBe(true);
    expect(calls('="ESG.PROJECT(1"')).toBe(false);
    expect(calls('=XESG.PROJECT(1)')).toBe(false);
    expect(calls('=ESG.PROJECTION(1)')).toBe(false);
  });
});

describe('respill: ESG.PROJECT with its years in a cell', () => {
  let hf: HyperFormula;
  afterEach(() => hf.destroy());

  it('without it, an outgrown spill shows #SPILL! with a message (HyperFormula sizes at parse time)', () => {
    hf = createHyperFormula({ S: [] });
    hf.setCellContents(at(5, 1), 2);
    hf.setCellContents(at(9), PROJECT('B6'));
    expect(spillRows(hf)).toBe(4);
    hf.setCellContents(at(5, 1), 4);
    expect(A(hf, 9)).toEqual(expect.objectContaining({ value: '#SPILL!', message: RESIZED_MESSAGE }));
  });

  it('grows the spill from 4 to 6 rows when B6 changes from 2 to 4, and shrinks it back', () => {
    hf = createHyperFormula({ S: [] });
    const detach = attachRespill(hf);
    hf.setCellContents(at(5, 1), 2);
    hf.setCellContents(at(9), PROJECT('B6'));
    expect(spillRows(hf)).toBe(4); // header + 2015-16 .. 2017-18
    expect(hf.getCellValue(at(12, 5))).toBe(4165730.25); // the July 2017 estimate's total

    hf.setCellContents(at(5, 1), 4);
    expect(spillRows(hf)).toBe(6);
    expect(A(hf, 14)).toBe('2019-20');

    hf.setCellContents(at(5, 1), 1);
    expect(spillRows(hf)).toBe(3);
    expect(A(hf, 12)).toBeNull();
    detach();
  });

  it('works through a defined name and through a formula input', () => {
    hf = createHyperFormula({ S: [] });
    attachRespill(hf);
    hf.setCellContents(at(4, 1), 1);
    hf.setCellContents(at(5, 1), '=B5+1');
    hf.addNamedExpression('Years', '=S!$B$6');
    hf.setCellContents(at(9), PROJECT('Years'));
    expect(spillRows(hf)).toBe(4);
    hf.setCellContents(at(4, 1), 3); // B6 = 4 through its formula
    expect(spillRows(hf)).toBe(6);
  });

  it('sizes a formula that was loaded or written before its input had a value', () => {
    hf = createHyperFormula({ S: [] });
    hf.batch(() => {
      hf.setCellContents(at(9), PROJECT('B6'));
      hf.setCellContents(at(5, 1), 4);
    });
    expect(spillRows(hf)).not.toBe(6); // parsed while B6 was empty
    attachRespill(hf);
    expect(spillRows(hf)).toBe(6);

    const loaded = createHyperFormula({ S: [[PROJECT('H2')], [null, null, null, null, null, null, null, 3]] });
    expect(respillNow(loaded)).toBe(1);
    expect(loaded.getCellValue({ sheet: 0, row: 4, col: 0 })).toBe('2018-19');
    loaded.destroy();
  });

  it('spills again once a blocking cell is cleared (HyperFormula alone stays #SPILL!)', () => {
    hf = createHyperFormula({ S: [] });
    attachRespill(hf);
    hf.setCellContents(at(5, 1), 2);
    hf.setCellContents(at(9), PROJECT('B6'));
    hf.setCellContents(at(11), 'in the way');
    expect(A(hf, 9)).toEqual(expect.objectContaining({ value: '#SPILL!' }));
    hf.setCellContents(at(11), null);
    expect(spillRows(hf)).toBe(4);
    expect(A(hf, 11)).toBe('2016-17');
  });

  it('re-enters only spilling formulas whose inputs changed', () => {
    hf = createHyperFormula({ S: [] });
    attachRespill(hf);
    hf.setCellContents(at(5, 1), 2);
    hf.setCellContents(at(9), PROJECT('B6'));
    hf.setCellContents(at(0, 5), '=B6*10');
    expect(respillNow(hf)).toBe(0);
    hf.setCellContents(at(0, 6), 99); // not an input of the spill
    expect(respillNow(hf)).toBe(0);
    expect(hf.getCellValue(at(0, 5))).toBe(20);
  });

  it('is attached once per instance and stops when every user detached', () => {
    hf = createHyperFormula({ S: [] });
    const first = attachRespill(hf);
    const second = attachRespill(hf);
    hf.setCellContents(at(5, 1), 2);
    hf.setCellContents(at(9), PROJECT('B6'));
    first();
    hf.setCellContents(at(5, 1), 3);
    expect(spillRows(hf)).toBe(5);
    second();
    hf.setCellContents(at(5, 1), 4);
    expect(spillRows(hf)).toBe(5);
  });
});
