/**
 * The formulas port over Office.js (see formulas-port.ts) — the only `Excel.run` code for
 * Prepare a copy to send and Restore formulas.
 *
 * Excel on the web rejects a request or a response over 5 MB, so every read and write is
 * cut into batches with a budget each, one `context.sync()` per batch:
 *   - scan: one sync for the sheets (names, visibility, protection, used ranges), then the
 *     used ranges' `formulas` in row slices of at most READ_CELLS cells per sync (a formula
 *     is at most 8,192 characters, a typical ESG.* one under 100), then the matching cells'
 *     values and spills (`Range.getSpillingToRangeOrNullObject`, ExcelApi 1.12) by
 *     CELLS_PER_SYNC cells per sync;
 *   - reads of single cells: CELLS_PER_SYNC per sync;
 *   - guarded writes: every expectation is read and checked first (as above); only when
 *     all hold are the writes queued, WRITE_BUDGET characters of cell content per sync.
 * Office.js has no conditional write: a co-author's edit landing between the check and the
 * write (milliseconds, inside one `Excel.run`) is not seen; one made since the user saw the
 * list always is, and then nothing is written.
 */
import { cellAddress, parseRange, rangeAddress } from '../a1';
import { CellsChanged, sameCell, type CellAt, type CellMiss, type CellNow, type CellWrite, type FormulaCell, type FormulaScan, type FormulasPort, type SheetFacts } from '../formulas-port';
import { isFormula, literalTextInput, type CellContent, type CellValue, type TableRead } from '../port';

export const READ_CELLS = 20_000;
export const CELLS_PER_SYNC = 2_000;
export const WRITE_BUDGET = 1_000_000;

function asCellValue(v: unknown): CellValue {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return v === null || v === undefined ? '' : String(v);
}

/** A formula, or null for a constant (a text `=x` entered as `'=x` reads the same in both). */
function formulaOf(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return null;
  if (typeof value === 'string' && value === formula) return null;
  return formula;
}

function toInput(content: CellContent): string | number | boolean {
  if (isFormula(content)) return content.formula;
  return typeof content === 'string' ? literalTextInput(content) : content;
}

function sizeOf(write: CellWrite): number {
  return write.cells.reduce((n, row) => n + row.reduce<number>((m, c) => m + String(isFormula(c) ? c.formula : c).length * 2 + 8, 0), 64);
}

const lower = (s: string): string => s.trim().toLowerCase();
const key = (sheet: string, address: string): string => `${lower(sheet)}!${address.toUpperCase()}`;

/** Runs `queue` for each item, syncing every `per` items. */
async function inBatches<T, L>(context: Excel.RequestContext, items: readonly T[], per: number, queue: (item: T) => L): Promise<L[]> {
  const loads: L[] = [];
  for (let i = 0; i < items.length; i += per) {
    for (const item of items.slice(i, i + per)) loads.push(queue(item));
    await context.sync();
  }
  return loads;
}

/** Spills are found with `getSpillingToRangeOrNullObject` (ExcelApi 1.12, Excel 2021 / Microsoft 365). */
function canFindSpills(): boolean {
  if (typeof Office === 'undefined') return true; // the tests' fake Excel
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.12') === true;
}

