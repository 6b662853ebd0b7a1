/**
 * The HyperFormula function plugin for the `ESG.*` catalogue. Like HyperFormula's own
 * plugins it reads its metadata from one table (the engine's catalogue,
 * src/engine/catalogue.ts) and calls the pure engine directly: HyperFormula values in,
 * `runEntry`, an engine error out as a HyperFormula error with the same code and message.
 * It never runs the Excel wrappers (src/functions/), which only Excel needs.
 *
 * It passes arguments as Excel passes them to a custom function:
 * - an empty referenced cell is `null` (Excel on the web) or `0` (Excel for Windows, also
 *   inside ranges), chosen per instance by `context.esgEmpty` (src/hf/engine.ts; the
 *   `ESG_EMPTY=desktop` environment variable), so tests can run both;
 * - an argument left out between commas (`=ESG.GRANT(1,,,,"2016-17")`) is `null`;
 * - an error argument (also a range holding an error) is returned without calling the
 *   function, as Excel does without `allowErrorForDataTypeAny` (which we do not set);
 * - the argument count is checked against the catalogue (engine/arity.ts), so the cell
 *   and Explain give the same #N/A and message.
 * HyperFormula is GPL-3.0: nothing in the add-in's own bundles imports this file.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
} from 'hyperformula';
import type { FunctionArgument, ImplementedFunctions } from 'hyperformula';
import { arityError, CATALOGUE, isError, NAMESPACE, runEntry, type CatalogueEntry, type EngineError, type Matrix, type Result, type Scalar } from '../engine';
import { holdsError, predictArgument, type AstLike, type PredictContext } from './predict';

/** How an empty referenced cell reaches a custom function: Excel on the web passes null, Excel for Windows 0. */
export type EmptyCellMode = 'web' | 'desktop';

/** What src/hf/engine.ts puts in HyperFormula's `context` config parameter. */
export interface EsgContext {
  readonly esgEmpty?: EmptyCellMode;
}

type PluginResult = number | string | boolean | CellError | SimpleRangeValue;

/** The name a formula uses, e.g. `ESG.DSG.BLOCK`. */
export function formulaName(entry: Pick<CatalogueEntry, 'name'>): string {
  return `${NAMESPACE}.${entry.name}`;
}

function methodName(entry: CatalogueEntry): string {
  return `esg_${entry.name.replace(/\./g, '_')}`;
}

/** The value an empty cell gives in this mode. */
function emptyOf(mode: EmptyCellMode): null | 0 {
  return mode === 'desktop' ? 0 : null;
}

/** One HyperFormula scalar as Excel passes it; a CellError stays one (the caller returns it). */
function toRawScalar(value: unknown, empty: null | 0): unknown {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value === EmptyValue) return empty;
  if (value instanceof CellError) return value;
  if (typeof value === 'object' && value !== null && 'val' in value && typeof value.val === 'number') {
    return value.val; // HyperFormula's RichNumber (currency, percent, date): Excel passes the plain number
  }
  return value;
}

/** A range's cells as Excel passes them (rows of values), or the first error it holds. */
function rangeRows(value: SimpleRangeValue, empty: null | 0): unknown[][] | CellError {
  const data = value.rawData();
  const rows: unknown[][] = new Array<unknown[]>(data.length);
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    const row = new Array<unknown>(src.length);
    for (let c = 0; c < src.length; c++) {
      const v = toRawScalar(src[c], empty);
      if (v instanceof CellError) return v;
      row[c] = v;
    }
    rows[r] = row;
  }
  return rows;
}

/** A range argument's rows, or the error it holds, as the parameter takes it. */
function fromRows(rows: readonly unknown[][] | CellError, range: boolean): unknown {
  if (rows instanceof CellError || range) return rows;
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
}

/** One argument's value as Excel passes it, or the first error it holds. */
export function toRawArgument(value: unknown, range: boolean, mode: EmptyCellMode = 'web'): unknown {
  const empty = emptyOf(mode);
  if (value instanceof SimpleRangeValue) return fromRows(rangeRows(value, empty), range);
  const scalar = toRawScalar(value, empty);
  if (scalar instanceof CellError) return scalar;
  return range ? [[scalar]] : scalar;
}

