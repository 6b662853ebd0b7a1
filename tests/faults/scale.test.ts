/**
 * 1,000 scenarios × 2,000 inputs (2 million stored values), over the HyperFormula adapter
 * and the Office adapter on the fake Excel: list, switch and a Compare of two scenarios all
 * work — no stack overflow, nothing quadratic — and a Switch is still two context.sync()
 * calls. Wall times are printed for the record, never asserted (see `npm run bench` for the
 * figures against budgets).
 */
import { performance } from 'perf_hooks';
import { ScenarioService } from '../../src/scenarios';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel } from '../support/fake-excel';
import { fakeScaleWorkbook, hfScaleWorkbook, scaleTotal, scaleValue } from '../support/scale-fixtures';

jest.setTimeout(300_000);

const SPEC = { inputs: 2000, scenarios: 1000 };
const times: string[] = [];

afterAll(() => console.log(`1,000 scenarios x 2,000 inputs, wall ms: ${times.join('; ')}`));

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await run();
  times.push(`${label} ${Math.round(performance.now() - t0)}`);
  return out;
}

async function exercise(label: string, service: ScenarioService, excel?: FakeExcel): Promise<void> {
  const list = await timed(`${label} list`, () => service.list());
  if (list.kind !== 'state') throw new Error(list.message);
  expect(list.scenarios).toHaveLength(SPEC.scenarios);
  expect(list.inputs).toHaveLength(SPEC.inputs);
  expect(list.scenarios[999].values[1999]).toBe(scaleValue(2000, 1000));
  expect(list.problems).toEqual([]);

  excel?.resetCounts();
  const switched = await timed(`${label} switch`, () => service.switchTo('S2'));
  if (switched.kind !== 'switched') throw new Error(JSON.stringify(switched).slice(0, 500));
  expect(switched.changes).toHaveLength(SPEC.inputs + 1); // every input and the active name
  if (excel) expect(excel.syncCount).toBe(2);

  const compared = await timed(`${label} compare S3,S4`, () => service.compare({ scenarios: ['S3', 'S4'] }));
  if (compared.kind !== 'compared') throw new Error(JSON.stringify(compared).slice(0, 500));
  expect(compared.outputs).toEqual([{ name: 'Out_Total', label: 'Total', values: [scaleTotal(2000, 3), scaleTotal(2000, 4)] }]);
  expect(compared.restored).toBe('S2');
  const after = await service.list();
  expect(after.kind === 'state' && after.inputs[1999].current).toBe(scaleValue(2000, 2));
}

it('HyperFormula adapter', async () => {
  const { hf, wb } = await timed('hf build', () => hfScaleWorkbook(SPEC));
  try {
    await exercise('hf', new ScenarioService(wb), undefined);
  } finally {
    hf.destroy();
  }
});

it('Office adapter (fake Excel)', async () => {
  const excel = new FakeExcel(fakeScaleWorkbook(SPEC));
  const uninstall = excel.install();
  try {
    await exercise('office', new ScenarioService(new OfficeWorkbook()), excel);
  } finally {
    uninstall();
  }
});
