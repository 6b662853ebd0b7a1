/**
 * A small fake of the part of Excel's object model the selection reader uses — the active
 * cell, the selected range, worksheets' ranges, workbook and worksheet names, the
 * selection event — with Office.js's batching: loads and writes are queued and run at
 * `context.sync()`; a loaded property read before its sync throws; a missing sheet fails
 * the sync (`ItemNotFound`); `*OrNullObject` gives a null object. It counts syncs.
 */
import { parseRange, rangeAddress } from '../../src/workbook/a1';
import type { ExcelRun } from '../../src/workbook/office/selection';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  error?: boolean;
}

export type FakeName =
  | { readonly kind: 'range'; readonly sheet: string; readonly address: string; readonly visible?: boolean }
  | { readonly kind: 'value'; readonly type: string; readonly value: unknown; readonly visible?: boolean };

type Grid = readonly (readonly unknown[])[];

interface Defined {
  readonly name: string;
  readonly def: FakeName;
}

export class FakeBook {
  readonly sheets = new Map<string, Map<string, FakeCell>>();
  /** Lower-cased name → the name as defined and what it refers to. */
  readonly names = new Map<string, Defined>();
  readonly sheetNames = new Map<string, Map<string, Defined>>();
  /** A spilled cell ("ESG!B3") → its anchor's local address. */
  readonly spillParents = new Map<string, string>();
  readonly handlers = new Set<() => Promise<unknown>>();
  active = { sheet: 'Sheet1', address: 'A1' };
  selected = 'Sheet1!A1';
  syncs = 0;
  runs = 0;

  set(sheet: string, address: string, cell: FakeCell | number | string): this {
    if (!this.sheets.has(sheet)) this.sheets.set(sheet, new Map());
    this.sheets.get(sheet)?.set(address, typeof cell === 'object' ? cell : { value: cell });
    return this;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheets.get(sheet)?.get(address);
  }

  name(name: string, def: FakeName, sheet?: string): this {
    if (sheet === undefined) this.names.set(name.toLowerCase(), { name, def });
    else {
      if (!this.sheetNames.has(sheet)) this.sheetNames.set(sheet, new Map());
      this.sheetNames.get(sheet)?.set(name.toLowerCase(), { name, def });
    }
    return this;
  }

  /** `Excel.run` over this book: a fresh context per run. */
  readonly run: ExcelRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: OfficeExtension.ClientRequestContext): Promise<T> => {
    this.runs++;
    return batch((context ?? new FakeContext(this)) as unknown as Excel.RequestContext);
  };
}

class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

class FakeContext {
  readonly queue: (() => void)[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly book: FakeBook) {
    this.workbook = new FakeWorkbook(this);
  }
  async sync(): Promise<void> {
    this.book.syncs++;
    const ops = this.queue.splice(0);
    for (const op of ops) op();
  }
}

