/**
 * Scenario switch and Compare, over the HyperFormula adapter and the Office adapter on the
 * fake Excel (tests/support/fake-excel.ts, which counts context.sync()): with 10, 100 and
 * 1,000 inputs (10 scenarios), the round-trips per Switch — a deterministic budget
 * (`budgets.syncsPerSwitch`) — and wall times; then 1,000 scenarios × 2,000 inputs (list,
 * switch, Compare of two), wall times reported against `budgets.scenarioWallMs`.
 */
import { performance } from 'perf_hooks';
import { ScenarioService } from '../src/scenarios';
import { OfficeWorkbook } from '../src/workbook/office';
import type { WorkbookPort } from '../src/workbook/port';
import { FakeExcel } from '../tests/support/fake-excel';
import { fakeScaleWorkbook, hfScaleWorkbook, type ScaleSpec } from '../tests/support/scale-fixtures';
import type { Section, SectionContext, Verdict } from './sections';
import { fmt, median } from './stats';

type Adapter = 'hf' | 'office';

interface Workbook {
  readonly port: WorkbookPort;
  readonly excel?: FakeExcel;
  dispose(): void;
}

async function open(adapter: Adapter, spec: ScaleSpec): Promise<Workbook> {
  if (adapter === 'hf') {
    const { hf, wb } = await hfScaleWorkbook(spec);
    return { port: wb, dispose: () => hf.destroy() };
  }
  const excel = new FakeExcel(fakeScaleWorkbook(spec));
  const uninstall = excel.install();
  return { port: new OfficeWorkbook(), excel, dispose: uninstall };
}

async function ms<T>(run: () => Promise<T>): Promise<{ ms: number; out: T }> {
  const t0 = performance.now();
  const out = await run();
  return { ms: performance.now() - t0, out };
}

function must(kind: string, outcome: { kind: string }): void {
  if (outcome.kind !== kind) throw new Error(`bench: expected ${kind}, got ${JSON.stringify(outcome).slice(0, 300)}`);
}

export interface ScenarioRow {
  adapter: Adapter;
  inputs: number;
  scenarios: number;
  listMs: number;
  switchMs: number;
  compareMs: number;
  /** context.sync() calls per Switch (Office only; the most seen). */
  syncsPerSwitch?: number;
}

/** Median wall times over `repeats` switches (alternating S2 and S1) and Compares of two scenarios. */
async function measure(adapter: Adapter, spec: ScaleSpec, repeats: number): Promise<ScenarioRow> {
  const wb = await open(adapter, spec);
  try {
    const service = new ScenarioService(wb.port);
    const list = await ms(() => service.list());
    must('state', list.out);
    const switches: number[] = [];
    let syncs = 0;
    for (let k = 0; k < repeats; k += 1) {
      wb.excel?.resetCounts();
      const s = await ms(() => service.switchTo(k % 2 === 0 ? 'S2' : 'S1'));
      must('switched', s.out);
      switches.push(s.ms);
      syncs = Math.max(syncs, wb.excel?.syncCount ?? 0);
    }
    const compares: number[] = [];
    for (let k = 0; k < Math.max(1, Math.ceil(repeats / 2)); k += 1) {
      const c = await ms(() => service.compare({ scenarios: ['S3', 'S4'] }));
      must('compared', c.out);
      compares.push(c.ms);
    }
    return {
      adapter,
      ...spec,
      listMs: list.ms,
      switchMs: median(switches),
      compareMs: median(compares),
      ...(wb.excel ? { syncsPerSwitch: syncs } : {}),
    };
  } finally {
    wb.dispose();
  }
}

export const scenariosSection: Section = {
  key: 'scenarios',
  title: 'Scenario switch and Compare (HyperFormula adapter; Office adapter on the fake Excel)',
  async run(ctx: SectionContext) {
    const syncBudget = Number(ctx.budgets.syncsPerSwitch ?? 2);
    const wallBudgets = (ctx.budgets.scenarioWallMs ?? {}) as Record<string, number>;
    const results: ScenarioRow[] = [];
    for (const inputs of [10, 100, 1000]) {
      for (const adapter of ['hf', 'office'] as const) results.push(await measure(adapter, { inputs, scenarios: 10 }, ctx.quick ? 3 : 7));
    }
    for (const adapter of ['hf', 'office'] as const) results.push(await measure(adapter, { inputs: 2000, scenarios: 1000 }, 1));

    const verdicts: Verdict[] = [];
    for (const r of results) {
      const size = `${fmt(r.scenarios, 0)} scenarios x ${fmt(r.inputs, 0)} inputs`;
      if (r.syncsPerSwitch !== undefined) {
        verdicts.push({ name: `context.sync() per Switch, ${size}`, value: r.syncsPerSwitch, budget: syncBudget, deterministic: true });
      }
      if (r.scenarios >= 1000) {
        for (const [what, value] of [['list', r.listMs], ['switch', r.switchMs], ['compare', r.compareMs]] as const) {
          const budget = wallBudgets[`${what}@1000x2000`];
          if (budget !== undefined) verdicts.push({ name: `${r.adapter} ${what} ms, ${size}`, value, budget, deterministic: false });
        }
      }
    }
    const rows = results.map((r) => ({
      adapter: r.adapter === 'hf' ? 'HyperFormula' : 'Office (fake Excel)',
      scenarios: fmt(r.scenarios, 0),
      inputs: fmt(r.inputs, 0),
      'list ms': fmt(r.listMs),
      'switch ms': fmt(r.switchMs),
      'compare of 2 ms': fmt(r.compareMs),
      'syncs per switch': r.syncsPerSwitch ?? '—',
    }));
    return { results, rows, verdicts };
  },
};
