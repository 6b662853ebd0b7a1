/**
 * A small fake of Excel's object model for the Office adapter's tests: collections, tables,
 * names, ranges, charts and `Excel.run`, with Office.js's batching semantics —
 *   - every load and every write is QUEUED and runs in order at `context.sync()`;
 *   - a loaded property can be read only after that sync (the loaded properties live in
 *     office-addin-mock's `OfficeMockObject`s, whose load/sync state machine reports a
 *     property that was not loaded, or not synced yet);
 *   - `getItem` of something missing fails the sync with `ItemNotFound`; `*OrNullObject`
 *     gives a null object; a failing operation stops the batch, and what ran before stays
 *     (Excel does not roll a batch back);
 *   - a string written to a cell is parsed like typed input: a leading apostrophe makes it
 *     text, `=`/`+`/`-`/`@` make formulas, numbers and TRUE/FALSE are converted.
 * It counts `context.sync()` calls and can fail a chosen sync after a chosen number of writes;
 * `beforeSync` lets a test play a co-author whose edit lands just before a batch runs.
 * Merged cells: `FakeWorkbook.merge`, read through `Range.getMergedAreasOrNullObject` (the
 * merged areas that intersect the range).
 *
 * Excel on the web's limits, enforced per `context.sync()` (`FakeExcel.limits`): a request
 * over 5 MB fails with `RequestPayloadSizeLimitExceeded` before anything runs, a response
 * over 5 MB with `ResponsePayloadSizeLimitExceeded`, a batch reading over 5 million cells
 * with `OperationCellsExceedLimit`. Sizes are estimates of Office.js's JSON: a load or a
 * write costs `REQUEST_OVERHEAD` bytes (its object path, instantiate and query actions)
 * plus its arguments' JSON; a response is the JSON of the properties loaded.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { parseRange, quoteSheetName, rangeAddress } from '../../src/workbook/a1';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  numberFormat?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly charts: FakeChart[] = [];
  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  put(row: number, col: number, cell: FakeCell | undefined): void {
    if (cell === undefined) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, cell);
  }
}

export interface FakeRef {
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeName {
  name: string;
  ref?: FakeRef;
  formula: string;
  comment?: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  row: number;
  col: number;
  columns: number;
  rows: number;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: string;
  /** The cell the chart's bottom-right corner covers (`setPosition`'s second argument). */
  end?: string;
  /** Series (by index) set to the secondary axis group. */
  secondary?: number[];
  categoryLabelOrientation?: number;
  valueAxisTitle?: string;
  secondaryValueAxisTitle?: string;
  /** How many series the source gives (rows or columns after the header), as Excel counts them. */
  seriesCount?: number;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const lower = (s: string): string => s.trim().toLowerCase();
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Excel's parsing of a typed-in value. */
export function parseInput(input: unknown): { value: FakeValue; formula: string | null } | undefined {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', `Unsupported cell input ${String(input)}`);
  if (input === '') return undefined;
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (NUMBER.test(input.trim())) return { value: Number(input.trim()), formula: null };
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toUpperCase() === 'TRUE', formula: null };
  if (input.startsWith('=')) return { value: '#CALC!', formula: input };
  if (/^[+\-@]/.test(input)) return { value: '#CALC!', formula: `=${input}` };
  return { value: input, formula: null };
}

