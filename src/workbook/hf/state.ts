/**
 * What the HyperFormula adapter keeps beside the grid, which HyperFormula has no notion of:
 * tables (plain ranges whose position is tracked here), number formats, column widths,
 * charts and the active sheet — the preview draws them — and the grid helpers the port and
 * the table emulation share.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { isFormula, literalTextInput, nameKey, type CellContent, type CellValue, type WriteOp } from '../port';

export interface HfTable {
  readonly name: string;
  sheet: string;
  /** Header row and left column (zero-based). */
  row: number;
  col: number;
  columns: number;
  /** Body rows. */
  rows: number;
  /** Header texts as last read or written (writes run while HyperFormula's evaluation is suspended). */
  header: string[];
}

/** A chart as the adapter keeps it: what the write asked for (one shape, the port's). */
export type HfChart = Omit<Extract<WriteOp, { kind: 'addColumnChart' }>, 'kind'> & { readonly type: 'columnClustered' };
const lower = nameKey;

export class HfState {
  protected readonly tableRegistry = new Map<string, HfTable>();
  protected readonly formats = new Map<string, string>();
  protected readonly widths = new Map<string, number>();
  protected readonly chartList: HfChart[] = [];
  protected active: string | undefined;

  constructor(readonly hf: HyperFormula) {}

  // ------------------------------------------------------------------ registries (for the preview)

  tables(): readonly HfTable[] {
    return [...this.tableRegistry.values()];
  }

  charts(): readonly HfChart[] {
    return this.chartList;
  }

  activeSheet(): string | undefined {
    return this.active;
  }

  /** The number format set on a cell, if any (HyperFormula itself keeps none). */
  numberFormatAt(sheet: string, row: number, col: number): string | undefined {
    return this.formats.get(`${lower(sheet)}!${row},${col}`);
  }

  columnWidthAt(sheet: string, col: number): number | undefined {
    return this.widths.get(`${lower(sheet)}!${col}`);
  }
  protected sheetId(name: string): number | undefined {
    const k = lower(name);
    const found = this.hf.getSheetNames().find((s) => lower(s) === k);
    return found === undefined ? undefined : this.hf.getSheetId(found);
  }

  protected requireSheet(name: string): number {
    const id = this.sheetId(name);
    if (id === undefined) throw new Error(`The workbook has no sheet named ${name}`);
    return id;
  }

  protected value(address: SimpleCellAddress): CellValue {
    const v = this.hf.getCellValue(address);
    if (v === null || v === undefined) return '';
    if (v instanceof DetailedCellError) return v.value;
    return v;
  }

  /** A cell's number format for a read, left out when it has none. */
  protected formatRead(sheetId: number, row: number, col: number): { format?: string } {
    const format = this.numberFormatAt(this.hf.getSheetName(sheetId) ?? '', row, col);
    return format === undefined ? {} : { format };
  }

  /** Number formats down one column from (row, col), where given (`''` leaves a cell's). */
  protected formatColumn(sheet: string, row: number, col: number, formats: readonly string[] | undefined): void {
    (formats ?? []).forEach((format, r) => {
      if (format !== '') this.formats.set(`${lower(sheet)}!${row + r},${col}`, format);
    });
  }
}

/** A port value as HyperFormula raw content; strings always stay literal text. */
export function toRaw(content: CellContent): RawCellContent {
  if (isFormula(content)) return content.formula;
  if (typeof content === 'string') return content === '' ? null : literalTextInput(content);
  return content;
}
