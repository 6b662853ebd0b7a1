/**
 * The self-test port over Office.js (see ../selftest-port.ts): the only `Excel.run` code of
 * "Check this add-in". It reads what the host really shows — values with their types after
 * Excel calculated our custom functions — and puts the user's active sheet and selection back.
 */
import { parseRange, rangeAddress } from '../a1';
import type { CellValue, WorkbookPort } from '../port';
import type { CellRead, CellType, HostInfo, NullChainResult, SelfTestPort, SheetInspection, WorkbookPlace } from '../selftest-port';
import { OfficeWorkbook } from './OfficeWorkbook';

/** The highest ExcelApi minor version asked about; sets are listed as far as the host supports them. */
const LAST_MINOR = 20;
/** How long (in waits) a read waits for custom functions still showing #BUSY!. */
const MAX_BUSY_WAITS = 40;

export interface OfficeSelfTestOptions {
  readonly workbook?: WorkbookPort;
  /** How to wait while a custom function is still calculating (tests pass one that does not wait). */
  readonly wait?: () => Promise<void>;
}

function supports(minor: number): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported('ExcelApi', `1.${minor}`) === true;
}

const TYPES: Record<string, CellType> = { Empty: 'empty', String: 'text', Double: 'number', Integer: 'number', Boolean: 'boolean', Error: 'error' };

function asValue(v: unknown): CellValue {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return v === null || v === undefined ? '' : String(v);
}

/** A formula, or null for a constant (a constant's `formulas` entry is the constant itself). */
function formulaOf(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return null;
  return typeof value === 'string' && value === formula ? null : formula;
}

const local = (address: string): string | null => {
  const parsed = parseRange(address);
  return parsed ? rangeAddress(parsed) : null;
};

export class OfficeSelfTest implements SelfTestPort {
  readonly workbook: WorkbookPort;
  private readonly wait: () => Promise<void>;

  constructor(options: OfficeSelfTestOptions = {}) {
    this.workbook = options.workbook ?? new OfficeWorkbook();
    this.wait = options.wait ?? (() => new Promise((resolve) => setTimeout(resolve, 250)));
  }

  async info(): Promise<HostInfo> {
    const d = typeof Office === 'undefined' ? undefined : Office.context?.diagnostics;
    const apiSets: string[] = [];
    for (let minor = 1; minor <= LAST_MINOR; minor += 1) if (supports(minor)) apiSets.push(`ExcelApi 1.${minor}`);
    return {
      host: d ? String(d.host) : 'Excel (no diagnostics)',
      platform: d ? String(d.platform) : 'unknown',
      version: d?.version ?? 'unknown',
      apiSets,
    };
  }

  place(): Promise<WorkbookPlace> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      let selection: string | null;
      try {
        // Fails when a chart or shape is selected, or several areas: the sheet is still restored.
        const range = context.workbook.getSelectedRange();
        range.load('address');
        await context.sync();
        selection = local(range.address);
      } catch {
        selection = null;
      }
      return { sheet: sheet.name, selection };
    });
  }

  async restorePlace(place: WorkbookPlace): Promise<void> {
    if (place.sheet === null) return;
    const name = place.sheet;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.activate();
      if (place.selection) sheet.getRange(place.selection).select();
      await context.sync();
    });
  }

  async readCells(sheet: string, address: string): Promise<CellRead[][]> {
    for (let attempt = 0; ; attempt += 1) {
      const cells = await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address);
        range.load('values,formulas,valueTypes');
        await context.sync();
        return range.values.map((row: unknown[], r: number) =>
          row.map((v, c): CellRead => ({
            value: asValue(v),
            type: TYPES[String(range.valueTypes[r][c])] ?? 'other',
            formula: formulaOf(range.formulas[r][c], v),
          })),
        );
      });
      const busy = cells.some((row) => row.some((c) => c.type === 'error' && c.value === '#BUSY!'));
      if (!busy || attempt >= MAX_BUSY_WAITS) return cells;
      await this.wait();
    }
  }

  nameChain(name: string): Promise<NullChainResult> {
    return Excel.run(async (context) => {
      const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
      range.load('address');
      await context.sync();
      return range.isNullObject ? { kind: 'null' } : { kind: 'found', address: range.address };
    });
  }

  inspectSheet(sheet: string): Promise<SheetInspection> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const used = ws.getUsedRangeOrNullObject();
      used.load('address');
      const charts = ws.charts;
      charts.load('items/name');
      await context.sync();
      return { used: used.isNullObject ? null : local(used.address), charts: charts.items.length };
    });
  }

  async writeDataType(sheet: string, address: string, text: string): Promise<boolean> {
    // Entity values need ExcelApi 1.16; linked data types (Stocks, Geography) need Microsoft's
    // service, so an entity card is the data type an add-in can make without the network.
    if (!supports(16)) return false;
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      const entity = {
        type: 'Entity',
        text,
        properties: { Pupils: { type: 'Double', basicValue: 100 } },
      };
      (range as unknown as { valuesAsJson: unknown[][] }).valuesAsJson = [[entity]];
      await context.sync();
    });
    return true;
  }
}
