/**
 * The seed report's ESG table (001, paragraph 41) rebuilt as a sheet of `ESG.*` formulas
 * on HyperFormula, checked cell by cell: unrounded pounds against the published rates,
 * and the £000 the council printed.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../../src/hf/engine';

const Y = '"2015-16"';
// Columns: A label, B pupils, C retained £, D general £, E total £ (July 2015 estimate)
//          G pupils, H retained £, I general £, J total £ (July 2017 estimate)
const P = `ESG.PROJECT(B2,B3,0,B4+B5,${Y},2,7047.5)`; // the July 2017 estimate as a projection
const sheet = [
  [null, 'Pupils', 'Retained £', 'General £', 'Total £', null, 'Pupils', 'Retained £', 'General £', 'Total £'],
  ['Maintained Primary and Secondary', 44095,
    `=ESG.GRANT(B2,0,0,0,${Y},"retained")`, `=ESG.GRANT(B2,0,0,0,${Y},"general")`, `=ESG.GRANT(B2,0,0,0,${Y})`,
    null, `=INDEX(${P},4,2)-G3`,
    `=ESG.GRANT(G2,0,0,0,${Y},"retained")`, `=ESG.GRANT(G2,0,0,0,${Y},"general")`, `=ESG.GRANT(G2,0,0,0,${Y})`],
  ['Maintained Special', 579,
    `=ESG.GRANT(0,B3,0,0,${Y},"retained")`, `=ESG.GRANT(0,B3,0,0,${Y},"general")`, `=ESG.GRANT(0,B3,0,0,${Y})`,
    null, '=B3',
    `=ESG.GRANT(0,G3,0,0,${Y},"retained")`, `=ESG.GRANT(0,G3,0,0,${Y},"general")`, `=ESG.GRANT(0,G3,0,0,${Y})`],
  ['Academies Primary and Secondary', 44290,
    `=ESG.GRANT(0,0,0,B4,${Y},"retained")`, null, '=C4',
    null, `=INDEX(${P},4,3)-G5`,
    `=ESG.GRANT(0,0,0,G4,${Y},"retained")`, null, '=H4'],
  ['Academies Special/PRU', 479,
    `=ESG.GRANT(0,0,0,B5,${Y},"retained")`, null, '=C5',
    null, '=B5',
    `=ESG.GRANT(0,0,0,G5,${Y},"retained")`, null, '=H5'],
  ['Total', '=SUM(B2:B5)', '=SUM(C2:C5)', '=SUM(D2:D5)', '=SUM(E2:E5)',
    null, '=SUM(G2:G5)', '=SUM(H2:H5)', '=SUM(I2:I5)', '=SUM(J2:J5)'],
  ['One formula', null, `=ESG.GRANT(B2,B3,0,B4+B5,${Y},"retained")`, `=ESG.GRANT(B2,B3,0,B4+B5,${Y},"general")`,
    `=ESG.GRANT(B2,B3,0,B4+B5,${Y})`, null, null, `=INDEX(${P},4,4)`, `=INDEX(${P},4,5)`, `=INDEX(${P},4,6)`],
];

// The council's table in £000 (rows 2-6; columns pupils, retained, general, total), blanks as null.
const published2015 = [
  [44095, 661, 3836, 4498],
  [579, 9, 214, 223],
  [44290, 664, null, 664],
  [479, 7, null, 7],
  [89443, 1342, 4050, 5392],
];
const published2017 = [
  [30000, 450, 2610, 3060],
  [579, 9, 214, 223],
  [58385, 876, null, 876],
  [479, 7, null, 7],
  [89443, 1342, 2824, 4166],
];

let hf: HyperFormula;
const value = (col: number, row: number) => {
  const v = hf.getCellValue({ sheet: 0, row: row - 1, col });
  if (v instanceof DetailedCellError) throw new Error(`${String.fromCharCode(65 + col)}${row}: ${v.value} ${v.message}`);
  return v;
};

beforeAll(() => {
  hf = createHyperFormula({ ESG: sheet });
});
afterAll(() => hf.destroy());

describe('paragraph 41 table as ESG.* formulas (HyperFormula)', () => {
  it.each([
    // [row, retained, general, total] in unrounded pounds = rate × pupils (2015-16: £15, £87, special × 4.25)
    [2, 15 * 44095, 87 * 44095, 15 * 44095 + 87 * 44095],
    [3, 15 * 579, 87 * 4.25 * 579, 15 * 579 + 87 * 4.25 * 579],
    [4, 15 * 44290, '', 15 * 44290],
    [5, 15 * 479, '', 15 * 479],
  ])('July 2015 estimate row %i', (row, retained, general, total) => {
    expect(value(2, row)).toBe(retained);
    expect(value(3, row)).toBe(general === '' ? null : general);
    expect(value(4, row)).toBe(total);
  });

  it('reproduces the published July 2015 totals exactly, in one formula and as a column sum', () => {
    expect(value(2, 6)).toBe(1341645);
    expect(value(3, 6)).toBe(4050350.25);
    expect(value(4, 6)).toBe(5391995.25);
    expect([value(2, 7), value(3, 7), value(4, 7)]).toEqual([1341645, 4050350.25, 5391995.25]);
  });

  it('reproduces the July 2017 estimate from ESG.PROJECT', () => {
    expect(value(6, 2)).toBe(30000);
    expect(value(6, 4)).toBe(58385);
    expect([value(7, 6), value(8, 6), value(9, 6)]).toEqual([1341645, 2824085.25, 4165730.25]);
    expect([value(7, 7), value(8, 7), value(9, 7)]).toEqual([1341645, 2824085.25, 4165730.25]);
  });

  it.each([
    ['July 2015', 1, published2015],
    ['July 2017', 6, published2017],
  ])('rounds to the council’s £000 figures (%s)', (_label, firstCol, published) => {
    published.forEach((cells, i) => {
      const row = i + 2;
      expect(value(firstCol, row)).toBe(cells[0]);
      cells.slice(1).forEach((thousands, j) => {
        const pounds = value(firstCol + 1 + j, row);
        if (thousands === null) expect(pounds).toBeNull();
        else expect(Math.round(Number(pounds) / 1000)).toBe(thousands);
      });
    });
  });
});
