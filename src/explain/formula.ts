/**
 * Explains a cell's formula: finds the first (outermost) `ESG.*` call, works out each
 * argument's value — typed in the formula, read from a cell, range or defined name, or
 * worked out from an expression — through a host's callbacks, and runs the engine's
 * `explain` on those values. Host-neutral: the pane passes callbacks that read Excel through
 * the Office adapter; the preview passes callbacks over HyperFormula (both through
 * ./selected.ts). The call is found by ./call.ts; the shapes are in ./types.ts.
 */
import { arityError, catalogueEntry, explainCall } from '../engine';
import { EXPLAIN } from './messages';
import type { FunctionSpec } from '../functions/registry';
import type { Node } from './parse';
import { ERROR_CODES, FormulaSyntaxError } from './tokenize';
import { literalNumber, locate, SPEC_BY_NAME } from './call';
import type { ArgumentSource, ExplainHost, FormulaExplanation, HostError, HostScalar, HostValue, Reference, ResolvedArgument } from './types';

export * from './types';
export { catalogueNameOf, findEsgCall } from './call';

function isHostError(v: unknown): v is HostError {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { error?: unknown }).error === 'string';
}

/** A workbook value as read through the port, where errors read as their code text ("#N/A"). */
export function fromPortValue(v: string | number | boolean | null): HostScalar {
  if (typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v)) return { error: v };
  return v;
}

/** Shapes a host value as Excel passes it to a custom function's parameter; `emptyAs`: what an empty cell (null) becomes. */
export function toArgument(value: HostValue, range: boolean, emptyAs: null | 0 = null): unknown {
  const blank = (v: HostScalar): HostScalar => (v === null || v === undefined ? emptyAs : v === '' ? null : v);
  if (Array.isArray(value)) {
    const rows = (value as readonly (readonly HostScalar[])[]).map((r) => r.map(blank));
    if (range) return rows;
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  const scalar = blank(value as HostScalar);
  return range ? [[scalar]] : scalar;
}

function firstError(value: unknown): HostError | undefined {
  if (isHostError(value)) return value;
  if (Array.isArray(value)) {
    for (const row of value) {
      const e = firstError(row);
      if (e !== undefined) return e;
    }
  }
  return undefined;
}

function arrayValue(node: Extract<Node, { type: 'array' }>): HostValue {
  return node.rows.map((r) => r.map((item) => (typeof item === 'object' ? { error: item.error } : item)));
}

function literalValue(node: Node): HostValue {
  switch (node.type) {
    case 'number':
    case 'string':
    case 'bool':
      return node.value;
    case 'error':
      return { error: node.code };
    case 'array':
      return arrayValue(node);
    default:
      return literalNumber(node);
  }
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * Explains a formula: `formula` is the cell's formula text as Excel or HyperFormula gives
 * it (en-US, starting with "="). Never throws for a formula it can't read; a host callback
 * that throws or rejects gives an 'unresolved' explanation naming the argument.
 */
export async function explainFormula(formula: string | null | undefined, host: ExplainHost): Promise<FormulaExplanation> {
  const text = (formula ?? '').trim();
  if (!text.startsWith('=')) return { kind: 'no-formula', message: EXPLAIN.formulaNone };
  const found = locate(text);
  if (found instanceof FormulaSyntaxError) return { kind: 'unreadable', formula: text, message: EXPLAIN.formulaUnreadable(found.message) };
  if (found === undefined) return { kind: 'no-esg', formula: text, message: EXPLAIN.formulaNoEsg };
  const { call, nodes } = found;
  const spec = SPEC_BY_NAME.get(call.name) as FunctionSpec;
  const wrongCount = arityError(catalogueEntry(call.name), nodes.length) !== undefined;
  /** The cell's #N/A for a wrong argument count, with the arguments read so far. */
  const countError = (args: readonly ResolvedArgument[]): FormulaExplanation => ({
    kind: 'explained',
    formula: text,
    call,
    args,
    explanation: explainCall(call.name, args.map((a) => a.value), nodes.length),
  });

  const resolved: ResolvedArgument[] = [];
  for (let i = 0; i < call.args.length; i++) {
    const source = call.args[i];
    const param = spec.params[i];
    let hostValue: HostValue | undefined;
    try {
      switch (source.kind) {
        case 'omitted':
          hostValue = undefined;
          break;
        case 'literal':
        case 'array':
          hostValue = literalValue(nodes[i]);
          break;
        case 'cell':
        case 'range':
        case 'name':
          hostValue = await host.resolve(source.reference as Reference);
          break;
        default:
          if (host.evaluate === undefined) {
            if (wrongCount) return countError(resolved);
            return { kind: 'unresolved', formula: text, call, param: source.param, message: EXPLAIN.formulaNotWorkedOut(source.text) };
          }
          hostValue = await host.evaluate(source.text);
      }
    } catch (e) {
      if (wrongCount) return countError(resolved);
      return { kind: 'unresolved', formula: text, call, param: source.param, message: EXPLAIN.formulaReferenceFailed(source.text, describeError(e)) };
    }
    // Only a reference reads a cell; a value typed in the formula or worked out is never an empty cell.
    const fromCells = source.kind === 'cell' || source.kind === 'range' || source.kind === 'name';
    const value = hostValue === undefined ? undefined : toArgument(hostValue, param.range, fromCells ? (host.emptyAs ?? null) : null);
    resolved.push({ ...source, value });
  }

  // As the cell: a wrong argument count first (Excel and the plugin check it before reading
  // any argument), then the first error argument, then the function itself.
  if (wrongCount) return countError(resolved);
  const explanation = explainCall(call.name, resolved.map((a) => a.value), nodes.length);
  for (const a of resolved) {
    const error = firstError(a.value);
    if (error !== undefined) {
      const where = a.kind === 'literal' || a.kind === 'array' ? '' : a.text;
      return {
        kind: 'error-argument',
        formula: text,
        call,
        args: resolved,
        param: a.param,
        error,
        message: EXPLAIN.formulaArgumentError(a.param, error.error, where),
      };
    }
  }
  return { kind: 'explained', formula: text, call, args: resolved, explanation };
}

/** Where an argument came from, for display: "Inputs!B2", "the expression B4+B5", or undefined for a typed value. */
export function sourceLabel(a: ArgumentSource): string | undefined {
  switch (a.kind) {
    case 'cell':
    case 'range':
    case 'name':
    case 'structured':
      return a.text;
    case 'expression':
      return EXPLAIN.formulaExpression(a.text);
    default:
      return undefined;
  }
}
