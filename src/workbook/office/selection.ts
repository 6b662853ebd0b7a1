/**
 * The task pane's Explain and Insert over Office.js: the selected cell's formula and the
 * values it reads, writing an inserted formula into the selected cell, the selection's
 * address, the workbook's defined names, and selection-change events. With
 * OfficeWorkbook.ts, the only code calling `Excel.run`.
 *
 * Explaining a cell costs two round-trips whatever the formula: one to read the active
 * cell's formula (and, for a cell a dynamic array spilled into, its anchor's), then one
 * batch loading every cell, range and defined name the ESG call reads. Argument
 * expressions such as `B4+B5` are worked out by the pane (`localEvaluator`) from that batch:
 * Office.js has no "evaluate this expression" call.
 */
import { EXPLAIN } from '../../explain/messages';
import { explainFormula, insertRefusal, localEvaluator, type FormulaExplanation, type HostValue, type Reference } from '../../explain';
import { parseRange } from '../a1';
import { hostValueOf, MAX_REFERENCE_CELLS, namedValueOf, referenceCells, referenceKey, referencesOf } from './precedents';

/** `Excel.run`, injectable for tests (`context`: run in the context of earlier objects). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: OfficeExtension.ClientRequestContext) => Promise<T>;

const excelRun: ExcelRun = (batch, context) => (context === undefined ? Excel.run(batch) : Excel.run(context, batch));

export interface ExplainedSelection {
  /** The explained cell's address, e.g. "ESG!E9" (the anchor's, for a spilled cell). */
  readonly cell: string;
  readonly explanation: FormulaExplanation;
  /** The active cell's row within the spill it is part of (0: the anchor's row); undefined outside a spill. */
  readonly row?: number;
}

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

/** A formula as `Range.formulas` gives it, or undefined for a constant (see OfficeWorkbook's formulaOf). */
function formulaIn(formula: unknown, value: unknown): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return undefined;
  if (typeof value === 'string' && value === formula) return undefined;
  return formula;
}

interface RangeLoad {
  readonly kind: 'range';
  readonly ref: Reference;
  readonly range: Excel.Range;
}

interface NameLoad {
  readonly kind: 'name';
  readonly ref: Reference;
  /** Most local first: the formula's sheet's own name, then the workbook's. */
  readonly candidates: readonly { readonly item: Excel.NamedItem; readonly range: Excel.Range }[];
}

/** A reference too large to read (a whole column): refused before anything is loaded. */
interface TooLarge {
  readonly kind: 'too-large';
  readonly ref: Reference;
  readonly cells: number;
}

type PrecedentLoad = RangeLoad | NameLoad | TooLarge;

function queueRange(range: Excel.Range): Excel.Range {
  range.load('values,valueTypes');
  return range;
}

function queueNamed(item: Excel.NamedItem): { item: Excel.NamedItem; range: Excel.Range } {
  item.load('type,value');
  return { item, range: queueRange(item.getRangeOrNullObject()) };
}

/** Queues the loads of one reference; `sheet` is the formula's own sheet. */
function queuePrecedent(context: Excel.RequestContext, sheet: Excel.Worksheet, ref: Reference): PrecedentLoad {
  const on = ref.sheet === undefined ? sheet : context.workbook.worksheets.getItem(ref.sheet);
  if (ref.kind !== 'name') {
    const cells = referenceCells(ref.address ?? ref.text) ?? 0;
    if (cells > MAX_REFERENCE_CELLS) return { kind: 'too-large', ref, cells };
    return { kind: 'range', ref, range: queueRange(on.getRange(ref.address ?? ref.text)) };
  }
  const name = ref.name ?? ref.text;
  const candidates = [queueNamed(on.names.getItemOrNullObject(name))];
  if (ref.sheet === undefined) candidates.push(queueNamed(context.workbook.names.getItemOrNullObject(name)));
  return { kind: 'name', ref, candidates };
}

/** The value of a loaded reference; throws (the explainer reports it) for a name it can't read. */
function valueOf(load: PrecedentLoad): HostValue {
  if (load.kind === 'too-large') throw new Error(EXPLAIN.rangeTooLarge(load.ref.text, load.cells, MAX_REFERENCE_CELLS));
  if (load.kind === 'range') return hostValueOf(load.range.values, load.range.valueTypes, load.ref.kind);
  for (const { item, range } of load.candidates) {
    if (item.isNullObject) continue;
    if (!range.isNullObject) return hostValueOf(range.values, range.valueTypes, 'name');
    const value = namedValueOf(String(item.type), item.value);
    if (value === undefined) throw new Error(EXPLAIN.nameNotReadable(load.ref.text));
    return value;
  }
  throw new Error(EXPLAIN.syntaxNotAddress(load.ref.text));
}

export class OfficeSelection {
  constructor(private readonly run: ExcelRun = excelRun) {}

  /** Explains the active cell as the workbook holds it now (two round-trips). */
  explainActiveCell(): Promise<ExplainedSelection> {
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
      const at = row === undefined ? {} : { row };
      if (formula === undefined) return { cell: address, explanation: await explainFormula(undefined, { resolve: () => null }) };

      const loads = new Map(referencesOf(formula).map((ref) => [referenceKey(ref), queuePrecedent(context, sheet, ref)]));
      let failure: unknown;
      if (loads.size > 0) {
        try {
          await context.sync();
        } catch (e) {
          // The explainer names the argument that could not be read, with this reason.
          failure = e;
        }
      }
      const resolve = (ref: Reference): HostValue => {
        if (failure !== undefined) throw failure;
        const load = loads.get(referenceKey(ref));
        if (load === undefined) throw new Error(EXPLAIN.formulaNotWorkedOut(ref.text));
        return valueOf(load);
      };
      return { cell: address, explanation: await explainFormula(formula, { resolve, evaluate: localEvaluator(resolve) }), ...at };
    });
  }

  /**
   * Writes a formula the Insert form built into the active cell (one round-trip). Refuses
   * anything but one plain ESG call, so no text can become formula code this way.
   */
  async writeFormula(formula: string): Promise<void> {
    const refusal = insertRefusal(formula);
    if (refusal !== undefined) throw new Error(refusal);
    await this.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.formulas = [[formula.trim()]];
      await context.sync();
    });
  }

  /** The selected range's address, sheet-qualified as Excel gives it, e.g. "Inputs!B2:B4". */
  selectedAddress(): Promise<string | undefined> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      await context.sync();
      return range.address === '' ? undefined : range.address;
    });
  }

  /** The workbook-level defined names (hidden ones left out). */
  definedNames(): Promise<readonly string[]> {
    return this.run(async (context) => {
      const names = context.workbook.names;
      names.load('items/name,items/visible');
      await context.sync();
      return names.items.filter((n) => n.visible !== false).map((n) => n.name);
    });
  }

  /**
   * Calls `listener` whenever the selection changes in the workbook; resolves to the
   * function that stops it. Undefined where the host has no selection event (ExcelApi 1.2):
   * the pane then relies on its Explain button.
   */
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