// ------------------------------------------------------------------------------------------
// The workbook's state

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  readonly tables = new Map<string, FakeTable>();
  readonly merges: FakeRef[] = [];
  /** Dynamic-array spills: the anchor (top-left, holding the formula) and the range it fills. */
  readonly spills: FakeRef[] = [];
  /** Spills a write blocked (#SPILL!), with what they spill once the cell that blocks them is cleared. */
  readonly blocked: { ref: FakeRef; values: FakeValue[][]; by: { row: number; col: number } }[] = [];
  activeSheet?: string;
  /** Called after every sync that wrote something, and on `application.calculate`. */
  onCalculate?: (wb: FakeWorkbook) => void;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => lower(s.name) === lower(name));
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `Sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  ref(sheetName: string, address: string): FakeRef {
    const sheet = this.sheet(sheetName);
    const r = parseRange(address);
    if (!sheet || !r) throw new FakeOfficeError('InvalidArgument', `Bad reference ${sheetName}!${address}`);
    return { sheet, row: r.row, col: r.col, rows: r.rows, cols: r.cols };
  }

  /** Test helper: a constant in a cell, as a value (not parsed). */
  setValue(sheet: string, address: string, value: FakeValue): void {
    const r = this.ref(sheet, address);
    r.sheet.put(r.row, r.col, value === '' ? undefined : { value, formula: null });
  }

  setFormula(sheet: string, address: string, formula: string, value: FakeValue): void {
    const r = this.ref(sheet, address);
    r.sheet.put(r.row, r.col, { value, formula });
  }

  defineName(name: string, sheet: string, address: string): void {
    const ref = this.ref(sheet, address);
    this.names.set(lower(name), { name, ref, formula: `=${quoteSheetName(ref.sheet.name)}!${rangeAddress(ref, true)}` });
  }

  /** Test helper: merges a block of cells (as Home > Merge Cells). */
  merge(sheet: string, address: string): void {
    this.merges.push(this.ref(sheet, address));
  }

  /**
   * Test helper: a dynamic-array formula at (row, col) whose result `values` spills right and
   * down. Writing into a spilled cell other than the anchor blocks the spill, as in Excel:
   * the anchor shows #SPILL! and the other spilled cells empty (see `blockSpills`).
   */
  spill(sheet: string, row: number, col: number, formula: string, values: readonly (readonly FakeValue[])[]): void {
    const s = this.sheet(sheet);
    if (!s) throw new FakeOfficeError('ItemNotFound', `Sheet ${sheet} doesn't exist`);
    values.forEach((line, r) => line.forEach((v, c) => s.put(row + r, col + c, { value: v, formula: r === 0 && c === 0 ? formula : null })));
    this.spills.push({ sheet: s, row, col, rows: values.length, cols: values[0]?.length ?? 1 });
  }

  /** The spill a cell belongs to, if any. */
  spillAt(sheet: FakeSheet, row: number, col: number): FakeRef | undefined {
    return this.spills.find((p) => p.sheet === sheet && row >= p.row && row < p.row + p.rows && col >= p.col && col < p.col + p.cols);
  }

  /** A write into a spilled cell (not the anchor) blocks the spill: anchor #SPILL!, the rest empty. */
  blockSpills(sheet: FakeSheet, row: number, col: number): void {
    const p = this.spillAt(sheet, row, col);
    if (!p || (p.row === row && p.col === col)) return;
    this.spills.splice(this.spills.indexOf(p), 1);
    const values = Array.from({ length: p.rows }, (_, r) => Array.from({ length: p.cols }, (_c, c) => sheet.get(p.row + r, p.col + c)?.value ?? ''));
    this.blocked.push({ ref: p, values, by: { row, col } });
    for (let r = 0; r < p.rows; r += 1) {
      for (let c = 0; c < p.cols; c += 1) {
        if ((r === 0 && c === 0) || (p.row + r === row && p.col + c === col)) continue;
        sheet.put(p.row + r, p.col + c, undefined);
      }
    }
    const anchor = sheet.get(p.row, p.col);
    if (anchor) anchor.value = '#SPILL!';
  }

  /** Clearing the cell that blocked a spill lets it flow again, as Excel's dynamic arrays do. */
  reflowSpills(sheet: FakeSheet, row: number, col: number): void {
    for (let i = this.blocked.length - 1; i >= 0; i -= 1) {
      const b = this.blocked[i];
      if (b.ref.sheet !== sheet || b.by.row !== row || b.by.col !== col) continue;
      const anchor = sheet.get(b.ref.row, b.ref.col);
      if (!anchor?.formula) continue;
      this.blocked.splice(i, 1);
      this.spill(sheet.name, b.ref.row, b.ref.col, anchor.formula, b.values);
    }
  }

  /** Deletes a sheet as Excel does: its tables and charts go; names on it become #REF!. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `Sheet ${name} doesn't exist`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [key, t] of [...this.tables]) if (t.sheet === sheet) this.tables.delete(key);
    for (const n of this.names.values()) {
      if (n.ref?.sheet === sheet) {
        n.formula = '=#REF!';
        delete n.ref;
      }
    }
    for (let i = this.merges.length - 1; i >= 0; i -= 1) if (this.merges[i].sheet === sheet) this.merges.splice(i, 1);
    if (this.activeSheet !== undefined && lower(this.activeSheet) === lower(name)) this.activeSheet = this.sheets[0]?.name;
  }

  /** A name that is not a range (a constant, or several areas). */
  defineOtherName(name: string, formula: string): void {
    this.names.set(lower(name), { name, formula });
  }

  /** Test helper: a table with its header at `address`. */
  addTable(name: string, sheet: string, address: string, header: readonly string[], rows: readonly (readonly FakeValue[])[]): void {
    const at = this.ref(sheet, address);
    header.forEach((h, c) => at.sheet.put(at.row, at.col + c, { value: h, formula: null }));
    rows.forEach((row, r) =>
      row.forEach((v, c) => at.sheet.put(at.row + 1 + r, at.col + c, v === '' ? undefined : { value: v, formula: null })),
    );
    this.tables.set(lower(name), { name, sheet: at.sheet, row: at.row, col: at.col, columns: header.length, rows: Math.max(rows.length, 1) });
  }

  cell(ref: FakeRef, r = 0, c = 0): FakeCell | undefined {
    return ref.sheet.get(ref.row + r, ref.col + c);
  }

  named(name: string): FakeCell | undefined {
    const n = this.names.get(lower(name));
    return n?.ref ? this.cell(n.ref) : undefined;
  }

  namedValue(name: string): FakeValue {
    return this.named(name)?.value ?? '';
  }

  table(name: string): { header: string[]; rows: FakeValue[][] } {
    const t = this.tables.get(lower(name));
    if (!t) throw new Error(`no table ${name}`);
    const at = (r: number, c: number): FakeValue => t.sheet.get(t.row + r, t.col + c)?.value ?? '';
    return {
      header: Array.from({ length: t.columns }, (_, c) => String(at(0, c))),
      rows: Array.from({ length: t.rows }, (_, r) => Array.from({ length: t.columns }, (_, c) => at(r + 1, c))),
    };
  }

  /** A deterministic picture of everything, to check that nothing was written. */
  serialize(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        charts: s.charts,
      })),
      names: [...this.names.values()].map((n) => [n.name, n.formula]).sort(),
      tables: [...this.tables.values()].map((t) => [t.name, t.sheet.name, t.row, t.col, t.columns, t.rows]).sort(),
      active: this.activeSheet ?? null,
    });
  }
}

