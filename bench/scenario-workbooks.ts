/**
 * The workbooks bench/scenarios.ts and bench/scale.ts measure: the HyperFormula adapter, or
 * the Office adapter on its own fake Excel (installed around each use), and small helpers.
 */
import { performance } from 'perf_hooks';
import { OfficeWorkbook } from '../src/workbook/office';
import type { WorkbookPort } from '../src/workbook/port';
import { FakeExcel } from '../tests/support/fake-excel';
import { fakeScaleWorkbook, hfScaleWorkbook, type ScaleSpec } from '../tests/support/scale-fixtures';

export type Adapter = 'hf' | 'office';
export const ADAPTERS: readonly Adapter[] = ['hf', 'office'];
export const label = (a: Adapter): string => (a === 'hf' ? 'HyperFormula' : 'Office (fake Excel)');

export interface Workbook {
  readonly port: WorkbookPort;
  readonly excel?: FakeExcel;
  dispose(): void;
}

export async function open(adapter: Adapter, spec: ScaleSpec): Promise<Workbook> {
  if (adapter === 'hf') {
    const { hf, wb } = await hfScaleWorkbook(spec);
    return { port: wb, dispose: () => hf.destroy() };
  }
  const excel = new FakeExcel(fakeScaleWorkbook(spec));
  // Each workbook has its own fake Excel: install it around each use (see `using`).
  return { port: new OfficeWorkbook(), excel, dispose: () => undefined };
}

/** Runs `fn` with this workbook's fake Excel as the global `Excel` (Office adapter). */
export async function using<T>(wb: Workbook, fn: () => Promise<T>): Promise<T> {
  const uninstall = wb.excel?.install();
  try {
    return await fn();
  } finally {
    uninstall?.();
  }
}

export async function ms<T>(run: () => Promise<T>): Promise<{ ms: number; out: T }> {
  const t0 = performance.now();
  const out = await run();
  return { ms: performance.now() - t0, out };
}

export function must(kind: string, outcome: { kind: string }): void {
  if (outcome.kind !== kind) throw new Error(`bench: expected ${kind}, got ${JSON.stringify(outcome).slice(0, 300)}`);
}

export function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bench: wrong result: ${what}`);
}
