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
import { parseRange, rangeAddress } from '../a1';
import {
  batchGuards,
  isFormula,
  isValidDefinedName,
  literalTextInput,
  nameKey,
  namesInColumn,
  Snapshot,
  type CellContent,
  type CellValue,
  type ColumnOfNames,
  type Guard,
  type GuardMiss,
  type NameRead,
  type ReadPlan,
  type TableColumns,
  type TableRead,
  type WorkbookPort,
  type WriteOp,
  sameCells,
  wantedColumns,
  WriteConflict,
} from '../port';
import { DEFAULT_BUDGET_BYTES, gridBytes, isTooLarge, NAME_BYTES, opBytes, ReadMemory, rowsPerChunk, splitLargeWrites } from './budget';

const lower = nameKey;

interface TableLoad {
  readonly name: string;
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  /** Body values loaded with the batch (else read in chunks after it). */
  readonly whole: boolean;
}

interface ColumnsLoad {
  readonly spec: TableColumns;
  readonly load: TableLoad;
  /** Column index → its body range, loaded. */
  readonly columns: Map<number, Excel.Range>;
}

interface NameLoad {
  readonly item: Excel.NamedItem;
  readonly range: Excel.Range;
  readonly full: boolean;
  /** The merged cells the range touches, where the host can tell (ExcelApi 1.13). */
  readonly merged?: Excel.RangeAreas;
  /** The anchor of the spill the cell is in, where the host can tell (ExcelApi 1.12). */
  readonly spill?: Excel.Range;
}

interface HeaderLoad {
  readonly name: string;
  readonly header: Excel.Range;
}

interface GuardLoad {
  readonly guard: Guard;
  readonly range: Excel.Range;
  readonly spill?: Excel.Range;
}

/** `Range.getSpillParentOrNullObject` needs ExcelApi 1.12; without it spills go undetected. */
function canReadSpills(): boolean {
  if (typeof Office === 'undefined') return true; // the tests' fake Excel
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.12') === true;
}

/** A spill anchor's address as `Sheet!A1`, or undefined when the cell is in no spill. */
function spillOf(anchor: Excel.Range | undefined): string | undefined {
  if (!anchor || anchor.isNullObject) return undefined;
  return String(anchor.address ?? '');
}

/** `Range.getMergedAreasOrNullObject` needs ExcelApi 1.13; without it merged cells go undetected. */
function canReadMergedAreas(): boolean {
  if (typeof Office === 'undefined') return true; // the tests' fake Excel
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true;
}

/** True for Office.js's "the argument is invalid" error (e.g. a column index past the table's end). */
function isInvalidArgument(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'InvalidArgument';
}

/** True for Office.js's "the requested resource doesn't exist" error. */
function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ItemNotFound';
}

function toInput(value: CellValue): string | number | boolean {
  return typeof value === 'string' ? literalTextInput(value) : value;
}

function contentToInput(content: CellContent): string | number | boolean {
  return isFormula(content) ? content.formula : toInput(content);
}

