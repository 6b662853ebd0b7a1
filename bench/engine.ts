/** Engine: calls per second and ns per call for each catalogue function (warm, many calls). */
import { performance } from 'perf_hooks';
import { ENTRIES, type CatalogueName } from '../src/engine';

/** Typical arguments per function, as Excel would pass them. */
export const SAMPLE_ARGS: Record<CatalogueName, unknown[]> = {
  RATE: ['2015-16', 'general'],
  GRANT: [44095, 579, 0, 44769, '2015-16'],
  PROJECT: [44095, 579, 0, 44769, '2015-16', 2, 7047.5],
  'DSG.BLOCK': ['High Needs', 116, 10000, '2015-16'],
  'DSG.PTE': [[[15], [10], [30], [null], [12.5]]],
  'DSG.SUMMARY': [300e6, 30e6, 50e6, null, -120e6],
  'DSG.TRANSFER': [300e6, 1e6, '2019-20'],
  'TRADED.SURPLUS': [[[500000, 120000]], [[450000]]],
  'TRADED.SHARE': [100000, [[0, 50000, 100000]], [[0.5, 0.25, 0.1]]],
  'TRADED.SPLIT': [100000, [[0, 50000]], [[0.5, 0.25]], 0.2],
  'TRADED.PRICE': [50000, 0.3, 100],
  'TRADED.TECKAL': [800000, 150000],
  MIX: [70, 20, 10],
};

export interface EngineRow {
  name: string;
  callsPerSecond: number;
  nsPerCall: number;
}

export function benchEngine(targetMs = 150): EngineRow[] {
  const rows: EngineRow[] = [];
  let sink = 0;
  for (const [name, fn] of Object.entries(ENTRIES) as [CatalogueName, (...a: unknown[]) => unknown][]) {
    const args = SAMPLE_ARGS[name];
    for (let i = 0; i < 2000; i++) if (fn(...args)) sink++; // warm-up
    let calls = 0;
    const t0 = performance.now();
    let elapsed = 0;
    while (elapsed < targetMs) {
      for (let i = 0; i < 1000; i++) if (fn(...args)) sink++;
      calls += 1000;
      elapsed = performance.now() - t0;
    }
    rows.push({ name: `ESG.${name}`, callsPerSecond: (calls / elapsed) * 1000, nsPerCall: (elapsed * 1e6) / calls });
  }
  if (sink < 0) throw new Error('unreachable');
  return rows;
}
