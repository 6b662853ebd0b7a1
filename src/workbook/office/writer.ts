/**
 * The Office adapter's write translator: a write batch's guards queued as loads before any
 * write, each operation as Office.js calls, cut under the byte budget; a guard that missed
 * is reported as a `WriteConflict` (the port's one contract, see port.ts).
 */
import { parseRange, rangeAddress } from '../a1';
import {
  batchGuards,
  literalTextInput,
  nameKey,
  sameCells,
  WriteConflict,
  type CellValue,
  type Guard,
  type GuardMiss,
  type WriteOp,
} from '../port';
import { opBytes, ReadMemory, splitLargeWrites } from './budget';
import { asCellValue, canReadSpills, contentToInput, fill, formatRows, formulaOf, hasExcelApi, spillOf, toInput } from './host';

const lower = nameKey;

interface GuardLoad {
  readonly guard: Guard;
  readonly range: Excel.Range;
  readonly spill?: Excel.Range;
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

export class OfficeWriter {
  constructor(
    private readonly memory: ReadMemory,
    private readonly budget: number,
  ) {}

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
}
