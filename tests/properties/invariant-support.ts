/** What the invariant tests (invariants.test.ts, traded-invariants.test.ts) share: runs, generators, readers. */
import fc from 'fast-check';
import type { Matrix } from '../../src/engine';

/** Runs per property (12 properties in the two files). */
export const RUNS = 1000;

/** A finite non-negative number, including the extremes (huge, tiny, -0). */
export const amount = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 200_000 }), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }), weight: 3 },
  { arbitrary: fc.constantFrom(0, -0, 5e-324, 2.2250738585072014e-308, 0.1, 1e15, 2 ** 53 + 2, 1e300, 1e308), weight: 1 },
);
export const signed = fc.oneof(amount, amount.map((x) => -x));

export function counter() {
  let n = 0;
  return { hit: () => void n++, get count() { return n; } };
}

export function num(cell: unknown): number {
  if (typeof cell !== 'number') throw new Error(`expected a number, got ${String(cell)}`);
  return cell;
}

/** The value of a labelled row of a two-column spilled table. */
export function row(table: Matrix, label: string): number {
  const found = table.find((r) => r[0] === label);
  if (!found) throw new Error(`no row "${label}"`);
  return num(found[1]);
}

export const run = <Ts>(p: fc.IProperty<Ts>) => fc.assert(p, { numRuns: RUNS });
