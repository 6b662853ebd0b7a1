/**
 * The self-test port over the HyperFormula adapter (preview, tests): the same probes run
 * here as in Excel, so CI runs the whole self-test. HyperFormula has no selection, no
 * data types and no request limits; what it shows is reported as it is.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { parseRange, rangeAddress } from '../a1';
import type { CellRead, HostInfo, NullChainResult, SelfTestPort, SheetInspection, WorkbookPlace } from '../selftest-port';
import { typeOfValue } from '../selftest-port';
import type { HyperFormulaWorkbook } from './HyperFormulaWorkbook';

export class HyperFormulaSelfTest implements SelfTestPort {
  constructor(readonly workbook: HyperFormulaWorkbook) {}

  private get hf(): HyperFormula {
    return this.workbook.hf;
  }

  async info(): Promise<HostInfo> {
    return { host: 'HyperFormula (preview)', platform: typeof window === 'undefined' ? 'node' : 'browser', version: HyperFormula.version, apiSets: [] };
  }

  async place(): Promise<WorkbookPlace> {
    return { sheet: this.workbook.activeSheet() ?? null, selection: null };
  }

  async restorePlace(place: WorkbookPlace): Promise<void> {
    if (place.sheet !== null) await this.workbook.write([{ kind: 'activateSheet', sheet: place.sheet }]);
  }

  private sheetId(sheet: string): number {
    const found = this.hf.getSheetNames().find((s) => s.toLowerCase() === sheet.toLowerCase());
    const id = found === undefined ? undefined : this.hf.getSheetId(found);
    if (id === undefined) throw new Error(`The workbook has no sheet named ${sheet}`);
    return id;
  }

  async readCells(sheet: string, address: string): Promise<CellRead[][]> {
    const id = this.sheetId(sheet);
    const at = parseRange(address);
    if (!at) throw new Error(`Bad address ${address}`);
    return Array.from({ length: at.rows }, (_, r) =>
      Array.from({ length: at.cols }, (_, c): CellRead => {
        const cell = { sheet: id, row: at.row + r, col: at.col + c };
        const v = this.hf.getCellValue(cell);
        const formula = this.hf.getCellFormula(cell) ?? null;
        if (v instanceof DetailedCellError) return { value: v.value, type: 'error', formula };
        const value = v === null || v === undefined ? '' : v;
        return { value, type: typeOfValue(value), formula };
      }),
    );
  }

  async nameChain(name: string): Promise<NullChainResult> {
    const read = (await this.workbook.read({ names: [name] })).name(name);
    return read.status === 'range' ? { kind: 'found', address: read.address } : { kind: 'null' };
  }

  async inspectSheet(sheet: string): Promise<SheetInspection> {
    const id = this.sheetId(sheet);
    const values = this.hf.getSheetSerialized(id);
    let rows = 0;
    let cols = 0;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }),
    );
    const charts = this.workbook.charts().filter((c) => c.sheet.toLowerCase() === sheet.toLowerCase()).length;
    return { used: rows === 0 ? null : rangeAddress({ row: 0, col: 0, rows, cols }), charts };
  }

  async writeDataType(): Promise<boolean> {
    return false;
  }
}
