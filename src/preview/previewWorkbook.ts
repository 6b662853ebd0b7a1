/**
 * The preview's workbook: a HyperFormula instance with the ESG.* functions, kept sized by
 * the respiller, wrapped in the HyperFormula workbook adapter (which keeps the number
 * formats, column widths, tables and charts HyperFormula has no notion of), preloaded by
 * the scenario service's Set up with the demo model, plus a scratch sheet "Try it".
 */
import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../hf/engine';
import { attachRespill } from '../hf/respill';
import { setUpDemoModel, type SetupOutcome } from '../scenarios';
import { HyperFormulaWorkbook } from '../workbook/hf';
import { nameKey } from '../workbook/port';
import { a1, type FormatOf } from './model';
import type { ChartSpec } from './ColumnChart';
import type { Subscribe } from './useHfVersion';

export const TRY_SHEET = 'Try it';

export interface PreviewWorkbook {
  hf: HyperFormula;
  adapter: HyperFormulaWorkbook;
  formatOf: FormatOf;
  setFormat: (sheet: number, row: number, col: number, format: string | undefined) => Promise<void>;
  /** Changes the adapter makes outside HyperFormula's own events (formats set from the view). */
  subscribe: Subscribe;
  /** A column width set in the workbook (Set up sets some), in CSS pixels. */
  columnWidthOf: (sheet: number, col: number) => number | undefined;
  /** The charts the workbook holds on a sheet (Compare adds one). */
  chartsOf: (sheet: number) => readonly ChartSpec[];
  setup: SetupOutcome;
}

/** What the grid shows of the workbook: the engine, formats, column widths and charts (not the adapter). */
export type WorkbookViewOf = Pick<PreviewWorkbook, 'hf' | 'formatOf' | 'setFormat' | 'subscribe' | 'columnWidthOf' | 'chartsOf'>;

export function viewOf({ hf, formatOf, setFormat, subscribe, columnWidthOf, chartsOf }: PreviewWorkbook): WorkbookViewOf {
  return { hf, formatOf, setFormat, subscribe, columnWidthOf, chartsOf };
}

const PX_PER_POINT = 4 / 3;

export function wrapWorkbook(hf: HyperFormula, adapter: HyperFormulaWorkbook): Omit<PreviewWorkbook, 'setup'> {
  const listeners = new Set<() => void>();
  const sheetName = (sheet: number) => hf.getSheetName(sheet);
  return {
    hf,
    adapter,
    formatOf: (sheet, row, col) => {
      const name = sheetName(sheet);
      return name === undefined ? undefined : adapter.numberFormatAt(name, row, col);
    },
    setFormat: async (sheet, row, col, format) => {
      const name = sheetName(sheet);
      if (name === undefined) return;
      await adapter.write([{ kind: 'setNumberFormat', sheet: name, address: a1(row, col), format: format ?? 'General' }]);
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    chartsOf: (sheet) => {
      const name = sheetName(sheet);
      return name === undefined ? [] : adapter.charts().filter((c) => nameKey(c.sheet) === nameKey(name));
    },
    columnWidthOf: (sheet, col) => {
      const name = sheetName(sheet);
      const points = name === undefined ? undefined : adapter.columnWidthAt(name, col);
      return points === undefined ? undefined : Math.round(points * PX_PER_POINT);
    },
  };
}

function addScratchSheet(hf: HyperFormula): void {
  if (hf.getSheetId(TRY_SHEET) !== undefined) return;
  hf.addSheet(TRY_SHEET);
  const sheet = hf.getSheetId(TRY_SHEET) ?? 0;
  hf.setCellContents({ sheet, row: 0, col: 0 }, [
    ['Type a formula into any cell of this sheet, for example (these are text, not formulas):'],
    ["'=ESG.GRANT(44095,579,0,44769)"],
    ['\'=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)'],
  ]);
}

/** Which workbook the preview opens: the demo model, or an empty one (so Set up can be seen). */
export type PreviewStart = 'demo' | 'empty';

/** `?workbook=empty` in the page's address opens an empty workbook. */
export function previewStartOf(search: string): PreviewStart {
  return new URLSearchParams(search).get('workbook') === 'empty' ? 'empty' : 'demo';
}

export async function createPreviewWorkbook(
  start: PreviewStart = typeof location === 'undefined' ? 'demo' : previewStartOf(location.search),
): Promise<PreviewWorkbook> {
  const hf = createHyperFormula();
  const adapter = new HyperFormulaWorkbook(hf);
  // An empty workbook: nothing was set up (no sheets written); the pane offers Set up.
  const setup: SetupOutcome =
    start === 'demo' ? await setUpDemoModel(adapter) : { kind: 'set-up', sheets: [], activeScenario: '' };
  addScratchSheet(hf);
  // The respiller from here on, not during Set up: it would check every spill after each of
  // Set up's ~75 writes (~50 ms of the cold load); attaching re-enters every spill once, and
  // the workbook is the same (tests/preview/previewWorkbook.test.ts).
  attachRespill(hf);
  hf.clearUndoStack();
  return { ...wrapWorkbook(hf, adapter), setup };
}
