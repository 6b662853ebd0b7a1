/** What the travel actions work over, and the helpers they share (chunks, the log row). */
import { LOG_TABLE } from '../scenarios/layout';
import { logRow } from '../scenarios/log';
import type { FormulasPort } from '../workbook/formulas-port';
import type { CellValue, WorkbookPort } from '../workbook/port';
import type { StartupHost } from './types';

export interface TravelContext {
  /** Tables, sheets, the log (the scenario port). */
  readonly port: WorkbookPort;
  /** ESG.* formula cells and guarded cell writes. */
  readonly formulas: FormulasPort;
  readonly startup: StartupHost;
  readonly now: () => Date;
}

/**
 * A request budget per write of table rows: a fifth of Excel on the web's 5 MB, so the
 * JSON envelope, escaping and UTF-16 never push one past the limit.
 */
export const REQUEST_BUDGET = 1_000_000;

/** Splits `items` into runs whose estimated size stays within `budget` (one item may exceed it alone). */
export function chunkBySize<T>(items: readonly T[], size: (item: T) => number, budget = REQUEST_BUDGET): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && used + s > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** A row's size in a request: its JSON, doubled for non-ASCII text, plus the array overhead. */
export function rowSize(row: readonly CellValue[]): number {
  return JSON.stringify(row).length * 2 + 16;
}

/** Appends one row to the Scenario Log when the workbook has one (`header` as read). */
export async function appendLog(
  ctx: TravelContext,
  header: readonly string[] | null,
  action: string,
  input: string,
  before: CellValue,
  after: CellValue,
): Promise<boolean> {
  if (!header) return false;
  const row = logRow({ time: ctx.now().toISOString(), action, scenario: '', input, before, after }, header);
  await ctx.port.write([{ kind: 'expectTableHeader', table: LOG_TABLE, header }, { kind: 'appendTableRows', table: LOG_TABLE, rows: [row] }]);
  return true;
}

export function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