export class OfficeFormulas implements FormulasPort {
  async scan(matches: (formula: string) => boolean): Promise<FormulaScan> {
    // Without it a spill's other cells would be lost from the copy: refuse rather than guess.
    if (!canFindSpills()) throw new Error('this version of Excel cannot tell which cells a formula spills into (it needs ExcelApi 1.12, Excel 2021 or Microsoft 365).');
    return Excel.run(async (context) => {
      const list = context.workbook.worksheets;
      list.load('items/name,items/visibility');
      await context.sync();
      const sheets = list.items.map((sheet) => {
        sheet.protection.load('protected');
        const used = sheet.getUsedRangeOrNullObject();
        used.load('address,rowCount,columnCount');
        return { sheet, used };
      });
      await context.sync();
      const facts: SheetFacts[] = sheets.map(({ sheet }) => ({ name: sheet.name, visible: sheet.visibility === 'Visible', protected: sheet.protection.protected }));

      // The used ranges' formulas, in row slices.
      const slices: { sheet: Excel.Worksheet; name: string; row: number; col: number; rows: number; cols: number }[] = [];
      for (const { sheet, used } of sheets) {
        if (used.isNullObject) continue;
        const at = parseRange(used.address);
        if (!at) continue;
        const step = Math.max(1, Math.floor(READ_CELLS / at.cols));
        for (let r = 0; r < at.rows; r += step) slices.push({ sheet, name: sheet.name, row: at.row + r, col: at.col, rows: Math.min(step, at.rows - r), cols: at.cols });
      }
      const found: { sheet: Excel.Worksheet; name: string; address: string; formula: string }[] = [];
      let queued: { slice: (typeof slices)[number]; range: Excel.Range }[] = [];
      let cells = 0;
      const drain = async (): Promise<void> => {
        await context.sync();
        for (const { slice, range } of queued) {
          (range.formulas as unknown[][]).forEach((row, r) =>
            row.forEach((f, c) => {
              if (typeof f === 'string' && f.startsWith('=') && matches(f)) {
                found.push({ sheet: slice.sheet, name: slice.name, address: cellAddress(slice.row + r, slice.col + c), formula: f });
              }
            }),
          );
        }
        queued = [];
        cells = 0;
      };
      for (const slice of slices) {
        if (cells + slice.rows * slice.cols > READ_CELLS && queued.length > 0) await drain();
        const range = slice.sheet.getRange(rangeAddress(slice));
        range.load('formulas');
        queued.push({ slice, range });
        cells += slice.rows * slice.cols;
      }
      if (queued.length > 0) await drain();

      // Values and spills of the cells found.
      const details = await inBatches(context, found, CELLS_PER_SYNC, (f) => {
        const range = f.sheet.getRange(f.address);
        range.load('values,formulas');
        const spill = range.getSpillingToRangeOrNullObject();
        spill.load('address,values');
        return { f, range, spill };
      });
      const out: FormulaCell[] = [];
      const inSpill = new Set<string>();
      for (const { f, range, spill } of details) {
        // A text typed as '=ESG.X(…) reads the same in `formulas`: it is no formula.
        if (formulaOf(range.formulas[0]?.[0], range.values[0]?.[0]) === null) continue;
        const cell: FormulaCell = { sheet: f.name, address: f.address, formula: f.formula, value: asCellValue(range.values[0]?.[0]) };
        const at = spill.isNullObject ? undefined : parseRange(spill.address);
        if (!at || (at.rows === 1 && at.cols === 1)) {
          out.push(cell);
          continue;
        }
        const values = (spill.values as unknown[][]).map((row) => row.map(asCellValue));
        for (let r = 0; r < at.rows; r += 1) for (let c = 0; c < at.cols; c += 1) if (r > 0 || c > 0) inSpill.add(key(f.name, cellAddress(at.row + r, at.col + c)));
        out.push({ ...cell, spill: { address: rangeAddress(at), values } });
      }
      // Where a host reports a spill's formula in its other cells too, only the anchor counts.
      return { sheets: facts, cells: out.filter((c) => !inSpill.has(key(c.sheet, c.address))) };
    });
  }

  async readCells(cells: readonly CellAt[]): Promise<CellNow[]> {
    if (cells.length === 0) return [];
    return Excel.run((context) => this.readIn(context, cells));
  }

