/**
 * The formulas port over HyperFormula (the preview, the tests). It reads the instance
 * directly and writes through the HyperFormula workbook adapter, so text stays text and
 * formulas are entered the way Set up enters them. HyperFormula has no hidden or protected
 * sheets and no legacy (Ctrl+Shift+Enter) array formulas; its spilled arrays are found
 * from `isCellPartOfArray`: an anchor holds the formula, the cells of its spill none.
 */
import { DetailedCellError, type HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { cellAddress, parseRange, rangeAddress } from '../a1';
import { CellsChanged, sameCell, type CellAt, type CellMiss, type CellNow, type CellWrite, type FormulaCell, type FormulaScan, type FormulasPort } from '../formulas-port';
import type { CellValue, TableRead } from '../port';
import type { HyperFormulaWorkbook } from './HyperFormulaWorkbook';

export class HyperFormulaFormulas implements FormulasPort {
  constructor(private readonly workbook: HyperFormulaWorkbook) {}

  private get hf(): HyperFormula {
    return this.workbook.hf;
  }

  private sheetId(name: string): number | undefined {
    const k = name.trim().toLowerCase();
    const found = this.hf.getSheetNames().find((s) => s.toLowerCase() === k);
    return found === undefined ? undefined : this.hf.getSheetId(found);
  }

  private value(address: SimpleCellAddress): CellValue {
    const v = this.hf.getCellValue(address);
    if (v === null || v === undefined) return '';
    if (v instanceof DetailedCellError) return v.value;
    return v;
  }

  private formula(address: SimpleCellAddress): string | null {
    return this.hf.doesCellHaveFormula(address) ? (this.hf.getCellFormula(address) ?? null) : null;
  }

  /** A spill child: part of an array, holding no formula of its own. */
  private isChild(address: SimpleCellAddress): boolean {
    return this.hf.isCellPartOfArray(address) && !this.hf.doesCellHaveFormula(address);
  }

  /** The rectangle an array formula at `anchor` fills, or undefined for a single cell. */
  private spillOf(anchor: SimpleCellAddress): { rows: number; cols: number } | undefined {
    if (!this.hf.isCellPartOfArray(anchor)) return undefined;
    let cols = 1;
    while (this.isChild({ ...anchor, col: anchor.col + cols })) cols += 1;
    let rows = 1;
    while (this.isChild({ ...anchor, row: anchor.row + rows })) rows += 1;
    return rows === 1 && cols === 1 ? undefined : { rows, cols };
  }

  async scan(matches: (formula: string) => boolean): Promise<FormulaScan> {
    const sheets = this.hf.getSheetNames().map((name) => ({ name, visible: true, protected: false }));
    const cells: FormulaCell[] = [];
    for (const name of this.hf.getSheetNames()) {
      const sheet = this.hf.getSheetId(name);
      if (sheet === undefined) continue;
      const formulas = this.hf.getSheetFormulas(sheet);
      formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (typeof formula !== 'string' || !matches(formula)) return;
          const at = { sheet, row: r, col: c };
          const spill = this.spillOf(at);
          const cell: FormulaCell = { sheet: name, address: cellAddress(r, c), formula, value: this.value(at) };
          if (!spill) return void cells.push(cell);
          const values = Array.from({ length: spill.rows }, (_, dr) => Array.from({ length: spill.cols }, (_, dc) => this.value({ sheet, row: r + dr, col: c + dc })));
          cells.push({ ...cell, spill: { address: rangeAddress({ row: r, col: c, ...spill }), values } });
        }),
      );
    }
    return { sheets, cells };
  }

  async readCells(cells: readonly CellAt[]): Promise<CellNow[]> {
    return cells.map((cell) => this.readCell(cell)).filter((c): c is CellNow => c !== undefined);
  }

  private readCell(cell: CellAt): CellNow | undefined {
    const sheet = this.sheetId(cell.sheet);
    const at = parseRange(cell.address);
    if (sheet === undefined || !at) return undefined;
    const address = { sheet, row: at.row, col: at.col };
    return { sheet: this.hf.getSheetName(sheet) ?? cell.sheet, address: cellAddress(at.row, at.col), value: this.value(address), formula: this.formula(address) };
  }

  async writeCells(expect: readonly CellNow[], writes: readonly CellWrite[]): Promise<void> {
    const misses: CellMiss[] = [];
    for (const expected of expect) {
      const found = this.readCell(expected);
      if (!found || !sameCell(expected, found)) misses.push({ expected, ...(found ? { found } : {}) });
    }
    if (misses.length > 0) throw new CellsChanged(misses);
    await this.workbook.write(writes.map((w) => ({ kind: 'setCells', sheet: w.sheet, address: w.address, cells: w.cells })));
  }

  async readTable(name: string): Promise<TableRead | null> {
    return (await this.workbook.read({ tables: [name] })).table(name);
  }

  async usedExtent(sheet: string): Promise<{ rows: number; cols: number } | null> {
    const id = this.sheetId(sheet);
    if (id === undefined) return null;
    const { height, width } = this.hf.getSheetDimensions(id);
    return { rows: height, cols: width };
  }
}
