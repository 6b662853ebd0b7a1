/**
 * Scale, small and fast: 60 scenarios × 300 inputs over the HyperFormula adapter and the
 * Office adapter on the fake Excel — list, switch and a Compare of two give the right values,
 * and a Switch is still two context.sync() calls. The Office run has Excel on the web's limits
 * scaled down 100 times (52 KB per request and response, 50,000 cells) and the adapter's
 * budget with them, so whole-table reads must be chunked as they are at full size.
 *
 * The full size (1,000 scenarios × 2,000 inputs, the README's advertised size, and Switch at
 * 10, 1,000 and 10,000 scenarios) runs in `npm run bench` (bench/scenarios.ts), which checks
 * the same values, the sync counts and the request sizes against the real limits.
 */
import { ScenarioService } from '../../src/scenarios';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel } from '../support/fake-excel';
import { fakeScaleWorkbook, hfScaleWorkbook, scaleTotal, scaleValue } from '../support/scale-fixtures';

jest.setTimeout(120_000);

const SPEC = { inputs: 300, scenarios: 60 };

async function exercise(service: ScenarioService, excel?: FakeExcel, syncsPerSwitch?: number): Promise<void> {
  const list = await service.list();
  if (list.kind !== 'state') throw new Error(list.message);
  expect(list.scenarios).toHaveLength(SPEC.scenarios);
  expect(list.inputs).toHaveLength(SPEC.inputs);
  expect(list.scenarios[59].values[299]).toBe(scaleValue(300, 60));
  expect(list.problems).toEqual([]);

  excel?.resetCounts();
  const switched = await service.switchTo('S2');
  if (switched.kind !== 'switched') throw new Error(JSON.stringify(switched).slice(0, 500));
  expect(switched.changes).toHaveLength(SPEC.inputs + 1); // every input and the active name
  if (excel && syncsPerSwitch !== undefined) expect(excel.syncCount).toBe(syncsPerSwitch);

  const compared = await service.compare({ scenarios: ['S3', 'S4'] });
  if (compared.kind !== 'compared') throw new Error(JSON.stringify(compared).slice(0, 500));
  expect(compared.outputs).toEqual([{ name: 'Out_Total', label: 'Total', values: [scaleTotal(300, 3), scaleTotal(300, 4)] }]);
  expect(compared.restored).toBe('S2');
  const after = await service.list();
  expect(after.kind === 'state' && after.inputs[299].current).toBe(scaleValue(300, 2));
}

it('HyperFormula adapter', async () => {
  const { hf, wb } = await hfScaleWorkbook(SPEC);
  try {
    await exercise(new ScenarioService(wb), undefined);
  } finally {
    hf.destroy();
  }
});

it('Office adapter (fake Excel): a Switch in two context.sync() calls', async () => {
  const excel = new FakeExcel(fakeScaleWorkbook(SPEC));
  const uninstall = excel.install();
  try {
    await exercise(new ScenarioService(new OfficeWorkbook()), excel, 2);
  } finally {
    uninstall();
  }
});

it('Office adapter (fake Excel, web limits scaled down 100 times): every batch chunked under them', async () => {
  const excel = new FakeExcel(fakeScaleWorkbook(SPEC));
  const limits = { requestBytes: 52_000, responseBytes: 52_000, cells: 50_000 };
  excel.limits = limits;
  const uninstall = excel.install();
  try {
    const service = new ScenarioService(new OfficeWorkbook({ budgetBytes: 40_000 }));
    await service.list(); // the first read of a table of unknown size may be refused once
    excel.resetCounts();
    await exercise(service, excel);
    expect(excel.rejected).toBe(0);
    expect(excel.largest().requestBytes).toBeLessThanOrEqual(limits.requestBytes);
    expect(excel.largest().responseBytes).toBeLessThanOrEqual(limits.responseBytes);
  } finally {
    uninstall();
  }
});
