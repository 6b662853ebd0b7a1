/**
 * What an action writes, stated as changes (see apply.ts, the guarded-write protocol, and
 * recover.ts, its one recovery), and the key that addresses the scenario table's rows.
 */
import { columnIndex, type CellValue, type Guard, type TableKeys, type TableRead } from '../workbook/port';
import { INPUT_COLUMN, SCENARIOS_TABLE } from './layout';

export type Change =
  /** A named cell (an input or `ESG_ActiveScenario`); `before` exactly as read. */
  | { readonly kind: 'cell'; readonly name: string; readonly before: CellValue; readonly after: CellValue }
  /** A whole body column of `ESG_Scenarios`, row by row as read (`ApplyOptions.table`). */
  | { readonly kind: 'column'; readonly column: string; readonly before: readonly CellValue[]; readonly after: readonly CellValue[] }
  /** `formats`: number formats row by row (the inputs' own), `''` for none. */
  | { readonly kind: 'add-column'; readonly header: string; readonly values: readonly CellValue[]; readonly formats?: readonly string[] }
  | { readonly kind: 'rename-column'; readonly from: string; readonly to: string }
  | { readonly kind: 'delete-column'; readonly header: string; readonly values: readonly CellValue[] };

export interface ApplyOptions {
  /** The log table's header as read (log rows follow its column order). */
  readonly logHeader?: readonly string[];
  /**
   * The scenario table as read. Required when a change touches it: its `Input` column is
   * the key every table write carries, and its header is guarded when columns change.
   */
  readonly table?: TableRead;
  /** More guards: what else the action was computed from (e.g. the target scenario's column). */
  readonly guards?: readonly Guard[];
}

/** The `Input` column of a scenario table as read: the key of every row. */
export function keysOf(table: TableRead): TableKeys {
  const c = columnIndex(table.header, INPUT_COLUMN);
  if (c < 0) throw new Error(`${SCENARIOS_TABLE} has no ${INPUT_COLUMN} column`);
  return { column: table.header[c], values: table.rows.map((row) => row[c] ?? '') };
}

export function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
