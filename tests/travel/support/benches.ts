/**
 * The same travel tests over both adapters: HyperFormula (preview) and Office.js over the
 * fake Excel (with real ESG.* values and spills from spill-calc.ts).
 */
import { createHyperFormula } from '../../../src/hf/engine';
import { attachRespill } from '../../../src/hf/respill';
import { LOG_COLUMNS, LOG_SHEET, LOG_TABLE } from '../../../src/scenarios/layout';
import { TravelService } from '../../../src/travel';
import type { StartupHost, StartupState } from '../../../src/travel/types';
import { parseRange } from '../../../src/workbook/a1';
import type { FormulasPort } from '../../../src/workbook/formulas-port';
import { HyperFormulaWorkbook } from '../../../src/workbook/hf';
import { HyperFormulaFormulas } from '../../../src/workbook/hf/HyperFormulaFormulas';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { OfficeFormulas } from '../../../src/workbook/office/OfficeFormulas';
import type { CellValue, WorkbookPort } from '../../../src/workbook/port';
import { FakeExcel, FakeWorkbook, parseInput } from '../../support/fake-excel';
import { attachSpillCalc } from './spill-calc';

export interface Bench {
  readonly travel: TravelService;
  readonly port: WorkbookPort;
  readonly startup: StartupHost & { calls: number };
  addSheet(name: string): Promise<void>;
  /** Types into a cell like a person: `=…` is a formula, anything else a constant. */
  type(sheet: string, address: string, input: string | number): Promise<void>;
  cell(sheet: string, address: string): { value: CellValue; formula: string | null };
  sheetNames(): string[];
  /** Runs `edit` once, just before the next guarded cell write reaches the workbook. */
  beforeGuardedWrite(edit: () => Promise<void> | void): void;
  /** Adds an empty Scenario Log table (as Set up makes it). */
  addLog(): Promise<void>;
  logRows(): Promise<CellValue[][]>;
  close(): void;
}

function startupStub(): StartupHost & { calls: number } {
  let state: StartupState = 'none';
  const stub = {
    calls: 0,
    state: async () => state,
    loadWithWorkbook: async () => {
      stub.calls += 1;
      state = 'load';
    },
  };
  return stub;
}

const NOW = () => new Date(Date.UTC(2026, 11, 2, 17, 4, 25));

function withHook(inner: FormulasPort, hook: { edit?: () => Promise<void> | void }): FormulasPort {
  return {
    scan: (m) => inner.scan(m),
    readCells: (c) => inner.readCells(c),
    readTable: (n) => inner.readTable(n),
    usedExtent: (s) => inner.usedExtent(s),
    writeCells: async (e, w) => {
      const edit = hook.edit;
      hook.edit = undefined;
      await edit?.();
      return inner.writeCells(e, w);
    },
  };
}

async function common(port: WorkbookPort): Promise<Pick<Bench, 'addLog' | 'logRows'>> {
  return {
    addLog: () => port.write([{ kind: 'addSheet', sheet: LOG_SHEET }, { kind: 'addTable', sheet: LOG_SHEET, address: 'A1', name: LOG_TABLE, header: [...LOG_COLUMNS], rows: [] }]),
    // An empty table keeps one blank row in Excel.
    logRows: async () => (await port.read({ tables: [LOG_TABLE] })).table(LOG_TABLE)?.rows.filter((r) => r.some((v) => v !== '')).map((r) => [...r]) ?? [],
  };
}

export async function hfBench(): Promise<Bench> {
  const hf = createHyperFormula();
  const detach = attachRespill(hf);
  const port = new HyperFormulaWorkbook(hf);
  const hook: { edit?: () => Promise<void> | void } = {};
  const startup = startupStub();
  const travel = new TravelService({ port, formulas: withHook(new HyperFormulaFormulas(port), hook), startup, now: NOW });
  const id = (sheet: string) => hf.getSheetId(sheet) ?? -1;
  const at = (sheet: string, address: string) => {
    const r = parseRange(address)!;
    return { sheet: id(sheet), row: r.row, col: r.col };
  };
  return {
    travel,
    port,
    startup,
    addSheet: async (name) => void hf.addSheet(name),
    type: async (sheet, address, input) => void hf.setCellContents(at(sheet, address), [[input]]),
    cell: (sheet, address) => {
      const a = at(sheet, address);
      const v = hf.getCellValue(a);
      const value = v === null ? '' : typeof v === 'object' ? v.value : v;
      return { value, formula: hf.doesCellHaveFormula(a) ? (hf.getCellFormula(a) ?? null) : null };
    },
    sheetNames: () => hf.getSheetNames(),
    beforeGuardedWrite: (edit) => void (hook.edit = edit),
    ...(await common(port)),
    close: detach,
  };
}

export async function officeBench(): Promise<Bench & { wb: FakeWorkbook; excel: FakeExcel }> {
  const wb = new FakeWorkbook();
  attachSpillCalc(wb);
  const excel = new FakeExcel(wb);
  const uninstall = excel.install();
  const port = new OfficeWorkbook();
  const hook: { edit?: () => Promise<void> | void } = {};
  const startup = startupStub();
  const travel = new TravelService({ port, formulas: withHook(new OfficeFormulas(), hook), startup, now: NOW });
  return {
    wb,
    excel,
    travel,
    port,
    startup,
    addSheet: async (name) => void wb.addSheet(name),
    type: async (sheet, address, input) => {
      const ref = wb.ref(sheet, address);
      const parsed = parseInput(input);
      ref.sheet.put(ref.row, ref.col, parsed);
      wb.onCalculate?.(wb);
    },
    cell: (sheet, address) => {
      const c = wb.cell(wb.ref(sheet, address));
      return { value: c?.value ?? '', formula: c?.formula ?? null };
    },
    sheetNames: () => wb.sheets.map((s) => s.name),
    beforeGuardedWrite: (edit) => void (hook.edit = edit),
    ...(await common(port)),
    close: uninstall,
  };
}

export const BENCHES: [string, () => Promise<Bench>][] = [
  ['HyperFormula', hfBench],
  ['Office.js (fake Excel)', officeBench],
];
