/**
 * The whole self-test against the fake Excel (tests/support/fake-excel.ts with its calculation,
 * fake-excel/calc.ts), in desktop's and the web's empty-cell modes: each probe's result,
 * and the workbook left exactly as it was (a full snapshot before and after) — also when a
 * probe throws, and when the connection to Excel drops at any point of a run.
 */
import { dsgBlock } from '../../src/functions/dsg';
import { ALL_PROBES, formatReport, runSelfTest, type Probe, type SelfTestReport } from '../../src/selftest';
import { FUNCTION_PROBES, emptyCellProbe, spillErrorProbe } from '../../src/selftest/function-probes';
import { roundTripProbe } from '../../src/selftest/round-trip';
import { apostropheRowsProbe, clearSheetProbe, nameChainProbe } from '../../src/selftest/workbook-probes';
import { OfficeSelfTest } from '../../src/workbook/office/OfficeSelfTest';
import { FakeExcel, FakeWorkbook } from '../support/fake-excel';
import { FakeCalculator, type EmptyCellMode } from '../support/fake-excel/calc';

jest.setTimeout(300_000);

const noWait = (): Promise<void> => Promise.resolve();

interface Setup {
  readonly wb: FakeWorkbook;
  readonly excel: FakeExcel;
  readonly host: OfficeSelfTest;
  readonly snapshot: () => string;
  readonly uninstall: () => void;
}

/**
 * A user's workbook with its own scenario layout (the tables, name and sheets the round-trip
 * probe must not touch), names and a chart, on sheet Budget, B2:C3 selected.
 */
function userWorkbook(mode: EmptyCellMode): Setup {
  const wb = new FakeWorkbook();
  wb.addSheet('Budget');
  wb.addSheet('Scenarios');
  wb.setValue('Budget', 'A1', 'Pupils');
  wb.setValue('Budget', 'B1', 420);
  wb.setFormula('Budget', 'B2', '=ESG.DSG.BLOCK("Schools",B1,4000,"2015-16")', 1680000);
  wb.defineName('ESG_Pupils', 'Budget', 'B1');
  wb.defineName('ESG_ActiveScenario', 'Scenarios', 'B1');
  wb.setValue('Scenarios', 'B1', 'Base');
  wb.addTable('ESG_Scenarios', 'Scenarios', 'A3', ['Input', 'Description', 'Base'], [['ESG_Pupils', 'Pupils', 420]]);
  wb.addTable('ESG_Outputs', 'Scenarios', 'F3', ['Output', 'Label'], [['ESG_Pupils', 'Pupils']]);
  wb.addTable('ESG_ScenarioLog', 'Scenarios', 'I3', ['Time', 'Action', 'Scenario', 'Input', 'Before', 'After'], [['2026-01-01T00:00:00Z', 'Switch', 'Base', 'ESG_Pupils', 400, 420]]);
  wb.addSheet('Scenario Comparison');
  wb.setValue('Scenario Comparison', 'A1', 'Their last comparison');
  wb.sheet('Budget')?.charts.push({ name: 'Mine', type: 'ColumnClustered', source: 'Budget!A1:B2', seriesBy: 'Rows', title: 'Mine' });
  wb.select('Budget', 'B2:C3');
  new FakeCalculator(wb, mode).install();
  const excel = new FakeExcel(wb);
  const uninstall = excel.install();
  const host = new OfficeSelfTest({ wait: noWait });
  const snapshot = (): string => JSON.stringify({ book: JSON.parse(wb.serialize()) as unknown, selection: wb.selected, activeCell: wb.active });
  return { wb, excel, host, snapshot, uninstall };
}

function statusOf(report: SelfTestReport, id: string): string | undefined {
  return report.results.find((r) => r.id === id)?.status;
}

/** Whether the add-in's own function gives a blank year the same result as an omitted one, fed `blank`. */
function blankActsAsOmitted(blank: unknown): boolean {
  return JSON.stringify(dsgBlock('Schools', 100, 4000, blank)) === JSON.stringify(dsgBlock('Schools', 100, 4000, undefined));
}

