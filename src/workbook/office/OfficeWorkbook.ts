/**
 * The workbook port over Office.js — the only code in the add-in that calls `Excel.run`.
 *
 * Every `read(plan)` is one `Excel.run` with one `context.sync()` in the usual case, and
 * every `write(ops)` is one `Excel.run` with one `context.sync()` (plus one to find the
 * charts of a sheet being cleared), so a scenario Switch costs two round-trips whatever
 * the number of inputs.
 *
 * One subtlety: a Switch must know which cells hold formulas, which only `Range.formulas`
 * tells, and the names of the input cells are themselves in the `ESG_Scenarios` table
 * being read. Office.js cannot chain a load onto data it has not fetched yet, so the
 * adapter also loads, in that same batch, the names it saw listed in that column at its
 * previous read (a prefetch list, not data), then checks them against the column as read
 * now; a name it had not seen (first read of a session, or a row a co-author added) costs
 * one more round-trip. Every value used always comes from the current batch.
 *
 * Guards (`expect…` ops and the key columns of table writes, see port.ts) cost no
 * round-trip either: they are loads queued before every write of the batch, so they see the
 * cells just before this batch changes them. Office.js has no conditional write, so when
 * one shows a co-author's edit the batch has already run; the adapter reports it
 * (`WriteConflict`) and the caller puts their value back in its recovery. Merged cells are
 * read with `Range.getMergedAreasOrNullObject` where the host has ExcelApi 1.13, spilled
 * cells with `Range.getSpillParentOrNullObject` where it has ExcelApi 1.12 (else neither is
 * detected; a legacy array formula shows its formula in every cell, so it reads as one).
 */
import type { ReadPlan, Snapshot, WorkbookPort, WriteOp } from '../port';
import { DEFAULT_BUDGET_BYTES, ReadMemory } from './budget';
import { OfficeReader } from './reader';
import { OfficeWriter } from './writer';

export interface OfficeWorkbookOptions {
  /** Bytes per request and per response (Excel on the web refuses over 5 MB); default 4 MB. */
  readonly budgetBytes?: number;
}

/** The port over Office.js: the read planner (reader.ts) and the write translator (writer.ts) share what was seen. */
export class OfficeWorkbook implements WorkbookPort {
  private readonly reader: OfficeReader;
  private readonly writer: OfficeWriter;

  constructor(options: OfficeWorkbookOptions = {}) {
    const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
    /** Headers, sizes and naming cells seen before: how to plan the next read (see budget.ts). */
    const memory = new ReadMemory();
    this.reader = new OfficeReader(memory, budget);
    this.writer = new OfficeWriter(memory, budget);
  }

  read(plan: ReadPlan): Promise<Snapshot> {
    return this.reader.read(plan);
  }

  write(ops: readonly WriteOp[]): Promise<void> {
    return this.writer.write(ops);
  }

  async calculate(): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.application.calculate('Recalculate');
      await context.sync();
    });
  }
}
