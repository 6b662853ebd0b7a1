/**
 * Scenario switch and Compare, over the HyperFormula adapter and the Office adapter on the
 * fake Excel (tests/support/fake-excel.ts, which counts context.sync() and enforces Excel on
 * the web's 5 MB / 5-million-cell limits per sync):
 *   1. 10, 100 and 1,000 inputs (10 scenarios): round-trips per Switch — a deterministic
 *      budget (`syncsPerSwitch`) — and wall times.
 *   2. Switch at 1,000 inputs with 10, 1,000 and 10,000 scenarios, A/B interleaved (one
 *      switch of each size per round, median over the rounds): the 10,000 : 10 time ratio
 *      (`switchScenarioRatio`, reported) on both adapters, HyperFormula's time at 1,000
 *      inputs (`switchHfMs`, reported), and — deterministic, checked — the syncs per Switch
 *      and the Switch read plan's size at 10,000 scenarios (`switchReadBytes@10000`).
 *   3. 1,000 scenarios × 2,000 inputs (the README's advertised size; moved here from the
 *      test suite; bench/scale.ts): list, switch, Compare of two, each checked for the right
 *      values, and the largest request and response of any sync (checked against the 5 MB limit).
 * The workbooks and helpers both use are in bench/scenario-workbooks.ts.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { ScenarioService } from '../src/scenarios';
import { EXCEL_WEB_LIMITS } from '../tests/support/fake-excel';
import type { ScaleSpec } from '../tests/support/scale-fixtures';
import type { Section, SectionContext, Verdict } from './sections';
import { fmt, median } from './stats';

import { ADAPTERS, check, label, ms, must, open, using, type Adapter } from './scenario-workbooks';
import { scaleRun, type ScaleRun } from './scale';

// ------------------------------------------------------------------ 1. inputs

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
    return await using(wb, async () => {
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
    });
  } finally {
    wb.dispose();
  }
}

// ------------------------------------------------------------------ 2. scenarios

export interface SwitchByScenarios {
  adapter: Adapter;
  inputs: number;
  scenarios: number;
  switchMs: number;
  syncsPerSwitch?: number;
  /** Bytes of the Switch's read sync (request and response), Office only. */
  readRequestBytes?: number;
  readResponseBytes?: number;
  readCells?: number;
}

/** Where the Switch's read plan is checked against bench/budgets.json (switchReadBytes). */
const PLAN_AT = 10_000;

async function switchByScenarios(adapter: Adapter, inputs: number, counts: readonly number[], rounds: number): Promise<SwitchByScenarios[]> {
  const books = [];
  for (const scenarios of counts) {
    const wb = await open(adapter, { inputs, scenarios, sparseAfter: 50 });
    const service = new ScenarioService(wb.port);
    // A first switch: the session's first read (names not known yet) is not what is measured.
    await using(wb, async () => must('switched', await service.switchTo('S2')));
    books.push({ scenarios, wb, service, times: [] as number[], syncs: 0, read: { requestBytes: 0, responseBytes: 0, cells: 0 } });
  }
  try {
    // A/B interleaved: one switch of each size per round, so machine load hits all alike.
    for (let round = 0; round < rounds; round += 1) {
      for (const b of books) {
        await using(b.wb, async () => {
          b.wb.excel?.resetCounts();
          const target = round % 2 === 0 ? 'S3' : 'S2';
          const s = await ms(() => b.service.switchTo(target));
          must('switched', s.out);
          b.times.push(s.ms);
          if (b.wb.excel) {
            b.syncs = Math.max(b.syncs, b.wb.excel.syncCount);
            const read = b.wb.excel.sizes[0];
            if (read && read.responseBytes >= b.read.responseBytes) b.read = read;
          }
        });
      }
    }
    for (const b of books) await using(b.wb, async () => check((await b.service.list()).kind === 'state', 'list after switches'));
  } finally {
    for (const b of books) b.wb.dispose();
  }
  return books.map((b) => ({
    adapter,
    inputs,
    scenarios: b.scenarios,
    switchMs: median(b.times),
    ...(b.wb.excel
      ? { syncsPerSwitch: b.syncs, readRequestBytes: b.read.requestBytes, readResponseBytes: b.read.responseBytes, readCells: b.read.cells }
      : {}),
  }));
}

