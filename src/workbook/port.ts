/**
 * The workbook port: the little the scenario service and Set up need from a workbook,
 * expressed as BATCHES so that an Office adapter can serve one `read(plan)` with one
 * `context.sync()` and one `write(ops)` with one more, whatever the number of cells.
 *
 * Two adapters implement it: `office/` (Excel, the only code calling `Excel.run`) and
 * `hf/` (a HyperFormula instance, for the browser preview, the tests and headless runs).
 *
 * Text is text: a string in a `CellValue` is always written so that the cell holds that
 * literal text — even `=SUM(A1)`, `+44`, `-x`, `@x` or `2015-16` — never a formula, number or
 * date. Formulas are written only through an explicit `Formula` object, which only code
 * builds from constants (Set up); nothing read from the workbook is ever turned into one.
 *
 * Its parts: cells.ts (values, formulas, the name key), snapshot.ts (read plans and what
 * they return), write-ops.ts (write batches, guards and their contract). Import them from here.
 */
import type { ReadPlan, Snapshot } from './snapshot';
import type { WriteOp } from './write-ops';

export * from './cells';
export * from './snapshot';
export * from './write-ops';

/**
 * A workbook. `read` and `write` are batches: the Office adapter serves each with one
 * `context.sync()` when the batch only touches cells, table cells and rows (a scenario
 * Switch is one read and one write). Structural operations (`clearSheet`) may cost the
 * Office adapter one more round-trip. A `write` that throws may have applied a prefix of
 * its operations (Excel does not roll a batch back): callers read again to recover. Guards
 * (see `Guard`) cost no round-trip of their own.
 */
export interface WorkbookPort {
  read(plan: ReadPlan): Promise<Snapshot>;
  write(ops: readonly WriteOp[]): Promise<void>;
  /** Asks the workbook to calculate now (no-op where calculation is automatic). */
  calculate(): Promise<void>;
}
