/**
 * The Office adapter's read planner: one read plan as one `Excel.run`, in as few syncs as
 * the prefetch lists and the byte budget allow (see OfficeWorkbook.ts for the costs).
 */
import {
  isValidDefinedName,
  nameKey,
  namesInColumn,
  Snapshot,
  type CellValue,
  type ColumnOfNames,
  type ReadPlan,
  type TableRead,
  wantedColumns,
} from '../port';
import { gridBytes, isTooLarge, NAME_BYTES, ReadMemory, rowsPerChunk } from './budget';
import { asCellValue, isInvalidArgument, isItemNotFound } from './host';
import { headerOf, loadName, queueColumn, queueTable, toName, type ColumnsLoad, type HeaderLoad, type NameLoad, type TableLoad } from './loads';

const lower = nameKey;

export class OfficeReader {
  /** Names seen in each `table|column` at the previous read: what to prefetch next time. */
  private readonly prefetch = new Map<string, string[]>();

  /** `memory`: headers, sizes and naming cells seen before, shared with the writer (see budget.ts). */
  constructor(
    private readonly memory: ReadMemory,
    private readonly budget: number,
  ) {}

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
        else tables.push(queueTable(wb, name, this.memory.fits(name, this.budget / 2)));
      }

      const columnLoads: ColumnsLoad[] = [];
      for (const spec of plan.tableColumns ?? []) {
        if (gone(spec.table)) {
          snap.setTable(spec.table, null);
          continue;
        }
        const load = queueTable(wb, spec.table, false);
        // Columns at the indices they had at the previous read (a table never read: its first
        // column, where Set up puts Input), checked against the header after the sync.
        const header = this.memory.header(spec.table);
        const named = (spec.columnsNamedBy ?? []).map((n) => this.memory.text(n) ?? '');
        const columns = new Map<number, Excel.Range>();
        // A table never read: only its first column (every table has one) is guessed.
        const guess = header === undefined ? [0] : wantedColumns(header, spec.columns, named);
        for (const i of guess) columns.set(i, queueColumn(load, i));
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
        names.set(k, { name, load: valid ? loadName(wb, name.trim(), full) : null });
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
        const read = load ? toName(load) : undefined;
        return read?.status === 'range' ? read.value : '';
      };
      let queued = false;
      const wanted = columnLoads.map((c) => {
        const header = headerOf(c.load);
        const named = (c.spec.columnsNamedBy ?? []).map(namedText);
        (c.spec.columnsNamedBy ?? []).forEach((n, i) => this.memory.sawText(n, named[i]));
        const indices = wantedColumns(header, c.spec.columns, named);
        const late = new Set<number>();
        for (const i of indices) {
          if (c.columns.has(i)) continue;
          c.columns.set(i, queueColumn(c.load, i));
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

      for (const { name, load } of names.values()) snap.setName(name, load ? toName(load) : { status: 'missing' });
      // A named cell's text may name a column at a later read (the active scenario's).
      for (const name of plan.names ?? []) {
        const read = snap.name(name);
        if (read.status === 'range') this.memory.sawText(name, read.value);
      }
      return snap;
    });
  }

  private prefetchKey(table: string, column: string): string {
    return `${lower(table)}|${lower(column)}`;
  }

  /** A whole table: its body as loaded, or read now in chunks of rows under the budget (one sync each). */
  private async toTable(context: Excel.RequestContext, t: TableLoad): Promise<TableRead> {
    const header = headerOf(t);
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
}
