/**
 * Finding a formula's first (outermost) `ESG.*` call and where each of its arguments comes
 * from: typed, a cell, range or name, an expression, or left out.
 */
import { isCatalogueName, type CatalogueName } from '../engine';
import { NAMESPACE, REGISTRY, type FunctionSpec, type ParamSpec } from '../functions/registry';
import { parseFormula, walk, type Node } from './parse';
import { FormulaSyntaxError } from './tokenize';
import type { ArgumentSource, EsgCall, Reference } from './types';

export const SPEC_BY_NAME = new Map(REGISTRY.map((s) => [s.name, s]));

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

export function literalNumber(node: Node): number {
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

export interface Located {
  readonly call: EsgCall;
  /** The argument nodes, as many as the formula gives. */
  readonly nodes: readonly Node[];
}

export function locate(formula: string): Located | undefined | FormulaSyntaxError {
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
