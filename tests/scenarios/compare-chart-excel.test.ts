/**
 * Issue 14.14, in Excel: the native chart Compare writes through the Office.js adapter, by
 * what the fake Excel records — the counts (fte) beside £ amounts go on a secondary axis
 * (on a £ axis their bars are invisible), each axis is titled, the scenario names stay
 * horizontal (Excel wraps them instead of slanting or skipping them) and the chart is as
 * wide as the table, so at eight scenarios each name has a 110-point column of its own.
 */
import { ScenarioService, setUpDemoModel } from '../../src/scenarios';
import { comparisonChartLayout } from '../../src/scenarios/compare';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel, FakeWorkbook } from '../support/fake-excel';
import { clock } from './support/demo';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

const LONG_NAMES = ['Option E: all schools academies by 2020', 'Option F: traded arm at full cost recovery', 'Reduced core offer, 2017-18 rates', 'Council plan (September)'];

async function comparedInExcel(outputs?: readonly string[]) {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const fake = new FakeExcel(book);
  uninstall = fake.install();
  expect(await setUpDemoModel(new OfficeWorkbook())).toMatchObject({ kind: 'set-up' });
  const service = new ScenarioService(new OfficeWorkbook(), { now: clock() });
  for (const name of LONG_NAMES) expect(await service.create(name)).toMatchObject({ kind: 'done' });
  const outcome = await service.compare(outputs ? { outputs } : {});
  expect(outcome).toMatchObject({ kind: 'compared' });
  const charts = book.sheet('Scenario Comparison')?.charts ?? [];
  expect(charts).toHaveLength(1);
  return { chart: charts[0], outcome };
}

describe('the comparison chart in Excel (issue 14.14)', () => {
  it('eight scenarios, £ outputs and an fte count: fte on a titled secondary axis, horizontal labels, a chart as wide as the table', async () => {
    const { chart, outcome } = await comparedInExcel();
    if (outcome.kind !== 'compared') throw new Error('not compared');
    expect(outcome.scenarios).toHaveLength(8);
    const fte = outcome.outputs.findIndex((o) => o.name === 'Traded_FTE');
    expect(fte).toBeGreaterThanOrEqual(0);
    expect(chart.seriesCount).toBe(outcome.outputs.length);
    expect(chart.secondary).toEqual([fte]);
    expect(chart.valueAxisTitle).toBe('£');
    expect(chart.secondaryValueAxisTitle).toBe('Specialist fte on traded work');
    expect(chart.categoryLabelOrientation).toBe(0);
    // Anchored in column A, reaching column J: columns A and B plus one per scenario.
    expect(chart.position).toMatch(/^A\d+$/);
    expect(chart.end).toMatch(/^J\d+$/);
    expect(Number(chart.end?.slice(1)) - Number(chart.position?.slice(1))).toBe(19);
  });

  it('only £ outputs chosen: one axis, no secondary', async () => {
    const { chart } = await comparedInExcel(['ESG_Total', 'ESG_General']);
    expect(chart.secondary).toBeUndefined();
    expect(chart.secondaryValueAxisTitle).toBeUndefined();
    expect(chart.categoryLabelOrientation).toBe(0);
  });

  it('only counts chosen: they are the main axis (Excel needs one series on it)', () => {
    const layout = comparisonChartLayout([{ name: 'Traded_FTE', label: 'Specialist fte on traded work', values: [1, 2], format: '0.00' }], 2, 10);
    expect(layout).toEqual({ end: 'F30', horizontalLabels: true });
  });
});
