/**
 * Explains a cell's formula: finds the first (outermost) `ESG.*` call, works out each
 * argument's value — typed in the formula, read from a cell, range or defined name, or
 * worked out from an expression — through a host's callbacks, and runs the engine's
 * `explain` on those values. Host-neutral: the pane passes callbacks that read Excel through
 * the Office adapter; the preview passes callbacks over HyperFormula (./hyperformula.ts).
 */
import { arityError, catalogueEntry, explainCall, isCatalogueName, type CatalogueName, type Explanation } from '../engine';
import { EXPLAIN } from './messages';
import { NAMESPACE, REGISTRY, type FunctionSpec, type ParamSpec } from '../functions/registry';
import { parseFormula, walk, type Node } from './parse';
import { ERROR_CODES, FormulaSyntaxError } from './tokenize';
import type { CellReference, RefError, RefScalar, RefValue } from '../workbook/selection-port';

/** An error value read from the workbook, e.g. { error: '#N/A' }. */
export type HostError = RefError;
export type HostScalar = RefScalar;
/** What a host gives for a reference or an expression: one value, or rows of values for a range. */
export type HostValue = RefValue;
/** A reference the formula makes, as the host needs it to read the value. */
export type Reference = CellReference;

export interface ExplainHost {
  /** The value(s) of a cell, range or defined name; a blank cell is null or "". */
  resolve(ref: Reference): HostValue | Promise<HostValue>;
  /** The value of an expression written in the formula (without "="), e.g. "B4+B5". */
  evaluate?(expression: string): HostValue | Promise<HostValue>;
  /**
   * What this host's Excel passes for an empty referenced cell (a `null` from `resolve`):
   * null on Excel on the web (the default), 0 on Excel for Windows, inside ranges too.
   */
  readonly emptyAs?: null | 0;
}

export type SourceKind = keyof typeof EXPLAIN.sourceKind;

/** Where one argument's value comes from. */
export interface ArgumentSource {
  /** The parameter's name. */
  readonly param: string;
  /** The argument as written in the formula ('' when left out). */
  readonly text: string;
  readonly kind: SourceKind;
  /** The reference to read, for cell, range and name arguments. */
  readonly reference?: Reference;
  /** The expression contains another ESG call (it could be explained on its own). */
  readonly nestedEsg?: boolean;
}

export interface ResolvedArgument extends ArgumentSource {
  /** The value passed to the function, shaped as Excel passes it (blank: null; omitted: undefined). */
  readonly value: unknown;
}

export interface EsgCall {
  /** Catalogue name, e.g. "GRANT". */
  readonly name: CatalogueName;
  /** As typed, e.g. "ESG.GRANT". */
  readonly formulaName: string;
  /** The call's text in the formula. */
  readonly text: string;
  readonly args: readonly ArgumentSource[];
  /** The call is part of a larger formula, e.g. =INDEX(ESG.PROJECT(...),4,6). */
  readonly wrapped: boolean;
}

export type FormulaExplanation =
  | { readonly kind: 'no-formula'; readonly message: string }
  | { readonly kind: 'unreadable'; readonly formula: string; readonly message: string }
  | { readonly kind: 'no-esg'; readonly formula: string; readonly message: string }
  | {
      /** An argument's value could not be worked out (no evaluator, or the host failed). */
      readonly kind: 'unresolved';
      readonly formula: string;
      readonly call: EsgCall;
      readonly param: string;
      readonly message: string;
    }
  | {
      /** An argument is an error value: Excel shows that error without calling the function. */
      readonly kind: 'error-argument';
      readonly formula: string;
      readonly call: EsgCall;
      readonly args: readonly ResolvedArgument[];
      readonly param: string;
      readonly error: HostError;
      readonly message: string;
    }
  | {
      readonly kind: 'explained';
      readonly formula: string;
      readonly call: EsgCall;
      readonly args: readonly ResolvedArgument[];
      readonly explanation: Explanation;
    };