describe.each<EmptyCellMode>(['desktop', 'web'])('Check this add-in, on the fake Excel (%s)', (mode) => {
  let setup: Setup;
  beforeEach(() => {
    setup = userWorkbook(mode);
  });
  afterEach(() => setup.uninstall());

  it('runs every probe, with the results the fake is built to give, and leaves the workbook as it was', async () => {
    const before = setup.snapshot();
    const report = await runSelfTest(setup.host, { suffix: 'f1', wait: noWait });
    expect(setup.snapshot()).toBe(before);
    expect(report.cleanup).toEqual({ restored: true, problems: [] });
    expect(report.results.map((r) => r.id)).toEqual(ALL_PROBES.map((p) => p.id));
    // Desktop passes an empty cell as 0: the probe passes only where the functions treat 0 like a blank.
    expect(statusOf(report, 'empty-cell-argument')).toBe(blankActsAsOmitted(mode === 'desktop' ? 0 : null) ? 'pass' : 'fail');
    expect(statusOf(report, 'range-to-single-argument')).toBe('pass');
    expect(statusOf(report, 'spill-error')).toBe('pass');
    expect(statusOf(report, 'data-type-argument')).toBe('skip');
    for (const id of ['missing-name-chain', 'apostrophe-values', 'apostrophe-rows-add', 'clear-sheet', 'chunked-read', 'switch-revert-compare']) {
      expect([id, statusOf(report, id)]).toEqual([id, 'pass']);
    }
    const text = formatReport(report);
    if (process.env.PRINT_REPORT) console.log(text);
    expect(text).toContain('Workbook left as it was: yes');
    expect(text).toMatch(/\[PASS\] Switch → Revert → Compare/);
  });

  it('says what it saw: the lifted range and the emptied spill area', async () => {
    const report = await runSelfTest(setup.host, { suffix: 'f2', wait: noWait, probes: FUNCTION_PROBES });
    expect(report.results.find((r) => r.id === 'range-to-single-argument')?.seen).toContain('400000, 800000, 1200000');
    expect(report.results.find((r) => r.id === 'spill-error')?.seen).toMatch(/B1 → #VALUE!, 0 other cell/);
  });

  it('fails the spill probe when an error leaves the old spill in place, and still cleans up', async () => {
    // A calculator that forgets to empty the old spill area (what the probe is there to catch).
    const calc = new FakeCalculator(setup.wb, mode, true);
    setup.wb.onCalculate = () => calc.calculate();
    const before = setup.snapshot();
    const report = await runSelfTest(setup.host, { suffix: 'f3', wait: noWait, probes: [spillErrorProbe] });
    expect(report.results[0].status).toBe('fail');
    expect(setup.snapshot()).toBe(before);
  });
});

describe('Check this add-in leaves the workbook as it was when things go wrong', () => {
  let setup: Setup;
  beforeEach(() => {
    setup = userWorkbook('web');
  });
  afterEach(() => setup.uninstall());

  it('cleans up after a probe that throws half-way (sheets, tables, names, active sheet, selection)', async () => {
    const thrower: Probe = {
      id: 'thrower',
      title: 'Throws',
      checks: 'nothing',
      expected: 'nothing',
      async run(ctx) {
        const extra = ctx.extraSheet('More');
        ctx.trackName(`${ctx.prefix}Cell`);
        await ctx.host.workbook.write([
          { kind: 'addSheet', sheet: extra },
          { kind: 'setCells', sheet: ctx.sheet, address: 'A1', cells: [['x', 1]] },
          { kind: 'defineName', name: `${ctx.prefix}Cell`, sheet: ctx.sheet, address: 'B1' },
          { kind: 'addTable', sheet: extra, address: 'A1', name: `${ctx.prefix}T`, header: ['H'], rows: [['v']] },
          { kind: 'activateSheet', sheet: extra },
        ]);
        throw new Error('boom');
      },
    };
    const before = setup.snapshot();
    const report = await runSelfTest(setup.host, { suffix: 'f4', wait: noWait, probes: [nameChainProbe, thrower, apostropheRowsProbe] });
    expect(report.results.map((r) => r.status)).toEqual(['pass', 'fail', 'pass']);
    expect(report.results[1].seen).toBe('The check stopped with an error: boom');
    expect(report.cleanup.restored).toBe(true);
    expect(setup.snapshot()).toBe(before);
  });

  it('puts everything back when the connection to Excel drops at any sync of a run', async () => {
    const probes = [emptyCellProbe, spillErrorProbe, apostropheRowsProbe, clearSheetProbe, roundTripProbe];
    const before = setup.snapshot();
    setup.excel.resetCounts();
    await runSelfTest(setup.host, { suffix: 'c0', wait: noWait, probes });
    const syncs = setup.excel.syncCount;
    expect(setup.snapshot()).toBe(before);
    const points = Array.from({ length: 14 }, (_, i) => 2 + Math.floor(((syncs - 4) * i) / 13));
    let failures = 0;
    for (const at of points) {
      setup.excel.resetCounts();
      setup.excel.beforeSync = (n) => {
        if (n === at) throw new Error(`connection lost at sync ${at}`);
      };
      const report = await runSelfTest(setup.host, { suffix: `c${at}`, wait: noWait, probes });
      setup.excel.beforeSync = undefined;
      expect([at, report.cleanup]).toEqual([at, { restored: true, problems: [] }]);
      expect([at, setup.snapshot()]).toEqual([at, before]);
      expect(report.results).toHaveLength(probes.length);
      failures += report.results.filter((r) => r.status === 'fail').length;
    }
    // The lost connections did land inside probes (which then report a failure), not only around
    // them. (Since the one guarded-write protocol, a Switch recovers from some lost syncs by
    // itself, so those probes pass: half the points, not more than half.)
    expect(failures).toBeGreaterThanOrEqual(points.length / 2);
  });
});

describe('Check this add-in reports the host', () => {
  let setup: Setup;
  const g = globalThis as unknown as { Office?: unknown };
  beforeEach(() => {
    setup = userWorkbook('web');
    g.Office = {
      context: {
        diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0.18324.20000' },
        requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1]) <= 16 },
      },
    };
  });
  afterEach(() => {
    delete g.Office;
    setup.uninstall();
  });

  it('lists host, platform, version and ExcelApi sets, and runs the data-type probe where ExcelApi 1.16 is there', async () => {
    const before = setup.snapshot();
    const report = await runSelfTest(setup.host, { suffix: 'h1', wait: noWait, probes: FUNCTION_PROBES });
    expect(report.info).toEqual({
      host: 'Excel',
      platform: 'OfficeOnline',
      version: '16.0.18324.20000',
      apiSets: Array.from({ length: 16 }, (_, i) => `ExcelApi 1.${i + 1}`),
    });
    const dataType = report.results.find((r) => r.id === 'data-type-argument');
    expect(dataType).toMatchObject({ status: 'pass', seen: expect.stringContaining('→ #VALUE!') as unknown });
    const text = formatReport(report, '2026-12-02T23:30:00Z');
    expect(text).toContain('Platform: OfficeOnline');
    expect(text).toContain('ExcelApi sets: ExcelApi 1.1, ExcelApi 1.2');
    expect(text).toContain('Made: 2026-12-02T23:30:00Z');
    expect(setup.snapshot()).toBe(before);
  });
});
