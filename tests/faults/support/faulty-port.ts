/**
 * A port wrapper that injects faults into chosen round-trips of the port it wraps:
 *   - `{ on: 'read', n }`       the n-th read throws (nothing read);
 *   - `{ on: 'write', n, apply }` the n-th non-empty write throws after applying `apply` of
 *     its operations: `0` (fails before applying anything), `k` (a prefix of k operations,
 *     as Excel leaves a batch that broke half-way), or `'all'` (applied, but the answer
 *     was lost);
 *   - `{ on: 'calculate', n }`  the n-th calculate throws.
 * It also records the shape of a run (round-trips, operations per write) so that a test
 * can enumerate every fault of an action, and offers a hook that runs just before each
 * write — where a co-author's edit can land between an action's read and its write.
 */
import type { ReadPlan, Snapshot, WorkbookPort, WriteOp } from '../../../src/workbook/port';

export type Fault =
  | { readonly on: 'read'; readonly n: number }
  | { readonly on: 'write'; readonly n: number; readonly apply: number | 'all' }
  | { readonly on: 'calculate'; readonly n: number };

export class InjectedFault extends Error {
  constructor(readonly fault: Fault) {
    super(`injected fault: ${describeFault(fault)}`);
    this.name = 'InjectedFault';
  }
}

export function describeFault(f: Fault): string {
  return f.on === 'write' ? `write #${f.n}, after ${f.apply} op(s)` : `${f.on} #${f.n}`;
}

/** Faults injected by every FaultyPort of this test file (reported at the end). */
export const injected = { count: 0 };

export interface FaultyPortOptions {
  readonly faults?: readonly Fault[];
  /** Runs before the n-th non-empty write reaches the wrapped port. */
  readonly beforeWrite?: (n: number, ops: readonly WriteOp[]) => void | Promise<void>;
}

export class FaultyPort implements WorkbookPort {
  reads = 0;
  writes = 0;
  calculations = 0;
  /** Operations of each non-empty write, in order. */
  readonly writeSizes: number[] = [];
  /** Faults this port actually threw. */
  readonly fired: Fault[] = [];
  /** The round-trips in order: r(ead), w(rite), c(alculate). */
  readonly trace: ('r' | 'w' | 'c')[] = [];

  constructor(
    readonly inner: WorkbookPort,
    private readonly options: FaultyPortOptions = {},
  ) {}

  private fault(on: Fault['on'], n: number): Fault | undefined {
    return this.options.faults?.find((f) => f.on === on && f.n === n);
  }

  private fire(fault: Fault): never {
    this.fired.push(fault);
    injected.count += 1;
    throw new InjectedFault(fault);
  }

  async read(plan: ReadPlan): Promise<Snapshot> {
    this.reads += 1;
    this.trace.push('r');
    const fault = this.fault('read', this.reads);
    if (fault) this.fire(fault);
    return this.inner.read(plan);
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return this.inner.write(ops); // no round-trip: nothing to break
    this.writes += 1;
    this.trace.push('w');
    this.writeSizes.push(ops.length);
    await this.options.beforeWrite?.(this.writes, ops);
    const fault = this.fault('write', this.writes);
    if (!fault || fault.on !== 'write') return this.inner.write(ops);
    const count = fault.apply === 'all' ? ops.length : fault.apply;
    if (count > 0) await this.inner.write(ops.slice(0, count));
    this.fire(fault);
  }

  async calculate(): Promise<void> {
    this.calculations += 1;
    this.trace.push('c');
    const fault = this.fault('calculate', this.calculations);
    if (fault) this.fire(fault);
    return this.inner.calculate();
  }
}

/** Prefix lengths worth trying for a write of `size` operations: all when small, else a spread. */
export function prefixes(size: number, max = 12): number[] {
  if (size <= 1) return [];
  if (size - 1 <= max) return Array.from({ length: size - 1 }, (_, k) => k + 1);
  const out = new Set<number>([1, size - 1]);
  for (let k = 1; k < max - 1; k += 1) out.add(Math.max(1, Math.round((k * size) / (max - 1))));
  return [...out].filter((k) => k < size).sort((a, b) => a - b);
}

/** Every single fault of a run shaped like `shape`: each read, each write (before, each prefix, after), each calculate. */
export function singleFaults(shape: Pick<FaultyPort, 'reads' | 'writeSizes' | 'calculations'>): Fault[] {
  const out: Fault[] = [];
  for (let n = 1; n <= shape.reads; n += 1) out.push({ on: 'read', n });
  shape.writeSizes.forEach((size, k) => {
    const n = k + 1;
    out.push({ on: 'write', n, apply: 0 });
    for (const p of prefixes(size)) out.push({ on: 'write', n, apply: p });
    out.push({ on: 'write', n, apply: 'all' });
  });
  for (let n = 1; n <= shape.calculations; n += 1) out.push({ on: 'calculate', n });
  return out;
}

/** Reads that happened before the n-th write of a run. */
export function readsBeforeWrite(trace: readonly string[], n: number): number {
  let writes = 0;
  let reads = 0;
  for (const t of trace) {
    if (t === 'w' && ++writes === n) return reads;
    if (t === 'r') reads += 1;
  }
  return reads;
}

/**
 * Two faults at once: the n-th write breaks (a prefix applied, or all of it), and then the
 * recovery's read or its write breaks too.
 */
export function doubleFaults(shape: Pick<FaultyPort, 'trace' | 'writeSizes'>): Fault[][] {
  const out: Fault[][] = [];
  shape.writeSizes.forEach((size, k) => {
    const n = k + 1;
    const reads = readsBeforeWrite(shape.trace, n);
    const applies: (number | 'all')[] = [...new Set([1, Math.ceil(size / 2)])].filter((a) => a < size);
    applies.push('all');
    for (const apply of applies) {
      const first: Fault = { on: 'write', n, apply };
      out.push([first, { on: 'read', n: reads + 1 }]);
      out.push([first, { on: 'write', n: n + 1, apply: 0 }]);
    }
  });
  return out;
}