// ------------------------------------------------------------------------------------------
// Excel.run and the request context

interface Op {
  readonly write: boolean;
  readonly exec: () => void;
  /** Estimated request bytes. */
  readonly bytes: number;
}

export interface FakeLimits {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cells: number;
}

/** Excel on the web: 5 MB per request and per response, 5 million cells read per batch. */
export const EXCEL_WEB_LIMITS: FakeLimits = { requestBytes: 5 * 1024 * 1024, responseBytes: 5 * 1024 * 1024, cells: 5_000_000 };

/** Estimated request bytes of one queued load or write, besides its arguments. */
export const REQUEST_OVERHEAD = 300;

/** What one sync sent and received (estimates, see the file comment). */
export interface SyncSize {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cells: number;
}

const jsonBytes = (value: unknown): number => (value === undefined ? 0 : JSON.stringify(value).length);

export class FakeExcel {
  syncCount = 0;
  writesApplied = 0;
  runCount = 0;
  limits: FakeLimits = EXCEL_WEB_LIMITS;
  /** The size of every sync that succeeded since the last `resetCounts`, in order. */
  sizes: SyncSize[] = [];
  /** Syncs refused for their size since the last `resetCounts`. */
  rejected = 0;
  /** Runs at the start of every sync (its number, counted like `syncCount`), before its batch. */
  beforeSync?: (sync: number, wb: FakeWorkbook) => void;
  private failures: { atSync: number; afterWrites: number }[] = [];

  constructor(readonly wb: FakeWorkbook) {}

  /** Makes the `atSync`-th sync from now fail after `afterWrites` of its writes ran. */
  failSync(atSync: number, afterWrites: number): void {
    this.failures.push({ atSync: this.syncCount + atSync, afterWrites });
  }

  resetCounts(): void {
    this.syncCount = 0;
    this.writesApplied = 0;
    this.runCount = 0;
    this.failures = [];
    this.sizes = [];
    this.rejected = 0;
  }

  /** The largest request, response and cell count of one sync since the last `resetCounts`. */
  largest(): SyncSize {
    return {
      requestBytes: Math.max(0, ...this.sizes.map((s) => s.requestBytes)),
      responseBytes: Math.max(0, ...this.sizes.map((s) => s.responseBytes)),
      cells: Math.max(0, ...this.sizes.map((s) => s.cells)),
    };
  }

  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    this.runCount += 1;
    return batch(new FakeContext(this));
  };

  /** Makes the global `Excel.run` this fake's; returns the undo. */
  install(): () => void {
    const g = globalThis as unknown as { Excel?: unknown };
    const previous = g.Excel;
    g.Excel = { run: this.run };
    return () => {
      g.Excel = previous;
    };
  }

  /** Called by a context's sync. */
  takeFailure(sync: number): { afterWrites: number } | undefined {
    const i = this.failures.findIndex((f) => f.atSync === sync);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0];
  }
}

export class FakeContext {
  readonly queue: Op[] = [];
  readonly mocks: OfficeMockObject[] = [];
  readonly workbook: WorkbookProxy;

