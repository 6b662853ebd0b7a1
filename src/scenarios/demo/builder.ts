/** A sheet of the demo model being built: constants by position, formulas, formats and names. */
import { cellAddress, rangeAddress } from '../../workbook/a1';
import type { CellContent, CellValue, WriteOp } from '../../workbook/port';

/** A sheet being built: cells by position, formulas written after the names exist. */
export class SheetBuilder {
  readonly constants = new Map<string, { row: number; col: number; value: CellValue }>();
  readonly formulas: { row: number; col: number; formula: string }[] = [];
  readonly formats: { address: string; format: string }[] = [];
  readonly names: { name: string; address: string }[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, value: CellValue): this {
    this.constants.set(`${row},${col}`, { row, col, value });
    return this;
  }

  row(row: number, values: readonly CellValue[], col = 0): this {
    values.forEach((v, c) => this.set(row, col + c, v));
    return this;
  }

  formula(row: number, col: number, formula: string, format?: string, name?: string): this {
    this.formulas.push({ row, col, formula });
    if (format) this.format(row, col, 1, 1, format);
    if (name) this.names.push({ name, address: cellAddress(row, col, true) });
    return this;
  }

  format(row: number, col: number, rows: number, cols: number, format: string): this {
    this.formats.push({ address: rangeAddress({ row, col, rows, cols }), format });
    return this;
  }

  defineName(name: string, row: number, col: number): this {
    this.names.push({ name, address: cellAddress(row, col, true) });
    return this;
  }

  /** One rectangular block of the constants (blanks in between). */
  block(): WriteOp | undefined {
    const cells = [...this.constants.values()];
    if (cells.length === 0) return undefined;
    const rows = Math.max(...cells.map((c) => c.row)) + 1;
    const cols = Math.max(...cells.map((c) => c.col)) + 1;
    const grid: CellContent[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
    for (const c of cells) grid[c.row][c.col] = c.value;
    return { kind: 'setCells', sheet: this.name, address: 'A1', cells: grid };
  }
}
