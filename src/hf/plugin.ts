/**
 * The HyperFormula function plugin for the `ESG.*` catalogue, built from the same
 * registry (`src/functions/registry.ts`) whose functions Excel runs, so the headless
 * engine (preview, tests, `npm run calc`) and Excel can never disagree on the catalogue
 * or on a result. HyperFormula is GPL-3.0: nothing in the add-in's own bundles imports it.
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
import { NAMESPACE, REGISTRY, type FunctionSpec } from '../functions/registry';
import { isExcelErrorLike } from '../functions/excel-error';
import { predictArgument, type AstLike, type PredictContext } from './predict';

type PluginArg = unknown;
type PluginResult = number | string | boolean | CellError | SimpleRangeValue;

/** The name a formula uses, e.g. `ESG.DSG.BLOCK`. */
export function formulaName(spec: FunctionSpec): string {
  return `${NAMESPACE}.${spec.name}`;
}

function methodName(spec: FunctionSpec): string {
  return `esg_${spec.name.replace(/\./g, '_')}`;
}

/** HyperFormula's value of one argument as Excel would pass it to a custom function. */
export function toExcelArg(value: PluginArg, range: boolean): unknown {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) {
    const rows = value.rawData().map((row) => row.map((cell) => toExcelScalar(cell)));
    return range ? rows : rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  const scalar = toExcelScalar(value);
  return range ? [[scalar]] : scalar;
}

function toExcelScalar(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (typeof value === 'object' && value !== null && 'val' in value && typeof value.val === 'number') {
    return value.val; // HyperFormula's RichNumber (currency, percent, date): Excel passes the plain number
  }
  return value;
}

/** A custom function's return value as a HyperFormula value. */
export function fromExcelResult(value: unknown): PluginResult {
  if (isExcelErrorLike(value)) {
    return new CellError(value.code === '#N/A' ? ErrorType.NA : ErrorType.VALUE, value.message);
  }
  if (Array.isArray(value)) {
    const rows = value.map((row: unknown) =>
      (Array.isArray(row) ? row : [row]).map((cell: unknown) => {
        const v = fromExcelResult(cell);
        return v instanceof SimpleRangeValue ? new CellError(ErrorType.VALUE, 'Nested array') : v;
      }),
    );
    return SimpleRangeValue.onlyValues(rows);
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return new CellError(ErrorType.VALUE, 'The result is not a finite number');
    }
    return value;
  }
  if (value === null || value === undefined) return '';
  return new CellError(ErrorType.VALUE, 'Unexpected result type');
}

function parameters(spec: FunctionSpec): FunctionArgument[] {
  return spec.params.map((p) => ({
    argumentType: p.range ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
    optionalArg: p.optional || undefined,
  }));
}

/** Runs one registry function on HyperFormula argument values. */
export function callSpec(spec: FunctionSpec, values: readonly PluginArg[]): PluginResult {
  const args = spec.params.map((p, i) => toExcelArg(values[i], p.range));
  return fromExcelResult(spec.fn(...args));
}

/**
 * Builds the plugin class. Spilling functions get a size predictor: HyperFormula fixes a
 * spilled array's size when the formula is parsed, so the predictor evaluates the
 * arguments it can see at that moment (literals, array constants, and the current values
 * of referenced cells or names) and runs the real function on them. When an input that
 * decides a spill's size changes, the workbook adapter re-enters the formula so that it
 * is parsed, and sized, again (see `src/workbook/hf`).
 */
export function createEsgPluginClass(registry: readonly FunctionSpec[] = REGISTRY) {
  const implemented: ImplementedFunctions = {};
  class EsgPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;
  }
  const proto = EsgPlugin.prototype as unknown as Record<string, unknown>;
  for (const spec of registry) {
    const method = methodName(spec);
    const name = formulaName(spec);
    implemented[name] = {
      method,
      parameters: parameters(spec),
      ...(spec.spills ? { sizeOfResultArrayMethod: `${method}_size`, vectorizationForbidden: true } : {}),
    };
    proto[method] = function (this: EsgPlugin, ast: { args: AstLike[] }, state: unknown) {
      const run = (this as unknown as PluginInternals).runFunction;
      const result = run(ast.args, state, (this as unknown as PluginInternals).metadata(name), (...values: PluginArg[]) =>
        callSpec(spec, values),
      );
      return spec.spills ? fitParsedSize(result, state, ast) : result;
    };
    if (spec.spills) {
      proto[`${method}_size`] = function (this: EsgPlugin, ast: { args: AstLike[] }, state: { formulaAddress: unknown }) {
        const ctx = (this as unknown as PluginInternals).predictContext(state);
        const values = spec.params.map((p, i) => predictArgument(ast.args[i], ctx, p.range));
        const result = fromExcelResult(spec.fn(...values));
        if (result instanceof SimpleRangeValue) return new ArraySize(result.width(), result.height());
        return ArraySize.scalar();
      };
    }
  }
  proto.predictContext = function (this: EsgPlugin, state: { formulaAddress: unknown }): PredictContext {
    const graph = (this as unknown as { dependencyGraph: PredictContext['graph'] }).dependencyGraph;
    return { graph, formulaAddress: state.formulaAddress };
  };
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

interface PluginInternals {
  runFunction: (args: AstLike[], state: unknown, metadata: unknown, impl: (...a: PluginArg[]) => PluginResult) => unknown;
  metadata: (name: string) => unknown;
  predictContext: (state: { formulaAddress: unknown }) => PredictContext;
}

/** Translations: the function names are the same in every language. */
export function esgTranslations(registry: readonly FunctionSpec[] = REGISTRY): Record<string, Record<string, string>> {
  const names: Record<string, string> = {};
  for (const spec of registry) names[formulaName(spec)] = formulaName(spec);
  return { enGB: names, enUS: names };
}