  constructor(readonly engine: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  get wb(): FakeWorkbook {
    return this.engine.wb;
  }

  /** Response bytes and cells read by the batch running now. */
  response = { bytes: 0, cells: 0 };

  /** Queues an operation; `args` is what it sends (its request size besides `REQUEST_OVERHEAD`). */
  push(write: boolean, exec: () => void, args?: unknown): void {
    this.queue.push({ write, exec, bytes: REQUEST_OVERHEAD + jsonBytes(args) });
  }

  /** Called by a load as it runs: what it returns. */
  received(data: Record<string, unknown>, cells: number, probe = false): void {
    const total = this.response.cells + cells;
    const limits = this.engine.limits;
    if (total > limits.cells) {
      throw new FakeOfficeError('OperationCellsExceedLimit', `This batch reads ${total} cells; Excel on the web allows ${limits.cells}.`);
    }
    if (probe) return;
    this.response.bytes += jsonBytes(data);
    this.response.cells = total;
  }

  async sync(): Promise<void> {
    this.engine.syncCount += 1;
    this.engine.beforeSync?.(this.engine.syncCount, this.wb);
    const failure = this.engine.takeFailure(this.engine.syncCount);
    const ops = this.queue.splice(0);
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.response = { bytes: 0, cells: 0 };
    const record = (): void => {
      this.engine.sizes.push({ requestBytes, responseBytes: this.response.bytes, cells: this.response.cells });
    };
    if (requestBytes > this.engine.limits.requestBytes) {
      this.engine.rejected += 1;
      this.mocks.splice(0);
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload (${requestBytes} bytes) exceeds Excel on the web's limit.`);
    }
    let writes = 0;
    let ok = false;
    try {
      for (const op of ops) {
        if (op.write) {
          if (failure && writes >= failure.afterWrites) {
            throw new FakeOfficeError('GeneralException', 'The connection to Excel was lost (simulated).');
          }
          writes += 1;
          this.engine.writesApplied += 1;
        }
        op.exec();
      }
      if (failure) throw new FakeOfficeError('GeneralException', 'The connection to Excel was lost (simulated).');
      ok = this.response.bytes <= this.engine.limits.responseBytes;
    } catch (error) {
      if (error instanceof FakeOfficeError && error.code === 'OperationCellsExceedLimit') this.engine.rejected += 1;
      throw error;
    } finally {
      if (ok) record();
      if (writes > 0) this.wb.onCalculate?.(this.wb);
    }
    if (!ok) {
      this.engine.rejected += 1;
      this.mocks.splice(0);
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload (${this.response.bytes} bytes) exceeds Excel on the web's limit.`);
    }
    const mocks = this.mocks.splice(0);
    for (const mock of mocks) await mock.sync();
    // office-addin-mock publishes synced values from its own promise callbacks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new FakeOfficeError('ItemNotFound', `${what} doesn't exist`);
  return value;
}

const NOT_LOADED = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);

/** A proxy whose loadable properties are captured into an OfficeMockObject at sync. */
abstract class Loadable {
  private mock?: OfficeMockObject;
  private nullState?: boolean;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly orNull: boolean,
  ) {}

  /** The object's properties (only `props` need be computed), or null when it does not exist. */
  protected abstract capture(props?: readonly string[]): Record<string, unknown> | null;

  /** Cells a load of `props` reads (ranges), for the 5-million-cell limit. */
  protected cellsRead(_data: Record<string, unknown>, _props?: readonly string[]): number {
    return 0;
  }

  load(props?: string | string[]): this {
    const list = props === undefined ? undefined : Array.isArray(props) ? props : props.split(',').map((p) => p.trim());
    this.ctx.push(
      false,
      () => {
        const data = this.capture(list);
        if (data === null) {
          if (!this.orNull) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
          this.nullState = true;
          this.ctx.received({ isNullObject: true }, 0);
          return;
        }
        this.nullState = false;
        const keys = list ?? Object.keys(data);
        this.ctx.received(Object.fromEntries(keys.map((k) => [k, data[k]])), this.cellsRead(data, list));
        const mock = new OfficeMockObject({ ...data, host: 'excel' });
        mock.load(keys);
        this.mock = mock;
        this.ctx.mocks.push(mock);
      },
      list ?? '*',
    );
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeOfficeError('InvalidOperation', 'isNullObject read before load and sync');
    return this.nullState;
  }

  protected loaded(prop: string): unknown {
    if (this.nullState) throw new FakeOfficeError('InvalidOperation', `${prop} read on a null object`);
    if (!this.mock) throw new FakeOfficeError('PropertyNotLoaded', `${prop} was not loaded`);
    const value: unknown = this.mock[prop];
    if (typeof value === 'string' && NOT_LOADED.has(value)) throw new FakeOfficeError('PropertyNotLoaded', `${prop}: ${value}`);
    return value;
  }
}

// ------------------------------------------------------------------------------------------
// Proxies

class WorkbookProxy {
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: { calculate: (type: string) => void };

