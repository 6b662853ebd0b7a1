/** What "Send to someone without the add-in" needs besides: sheet visibility and protection, used ranges, spills (patched onto the proxies). */
import { Loadable } from './loadable';
import { FakeOfficeError, FakeRef, FakeSheet, FakeWorkbook, lower } from './model';
import { RangeProxy } from './proxies/range';
import { WorksheetCollectionProxy, WorksheetProxy } from './proxies/sheets';
import type { FakeContext } from './sync';

// ------------------------------------------------------------------------------------------
// Travel (issue 15: Prepare a copy to send / Restore formulas) — kept in this one block.
// The worksheet list with visibility (`worksheets.load('items/name,items/visibility')`),
// sheet protection, `getUsedRangeOrNullObject`, and `Range.getSpillingToRangeOrNullObject`
// over a spill registry a test installs (tests/travel/support/spill-calc.ts keeps one).

export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface TravelState {
  visibility: Map<string, FakeVisibility>;
  protectedSheets: Set<string>;
  /** The spill range of the anchor at (row, col) on `sheet`, if it spills now. */
  spillOf?: (sheet: FakeSheet, row: number, col: number) => FakeRef | undefined;
}

export const travelStates = new WeakMap<FakeWorkbook, TravelState>();

export function travelState(wb: FakeWorkbook): TravelState {
  let state = travelStates.get(wb);
  if (!state) {
    state = { visibility: new Map(), protectedSheets: new Set() };
    travelStates.set(wb, state);
  }
  return state;
}

export function setSheetVisibility(wb: FakeWorkbook, sheet: string, visibility: FakeVisibility): void {
  travelState(wb).visibility.set(lower(sheet), visibility);
}

export function protectSheet(wb: FakeWorkbook, sheet: string): void {
  travelState(wb).protectedSheets.add(lower(sheet));
}

export function usedRef(sheet: FakeSheet): FakeRef | null {
  const keys = [...sheet.cells.keys()].map((k) => k.split(',').map(Number));
  if (keys.length === 0) return null;
  const rows = keys.map((k) => k[0]);
  const cols = keys.map((k) => k[1]);
  const row = Math.min(...rows);
  const col = Math.min(...cols);
  return { sheet, row, col, rows: Math.max(...rows) - row + 1, cols: Math.max(...cols) - col + 1 };
}

export class ProtectionProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx, false);
  }

  protected capture(): Record<string, unknown> {
    return { protected: travelState(this.ctx.wb).protectedSheets.has(lower(this.sheet().name)) };
  }

  get protected(): boolean {
    return this.loaded('protected') as boolean;
  }
}

export interface TravelWorksheet {
  readonly visibility: FakeVisibility;
  readonly protection: ProtectionProxy;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy;
}

export interface TravelRange {
  getSpillingToRangeOrNullObject(): RangeProxy;
}

export interface TravelWorksheets {
  load(props: string): void;
  readonly items: WorksheetProxy[];
}

export const protections = new WeakMap<WorksheetProxy, ProtectionProxy>();
export const sheetOfProxy = (proxy: WorksheetProxy): FakeSheet => (proxy as unknown as { must(): FakeSheet }).must();
export const ctxOf = (proxy: object): FakeContext => (proxy as unknown as { ctx: FakeContext }).ctx;

Object.defineProperties(WorksheetProxy.prototype, {
  visibility: {
    get(this: WorksheetProxy): FakeVisibility {
      return travelState(ctxOf(this).wb).visibility.get(lower(sheetOfProxy(this).name)) ?? 'Visible';
    },
  },
  protection: {
    get(this: WorksheetProxy): ProtectionProxy {
      let p = protections.get(this);
      if (!p) protections.set(this, (p = new ProtectionProxy(ctxOf(this), () => sheetOfProxy(this))));
      return p;
    },
  },
  getUsedRangeOrNullObject: {
    value(this: WorksheetProxy): RangeProxy {
      return new RangeProxy(ctxOf(this), () => usedRef(sheetOfProxy(this)), true);
    },
  },
});

Object.defineProperty(RangeProxy.prototype, 'getSpillingToRangeOrNullObject', {
  value(this: RangeProxy): RangeProxy {
    const ctx = ctxOf(this);
    return new RangeProxy(
      ctx,
      () => {
        const ref = this.resolve();
        return ref ? (travelState(ctx.wb).spillOf?.(ref.sheet, ref.row, ref.col) ?? null) : null;
      },
      true,
    );
  },
});

Object.defineProperties(WorksheetCollectionProxy.prototype, {
  load: {
    value(this: WorksheetCollectionProxy): void {
      const ctx = ctxOf(this);
      const self = this as unknown as { loadedItems?: WorksheetProxy[] };
      ctx.push(false, () => {
        // Worksheet proxies of the sheets as they are at this sync; their names read at once.
        self.loadedItems = ctx.wb.sheets.map((sheet) => {
          const proxy = new WorksheetProxy(ctx, () => (ctx.wb.sheets.includes(sheet) ? sheet : null), false);
          Object.defineProperty(proxy, 'name', { value: sheet.name });
          return proxy;
        });
      });
    },
  },
  items: {
    get(this: WorksheetCollectionProxy): WorksheetProxy[] {
      const items = (this as unknown as { loadedItems?: WorksheetProxy[] }).loadedItems;
      if (!items) throw new FakeOfficeError('PropertyNotLoaded', 'worksheets.items was not loaded');
      return items;
    },
  },
});

