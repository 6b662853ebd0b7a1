/**
 * `npm run bench` — measured speed, size and round-trips, with budgets.
 *   npm run bench               full run: prints tables, writes bench/results.json
 *   npm run bench -- --check    also fails (exit 1) when a deterministic budget (sizes, sync counts) is exceeded
 *   npm run bench -- --quick    smaller sizes (for CI): 10,000 rows only, shorter timings
 *   --no-build reuses dist/ when built; --no-write leaves bench/results.json as it is
 *   --bundles-only measures only the production bundles (sizes, by package) and updates just those
 *                  entries (and their verdicts) in bench/results.json, keeping the other sections' figures
 * Timings are reported against their budgets, never asserted in unit tests.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { benchEngine } from './engine';
import { benchRecalc } from './recalc';
import { benchPackages, benchSizes, distIsBuilt } from './sizes';
import { fmt } from './stats';
import { SECTIONS, type Section, type Verdict } from './sections';

const argv = new Set(process.argv.slice(2));
const check = argv.has('--check');
const quick = argv.has('--quick');
const skipBuild = argv.has('--no-build');
const write = !argv.has('--no-write');
const bundlesOnly = argv.has('--bundles-only');
const root = path.resolve(__dirname, '..');
const budgets = JSON.parse(readFileSync(path.join(__dirname, 'budgets.json'), 'utf8'));

const RESULTS = path.join(__dirname, 'results.json');
const BUNDLE_KEYS = ['sizes', 'packages'];
const isBundleVerdict = (v: Verdict) => / gzip bytes$/.test(v.name);

/** The last full results with this run's bundle figures (and their verdicts) in place of theirs. */
function withBundles(results: Record<string, unknown>, verdicts: Verdict[]): Record<string, unknown> {
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  const kept = ((previous.verdicts as Verdict[] | undefined) ?? []).filter((v) => !isBundleVerdict(v));
  return {
    ...previous,
    ...Object.fromEntries(BUNDLE_KEYS.map((k) => [k, results[k]])),
    bundlesMeasured: results.when,
    verdicts: [...kept, ...verdicts.filter(isBundleVerdict)],
  };
}

function table(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n## ${title}\n`);
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  console.log(`| ${cols.join(' | ')} |`);
  console.log(`|${cols.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${cols.map((c) => String(r[c])).join(' | ')} |`);
}

/** Engine, recalculation and the sections (scenarios, preview): everything but the bundles. */
async function benchEverythingButBundles(results: Record<string, unknown>, verdicts: Verdict[]): Promise<void> {
  const engine = benchEngine(quick ? 60 : 200);
  results.engine = engine;
  table('Engine (warm, one call at a time)', engine.map((r) => ({ function: r.name, 'calls/s': fmt(r.callsPerSecond, 0), 'ns/call': fmt(r.nsPerCall, 0) })));

  const recalc = benchRecalc(quick ? [10_000] : [10_000, 100_000]);
  results.recalc = recalc;
  table('HyperFormula recalculation after changing every input (A/B interleaved; median of 21 rounds at 10,000 rows, 7 at 100,000)', recalc.map((r) => {
    const b = budgets.ratios[r.case];
    verdicts.push({ name: `${r.case} @${r.rows}`, value: r.ratio, budget: b.budget, deterministic: false });
    return { case: r.case, rows: fmt(r.rows, 0), 'custom ms': fmt(r.customMs), 'native ms': fmt(r.nativeMs), ratio: fmt(r.ratio, 2), budget: b.budget, goal: b.goal };
  }));

  for (const section of SECTIONS as Section[]) {
    const out = await section.run({ quick, budgets, root });
    results[section.key] = out.results;
    table(section.title, out.rows);
    verdicts.push(...out.verdicts);
  }
}

async function main(): Promise<number> {
  const verdicts: Verdict[] = [];
  const results: Record<string, unknown> = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    quick,
  };

  if (!bundlesOnly) await benchEverythingButBundles(results, verdicts);

  if (!skipBuild || !distIsBuilt()) {
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'ignore' });
  }
  const sizes = benchSizes();
  results.sizes = sizes;
  table('Production bundles (taskpane = what the page loads before the Scenarios tab is usable; all-scripts adds the lazy chunks)', sizes.map((s) => {
    const budget = budgets.bundles[`${s.bundle}.gzip`];
    if (budget !== undefined) verdicts.push({ name: `${s.bundle} gzip bytes`, value: s.gzip, budget, deterministic: true });
    return { bundle: s.bundle, files: s.files.join(' + '), 'raw KiB': fmt(s.raw / 1024), 'gzip KiB': fmt(s.gzip / 1024), 'gzip budget KiB': budget ? fmt(budget / 1024) : '—' };
  }));
  const packages = benchPackages();
  results.packages = packages.map((p) => ({ ...p, firstLoadGzip: Math.round(p.firstLoadGzip), totalGzip: Math.round(p.totalGzip) }));
  table('Bytes by package (from the source maps; gzip shared out by raw share, an estimate)', packages.filter((p) => p.totalGzip >= 512).map((p) => ({
    package: p.package,
    'first load raw KiB': fmt(p.firstLoadRaw / 1024),
    'first load gzip KiB': fmt(p.firstLoadGzip / 1024),
    'total raw KiB': fmt(p.totalRaw / 1024),
    'total gzip KiB': fmt(p.totalGzip / 1024),
  })));

  results.verdicts = verdicts;
  if (write) writeFileSync(RESULTS, `${JSON.stringify(bundlesOnly ? withBundles(results, verdicts) : results, null, 2)}\n`);
  // A figure without a budget (a key missing from budgets.json) is not within it: checked, it fails.
  const within = (v: Verdict): boolean => typeof v.budget === 'number' && v.value <= v.budget;
  table('Budgets', verdicts.map((v) => ({ check: v.name, value: fmt(v.value, 2), budget: v.budget, kind: v.deterministic ? 'checked' : 'reported', status: within(v) ? 'ok' : v.budget === undefined ? 'NO BUDGET' : 'OVER' })));

  const failed = verdicts.filter((v) => v.deterministic && !within(v));
  if (check && failed.length > 0) {
    console.error(`\nBudget exceeded: ${failed.map((f) => (f.budget === undefined ? `${f.name} has no budget` : `${f.name} = ${f.value} > ${f.budget}`)).join('; ')}`);
    return 1;
  }
  console.log(`\n${write ? 'bench/results.json written' : 'results not written (--no-write)'}${check ? '; deterministic budgets met' : ''}.`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => { console.error(err); process.exitCode = 1; });