function loaded<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} was read before it was loaded and synced`);
  return value;
}

class FakeRange {
  private data?: { address: string; values: Grid; valueTypes: Grid; formulas: Grid };
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: string | undefined,
    private readonly local: string,
  ) {}

  get isNullObject(): boolean {
    return this.sheet === undefined;
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheet ?? '');
  }

  load(_props: string): void {
    this.ctx.queue.push(() => {
      if (this.sheet === undefined) return;
      const book = this.ctx.book;
      if (!book.sheets.has(this.sheet)) throw new FakeOfficeError('ItemNotFound', `No sheet ${this.sheet}`);
      const ref = parseRange(this.local);
      if (ref === undefined) throw new FakeOfficeError('InvalidArgument', `Bad address ${this.local}`);
      const cells = Array.from({ length: ref.rows }, (_, r) =>
        Array.from({ length: ref.cols }, (_, c) => book.cell(this.sheet ?? '', rangeAddress({ row: ref.row + r, col: ref.col + c, rows: 1, cols: 1 }))),
      );
      this.data = {
        address: `${this.sheet}!${rangeAddress(ref)}`,
        values: cells.map((row) => row.map((cell) => cell?.value ?? '')),
        valueTypes: cells.map((row) =>
          row.map((cell) => (cell === undefined ? 'Empty' : cell.error ? 'Error' : typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String')),
        ),
        formulas: cells.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? '')),
      };
    });
  }

  get address(): string {
    return loaded(this.data, 'address').address;
  }
  get values(): Grid {
    return loaded(this.data, 'values').values;
  }
  get valueTypes(): Grid {
    return loaded(this.data, 'valueTypes').valueTypes;
  }
  get formulas(): Grid {
    return loaded(this.data, 'formulas').formulas;
  }
  set formulas(rows: Grid) {
    this.ctx.queue.push(() => {
      const formula = String(rows[0]?.[0]);
      this.ctx.book.set(this.sheet ?? '', this.local, { value: 0, formula });
    });
  }

  getSpillParentOrNullObject(): FakeRange {
    const anchor = this.ctx.book.spillParents.get(`${this.sheet}!${this.local}`);
    return new FakeRange(this.ctx, anchor === undefined ? undefined : this.sheet, anchor ?? '');
  }
}

class FakeNamedItem {
  private data?: { type: string; value: unknown };
  constructor(
    private readonly ctx: FakeContext,
    private readonly def: FakeName | undefined,
  ) {}
  get isNullObject(): boolean {
    return this.def === undefined;
  }
  load(_props: string): void {
    this.ctx.queue.push(() => {
      const def = this.def;
      if (def !== undefined) this.data = def.kind === 'range' ? { type: 'Range', value: `${def.sheet}!${def.address}` } : { type: def.type, value: def.value };
    });
  }
  get type(): string {
    return loaded(this.data, 'type').type;
  }
  get value(): unknown {
    return loaded(this.data, 'value').value;
  }
  getRangeOrNullObject(): FakeRange {
    const def = this.def;
    return def?.kind === 'range' ? new FakeRange(this.ctx, def.sheet, def.address) : new FakeRange(this.ctx, undefined, '');
  }
}

class FakeNames {
  private list?: { name: string; visible: boolean }[];
  constructor(
    private readonly ctx: FakeContext,
    private readonly scope: () => Map<string, Defined> | undefined,
  ) {}
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, this.scope()?.get(name.toLowerCase())?.def);
  }
  load(_props: string): void {
    this.ctx.queue.push(() => {
      this.list = [...(this.scope()?.values() ?? [])].map(({ name, def }) => ({ name, visible: def.visible !== false }));
    });
  }
  get items(): { name: string; visible: boolean }[] {
    return loaded(this.list, 'items');
  }
}

class FakeWorksheet {
  constructor(
    private readonly ctx: FakeContext,
    readonly name: string,
  ) {}
  load(_props: string): void {}
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.name, address);
  }
  get names(): FakeNames {
    return new FakeNames(this.ctx, () => this.ctx.book.sheetNames.get(this.name));
  }
}

class FakeWorkbook {
  constructor(private readonly ctx: FakeContext) {}
  readonly worksheets = {
    getItem: (name: string) => new FakeWorksheet(this.ctx, name),
  };
  get names(): FakeNames {
    return new FakeNames(this.ctx, () => this.ctx.book.names);
  }
  getActiveCell(): FakeRange {
    const { sheet, address } = this.ctx.book.active;
    return new FakeRange(this.ctx, sheet, address);
  }
  getSelectedRange(): FakeRange {
    const ref = parseRange(this.ctx.book.selected);
    return new FakeRange(this.ctx, ref?.sheet, ref === undefined ? '' : rangeAddress(ref));
  }
  get onSelectionChanged() {
    const ctx = this.ctx;
    return {
      add(handler: () => Promise<unknown>) {
        ctx.queue.push(() => ctx.book.handlers.add(handler));
        return { context: ctx, remove: () => ctx.queue.push(() => ctx.book.handlers.delete(handler)) };
      },
    };
  }
}