/** The few members of HyperFormula's range vertex the plugin uses (its per-function cache). */
interface RangeVertexLike {
  getFunctionValue(key: string): unknown;
  setFunctionValue(key: string, value: unknown): void;
}

/** Keys of the converted cells in a range vertex's cache: no HyperFormula function name has a space. */
const ROWS_KEY: Record<EmptyCellMode, string> = { web: 'ESG raw web', desktop: 'ESG raw desktop' };

/**
 * A cell range argument's rows as Excel passes them, converted once per change of its cells:
 * kept (frozen) in the range's vertex, whose cache HyperFormula clears whenever a cell of
 * the range changes, is moved or is inserted or removed — the cache SUM relies on. A column
 * of calls over one scale (=ESG.TRADED.SHARE(A1,$G$1:$I$1,$G$2:$I$2)) then converts the
 * scale once per recalculation, not once per call. Anything else is converted every call.
 */
function cellRangeRows(plugin: PluginInternals, ast: AstLike, value: SimpleRangeValue, mode: EmptyCellMode): readonly unknown[][] | CellError {
  const lazy = value as unknown as { range?: { start: unknown; end: unknown }; _data?: unknown };
  // Only a plain range read from the grid (not an array's own values, not a whole column).
  const vertex = ast.type === 'CELL_RANGE' && lazy.range !== undefined && lazy._data === undefined
    ? plugin.dependencyGraph.getRange?.(lazy.range.start, lazy.range.end)
    : undefined;
  if (vertex === undefined) return rangeRows(value, emptyOf(mode));
  const key = ROWS_KEY[mode];
  const cached = vertex.getFunctionValue(key) as readonly unknown[][] | CellError | undefined;
  if (cached !== undefined) return cached;
  const rows = rangeRows(value, emptyOf(mode));
  if (!(rows instanceof CellError)) {
    for (const row of rows) Object.freeze(row);
    Object.freeze(rows);
  }
  vertex.setFunctionValue(key, rows);
  return rows;
}

/** An engine error as a HyperFormula error: same code, same message. */
export function toCellError(e: EngineError): CellError {
  return new CellError(e.code === '#N/A' ? ErrorType.NA : ErrorType.VALUE, e.message);
}

const NOT_FINITE = 'The result is not a finite number';

/** An engine result as a HyperFormula value. */
export function fromEngineResult(result: Result<Scalar | Matrix>): PluginResult {
  if (typeof result === 'number') return Number.isFinite(result) ? result : new CellError(ErrorType.VALUE, NOT_FINITE);
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (isError(result)) return toCellError(result);
  return SimpleRangeValue.onlyValues(
    result.map((row) => row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? new CellError(ErrorType.VALUE, NOT_FINITE) : cell))),
  );
}

function parameters(entry: CatalogueEntry): FunctionArgument[] {
  return entry.params.map((p) => ({
    argumentType: p.kind === 'range' ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
    optionalArg: p.optional || undefined,
  }));
}

interface PluginInternals {
  evaluateAst(ast: AstLike, state: unknown): unknown;
  config: { context?: unknown };
  dependencyGraph: PredictContext['graph'] & { getRange?(start: unknown, end: unknown): RangeVertexLike | undefined };
}

function modeOf(plugin: PluginInternals): EmptyCellMode {
  const context = plugin.config.context as EsgContext | undefined;
  return context?.esgEmpty === 'desktop' ? 'desktop' : 'web';
}

/** Runs one catalogue function on its formula's arguments, as Excel would call it. */
function call(plugin: PluginInternals, entry: CatalogueEntry, args: readonly AstLike[], state: unknown): PluginResult {
  const arity = arityError(entry, args.length);
  if (arity !== undefined) return toCellError(arity);
  const mode = modeOf(plugin);
  const raw = new Array<unknown>(args.length);
  for (let i = 0; i < args.length; i++) {
    const ast = args[i];
    if (ast.type === 'EMPTY') {
      raw[i] = null; // left out between commas: null on every host
      continue;
    }
    const evaluated = plugin.evaluateAst(ast, state);
    const range = entry.params[i].kind === 'range';
    const value = evaluated instanceof SimpleRangeValue ? fromRows(cellRangeRows(plugin, ast, evaluated, mode), range) : toRawArgument(evaluated, range, mode);
    if (value instanceof CellError) return value; // Excel returns an error argument without calling the function
    raw[i] = value;
  }
  return fromEngineResult(runEntry(entry, raw));
}

