/**
 * Excel on the web rejects a request or a response over 5 MB and a read of over 5 million
 * cells (the fake Excel enforces all three per context.sync()). At the README's advertised
 * 1,000 scenarios × 2,000 inputs a read of the whole ESG_Scenarios table is about 14 MB:
 * a Switch must read only what it needs (input names, the active and the target scenario),
 * and whole-table reads (list, export) must be chunked.
 */
import { ScenarioService } from '../../src/scenarios';
import { OfficeWorkbook } from '../../src/workbook/office';
import { EXCEL_WEB_LIMITS, FakeExcel, FakeOfficeError, FakeWorkbook } from '../support/fake-excel';
import { fakeScaleWorkbook, scaleValue } from '../support/scale-fixtures';
import { scenarioWorkbook } from '../support/scenario-fixtures';

jest.setTimeout(120_000);

function open(wb: FakeWorkbook, budget?: number): { excel: FakeExcel; service: ScenarioService; uninstall: () => void } {
  const excel = new FakeExcel(wb);
  const uninstall = excel.install();
  return { excel, service: new ScenarioService(new OfficeWorkbook(budget === undefined ? {} : { budgetBytes: budget })), uninstall };
}

describe('the fake Excel enforces the web limits', () => {
  it('fails a sync whose response is over 5 MB, and one whose request is over 5 MB', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    const excel = new FakeExcel(wb);
    const big = 'x'.repeat(1000);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A6000').values = Array.from({ length: 6000 }, () => [big]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.sheet('S')?.cells.size).toBe(0); // nothing of the batch ran

    for (let r = 0; r < 6000; r += 1) wb.sheet('S')?.put(r, 0, { value: big, formula: null });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A6000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('fails a sync that reads over 5 million cells', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S');
    const excel = new FakeExcel(wb);
    const error: unknown = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:E1048576').load('values');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect((error as FakeOfficeError).code).toBe('OperationCellsExceedLimit');
  });
});

describe('1,000 scenarios x 2,000 inputs under the web limits', () => {
  const SPEC = { inputs: 2000, scenarios: 1000 };
  let env: ReturnType<typeof open>;
  let wb: FakeWorkbook;
  beforeAll(() => {
    wb = fakeScaleWorkbook(SPEC);
    env = open(wb);
  });
  afterAll(() => env.uninstall());

  it('a Switch reads the input names, the active and the target scenario, within the limits', async () => {
    env.excel.resetCounts();
    const first = await env.service.switchTo('S2');
    expect(first).toMatchObject({ kind: 'switched', scenario: 'S2' });
    expect(wb.namedValue('In_2000')).toBe(scaleValue(2000, 2));
    // First action of a session: the input names are not known before the table is read.
    expect(env.excel.syncCount).toBe(3);

    env.excel.resetCounts();
    expect(await env.service.switchTo('S1000')).toMatchObject({ kind: 'switched', scenario: 'S1000' });
    expect(env.excel.syncCount).toBe(2);
    expect(wb.namedValue('In_1')).toBe(scaleValue(1, 1000));
    const largest = env.excel.largest();
    expect(largest.requestBytes).toBeLessThan(EXCEL_WEB_LIMITS.requestBytes);
    expect(largest.responseBytes).toBeLessThan(EXCEL_WEB_LIMITS.responseBytes);
    // 1,000 scenario columns of 2,000 values would be 2 million cells; the read takes a few columns.
    expect(env.excel.sizes[0].cells).toBeLessThan(5 * SPEC.inputs + SPEC.scenarios + 10);
  });
});

describe("a Switch's read does not grow with the number of scenarios", () => {
  async function switchRead(scenarios: number): Promise<{ responseBytes: number; cells: number }> {
    const wb = fakeScaleWorkbook({ inputs: 200, scenarios });
    const env = open(wb);
    try {
      await env.service.switchTo('S2');
      env.excel.resetCounts();
      expect(await env.service.switchTo('S3')).toMatchObject({ kind: 'switched' });
      expect(env.excel.syncCount).toBe(2);
      return env.excel.sizes[0];
    } finally {
      env.uninstall();
    }
  }

  it('reads about the same at 10 and at 1,000 scenarios (only the header grows)', async () => {
    const small = await switchRead(10);
    const large = await switchRead(1000);
    // The header row holds 990 more names ("S1000" is 7 bytes of JSON with its comma).
    expect(large.responseBytes - small.responseBytes).toBeLessThan(990 * 8 + 100);
    expect(large.cells - small.cells).toBe(990);
  });
});

describe('whole-table reads are chunked under the byte budget', () => {
  it('list and export read a table several times the budget, each sync within the limits', async () => {
    const wb = fakeScaleWorkbook({ inputs: 300, scenarios: 60 });
    // Limits scaled down 100 times, and the adapter's budget with them.
    const env = open(wb, 40_000);
    env.excel.limits = { requestBytes: 52_000, responseBytes: 52_000, cells: 50_000 };
    try {
      const list = await env.service.list();
      if (list.kind !== 'state') throw new Error(JSON.stringify(list));
      expect(list.scenarios).toHaveLength(60);
      expect(list.scenarios[59].values[299]).toBe(scaleValue(300, 60));
      // A table never read before is tried in one batch: refused once, then read in chunks.
      expect(env.excel.rejected).toBeLessThanOrEqual(1);
      expect(env.excel.syncCount).toBeGreaterThan(3);

      env.excel.resetCounts();
      const exported = await env.service.exportJson();
      if (exported.kind !== 'exported') throw new Error(JSON.stringify(exported));
      expect(JSON.parse(exported.text).scenarios[59].values.In_300).toBe(scaleValue(300, 60));
      expect(env.excel.rejected).toBe(0); // it knows the table's size now
      expect(env.excel.syncCount).toBeGreaterThan(3);
      const largest = env.excel.largest();
      expect(largest.responseBytes).toBeLessThanOrEqual(52_000);
      expect(largest.requestBytes).toBeLessThanOrEqual(52_000);
    } finally {
      env.uninstall();
    }
  });
});

describe("the adapter's guesses are never data", () => {
  it('a column a co-author deleted since the last read: read again, and the Switch refuses the missing scenario', async () => {
    const wb = scenarioWorkbook(3);
    const env = open(wb);
    try {
      expect((await env.service.list()).kind).toBe('state');
      const t = wb.tables.get('esg_scenarios');
      if (!t) throw new Error('fixture');
      for (let r = 0; r <= t.rows; r += 1) wb.sheet('Scenarios')?.put(t.row + r, t.col + 3, undefined);
      t.columns -= 1; // column B deleted
      const before = wb.serialize();
      expect(await env.service.switchTo('B')).toMatchObject({ kind: 'refused', code: 'scenario-not-found' });
      expect(wb.serialize()).toBe(before);
    } finally {
      env.uninstall();
    }
  });
});
