/**
 * The selection port (../selection-port.ts) over Office.js: the active cell's formula and
 * the values it reads, writing a formula into the active cell, the selection's address, the
 * workbook's defined names, and selection-change events. With the other Office adapters,
 * the only code calling `Excel.run`. Knows nothing of ESG functions: the caller's read plan
 * says which references to read.
 *
 * Cost: one `Excel.run`, two round-trips whatever the formula — the active cell (and, for a
 * cell a dynamic array spilled into, its anchor), then every reference the plan names in one
 * batch. A reference over MAX_REFERENCE_CELLS (a whole column) is refused unread; the rest
 * are cut into batches under Excel on the web's 5 MB / 5-million-cell limits (./budget.ts),
 * so only a formula reading several large ranges costs more round-trips.
 */
import { parseRange } from '../a1';
import { MAX_REFERENCE_CELLS, type ActiveCellRead, type CellReference, type ReferenceRead, type SelectionPort } from '../selection-port';
import { DEFAULT_BUDGET_BYTES, DEFAULT_CELL_BYTES, MAX_CELLS_PER_SYNC, NAME_BYTES, OP_BYTES } from './budget';
import { hostValueOf, namedValueOf, referenceCells } from './references';

/** `Excel.run`, injectable for tests (`context`: run in the context of earlier objects). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: OfficeExtension.ClientRequestContext) => Promise<T>;

const excelRun: ExcelRun = (batch, context) => (context === undefined ? Excel.run(batch) : Excel.run(context, batch));

/** How many rows `cell` lies below `anchor` (both as `Range.address` gives them, e.g. "ESG!E12"). */
function rowsBelow(cell: string, anchor: string): number | undefined {
  const a = parseRange(anchor);
  const c = parseRange(cell);
  return a && c ? c.row - a.row : undefined;
}

/** Whether the host has an API set; the tests' fake Excel (no `Office`) has them all. */
function supports(version: string): boolean {
  if (typeof Office === 'undefined') return true;
  return Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

/** Excel for Windows passes an empty referenced cell to a custom function as 0; the web and Mac as null. */
export function hostEmptyAs(): null | 0 {
  if (typeof Office === 'undefined') return null;
  const pc = String(Office.PlatformType?.PC ?? 'PC');
  return String(Office.context?.platform ?? Office.context?.diagnostics?.platform) === pc ? 0 : null;
}

/** A formula as `Range.formulas` gives it, or undefined for a constant (see OfficeWorkbook's formulaOf). */
function formulaIn(formula: unknown, value: unknown): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return undefined;
  if (typeof value === 'string' && value === formula) return undefined;
  return formula;
}

interface RangeLoad {
  readonly kind: 'range';
  readonly ref: CellReference;
  readonly range: Excel.Range;
}

interface NameLoad {
  readonly kind: 'name';
  readonly ref: CellReference;
  /** Most local first: the formula's sheet's own name, then the workbook's. */
  readonly candidates: readonly { readonly item: Excel.NamedItem; readonly range: Excel.Range }[];
}

type Load = RangeLoad | NameLoad;

function queueRange(range: Excel.Range): Excel.Range {
  range.load('values,valueTypes');
  return range;
}

function queueNamed(item: Excel.NamedItem): { item: Excel.NamedItem; range: Excel.Range } {
  item.load('type,value');
  return { item, range: queueRange(item.getRangeOrNullObject()) };
}

/** Queues the loads of one reference; `sheet` is the formula's own sheet. */
function queueLoad(context: Excel.RequestContext, sheet: Excel.Worksheet, ref: CellReference): Load {
  const on = ref.sheet === undefined ? sheet : context.workbook.worksheets.getItem(ref.sheet);
  if (ref.kind !== 'name') return { kind: 'range', ref, range: queueRange(on.getRange(ref.address ?? ref.text)) };
  const name = ref.name ?? ref.text;
  const candidates = [queueNamed(on.names.getItemOrNullObject(name))];
  if (ref.sheet === undefined) candidates.push(queueNamed(context.workbook.names.getItemOrNullObject(name)));
  return { kind: 'name', ref, candidates };
}

/** The value of a loaded reference. */
function readOf(load: Load): ReferenceRead {
  if (load.kind === 'range') return { ok: true, value: hostValueOf(load.range.values, load.range.valueTypes, load.ref.kind) };
  for (const { item, range } of load.candidates) {
    if (item.isNullObject) continue;
    if (!range.isNullObject) return { ok: true, value: hostValueOf(range.values, range.valueTypes, 'name') };
    const value = namedValueOf(String(item.type), item.value);
    return value === undefined ? { ok: false, reason: 'not-a-value' } : { ok: true, value };
  }
  return { ok: false, reason: 'not-found' };
}

function detailOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The plan's references in batches whose estimated responses stay under the budget (a name's size is unknown: its loads only). */
function batches(refs: readonly { readonly index: number; readonly ref: CellReference; readonly cells: number }[], budget: number) {
  const out: { index: number; ref: CellReference }[][] = [];
  let batch: { index: number; ref: CellReference }[] = [];
  let bytes = 0;
  let cells = 0;
  for (const r of refs) {
    const b = r.ref.kind === 'name' ? NAME_BYTES : OP_BYTES + r.cells * DEFAULT_CELL_BYTES;
    if (batch.length > 0 && (bytes + b > budget || cells + r.cells > MAX_CELLS_PER_SYNC)) {
      out.push(batch);
      batch = [];
      bytes = 0;
      cells = 0;
    }
    batch.push(r);
    bytes += b;
    cells += r.cells;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

export class OfficeSelection implements SelectionPort {
  readonly emptyAs: null | 0;

  constructor(
    private readonly run: ExcelRun = excelRun,
    options: { readonly emptyAs?: null | 0; readonly budgetBytes?: number } = {},
  ) {
    this.emptyAs = options.emptyAs !== undefined ? options.emptyAs : hostEmptyAs();
    this.budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  }

  private readonly budget: number;

  readActiveCell(plan: (formula: string) => readonly CellReference[]): Promise<ActiveCellRead> {
    return this.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load('address,formulas,values');
      const sheet = cell.worksheet;
      const parent = supports('1.12') ? cell.getSpillParentOrNullObject() : undefined;
      parent?.load('address,formulas,values');
      await context.sync();

      let address: string = cell.address;
      let formula = formulaIn(cell.formulas[0]?.[0], cell.values[0]?.[0]);
      let row: number | undefined = formula === undefined ? undefined : 0;
      if (formula === undefined && parent !== undefined && !parent.isNullObject) {
        formula = formulaIn(parent.formulas[0]?.[0], parent.values[0]?.[0]);
        if (formula !== undefined) {
          address = parent.address;
          row = rowsBelow(cell.address, parent.address);
        }
      }
      if (formula === undefined) return { cell: address, reads: [] };
      const at = row === undefined ? {} : { row };

      const refs = plan(formula);
      const reads: ReferenceRead[] = new Array(refs.length);
      const wanted: { index: number; ref: CellReference; cells: number }[] = [];
      refs.forEach((ref, index) => {
        const cells = ref.kind === 'name' ? 0 : (referenceCells(ref.address ?? ref.text) ?? 0);
        if (cells > MAX_REFERENCE_CELLS) reads[index] = { ok: false, reason: 'too-large', cells, cap: MAX_REFERENCE_CELLS };
        else wanted.push({ index, ref, cells });
      });
      for (const batch of batches(wanted, this.budget)) {
        const loads = batch.map(({ ref }) => queueLoad(context, sheet, ref));
        try {
          await context.sync();
          batch.forEach(({ index }, i) => (reads[index] = readOf(loads[i])));
        } catch (e) {
          // Every reference of the failed batch reports the host's reason (e.g. a missing sheet).
          for (const { index } of batch) reads[index] = { ok: false, reason: 'failed', detail: detailOf(e) };
        }
      }
      return { cell: address, formula, reads, ...at };
    });
  }

  /** One round-trip. */
  async writeFormula(formula: string): Promise<void> {
    await this.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.formulas = [[formula]];
      await context.sync();
    });
  }

  selectedAddress(): Promise<string | undefined> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      await context.sync();
      return range.address === '' ? undefined : range.address;
    });
  }

  definedNames(): Promise<readonly string[]> {
    return this.run(async (context) => {
      const names = context.workbook.names;
      names.load('items/name,items/visible');
      await context.sync();
      return names.items.filter((n) => n.visible !== false).map((n) => n.name);
    });
  }

  /** Undefined where the host has no selection event (ExcelApi 1.2): the pane then relies on its Explain button. */
  async onSelectionChanged(listener: () => void): Promise<(() => Promise<void>) | undefined> {
    if (!supports('1.2')) return undefined;
    const handler = async () => listener();
    const registration = await this.run(async (context) => {
      const result = context.workbook.onSelectionChanged.add(handler);
      await context.sync();
      return result;
    });
    return () =>
      this.run(async (context) => {
        registration.remove();
        await context.sync();
      }, registration.context);
  }
}