const SPEC_BY_NAME = new Map(REGISTRY.map((s) => [s.name, s]));

/** "ESG.GRANT" (any case, with Excel's _xludf. prefix or not) → "GRANT"; undefined for other functions. */
export function catalogueNameOf(functionName: string): CatalogueName | undefined {
  const bare = functionName.replace(/^_xludf\./i, '').toUpperCase();
  const prefix = `${NAMESPACE}.`;
  if (!bare.startsWith(prefix)) return undefined;
  const rest = bare.slice(prefix.length);
  return isCatalogueName(rest) ? rest : undefined;
}

function isEsgCall(node: Node): node is Extract<Node, { type: 'call' }> {
  return node.type === 'call' && catalogueNameOf(node.name) !== undefined;
}

function unwrapParens(node: Node): Node {
  return node.type === 'paren' ? unwrapParens(node.inner) : node;
}

function isLiteralNumber(node: Node): boolean {
  return node.type === 'number' || (node.type === 'unary' && (node.operand.type === 'number' || isLiteralNumber(node.operand)) && node.op !== '@');
}

function literalNumber(node: Node): number {
  if (node.type === 'number') return node.value;
  if (node.type === 'unary') return node.op === '-' ? -literalNumber(node.operand) : literalNumber(node.operand);
  return NaN;
}

function sourceOf(node: Node | undefined, param: ParamSpec, formula: string): ArgumentSource {
  if (node === undefined || node.type === 'missing') return { param: param.name, text: '', kind: 'omitted' };
  const text = formula.slice(node.start, node.end).trim();
  switch (node.type) {
    case 'number':
    case 'string':
    case 'bool':
    case 'error':
      return { param: param.name, text, kind: 'literal' };
    case 'array':
      return { param: param.name, text, kind: 'array' };
    case 'ref': {
      const isRange = node.address.includes(':');
      const reference: Reference = {
        kind: isRange ? 'range' : 'cell',
        text: node.text,
        address: node.address,
        ...(node.sheet === undefined ? {} : { sheet: node.sheet }),
      };
      return { param: param.name, text, kind: reference.kind, reference };
    }
    case 'name': {
      const reference: Reference = { kind: 'name', text: node.text, name: node.name, ...(node.sheet === undefined ? {} : { sheet: node.sheet }) };
      return { param: param.name, text, kind: 'name', reference };
    }
    default: {
      if (isLiteralNumber(node)) return { param: param.name, text, kind: 'literal' };
      const nestedEsg = [...walk(node)].some(isEsgCall);
      return { param: param.name, text, kind: node.type === 'structured' ? 'structured' : 'expression', ...(nestedEsg ? { nestedEsg } : {}) };
    }
  }
}

interface Located {
  readonly call: EsgCall;
  /** The argument nodes, as many as the formula gives. */
  readonly nodes: readonly Node[];
}

function locate(formula: string): Located | undefined | FormulaSyntaxError {
  let root: Node;
  try {
    root = parseFormula(formula);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return e;
    throw e;
  }
  for (const node of walk(root)) {
    if (!isEsgCall(node)) continue;
    const name = catalogueNameOf(node.name) as CatalogueName;
    const spec = SPEC_BY_NAME.get(name) as FunctionSpec;
    const call: EsgCall = {
      name,
      formulaName: node.name,
      text: formula.slice(node.start, node.end),
      args: spec.params.map((p, i) => sourceOf(node.args[i], p, formula)),
      wrapped: unwrapParens(root) !== node,
    };
    return { call, nodes: node.args };
  }
  return undefined;
}

/** Finds the first, outermost ESG call of a formula and where each of its arguments comes from. */
export function findEsgCall(formula: string): EsgCall | undefined | FormulaSyntaxError {
  const found = locate(formula);
  return found === undefined || found instanceof FormulaSyntaxError ? found : found.call;
}

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
