/**
 * The workbook port over a HyperFormula instance (browser preview, tests, headless runs).
 *
 * The instance comes from outside (e.g. `createHyperFormula()` of `src/hf/engine.ts`, which
 * registers the `ESG.*` functions). Defined names are HyperFormula named expressions.
 * HyperFormula has no tables, number formats or charts, so this adapter keeps them in small
 * registries of its own: a table is a plain range of cells (header row + body rows) whose
 * position the adapter tracks; its cells are read from the grid at every read.
 */
import { DetailedCellError } from 'hyperformula';
import { rangeAddress } from '../a1';
import {
  batchGuards,
  isFormula,
  nameKey,
  namesInColumn,
  Snapshot,
  type CellValue,
  type Guard,
  type GuardMiss,
  type NameRead,
  type ReadPlan,
  type WorkbookPort,
  type WriteOp,
  sameCells,
  wantedColumns,
  WriteConflict,
} from '../port';
import { HfWrites } from './writes';

export type { HfChart, HfTable } from './state';

const lower = nameKey;

/** The port: reads and guarded writes over the grid, the names and the emulated tables. */
export class HyperFormulaWorkbook extends HfWrites implements WorkbookPort {
  // ------------------------------------------------------------------ reading

  async read(plan: ReadPlan): Promise<Snapshot> {
    const snap = new Snapshot();
    for (const name of plan.tables ?? []) snap.setTable(name, this.readTable(name));
    for (const tc of plan.tableColumns ?? []) {
      const named = (tc.columnsNamedBy ?? []).map((n) => this.readName(n, false)).map((n) => (n.status === 'range' ? n.value : ''));
      snap.setTable(tc.table, this.readColumns(tc.table, (header) => wantedColumns(header, tc.columns, named)));
    }
    for (const name of plan.tablesExist ?? []) snap.setTableExists(name, this.tableRegistry.has(lower(name)));
    for (const name of plan.tableHeaders ?? []) snap.setTableHeader(name, this.readTable(name, false)?.header ?? null);
    for (const name of plan.names ?? []) snap.setName(name, this.readName(name, false));
    for (const name of plan.ranges ?? []) snap.setName(name, this.readName(name, true));
    for (const { table, column } of plan.namesListedIn ?? []) {
      const t = snap.table(table);
      if (!t) continue;
      for (const name of namesInColumn(t, column)) {
        if (!snap.hasName(name)) snap.setName(name, this.readName(name, false));
      }
    }
    for (const name of plan.sheets ?? []) snap.setSheet(name, this.sheetId(name) !== undefined);
    return snap;
  }
  protected readName(name: string, full: boolean): NameRead {
    const found = this.nameRange(name);
    if (found === undefined) return { status: 'missing' };
    const { range, sheetId } = found;
    if (!range || sheetId === undefined) {
      const refersTo = found.refersTo || String(this.hf.getNamedExpressionValue(found.canonical) ?? '');
      return { status: 'not-range', refersTo };
    }
    const topLeft = { sheet: sheetId, row: range.row, col: range.col };
    const hasFormula = this.hf.doesCellHaveFormula(topLeft);
    // A cell an array formula spills into holds no formula of its own (HyperFormula does not say where the anchor is).
    const spill = !hasFormula && this.hf.isCellPartOfArray(topLeft);
    const values: CellValue[][] = [];
    const errors: boolean[][] = [];
    if (full) {
      for (let r = 0; r < range.rows; r += 1) {
        const row: CellValue[] = [];
        const rowErrors: boolean[] = [];
        for (let c = 0; c < range.cols; c += 1) {
          const at = { sheet: sheetId, row: range.row + r, col: range.col + c };
          row.push(this.value(at));
          rowErrors.push(this.hf.getCellValue(at) instanceof DetailedCellError);
        }
        values.push(row);
        errors.push(rowErrors);
      }
    }
    return {
      status: 'range',
      sheet: this.hf.getSheetName(sheetId) ?? range.sheet ?? '',
      address: rangeAddress(range),
      rows: range.rows,
      cols: range.cols,
      value: this.value(topLeft),
      formula: hasFormula ? (this.hf.getCellFormula(topLeft) ?? null) : null,
      ...this.formatRead(sheetId, range.row, range.col),
      ...(full ? { values, errors } : {}),
      ...(spill ? { spill: '' } : {}),
    };
  }
  // ------------------------------------------------------------------ writing

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    // Guards first, as Excel sees them: just before the batch's first write. The port's one
    // contract (see `Guard`): a guarded item that is gone stops the batch before any write
    // (as Office.js's getItem would); otherwise the batch runs — Excel cannot make a write
    // conditional, and the callers' recovery must be the one tested here too — and the
    // misses are reported after it.
    // Guards are checked before any write, against each table's header read once from its cells.
    this.refreshHeaders(ops);
    const misses = batchGuards(ops).flatMap((guard) => this.check(guard));
    // Also before any write: a guarded cell now inside a spill. Excel lets a blocked spill
    // flow again once the cell is cleared (the recovery does that); HyperFormula, which
    // sizes arrays when a formula is entered, would leave it #SPILL! for good.
    if (misses.some((m) => m.found === undefined || m.found.spill !== undefined)) throw new WriteConflict(misses);
    // A batch suspends evaluation, so a spilling ESG.* formula entered inside one could not
    // size its array from the current values (HyperFormula sizes arrays at parse time):
    // writes that enter formulas run op by op; others (a Switch) as one batch. So does a
    // batch whose guards missed, so that an op failing on the changed table stops there.
    const entersFormulas = ops.some((op) => op.kind === 'setCells' && op.cells.some((row) => row.some(isFormula)));
    try {
      if (entersFormulas || misses.length > 0) {
        for (const op of ops) this.apply(op);
        if (misses.length > 0) throw new WriteConflict(misses);
        return;
      }
      // Evaluation suspended, not `hf.batch`: a batch gathers its operations into one undo
      // entry and HyperFormula rescans that whole entry at each operation (clearing its redo
      // stack), so a Switch of n inputs cost n² (~150 ms at 1,000). Separately, each
      // operation's undo entry is dropped past the undo limit, and the stack is emptied below.
      this.hf.suspendEvaluation();
      try {
        this.applyGrouped(ops);
      } finally {
        this.hf.resumeEvaluation();
      }
    } finally {
      // As in Excel, whose undo stack empties when an add-in writes. HyperFormula's keeps a
      // copy of what each batch changed, and every later batch gets slower (a Switch of
      // 1,000 inputs: ~50 ms, then +40 ms with each one before it, up to the undo limit).
      this.hf.clearUndoStack();
    }
  }

  async calculate(): Promise<void> {
    // HyperFormula recalculates on every change.
  }

  /** The miss of a guard, if it fails now. */
  private check(guard: Guard): GuardMiss[] {
    switch (guard.kind) {
      case 'expectNamedCell': {
        const read = this.readName(guard.name, false);
        if (read.status !== 'range') return [{ guard }];
        const ok = read.rows === 1 && read.cols === 1 && read.formula === null && read.spill === undefined && read.value === guard.value;
        return ok ? [] : [{ guard, found: { values: [read.value], formula: read.formula, ...(read.spill === undefined ? {} : { spill: read.spill }) } }];
      }
      case 'expectTableHeader': {
        const header = this.tableRegistry.get(lower(guard.table))?.header;
        if (!header) return [{ guard }];
        return sameCells(guard.header, header) ? [] : [{ guard, found: { values: [...header], formula: null } }];
      }
      case 'expectTableColumn': {
        const t = this.tableRegistry.get(lower(guard.table));
        const header = t?.header ?? [];
        const column = lower(guard.column);
        const c = header.findIndex((h) => lower(h) === column);
        if (!t || c < 0) return [{ guard }];
        const sheet = this.requireSheet(t.sheet);
        const values = Array.from({ length: t.rows }, (_, r) => this.value({ sheet, row: t.row + 1 + r, col: t.col + c }));
        return sameCells(guard.values, values) ? [] : [{ guard, found: { values, formula: null } }];
      }
    }
  }
}
