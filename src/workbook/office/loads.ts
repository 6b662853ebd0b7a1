/**
 * What the Office read planner queues for each part of a read plan (a table, a column, a
 * defined name with its spill and merged cells) and how a loaded name becomes a `NameRead`.
 */
import { parseRange, rangeAddress } from '../a1';
import type { CellValue, NameRead, TableColumns } from '../port';
import { asCellValue, canReadMergedAreas, canReadSpills, formatOf, formulaOf, spillOf } from './host';

export interface TableLoad {
  readonly name: string;
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  /** Body values loaded with the batch (else read in chunks after it). */
  readonly whole: boolean;
}

export interface ColumnsLoad {
  readonly spec: TableColumns;
  readonly load: TableLoad;
  /** Column index → its body range, loaded. */
  readonly columns: Map<number, Excel.Range>;
}

export interface NameLoad {
  readonly item: Excel.NamedItem;
  readonly range: Excel.Range;
  readonly full: boolean;
  /** The merged cells the range touches, where the host can tell (ExcelApi 1.13). */
  readonly merged?: Excel.RangeAreas;
  /** The anchor of the spill the cell is in, where the host can tell (ExcelApi 1.12). */
  readonly spill?: Excel.Range;
}

export interface HeaderLoad {
  readonly name: string;
  readonly header: Excel.Range;
}

/** A table's name, sheet, header and body size; its body values too when `whole`. */
export function queueTable(wb: Excel.Workbook, name: string, whole: boolean): TableLoad {
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

export function queueColumn(load: TableLoad, index: number): Excel.Range {
  const column = load.body.getColumn(index);
  column.load('values');
  return column;
}

export function headerOf(t: TableLoad): string[] {
  return (t.header.values[0] ?? []).map((v: unknown) => String(asCellValue(v)));
}

export function loadName(wb: Excel.Workbook, name: string, full: boolean): NameLoad {
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
export function mergedOf(load: NameLoad): string | undefined {
  if (!load.merged || load.merged.isNullObject) return undefined;
  const first = parseRange(String(load.merged.address ?? '').split(',')[0] ?? '');
  return first && (first.rows > 1 || first.cols > 1) ? rangeAddress(first) : undefined;
}

export function toName(load: NameLoad): NameRead {
  if (load.item.isNullObject) return { status: 'missing' };
  const refersTo = String(load.item.formula ?? '');
  if (load.range.isNullObject) return { status: 'not-range', refersTo };
  const parsed = parseRange(load.range.address);
  if (!parsed || parsed.sheet === undefined) return { status: 'not-range', refersTo };
  const values: CellValue[][] = load.range.values.map((row: unknown[]) => row.map(asCellValue));
  const formulas: unknown[][] = load.range.formulas;
  const merged = mergedOf(load);
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