// ------------------------------------------------------------------ the section

/** The section's three parts (see the header): `npx tsx bench/scenarios.ts --parts=scenarios` runs one. */
export type Part = 'inputs' | 'scenarios' | 'scale';
const PARTS: readonly Part[] = ['inputs', 'scenarios', 'scale'];

export const scenariosSection: Section = {
  key: 'scenarios',
  title: 'Scenario switch and Compare (HyperFormula adapter; Office adapter on the fake Excel with the web limits)',
  run: (ctx: SectionContext) => runScenarios(ctx, PARTS),
};

async function runScenarios(ctx: SectionContext, parts: readonly Part[]): ReturnType<Section['run']> {
  const b = ctx.budgets;
  const syncBudget = Number(b.syncsPerSwitch ?? 2);
  const wallBudgets = (b.scenarioWallMs ?? {}) as Record<string, number>;
  const verdicts: Verdict[] = [];

  const byInputs: ScenarioRow[] = [];
  for (const inputs of parts.includes('inputs') ? [10, 100, 1000] : []) {
    for (const adapter of ADAPTERS) byInputs.push(await measure(adapter, { inputs, scenarios: 10 }, ctx.quick ? 3 : 7));
  }
  for (const r of byInputs) {
    if (r.syncsPerSwitch !== undefined) {
      verdicts.push({ name: `context.sync() per Switch, ${r.scenarios} scenarios x ${fmt(r.inputs, 0)} inputs`, value: r.syncsPerSwitch, budget: syncBudget, deterministic: true });
    }
  }

  const counts = ctx.quick ? [10, 1000] : [10, 1000, 10000];
  const byScenarios: SwitchByScenarios[] = [];
  for (const adapter of parts.includes('scenarios') ? ADAPTERS : []) byScenarios.push(...(await switchByScenarios(adapter, 1000, counts, ctx.quick ? 5 : 15)));
  const most = counts[counts.length - 1];
  for (const adapter of ADAPTERS) {
    const rows = byScenarios.filter((r) => r.adapter === adapter);
    const small = rows.find((r) => r.scenarios === 10);
    const large = rows.find((r) => r.scenarios === most);
    if (small && large) {
      verdicts.push({ name: `${label(adapter)} Switch time ${fmt(most, 0)} : 10 scenarios (1,000 inputs)`, value: large.switchMs / small.switchMs, budget: Number(b.switchScenarioRatio ?? 1.5), deterministic: false });
    }
    for (const r of rows) {
      if (r.syncsPerSwitch !== undefined) {
        verdicts.push({ name: `context.sync() per Switch, ${fmt(r.scenarios, 0)} scenarios x 1,000 inputs`, value: r.syncsPerSwitch, budget: syncBudget, deterministic: true });
      }
    }
  }
  const hfAt = byScenarios.filter((r) => r.adapter === 'hf').map((r) => r.switchMs);
  if (hfAt.length > 0) verdicts.push({ name: 'HyperFormula Switch ms at 1,000 inputs (slowest scenario count)', value: Math.max(...hfAt), budget: Number(b.switchHfMs ?? 50), deterministic: false });
  // The Switch's read at 10,000 scenarios is a deterministic budget, so --quick (CI) measures it
  // too: one Switch on the Office adapter, untimed.
  let plan = byScenarios.find((r) => r.adapter === 'office' && r.scenarios === PLAN_AT);
  if (plan === undefined && parts.includes('scenarios')) [plan] = await switchByScenarios('office', 1000, [PLAN_AT], 1);
  const readBudget = (b.switchReadBytes ?? {}) as Record<string, number>;
  if (plan?.readResponseBytes !== undefined) {
    verdicts.push({ name: `Switch read response bytes, ${fmt(PLAN_AT, 0)} scenarios x 1,000 inputs`, value: plan.readResponseBytes, budget: readBudget[`response@${PLAN_AT}`], deterministic: true });
    verdicts.push({ name: `Switch read request bytes, ${fmt(PLAN_AT, 0)} scenarios x 1,000 inputs`, value: plan.readRequestBytes ?? 0, budget: readBudget[`request@${PLAN_AT}`], deterministic: true });
  }

  const scale: ScaleRun[] = [];
  if (!ctx.quick && parts.includes('scale')) for (const adapter of ADAPTERS) scale.push(await scaleRun(adapter));
  for (const r of scale) {
    for (const [what, value] of [['list', r.listMs], ['switch', r.switchMs], ['compare', r.compareMs]] as const) {
      const budget = wallBudgets[`${what}@1000x2000`];
      if (budget !== undefined) verdicts.push({ name: `${label(r.adapter)} ${what} ms, 1,000 scenarios x 2,000 inputs`, value, budget, deterministic: false });
    }
    if (r.syncsPerSwitch !== undefined) {
      verdicts.push({ name: 'context.sync() per Switch, 1,000 scenarios x 2,000 inputs', value: r.syncsPerSwitch, budget: syncBudget, deterministic: true });
      verdicts.push({ name: 'largest request bytes of a sync, 1,000 x 2,000 (list, switch, compare)', value: r.largestRequestBytes ?? 0, budget: EXCEL_WEB_LIMITS.requestBytes, deterministic: true });
      verdicts.push({ name: 'largest response bytes of a sync, 1,000 x 2,000 (list, switch, compare)', value: r.largestResponseBytes ?? 0, budget: EXCEL_WEB_LIMITS.responseBytes, deterministic: true });
    }
  }

  const rows: Record<string, string | number>[] = [
    ...byInputs.map((r) => ({
      adapter: label(r.adapter),
      scenarios: fmt(r.scenarios, 0),
      inputs: fmt(r.inputs, 0),
      'list ms': fmt(r.listMs),
      'switch ms': fmt(r.switchMs),
      'compare of 2 ms': fmt(r.compareMs),
      'syncs per switch': r.syncsPerSwitch ?? '—',
      'switch read KiB': '—',
    })),
    ...byScenarios.map((r) => ({
      adapter: label(r.adapter),
      scenarios: fmt(r.scenarios, 0),
      inputs: fmt(r.inputs, 0),
      'list ms': '—',
      'switch ms': fmt(r.switchMs),
      'compare of 2 ms': '—',
      'syncs per switch': r.syncsPerSwitch ?? '—',
      'switch read KiB': r.readResponseBytes === undefined ? '—' : `${fmt((r.readRequestBytes ?? 0) / 1024)} sent, ${fmt(r.readResponseBytes / 1024)} received`,
    })),
    ...scale.map((r) => ({
      adapter: label(r.adapter),
      scenarios: '1,000',
      inputs: '2,000',
      'list ms': fmt(r.listMs),
      'switch ms': fmt(r.switchMs),
      'compare of 2 ms': fmt(r.compareMs),
      'syncs per switch': r.syncsPerSwitch ?? '—',
      'switch read KiB': r.largestResponseBytes === undefined ? '—' : `largest sync: ${fmt((r.largestRequestBytes ?? 0) / 1024)} sent, ${fmt(r.largestResponseBytes / 1024)} received`,
    })),
  ];
  return { results: { byInputs, byScenarios, scale }, rows, verdicts };
}

/**
 * `npx tsx bench/scenarios.ts [--quick] [--parts=inputs,scenarios,scale]`: this section alone
 * (all parts by default), printed; bench/results.json is left as it is.
 */
if (require.main === module) {
  const args = process.argv.slice(2);
  const listed = args.find((a) => a.startsWith('--parts='))?.slice('--parts='.length).split(',');
  const parts = listed ? PARTS.filter((p) => listed.includes(p)) : PARTS;
  const budgets = JSON.parse(readFileSync(path.join(__dirname, 'budgets.json'), 'utf8')) as Record<string, unknown>;
  runScenarios({ quick: args.includes('--quick'), budgets, root: path.resolve(__dirname, '..') }, parts).then(
    (out) => {
      for (const r of out.rows) console.log(Object.entries(r).map(([k, v]) => `${k}: ${v}`).join(' | '));
      for (const v of out.verdicts) console.log(`${v.value <= v.budget ? 'ok  ' : 'OVER'} ${v.name}: ${fmt(v.value, 2)} (budget ${v.budget}${v.deterministic ? ', checked' : ''})`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
