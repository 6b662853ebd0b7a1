/**
 * The demo model over the HyperFormula adapter with the real ESG.* functions: Set up the
 * Oxfordshire demo model, switch, revert, compare — checked against the seed's figures
 * (FUNCTIONS.md reference table, from seed 001 ¶38-41).
 */
import { setUpDemoModel } from '../../src/scenarios';
import { COMPARISON_SHEET } from '../../src/scenarios/layout';
import { demo, logOf } from './support/demo';

const JULY_2015_TOTAL = 5391995.25;
const JULY_2017_TOTAL = 4165730.25;
const ALL_ACADEMIES_TOTAL = 1341645;

describe('the demo model', () => {
  it('Set up computes the July 2015 ESG table, the ¶37 budget and the ¶42 High Needs draw', async () => {
    const d = await demo();
    expect(d.named('ESG_Total')).toBe(JULY_2015_TOTAL);
    expect(d.named('ESG_Retained')).toBe(1341645);
    expect(d.named('ESG_General')).toBe(4050350.25);
    expect(d.named('DSG_HighNeeds')).toBe(1159000);
    expect(d.named('Budget_Net')).toBe(1814000);
    expect(d.named('ESG_ActiveScenario')).toBe('July 2015 estimate');
  });

  it('shows £000 like the council, with the total in pounds kept unrounded', async () => {
    const d = await demo();
    const esg = d.hf.getSheetId('ESG') ?? -1;
    expect(d.wb.numberFormatAt('ESG', 8, 4)).toBe('£#,##0,');
    expect(d.hf.getCellValue({ sheet: esg, row: 9, col: 4 })).toBe(JULY_2015_TOTAL);
  });

  it('Set up refuses a workbook that already has ESG_Scenarios, writing nothing', async () => {
    const d = await demo();
    const before = d.state();
    expect(await setUpDemoModel(d.wb)).toMatchObject({ kind: 'refused', code: 'setup-exists' });
    expect(d.state()).toBe(before);
  });

  it('Set up leaves existing sheets of the same name alone', async () => {
    const { createHyperFormula } = await import('../../src/hf/engine');
    const { HyperFormulaWorkbook } = await import('../../src/workbook/hf');
    const hf = createHyperFormula();
    hf.addSheet('Inputs');
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [['my own inputs']]);
    const wb = new HyperFormulaWorkbook(hf);
    expect(await setUpDemoModel(wb)).toMatchObject({ kind: 'set-up', sheets: expect.arrayContaining(['Inputs (2)']) });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe('my own inputs');
    expect(hf.getNamedExpression('ESG_Mainstream')?.expression).toBe("='Inputs (2)'!$B$6");
  });
});

describe('switch, revert, compare', () => {
  it('switching to "July 2017 estimate" gives £4,165,730.25; revert brings back £5,391,995.25', async () => {
    const d = await demo();
    expect(await d.service.switchTo('July 2017 estimate')).toMatchObject({ kind: 'switched', scenario: 'July 2017 estimate' });
    expect(d.named('ESG_Mainstream')).toBe(30000);
    expect(d.named('ESG_Academies')).toBe(58864);
    expect(d.named('ESG_Total')).toBe(JULY_2017_TOTAL);
    expect(d.named('ESG_ActiveScenario')).toBe('July 2017 estimate');

    expect(await d.service.revert()).toMatchObject({ kind: 'reverted', scenario: 'July 2015 estimate' });
    expect(d.named('ESG_Total')).toBe(JULY_2015_TOTAL);
    expect(d.named('ESG_ActiveScenario')).toBe('July 2015 estimate');

    // Revert is repeatable: it undoes the last Switch or Revert.
    await d.service.revert();
    expect(d.named('ESG_Total')).toBe(JULY_2017_TOTAL);
  });

  it('every school an academy gives the report\'s £1.3m', async () => {
    const d = await demo();
    await d.service.switchTo('All academies');
    expect(d.named('ESG_Total')).toBe(ALL_ACADEMIES_TOTAL);
  });

  it('a partial scenario leaves its blank inputs as they are', async () => {
    const d = await demo();
    await d.service.switchTo('July 2017 estimate');
    await d.service.switchTo('Option D traded arm');
    expect(d.named('ESG_Total')).toBe(JULY_2017_TOTAL);
    expect(d.named('ESG_TradedShare')).toBe(0.25);
  });

  it('logs one row per changed input, its Time an Excel date-time in UTC (issue 14.10)', async () => {
    const d = await demo();
    await d.service.switchTo('July 2017 estimate');
    await d.service.revert();
    expect(await logOf(d.wb)).toEqual([
      [45658.5, 'Switch', 'July 2017 estimate', 'ESG_Mainstream', 44095, 30000],
      [45658.5, 'Switch', 'July 2017 estimate', 'ESG_Academies', 44769, 58864],
      [45658.5, 'Switch', 'July 2017 estimate', 'ESG_ActiveScenario', 'July 2015 estimate', 'July 2017 estimate'],
      [45658.50001157407, 'Revert', 'July 2015 estimate', 'ESG_Mainstream', 30000, 44095],
      [45658.50001157407, 'Revert', 'July 2015 estimate', 'ESG_Academies', 58864, 44769],
      [45658.50001157407, 'Revert', 'July 2015 estimate', 'ESG_ActiveScenario', 'July 2017 estimate', 'July 2015 estimate'],
    ]);
  });

  it('Compare writes every scenario\'s outputs and restores the active scenario', async () => {
    const d = await demo();
    const progress: string[] = [];
    const outcome = await d.service.compare({ onProgress: (p) => progress.push(p.message) });
    if (outcome.kind !== 'compared') throw new Error(JSON.stringify(outcome));
    expect(progress[1]).toBe('Scenario 2 of 4: July 2017 estimate');
    const total = outcome.outputs.find((o) => o.name === 'ESG_Total');
    expect(total?.values).toEqual([JULY_2015_TOTAL, JULY_2017_TOTAL, ALL_ACADEMIES_TOTAL, JULY_2015_TOTAL]);

    // The sheet: inputs, then outputs, one column per scenario.
    const sheet = d.hf.getSheetId(COMPARISON_SHEET) ?? -1;
    const rows = d.hf.getSheetValues(sheet);
    const totalRow = rows.find((r) => r[0] === 'ESG_Total');
    expect(totalRow?.slice(2)).toEqual([JULY_2015_TOTAL, JULY_2017_TOTAL, ALL_ACADEMIES_TOTAL, JULY_2015_TOTAL]);
    const header = rows.findIndex((r) => r[0] === 'Output');
    expect(rows.findIndex((r) => r[0] === 'ESG_Mainstream')).toBeLessThan(header);
    expect(String(rows[1][2])).toContain('"July 2015 estimate"');
    expect(d.wb.charts()).toEqual([expect.objectContaining({ sheet: COMPARISON_SHEET, type: 'columnClustered', seriesBy: 'rows' })]);

    expect(d.named('ESG_Total')).toBe(JULY_2015_TOTAL);
    expect(d.named('ESG_ActiveScenario')).toBe('July 2015 estimate');
  });

  it('Compare a second time replaces the sheet and its chart', async () => {
    const d = await demo();
    await d.service.compare();
    await d.service.compare({ scenarios: ['July 2017 estimate'] });
    expect(d.wb.charts()).toHaveLength(1);
    const rows = d.hf.getSheetValues(d.hf.getSheetId(COMPARISON_SHEET) ?? -1);
    expect(rows.find((r) => r[0] === 'ESG_Total')?.slice(2)).toEqual([JULY_2017_TOTAL]);
  });
});