function asCellValue(v: unknown): CellValue {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Whether a cell holds a formula. `Range.formulas` gives a constant's text for a constant
 * cell, so a text cell reading `=x` (entered as `'=x`) shows `=x` in both `formulas` and
 * `values`; a formula shows its result in `values`.
 */
function formulaOf(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return null;
  if (typeof value === 'string' && value === formula) return null;
  return formula;
}

/** A `setCells` block cut into `parts` blocks of rows (other operations: undefined, kept whole). */
function splitRows(op: WriteOp, parts: number): WriteOp[] | undefined {
  if (op.kind !== 'setCells' || op.cells.length < 2) return undefined;
  const at = parseRange(op.address);
  if (!at) return undefined;
  const step = Math.max(1, Math.ceil(op.cells.length / parts));
  const out: WriteOp[] = [];
  for (let r = 0; r < op.cells.length; r += step) {
    out.push({ ...op, address: rangeAddress({ row: at.row + r, col: at.col, rows: 1, cols: 1 }), cells: op.cells.slice(r, r + step) });
  }
  return out;
}

/** A cell's number format for a read, left out when General (most cells). */
function formatOf(format: unknown): { format?: string } {
  return typeof format === 'string' && format !== '' && format !== 'General' ? { format } : {};
}

/** Whether the host has an ExcelApi set (outside Office, e.g. under test without `Office`, assume it does). */
function hasExcelApi(version: string): boolean {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported('ExcelApi', version) : true;
}

/**
 * A chart's axes (ExcelApi 1.8: series axis groups, label orientation; 1.7: axis titles).
 * On an older host the chart keeps Excel's default layout rather than failing the batch.
 */
function layOutChart(chart: Excel.Chart, op: Extract<WriteOp, { kind: 'addColumnChart' }>): void {
  if (!hasExcelApi('1.8')) return;
  if (op.horizontalLabels) chart.axes.categoryAxis.textOrientation = 0;
  for (const index of op.secondary ?? []) chart.series.getItemAt(index).axisGroup = 'Secondary';
  if (op.axisTitles?.primary) chart.axes.valueAxis.title.text = op.axisTitles.primary;
  if (op.axisTitles?.secondary && (op.secondary ?? []).length > 0) {
    chart.axes.getItem('Value', 'Secondary').title.text = op.axisTitles.secondary;
  }
}

/** Sets a one-column range's number formats row by row, where given (`''` leaves a cell's). */
function formatRows(range: Excel.Range, formats: readonly string[] | undefined): void {
  if (!formats || formats.every((f) => f === '')) return;
  // Office.js sets a whole range's formats at once: a row without one gets General.
  range.numberFormat = formats.map((f) => [f === '' ? 'General' : f]);
}

function fill<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

export interface OfficeWorkbookOptions {
  /** Bytes per request and per response (Excel on the web refuses over 5 MB); default 4 MB. */
  readonly budgetBytes?: number;
}

export class OfficeWorkbook implements WorkbookPort {
  /** Names seen in each `table|column` at the previous read: what to prefetch next time. */
  private readonly prefetch = new Map<string, string[]>();
  /** Headers, sizes and naming cells seen before: how to plan the next read (see budget.ts). */
  private readonly memory = new ReadMemory();
  private readonly budget: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  }

  async read(plan: ReadPlan): Promise<Snapshot> {
    let careful = false;
    for (;;) {
      try {
        return await this.readBatch(plan, careful);
      } catch (error) {
        // A table in the plan does not exist: read again, asking first which ones do.
        if (!careful && isItemNotFound(error) && (plan.tables?.length ?? 0) + (plan.tableHeaders?.length ?? 0) + (plan.tableColumns?.length ?? 0) > 0) {
          careful = true;
          continue;
        }
        // Too large for one response after all (a table never read before): read it in chunks.
        if (isTooLarge(error) && this.memory.markLarge(plan.tables ?? [])) continue;
        // A column guessed from a stale header is gone (a co-author deleted columns): forget, read again.
        if (isInvalidArgument(error) && this.memory.forget((plan.tableColumns ?? []).map((t) => t.table))) continue;
        throw error;
      }
    }
  }

  private readBatch(plan: ReadPlan, careful: boolean): Promise<Snapshot> {
    return Excel.run(async (context) => {
      const wb = context.workbook;
      const snap = new Snapshot();

      let existing: Set<string> | undefined;
      if (careful) {
        const probes = [...(plan.tables ?? []), ...(plan.tableHeaders ?? []), ...(plan.tableColumns ?? []).map((t) => t.table)].map((name) => {
          const t = wb.tables.getItemOrNullObject(name);
          t.load('name');
          return { name, t };
        });
        await context.sync();
        existing = new Set(probes.filter((p) => !p.t.isNullObject).map((p) => lower(p.name)));
      }
      const gone = (name: string): boolean => existing !== undefined && !existing.has(lower(name));

      const tables: TableLoad[] = [];
      for (const name of plan.tables ?? []) {
        if (gone(name)) snap.setTable(name, null);
        else tables.push(this.queueTable(wb, name, this.memory.fits(name, this.budget / 2)));
      }

      const columnLoads: ColumnsLoad[] = [];
      for (const spec of plan.tableColumns ?? []) {
        if (gone(spec.table)) {
          snap.setTable(spec.table, null);
          continue;
        }
        const load = this.queueTable(wb, spec.table, false);
        // Columns at the indices they had at the previous read (a table never read: its first
        // column, where Set up puts Input), checked against the header after the sync.
        const header = this.memory.header(spec.table);
        const named = (spec.columnsNamedBy ?? []).map((n) => this.memory.text(n) ?? '');
        const columns = new Map<number, Excel.Range>();
        // A table never read: only its first column (every table has one) is guessed.
        const guess = header === undefined ? [0] : wantedColumns(header, spec.columns, named);
        for (const i of guess) columns.set(i, this.queueColumn(load, i));
        columnLoads.push({ spec, load, columns });
      }

      const headers: HeaderLoad[] = [];
      for (const name of plan.tableHeaders ?? []) {
        if (gone(name)) {
          snap.setTableHeader(name, null);
          continue;
        }
        const header = wb.tables.getItem(name).getHeaderRowRange();
        header.load('values');
        headers.push({ name, header });
      }

      const probes = (plan.tablesExist ?? []).map((name) => {
        const t = wb.tables.getItemOrNullObject(name);
        t.load('name');
        return { name, t };
      });

      // Defined names, in batches under the budget (a sync per ~2,500 names).
      const names = new Map<string, { name: string; load: NameLoad | null }>();
      let queuedNames = 0;
      const queueName = async (name: string, full: boolean): Promise<void> => {
        const k = lower(name);
        const known = names.get(k);
        if (known && (!full || known.load === null || known.load.full)) return;
        const valid = isValidDefinedName(name.trim());
        if (valid && (queuedNames + 1) * NAME_BYTES > this.budget) {
          await context.sync();
          queuedNames = 0;
        }
        if (valid) queuedNames += 1;
        names.set(k, { name, load: valid ? this.queueName(wb, name.trim(), full) : null });
      };
      for (const name of plan.names ?? []) await queueName(name, false);
      for (const name of plan.ranges ?? []) await queueName(name, true);
      for (const spec of plan.tableColumns ?? []) for (const name of spec.columnsNamedBy ?? []) await queueName(name, false);
      for (const col of plan.namesListedIn ?? []) {
        for (const name of this.prefetch.get(this.prefetchKey(col.table, col.column)) ?? []) await queueName(name, false);
      }

      const sheets = (plan.sheets ?? []).map((name) => {
        const s = wb.worksheets.getItemOrNullObject(name);
        s.load('name');
        return { name, s };
      });

      await context.sync();

      for (const t of tables) snap.setTable(t.name, await this.toTable(context, t));
      for (const h of headers) snap.setTableHeader(h.name, (h.header.values[0] ?? []).map((v: unknown) => String(asCellValue(v))));
      for (const p of probes) snap.setTableExists(p.name, !p.t.isNullObject);
      for (const s of sheets) snap.setSheet(s.name, !s.s.isNullObject);

      // Columns asked for by header text or by a naming cell, as the header and cells read now;
      // any not at the index guessed costs one more sync (with the names below).
      const namedText = (name: string): CellValue => {
        const load = names.get(lower(name))?.load;
        const read = load ? this.toName(load) : undefined;
        return read?.status === 'range' ? read.value : '';
      };
      let queued = false;
      const wanted = columnLoads.map((c) => {
        const header = this.headerOf(c.load);
        const named = (c.spec.columnsNamedBy ?? []).map(namedText);
        (c.spec.columnsNamedBy ?? []).forEach((n, i) => this.memory.sawText(n, named[i]));
        const indices = wantedColumns(header, c.spec.columns, named);
        const late = new Set<number>();
        for (const i of indices) {
          if (c.columns.has(i)) continue;
          c.columns.set(i, this.queueColumn(c.load, i));
          late.add(i);
          queued = true;
        }
        return { c, header, indices, late };
      });
      const columnsTable = (w: (typeof wanted)[number]): TableRead => {
        const rows = w.c.load.body.rowCount;
        const values = w.indices.map((i) => (w.c.columns.get(i)?.values ?? []).map((row: unknown[]) => asCellValue(row[0])));
        return {
          name: w.c.load.table.name,
          sheet: w.c.load.sheet.name,
          header: w.indices.map((i) => w.header[i]),
          rows: Array.from({ length: rows }, (_, r) => values.map((col) => col[r] ?? '')),
          allHeader: w.header,
        };
      };

      // Names listed in table columns, as the table reads now; any not prefetched is loaded
      // with the late columns (one more sync), or after them when the listing column was late.
      const lateNames: string[] = [];
      const listNames = async (col: ColumnOfNames, table: TableRead): Promise<void> => {
        const listed = namesInColumn(table, col.column);
        this.prefetch.set(this.prefetchKey(col.table, col.column), listed);
        for (const name of listed) {
          if (names.has(lower(name))) continue;
          await queueName(name, false);
          lateNames.push(name);
        }
      };
      const afterColumns: ColumnOfNames[] = [];
      for (const col of plan.namesListedIn ?? []) {
        const w = wanted.find((x) => lower(x.c.spec.table) === lower(col.table));
        if (!w) {
          const table = snap.table(col.table);
          if (table) await listNames(col, table);
          continue;
        }
        const at = w.header.findIndex((h) => nameKey(h) === nameKey(col.column));
        if (at >= 0 && w.late.has(at)) afterColumns.push(col);
        else await listNames(col, columnsTable({ ...w, indices: w.indices.filter((i) => i === at) }));
      }
      if (queued || lateNames.some((name) => names.get(lower(name))?.load)) await context.sync();
      for (const w of wanted) {
        this.memory.saw(w.c.spec.table, w.header, w.c.load.body.rowCount, w.header.length);
        snap.setTable(w.c.spec.table, columnsTable(w));
      }
      if (afterColumns.length > 0) {
        const before = lateNames.length;
        for (const col of afterColumns) {
          const table = snap.table(col.table);
          if (table) await listNames(col, table);
        }
        if (lateNames.slice(before).some((name) => names.get(lower(name))?.load)) await context.sync();
      }

      for (const { name, load } of names.values()) snap.setName(name, load ? this.toName(load) : { status: 'missing' });
      // A named cell's text may name a column at a later read (the active scenario's).
      for (const name of plan.names ?? []) {
        const read = snap.name(name);
        if (read.status === 'range') this.memory.sawText(name, read.value);
      }
      return snap;
    });
  }

  /** A table's name, sheet, header and body size; its body values too when `whole`. */
  private queueTable(wb: Excel.Workbook, name: string, whole: boolean): TableLoad {
    const table = wb.tables.getItem(name);
    table.load('name');
    const sheet = table.worksheet;
    sheet.load('name');
    const header = table.getHeaderRowRange();
    header.load('values');
    const body = table.getDataBodyRange();
    body.load(whole ? 'values,rowCount,columnCount' : 'rowCount,columnCount');
    return { name, table, sheet, header, body, whole };
  }

  private queueColumn(load: TableLoad, index: number): Excel.Range {
    const column = load.body.getColumn(index);
    column.load('values');
    return column;
  }

  private headerOf(t: TableLoad): string[] {
    return (t.header.values[0] ?? []).map((v: unknown) => String(asCellValue(v)));
  }

  private prefetchKey(table: string, column: string): string {
    return `${lower(table)}|${lower(column)}`;
  }

  private queueName(wb: Excel.Workbook, name: string, full: boolean): NameLoad {
    const item = wb.names.getItemOrNullObject(name);
    item.load('name,type,formula');
    const range = item.getRangeOrNullObject();
    range.load(full ? 'address,rowCount,columnCount,values,formulas,valueTypes,numberFormat' : 'address,rowCount,columnCount,values,formulas,numberFormat');
    if (full) return { item, range, full };
    const spill = canReadSpills() ? range.getSpillParentOrNullObject() : undefined;
    spill?.load('address');
    if (!canReadMergedAreas()) return { item, range, full, ...(spill ? { spill } : {}) };
    const merged = range.getMergedAreasOrNullObject();
    merged.load('address');
    return { item, range, full, merged, ...(spill ? { spill } : {}) };
  }

  /** The local address of the merged cells a name's cell belongs to, if any. */
  private mergedOf(load: NameLoad): string | undefined {
    if (!load.merged || load.merged.isNullObject) return undefined;
    const first = parseRange(String(load.merged.address ?? '').split(',')[0] ?? '');
    return first && (first.rows > 1 || first.cols > 1) ? rangeAddress(first) : undefined;
  }

  /** A whole table: its body as loaded, or read now in chunks of rows under the budget (one sync each). */
  private async toTable(context: Excel.RequestContext, t: TableLoad): Promise<TableRead> {
    const header = this.headerOf(t);
    const rowCount = t.body.rowCount;
    const cols = t.body.columnCount;
    let rows: CellValue[][];
    if (t.whole) {
      rows = t.body.values.map((row: unknown[]) => row.map(asCellValue));
      this.memory.saw(t.name, header, rowCount, cols, rowCount * cols > 0 ? gridBytes(t.body.values) / (rowCount * cols) : undefined);
    } else {
      rows = [];
      let cellBytes = this.memory.cellBytes(t.name);
      let step = rowsPerChunk(cols, cellBytes, this.budget);
      while (rows.length < rowCount) {
        const take = Math.min(step, rowCount - rows.length);
        const chunk = t.body.getCell(rows.length, 0).getResizedRange(take - 1, cols - 1);
        chunk.load('values');
        try {
          await context.sync();
        } catch (error) {
          // Longer texts than guessed: halve the chunk and try again.
          if (!isTooLarge(error) || take === 1) throw error;
          step = Math.max(1, Math.floor(take / 2));
          continue;
        }
        const values: unknown[][] = chunk.values;
        cellBytes = Math.max(cellBytes, gridBytes(values) / Math.max(1, take * cols));
        for (const row of values) rows.push(row.map(asCellValue));
        step = rowsPerChunk(cols, cellBytes, this.budget);
      }
      this.memory.saw(t.name, header, rowCount, cols, cellBytes);
    }
    return { name: t.table.name, sheet: t.sheet.name, header, rows };
  }

  private toName(load: NameLoad): NameRead {
    if (load.item.isNullObject) return { status: 'missing' };
    const refersTo = String(load.item.formula ?? '');
    if (load.range.isNullObject) return { status: 'not-range', refersTo };
    const parsed = parseRange(load.range.address);
    if (!parsed || parsed.sheet === undefined) return { status: 'not-range', refersTo };
    const values: CellValue[][] = load.range.values.map((row: unknown[]) => row.map(asCellValue));
    const formulas: unknown[][] = load.range.formulas;
    const merged = this.mergedOf(load);
    const formula = formulaOf(formulas[0]?.[0], load.range.values[0]?.[0]);
    const spill = formula === null ? spillOf(load.spill) : undefined;
    return {
      status: 'range',
      sheet: parsed.sheet,
      address: rangeAddress(parsed),
      rows: load.range.rowCount,
      cols: load.range.columnCount,
      value: values[0]?.[0] ?? '',
      formula,
      ...formatOf((load.range.numberFormat as unknown[][])[0]?.[0]),
      ...(load.full ? { values, errors: (load.range.valueTypes as unknown[][]).map((row) => row.map((t) => t === 'Error')) } : {}),
      ...(merged ? { merged } : {}),
      ...(spill === undefined ? {} : { spill }),
    };
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    await Excel.run(async (context) => {
      const wb = context.workbook;

      // Clearing a sheet removes its charts, which Office.js can only list after a sync.
      const chartLists = new Map<string, Excel.ChartCollection>();
      for (const op of ops) {
        if (op.kind !== 'clearSheet' || chartLists.has(lower(op.sheet))) continue;
        const charts = wb.worksheets.getItem(op.sheet).charts;
        charts.load('items/name');
        chartLists.set(lower(op.sheet), charts);
      }
      if (chartLists.size > 0) await context.sync();

      // Guards are loads queued before every write, so they see the cells as they were just
      // before this batch; a missing name, table or column fails the batch before any write.
      // Requests stay under the byte budget: a sync whenever the next operation would pass it
      // (guards first, so they still see the cells before any write of the batch).
      let pending = 0;
      const spend = async (bytes: number): Promise<void> => {
        if (pending > 0 && pending + bytes > this.budget) {
          await context.sync();
          pending = 0;
        }
        pending += bytes;
      };
      const guards: GuardLoad[] = [];
      for (const guard of batchGuards(ops)) {
        await spend(opBytes(guard));
        guards.push(this.queueGuard(wb, guard));
      }
      for (const op of splitLargeWrites(ops, this.budget, splitRows)) {
        await spend(opBytes(op));
        this.queueWrite(wb, op, chartLists);
      }
      await context.sync();
      // What a cell that names a column now holds (the active scenario): the next read's guess.
      for (const op of ops) if (op.kind === 'setNamedCell') this.memory.sawText(op.name, op.value);
      const misses = guards.flatMap((g) => this.missOf(g));
      if (misses.length > 0) throw new WriteConflict(misses);
    });
  }

  private queueGuard(wb: Excel.Workbook, guard: Guard): GuardLoad {
    let range: Excel.Range;
    switch (guard.kind) {
      case 'expectNamedCell': {
        range = wb.names.getItem(guard.name).getRange();
        range.load('values,formulas,rowCount,columnCount');
        if (!canReadSpills()) break;
        const spill = range.getSpillParentOrNullObject();
        spill.load('address');
        return { guard, range, spill };
      }
      case 'expectTableHeader':
        range = wb.tables.getItem(guard.table).getHeaderRowRange();
        range.load('values');
        break;
      case 'expectTableColumn':
        range = wb.tables.getItem(guard.table).columns.getItem(guard.column).getDataBodyRange();
        range.load('values');
        break;
    }
    return { guard, range };
  }

  private missOf({ guard, range, spill: anchor }: GuardLoad): GuardMiss[] {
    const values: CellValue[][] = range.values.map((row: unknown[]) => row.map(asCellValue));
    switch (guard.kind) {
      case 'expectNamedCell': {
        const value = values[0]?.[0] ?? '';
        const formula = formulaOf(range.formulas[0]?.[0], range.values[0]?.[0]);
        const spill = formula === null ? spillOf(anchor) : undefined;
        const ok = range.rowCount === 1 && range.columnCount === 1 && formula === null && spill === undefined && value === guard.value;
        return ok ? [] : [{ guard, found: { values: [value], formula, ...(spill === undefined ? {} : { spill }) } }];
      }
      case 'expectTableHeader': {
        const header = (values[0] ?? []).map((v) => String(v));
        return sameCells(guard.header, header) ? [] : [{ guard, found: { values: header, formula: null } }];
      }
      case 'expectTableColumn': {
        const column = values.map((row) => row[0] ?? '');
        return sameCells(guard.values, column) ? [] : [{ guard, found: { values: column, formula: null } }];
      }
    }
  }

  private queueWrite(wb: Excel.Workbook, op: WriteOp, chartLists: Map<string, Excel.ChartCollection>): void {
    switch (op.kind) {
      case 'setNamedCell':
        wb.names.getItem(op.name).getRange().values = [[toInput(op.value)]];
        return;
      case 'setCells': {
        const at = this.at(op.address);
        const rows = op.cells.length;
        const cols = rows === 0 ? 0 : op.cells[0].length;
        if (rows === 0 || cols === 0) return;
        const range = wb.worksheets.getItem(op.sheet).getRange(rangeAddress({ row: at.row, col: at.col, rows, cols }));
        range.formulas = op.cells.map((row) => row.map(contentToInput));
        return;
      }
      case 'setTableColumn': {
        if (op.values.length === 0) return;
        const body = wb.tables.getItem(op.table).columns.getItem(op.column).getDataBodyRange();
        body.values = op.values.map((v) => [toInput(v)]);
        formatRows(body, op.formats);
        return;
      }
      case 'addTableColumn': {
        const column = wb.tables.getItem(op.table).columns.add();
        // A column name is set as it is (not parsed like typed input), so it stays text.
        column.name = op.header;
        if (op.values.length > 0) {
          const body = column.getDataBodyRange();
          body.values = op.values.map((v) => [toInput(v)]);
          formatRows(body, op.formats);
        }
        return;
      }
      case 'renameTableColumn':
        wb.tables.getItem(op.table).columns.getItem(op.column).name = op.to;
        return;
      case 'deleteTableColumn':
        wb.tables.getItem(op.table).columns.getItem(op.column).delete();
        return;
      case 'appendTableRows': {
        if (op.rows.length === 0) return;
        const table = wb.tables.getItem(op.table);
        table.rows.add(undefined, op.rows.map((row) => row.map(toInput)));
        const n = op.rows.length;
        const added = n === 0 ? undefined : table.getDataBodyRange().getLastRow().getOffsetRange(-(n - 1), 0).getResizedRange(n - 1, 0);
        (op.formats ?? []).forEach((format, c) => {
          if (format !== '' && added) added.getColumn(c).numberFormat = fill(n, 1, format);
        });
        return;
      }
      case 'addTable': {
        const at = this.at(op.address);
        const sheet = wb.worksheets.getItem(op.sheet);
        const address = rangeAddress({ row: at.row, col: at.col, rows: op.rows.length + 1, cols: op.header.length });
        sheet.getRange(address).values = [
          op.header.map((h) => literalTextInput(h)),
          ...op.rows.map((row) => op.header.map((_, c) => toInput(row[c] ?? ''))),
        ];
        const table = sheet.tables.add(sheet.getRange(address), true);
        table.name = op.name;
        return;
      }
      case 'addSheet':
        wb.worksheets.add(op.sheet);
        return;
      case 'deleteSheet':
        wb.worksheets.getItem(op.sheet).delete();
        return;
      case 'deleteName':
        wb.names.getItem(op.name).delete();
        return;
      case 'expectNamedCell':
      case 'expectTableHeader':
      case 'expectTableColumn':
        return; // queued by queueGuard before every write
      case 'activateSheet':
        wb.worksheets.getItem(op.sheet).activate();
        return;
      case 'clearSheet': {
        const sheet = wb.worksheets.getItem(op.sheet);
        sheet.getRange().clear('All');
        for (const chart of chartLists.get(lower(op.sheet))?.items ?? []) chart.delete();
        return;
      }
      case 'defineName':
        wb.names.add(op.name, wb.worksheets.getItem(op.sheet).getRange(op.address), op.comment);
        return;
      case 'setNumberFormat': {
        const at = this.at(op.address);
        wb.worksheets.getItem(op.sheet).getRange(op.address).numberFormat = fill(at.rows, at.cols, op.format);
        return;
      }
      case 'setColumnWidth':
        wb.worksheets.getItem(op.sheet).getRange(op.address).format.columnWidth = op.points;
        return;
      case 'addColumnChart': {
        const source = parseRange(op.source);
        const sourceSheet = wb.worksheets.getItem(source?.sheet ?? op.sheet);
        const local = source ? rangeAddress(source) : op.source;
        const chart = wb.worksheets
          .getItem(op.sheet)
          .charts.add('ColumnClustered', sourceSheet.getRange(local), op.seriesBy === 'rows' ? 'Rows' : 'Columns');
        chart.name = op.name;
        chart.title.text = op.title;
        chart.setPosition(op.anchor, op.end);
        layOutChart(chart, op);
        return;
      }
    }
  }

  private at(address: string): { row: number; col: number; rows: number; cols: number } {
    const parsed = parseRange(address);
    if (!parsed) throw new Error(`Bad address ${address}`);
    return parsed;
  }

  async calculate(): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.application.calculate('Recalculate');
      await context.sync();
    });
  }
}