  private async readIn(context: Excel.RequestContext, cells: readonly CellAt[]): Promise<CellNow[]> {
    const names = new Map<string, Excel.Worksheet>();
    const sheetOf = (name: string): Excel.Worksheet => {
      let sheet = names.get(lower(name));
      if (!sheet) {
        sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load('name');
        names.set(lower(name), sheet);
      }
      return sheet;
    };
    const sheets = [...new Set(cells.map((c) => c.sheet))];
    for (const s of sheets) sheetOf(s);
    await context.sync();
    const loads = await inBatches(context, cells.filter((c) => !sheetOf(c.sheet).isNullObject), CELLS_PER_SYNC, (cell) => {
      const range = sheetOf(cell.sheet).getRange(cell.address);
      range.load('values,formulas');
      return { cell, range };
    });
    return loads.map(({ cell, range }) => {
      const value = range.values[0]?.[0];
      const at = parseRange(cell.address);
      return {
        sheet: sheetOf(cell.sheet).name,
        address: at ? cellAddress(at.row, at.col) : cell.address,
        value: asCellValue(value),
        formula: formulaOf(range.formulas[0]?.[0], value),
      };
    });
  }

  async writeCells(expect: readonly CellNow[], writes: readonly CellWrite[]): Promise<void> {
    await Excel.run(async (context) => {
      const now = new Map((await this.readIn(context, expect)).map((c) => [key(c.sheet, c.address), c]));
      const misses: CellMiss[] = [];
      for (const expected of expect) {
        const found = now.get(key(expected.sheet, cellAddress(parseRange(expected.address)?.row ?? 0, parseRange(expected.address)?.col ?? 0)));
        if (!found || !sameCell(expected, found)) misses.push({ expected, ...(found ? { found } : {}) });
      }
      if (misses.length > 0) throw new CellsChanged(misses);
      let used = 0;
      for (const write of writes) {
        const at = parseRange(write.address);
        const rows = write.cells.length;
        const cols = rows === 0 ? 0 : write.cells[0].length;
        if (!at || rows === 0 || cols === 0) continue;
        const size = sizeOf(write);
        if (used > 0 && used + size > WRITE_BUDGET) {
          await context.sync();
          used = 0;
        }
        context.workbook.worksheets.getItem(write.sheet).getRange(rangeAddress({ row: at.row, col: at.col, rows, cols })).formulas = write.cells.map((row) => row.map(toInput));
        used += size;
      }
      if (used > 0) await context.sync();
    });
  }

  async readTable(name: string): Promise<TableRead | null> {
    return Excel.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load('name');
      await context.sync();
      if (table.isNullObject) return null;
      const sheet = table.worksheet;
      sheet.load('name');
      const header = table.getHeaderRowRange();
      header.load('values');
      const body = table.getDataBodyRange();
      body.load('address,rowCount,columnCount');
      await context.sync();
      const at = parseRange(body.address);
      const rows: CellValue[][] = [];
      if (at) {
        const step = Math.max(1, Math.floor(READ_CELLS / 2 / at.cols));
        const slices = Array.from({ length: Math.ceil(at.rows / step) }, (_, i) => ({ row: at.row + i * step, col: at.col, rows: Math.min(step, at.rows - i * step), cols: at.cols }));
        const loads = await inBatches(context, slices, 1, (slice) => {
          const range = sheet.getRange(rangeAddress(slice));
          range.load('values');
          return range;
        });
        for (const range of loads) for (const row of range.values as unknown[][]) rows.push(row.map(asCellValue));
      }
      return { name: table.name, sheet: sheet.name, header: (header.values[0] ?? []).map((v: unknown) => String(asCellValue(v))), rows };
    });
  }

  async usedExtent(sheet: string): Promise<{ rows: number; cols: number } | null> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load('name');
      await context.sync();
      if (ws.isNullObject) return null;
      const used = ws.getUsedRangeOrNullObject();
      used.load('address');
      await context.sync();
      const at = used.isNullObject ? undefined : parseRange(used.address);
      return at ? { rows: at.row + at.rows, cols: at.col + at.cols } : { rows: 0, cols: 0 };
    });
  }
}