  constructor(ctx: FakeContext) {
    this.tables = new TableCollectionProxy(ctx, undefined);
    this.names = new NamedItemCollectionProxy(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = {
      calculate: () => ctx.push(false, () => ctx.wb.onCalculate?.(ctx.wb)),
    };
  }
}

function addressOf(ref: FakeRef): string {
  return `${quoteSheetName(ref.sheet.name)}!${rangeAddress(ref)}`;
}

class RangeProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeRef | null,
    orNull: boolean,
  ) {
    super(ctx, orNull);
  }

  protected capture(props?: readonly string[]): Record<string, unknown> | null {
    const ref = this.resolve();
    if (!ref) return null;
    const want = (p: string): boolean => props === undefined || props.includes(p);
    if (['values', 'formulas', 'numberFormat', 'valueTypes'].some(want)) this.ctx.received({}, ref.rows * ref.cols, true);
    const grid = (f: (cell: FakeCell | undefined) => unknown): unknown[][] =>
      Array.from({ length: ref.rows }, (_, r) => Array.from({ length: ref.cols }, (_, c) => f(ref.sheet.get(ref.row + r, ref.col + c))));
    return {
      address: addressOf(ref),
      rowCount: ref.rows,
      columnCount: ref.cols,
      cellCount: ref.rows * ref.cols,
      ...(want('values') ? { values: grid((cell) => cell?.value ?? '') } : {}),
      // A constant cell's formula is its constant (a text typed as '=x reads =x).
      ...(want('formulas') ? { formulas: grid((cell) => cell?.formula ?? cell?.value ?? '') } : {}),
      ...(want('numberFormat') ? { numberFormat: grid((cell) => cell?.numberFormat ?? 'General') } : {}),
      // A formula's result starting with # is an error value; a constant is text however it reads.
      ...(want('valueTypes')
        ? {
            valueTypes: grid((cell) =>
              cell === undefined || cell.value === ''
                ? 'Empty'
                : typeof cell.value === 'number'
                  ? 'Double'
                  : typeof cell.value === 'boolean'
                    ? 'Boolean'
                    : cell.formula !== null && cell.value.startsWith('#')
                      ? 'Error'
                      : 'String',
            ),
          }
        : {}),
    };
  }

  protected override cellsRead(data: Record<string, unknown>, props?: readonly string[]): number {
    const perCell = ['values', 'formulas', 'numberFormat', 'valueTypes', 'text'];
    return props === undefined || props.some((p) => perCell.includes(p)) ? Number(data.cellCount) : 0;
  }

  private writeCells(kind: string, input: unknown[][], apply: (ref: FakeRef, r: number, c: number, v: unknown) => void): void {
    this.ctx.push(true, () => {
      const ref = must(this.resolve(), 'range');
      if (input.length !== ref.rows || input.some((row) => row.length !== ref.cols)) {
        throw new FakeOfficeError('InvalidArgument', `${kind}: ${input.length} rows for a ${ref.rows}x${ref.cols} range`);
      }
      input.forEach((row, r) => row.forEach((v, c) => apply(ref, r, c, v)));
    }, input);
  }

  private put(ref: FakeRef, r: number, c: number, v: unknown): void {
    this.ctx.wb.blockSpills(ref.sheet, ref.row + r, ref.col + c);
    const parsed = parseInput(v);
    const old = ref.sheet.get(ref.row + r, ref.col + c);
    const format = old?.numberFormat;
    if (parsed === undefined) {
      ref.sheet.put(ref.row + r, ref.col + c, format ? { value: '', formula: null, numberFormat: format } : undefined);
      this.ctx.wb.reflowSpills(ref.sheet, ref.row + r, ref.col + c);
    } else ref.sheet.put(ref.row + r, ref.col + c, { ...parsed, ...(format ? { numberFormat: format } : {}) });
  }

  get values(): unknown[][] {
    return this.loaded('values') as unknown[][];
  }
  set values(input: unknown[][]) {
    this.writeCells('values', input, (ref, r, c, v) => this.put(ref, r, c, v));
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas') as unknown[][];
  }
  set formulas(input: unknown[][]) {
    this.writeCells('formulas', input, (ref, r, c, v) => this.put(ref, r, c, v));
  }
  get valueTypes(): unknown[][] {
    return this.loaded('valueTypes') as unknown[][];
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat') as unknown[][];
  }
  set numberFormat(input: unknown[][]) {
    this.writeCells('numberFormat', input, (ref, r, c, v) => {
      const old = ref.sheet.get(ref.row + r, ref.col + c);
      ref.sheet.put(ref.row + r, ref.col + c, { value: old?.value ?? '', formula: old?.formula ?? null, numberFormat: String(v) });
    });
  }
  get address(): string {
    return this.loaded('address') as string;
  }
  get rowCount(): number {
    return this.loaded('rowCount') as number;
  }
  get columnCount(): number {
    return this.loaded('columnCount') as number;
  }
  get format(): { columnWidth: number } {
    const ctx = this.ctx;
    const resolve = this.resolve;
    return {
      set columnWidth(_points: number) {
        ctx.push(true, () => must(resolve(), 'range'));
      },
      get columnWidth(): number {
        throw new FakeOfficeError('PropertyNotLoaded', 'columnWidth');
      },
    };
  }

  /** A range relative to this one (`getCell`, `getColumn`, `getResizedRange`, ExcelApi 1.1/1.2), resolved at sync. */
  private derived(f: (ref: FakeRef) => FakeRef): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const ref = this.resolve();
        return ref ? f(ref) : null;
      },
      false,
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived((ref) => ({ sheet: ref.sheet, row: ref.row + row, col: ref.col + column, rows: 1, cols: 1 }));
  }

  getColumn(column: number): RangeProxy {
    return this.derived((ref) => {
      if (column >= ref.cols) throw new FakeOfficeError('InvalidArgument', `column ${column} of a ${ref.cols}-column range`);
      return { sheet: ref.sheet, row: ref.row, col: ref.col + column, rows: ref.rows, cols: 1 };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived((ref) => ({ sheet: ref.sheet, row: ref.row, col: ref.col, rows: ref.rows + deltaRows, cols: ref.cols + deltaColumns }));
  }

  getLastRow(): RangeProxy {
    return this.derived((r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }

  /** The anchor of the spill this one-cell range is in (not the anchor itself), else a null object. */
  getSpillParentOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const ref = this.resolve();
        if (!ref || ref.rows !== 1 || ref.cols !== 1) return null;
        const p = this.ctx.wb.spillAt(ref.sheet, ref.row, ref.col);
        return p ? { sheet: p.sheet, row: p.row, col: p.col, rows: 1, cols: 1 } : null;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.ctx, () => {
      const ref = this.resolve();
      if (!ref) return [];
      return this.ctx.wb.merges.filter(
        (m) =>
          m.sheet === ref.sheet &&
          m.row < ref.row + ref.rows &&
          ref.row < m.row + m.rows &&
          m.col < ref.col + ref.cols &&
          ref.col < m.col + m.cols,
      );
    });
  }

  clear(_applyTo?: string): void {
    this.ctx.push(true, () => {
      const ref = must(this.resolve(), 'range');
      for (const key of [...ref.sheet.cells.keys()]) {
        const [r, c] = key.split(',').map(Number);
        if (r >= ref.row && r < ref.row + ref.rows && c >= ref.col && c < ref.col + ref.cols) ref.sheet.cells.delete(key);
      }
    });
  }
}

class MergedAreasProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly areas: () => FakeRef[],
  ) {
    super(ctx, true);
  }

  protected capture(): Record<string, unknown> | null {
    const areas = this.areas();
    return areas.length === 0 ? null : { address: areas.map(addressOf).join(','), areaCount: areas.length };
  }

  get address(): string {
    return this.loaded('address') as string;
  }
}

class NamedItemProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly name: string,
    orNull: boolean,
  ) {
    super(ctx, orNull);
  }

  private state(): FakeName | undefined {
    return this.ctx.wb.names.get(lower(this.name));
  }

  protected capture(): Record<string, unknown> | null {
    const n = this.state();
    return n ? { name: n.name, type: n.ref || n.formula.includes(',') ? 'Range' : 'String', formula: n.formula } : null;
  }

  get formula(): unknown {
    return this.loaded('formula');
  }
  get type(): unknown {
    return this.loaded('type');
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => must(must(this.state(), `name ${this.name}`).ref, `range of ${this.name}`), false);
  }

  delete(): void {
    this.ctx.push(true, () => {
      must(this.state(), `name ${this.name}`);
      this.ctx.wb.names.delete(lower(this.name));
    });
  }

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.state()?.ref ?? null, true);
  }
}

class NamedItemCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name, false);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name, true);
  }

  add(name: string, reference: RangeProxy, comment?: string): void {
    this.ctx.push(true, () => {
      if (this.ctx.wb.names.has(lower(name))) throw new FakeOfficeError('InvalidArgument', `Name ${name} exists`);
      const ref = must(reference.resolve(), 'range');
      this.ctx.wb.names.set(lower(name), {
        name,
        ref,
        formula: `=${quoteSheetName(ref.sheet.name)}!${rangeAddress(ref, true)}`,
        ...(comment ? { comment } : {}),
      });
    });
  }
}

class TableProxy extends Loadable {
  readonly columns: TableColumnCollectionProxy;
  readonly rows: TableRowCollectionProxy;

  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeTable | null,
    orNull: boolean,
  ) {
    super(ctx, orNull);
    this.columns = new TableColumnCollectionProxy(ctx, this);
    this.rows = new TableRowCollectionProxy(ctx, this);
  }

  must(): FakeTable {
    return must(this.resolve(), 'table');
  }

  protected capture(): Record<string, unknown> | null {
    const t = this.resolve();
    return t ? { name: t.name } : null;
  }

  get name(): string {
    return this.loaded('name') as string;
  }
  set name(value: string) {
    this.ctx.push(true, () => {
      const t = this.must();
      if (lower(value) !== lower(t.name) && this.ctx.wb.tables.has(lower(value))) {
        throw new FakeOfficeError('InvalidArgument', `Table ${value} exists`);
      }
      this.ctx.wb.tables.delete(lower(t.name));
      t.name = value;
      this.ctx.wb.tables.set(lower(value), t);
    });
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.must().sheet, false);
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.must();
        return { sheet: t.sheet, row: t.row, col: t.col, rows: 1, cols: t.columns };
      },
      false,
    );
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.must();
        return { sheet: t.sheet, row: t.row + 1, col: t.col, rows: t.rows, cols: t.columns };
      },
      false,
    );
  }
}

class TableColumnProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => { t: FakeTable; index: number },
  ) {}

  set name(value: string) {
    this.ctx.push(true, () => {
      const { t, index } = this.resolve();
      for (let c = 0; c < t.columns; c += 1) {
        if (c !== index && lower(String(t.sheet.get(t.row, t.col + c)?.value ?? '')) === lower(value)) {
          throw new FakeOfficeError('InvalidArgument', `Column ${value} exists`);
        }
      }
      // A column name is set as it is, not parsed like typed input.
      t.sheet.put(t.row, t.col + index, { value, formula: null });
    });
  }

  delete(): void {
    this.ctx.push(true, () => {
      const { t, index } = this.resolve();
      for (let r = 0; r <= t.rows; r += 1) {
        for (let c = index; c < t.columns - 1; c += 1) t.sheet.put(t.row + r, t.col + c, t.sheet.get(t.row + r, t.col + c + 1));
        t.sheet.put(t.row + r, t.col + t.columns - 1, undefined);
      }
      t.columns -= 1;
    });
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const { t, index } = this.resolve();
        return { sheet: t.sheet, row: t.row + 1, col: t.col + index, rows: t.rows, cols: 1 };
      },
      false,
    );
  }
}

class TableColumnCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly table: TableProxy,
  ) {}

  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.ctx, () => {
      const t = this.table.must();
      let index = -1;
      if (typeof key === 'number') index = key;
      else {
        for (let c = 0; c < t.columns; c += 1) {
          if (lower(String(t.sheet.get(t.row, t.col + c)?.value ?? '')) === lower(key)) index = c;
        }
      }
      if (index < 0 || index >= t.columns) throw new FakeOfficeError('ItemNotFound', `Column ${key} doesn't exist`);
      return { t, index };
    });
  }

  add(index?: number, values?: unknown): TableColumnProxy {
    if (index !== undefined || values !== undefined) throw new FakeOfficeError('InvalidArgument', 'fake: only add() at the end');
    let added: { t: FakeTable; index: number } | undefined;
    this.ctx.push(true, () => {
      const t = this.table.must();
      t.sheet.put(t.row, t.col + t.columns, { value: `Column${t.columns + 1}`, formula: null });
      t.columns += 1;
      added = { t, index: t.columns - 1 };
    });
    return new TableColumnProxy(this.ctx, () => must(added, 'new column'));
  }
}

class TableRowCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly table: TableProxy,
  ) {}

  add(index?: number, values?: unknown[][]): void {
    if (index !== undefined) throw new FakeOfficeError('InvalidArgument', 'fake: only add() at the end');
    this.ctx.push(true, () => {
      const t = this.table.must();
      const rows = values ?? [[]];
      if (rows.some((row) => row.length !== t.columns)) throw new FakeOfficeError('InvalidArgument', 'row width');
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const parsed = parseInput(v);
          t.sheet.put(t.row + 1 + t.rows + r, t.col + c, parsed);
        }),
      );
      t.rows += rows.length;
    }, values);
  }
}

class TableCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: (() => FakeSheet) | undefined,
  ) {}

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.wb.tables.get(lower(name)) ?? null, false);
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.wb.tables.get(lower(name)) ?? null, true);
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let created: FakeTable | undefined;
    this.ctx.push(true, () => {
      if (!hasHeaders) throw new FakeOfficeError('InvalidArgument', 'fake: tables need headers');
      const ref =
        typeof address === 'string' ? this.ctx.wb.ref(must(this.sheet, 'sheet')().name, address) : must(address.resolve(), 'range');
      const name = `Table${this.ctx.wb.tables.size + 1}`;
      created = { name, sheet: ref.sheet, row: ref.row, col: ref.col, columns: ref.cols, rows: Math.max(ref.rows - 1, 1) };
      this.ctx.wb.tables.set(lower(name), created);
    });
    return new TableProxy(this.ctx, () => created ?? null, false);
  }
}

class ChartProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; chart: FakeChart },
  ) {}

  set name(value: string) {
    this.ctx.push(true, () => {
      this.resolve().chart.name = value;
    });
  }

  get title(): { text: string } {
    const ctx = this.ctx;
    const resolve = this.resolve;
    return {
      set text(value: string) {
        ctx.push(true, () => {
          resolve().chart.title = value;
        });
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'title');
      },
    };
  }

  setPosition(start: string, end?: string): void {
    this.ctx.push(true, () => {
      const { chart } = this.resolve();
      chart.position = start;
      if (end !== undefined) chart.end = end;
    });
  }

  /** `series.getItemAt(i).axisGroup`: Excel refuses an index past the last series, and making every series secondary. */
  get series(): { getItemAt(index: number): { axisGroup: string } } {
    const { ctx, resolve } = this;
    return {
      getItemAt: (index: number) => ({
        set axisGroup(group: string) {
          ctx.push(true, () => {
            const { chart } = resolve();
            if (!Number.isInteger(index) || index < 0 || index >= (chart.seriesCount ?? 0)) throw new FakeOfficeError('ItemNotFound', `series ${index}`);
            const set = new Set(chart.secondary ?? []);
            if (group === 'Secondary') set.add(index);
            else set.delete(index);
            if (set.size >= (chart.seriesCount ?? 0)) throw new FakeOfficeError('InvalidArgument', 'every series on the secondary axis');
            chart.secondary = [...set].sort((a, b) => a - b);
          });
        },
        get axisGroup(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'axisGroup');
        },
      }),
    };
  }

  get axes() {
    const { ctx, resolve } = this;
    const titled = (set: (chart: FakeChart, text: string) => void) => ({
      title: {
        set text(value: string) {
          ctx.push(true, () => set(resolve().chart, value));
        },
      },
    });
    return {
      categoryAxis: {
        set textOrientation(value: number) {
          ctx.push(true, () => {
            resolve().chart.categoryLabelOrientation = value;
          });
        },
      },
      valueAxis: titled((chart, text) => (chart.valueAxisTitle = text)),
      getItem: (type: string, group?: string) => {
        if (type !== 'Value') throw new FakeOfficeError('InvalidArgument', `fake: axis ${type}`);
        return titled((chart, text) => {
          // Excel has a secondary value axis only once a series uses it.
          if (group === 'Secondary' && (chart.secondary ?? []).length === 0) throw new FakeOfficeError('ItemNotFound', 'secondary value axis');
          if (group === 'Secondary') chart.secondaryValueAxisTitle = text;
          else chart.valueAxisTitle = text;
        });
      },
    };
  }

  delete(): void {
    this.ctx.push(true, () => {
      const { sheet, chart } = this.resolve();
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}

class ChartCollectionProxy {
  private list?: ChartProxy[];

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  load(props: string): this {
    if (props !== 'items/name') throw new FakeOfficeError('InvalidArgument', `fake: load ${props}`);
    this.ctx.push(false, () => {
      const sheet = this.sheet();
      this.list = sheet.charts.map((chart) => new ChartProxy(this.ctx, () => ({ sheet, chart })));
    });
    return this;
  }

  get items(): ChartProxy[] {
    return must(this.list, 'charts (not loaded)');
  }

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: { sheet: FakeSheet; chart: FakeChart } | undefined;
    this.ctx.push(true, () => {
      const sheet = this.sheet();
      const ref = must(source.resolve(), 'source');
      // The first row (by rows: column) holds the categories; the rest are series.
      const seriesCount = Math.max(0, (seriesBy === 'Rows' ? ref.rows : ref.cols) - 1);
      const chart: FakeChart = { name: `Chart ${sheet.charts.length + 1}`, type, source: addressOf(ref), seriesBy, title: '', seriesCount };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new ChartProxy(this.ctx, () => must(created, 'chart'));
  }
}

class WorksheetProxy extends Loadable {
  readonly charts: ChartCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet | null,
    orNull: boolean,
  ) {
    super(ctx, orNull);
    this.charts = new ChartCollectionProxy(ctx, () => this.must());
    this.tables = new TableCollectionProxy(ctx, () => this.must());
  }

  private must(): FakeSheet {
    return must(this.resolve(), 'worksheet');
  }

  protected capture(): Record<string, unknown> | null {
    const s = this.resolve();
    return s ? { name: s.name } : null;
  }

  get name(): string {
    return this.loaded('name') as string;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const sheet = this.must();
        if (address === undefined) return { sheet, row: 0, col: 0, rows: 1048576, cols: 16384 };
        const r = parseRange(address);
        if (!r || r.sheet !== undefined) throw new FakeOfficeError('InvalidArgument', `fake: address ${address}`);
        return { sheet, row: r.row, col: r.col, rows: r.rows, cols: r.cols };
      },
      false,
    );
  }

  activate(): void {
    this.ctx.push(true, () => {
      this.ctx.wb.activeSheet = this.must().name;
    });
  }

  delete(): void {
    this.ctx.push(true, () => {
      this.ctx.wb.deleteSheet(this.must().name);
    });
  }
}

class WorksheetCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name) ?? null, false);
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name) ?? null, true);
  }

  add(name: string): WorksheetProxy {
    this.ctx.push(true, () => {
      this.ctx.wb.addSheet(name);
    });
    return this.getItem(name);
  }
}

// ------------------------------------------------------------------------------------------
// Travel (issue 15: Prepare a copy to send / Restore formulas) — kept in this one block.
// The worksheet list with visibility (`worksheets.load('items/name,items/visibility')`),
// sheet protection, `getUsedRangeOrNullObject`, and `Range.getSpillingToRangeOrNullObject`
// over a spill registry a test installs (tests/travel/support/spill-calc.ts keeps one).

export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

interface TravelState {
  visibility: Map<string, FakeVisibility>;
  protectedSheets: Set<string>;
  /** The spill range of the anchor at (row, col) on `sheet`, if it spills now. */
  spillOf?: (sheet: FakeSheet, row: number, col: number) => FakeRef | undefined;
}

const travelStates = new WeakMap<FakeWorkbook, TravelState>();

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

function usedRef(sheet: FakeSheet): FakeRef | null {
  const keys = [...sheet.cells.keys()].map((k) => k.split(',').map(Number));
  if (keys.length === 0) return null;
  const rows = keys.map((k) => k[0]);
  const cols = keys.map((k) => k[1]);
  const row = Math.min(...rows);
  const col = Math.min(...cols);
  return { sheet, row, col, rows: Math.max(...rows) - row + 1, cols: Math.max(...cols) - col + 1 };
}

class ProtectionProxy extends Loadable {
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

interface TravelWorksheet {
  readonly visibility: FakeVisibility;
  readonly protection: ProtectionProxy;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy;
}

interface TravelRange {
  getSpillingToRangeOrNullObject(): RangeProxy;
}

interface TravelWorksheets {
  load(props: string): void;
  readonly items: WorksheetProxy[];
}

const protections = new WeakMap<WorksheetProxy, ProtectionProxy>();
const sheetOfProxy = (proxy: WorksheetProxy): FakeSheet => (proxy as unknown as { must(): FakeSheet }).must();
const ctxOf = (proxy: object): FakeContext => (proxy as unknown as { ctx: FakeContext }).ctx;

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

/** The fake's proxies seen with the Travel additions (for tests that reach into them). */
export type { TravelRange, TravelWorksheet, TravelWorksheets };