/**
 * Builds the plugin class. Spilling functions get a size predictor: HyperFormula fixes a
 * spilled array's size when the formula is parsed, so the predictor evaluates the
 * arguments it can see at that moment (literals, array constants, and the current values
 * of referenced cells or names) and runs the engine on them. When an input that decides a
 * spill's size changes, src/hf/respill.ts re-enters the formula so that it is parsed, and
 * sized, again.
 */
export function createEsgPluginClass(catalogue: readonly CatalogueEntry[] = CATALOGUE) {
  const implemented: ImplementedFunctions = {};
  class EsgPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;
  }
  const proto = EsgPlugin.prototype as unknown as Record<string, unknown>;
  for (const entry of catalogue) {
    const method = methodName(entry);
    implemented[formulaName(entry)] = {
      method,
      parameters: parameters(entry),
      ...(entry.spills ? { sizeOfResultArrayMethod: `${method}_size`, vectorizationForbidden: true } : {}),
    };
    proto[method] = entry.spills
      ? function (this: EsgPlugin, ast: { args: AstLike[] }, state: unknown) {
          return fitParsedSize(call(this as unknown as PluginInternals, entry, ast.args, state), state, ast);
        }
      : function (this: EsgPlugin, ast: { args: AstLike[] }, state: unknown) {
          return call(this as unknown as PluginInternals, entry, ast.args, state);
        };
    if (entry.spills) {
      proto[`${method}_size`] = function (this: EsgPlugin, ast: { args: AstLike[] }, state: { formulaAddress: unknown }) {
        const plugin = this as unknown as PluginInternals;
        if (arityError(entry, ast.args.length) !== undefined) return ArraySize.scalar();
        const ctx: PredictContext = { graph: plugin.dependencyGraph, formulaAddress: state.formulaAddress, empty: emptyOf(modeOf(plugin)) };
        const values = entry.params.map((p, i) => predictArgument(ast.args[i], ctx, p.kind === 'range'));
        if (values.some(holdsError)) return ArraySize.scalar(); // the call returns that error
        const result = runEntry(entry, values);
        if (Array.isArray(result) && result.length > 0) return new ArraySize(result[0].length, result.length);
        return ArraySize.scalar();
      };
    }
  }
  return EsgPlugin;
}

export const RESIZED_MESSAGE = 'This table has changed size: re-enter the formula to spill it again.';

/**
 * HyperFormula throws (and leaves the recalculation half done) when an array formula's
 * result is larger than the size fixed when it was parsed. So a spilling result that has
 * outgrown that size becomes a #SPILL! error instead; src/hf/respill.ts then re-enters the
 * formula, which is parsed and sized again.
 */
export function fitParsedSize(result: unknown, state: unknown, ast?: unknown): unknown {
  if (!(result instanceof SimpleRangeValue)) return result;
  const vertex = (state as { formulaVertex?: { width?: unknown; height?: unknown; formula?: unknown } }).formulaVertex;
  if (!vertex || typeof vertex.width !== 'number' || typeof vertex.height !== 'number') return result;
  // Only a call that IS the cell's formula spills; nested in INDEX(...) or SUM(...) its
  // array is an argument, whatever its size.
  if (ast !== undefined && vertex.formula !== undefined && vertex.formula !== ast) return result;
  if (result.width() <= vertex.width && result.height() <= vertex.height) return result;
  return new CellError(ErrorType.SPILL, RESIZED_MESSAGE);
}

/** Translations: the function names are the same in every language. */
export function esgTranslations(catalogue: readonly CatalogueEntry[] = CATALOGUE): Record<string, Record<string, string>> {
  const names: Record<string, string> = {};
  for (const entry of catalogue) names[formulaName(entry)] = formulaName(entry);
  return { enGB: names, enUS: names };
}
