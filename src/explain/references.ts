/**
 * The references a formula's ESG call reads — its arguments, and the cells and names inside
 * argument expressions such as `B4+B5`, which the pane works out itself where the host
 * cannot — so that a host reads them all in one batch (the read plan of
 * SelectionPort.readActiveCell), not one round-trip per argument.
 */
import { findEsgCall } from './formula';
import { parseFormula, walk } from './parse';
import { FormulaSyntaxError } from './tokenize';
import type { Reference } from './formula';

/** One key per reference as written (the explainer asks again with the same text). */
export function referenceKey(ref: Pick<Reference, 'kind' | 'text'>): string {
  return `${ref.kind}|${ref.text.toLowerCase()}`;
}

function referencesInExpression(expression: string): Reference[] {
  let root;
  try {
    root = parseFormula(`=${expression}`);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return [];
    throw e;
  }
  const out: Reference[] = [];
  for (const node of walk(root)) {
    const sheet = node.type === 'ref' || node.type === 'name' ? node.sheet : undefined;
    const scoped = sheet === undefined ? {} : { sheet };
    // A range inside an expression is refused by the evaluator before it is read.
    if (node.type === 'ref' && !node.address.includes(':')) out.push({ kind: 'cell', text: node.text, address: node.address, ...scoped });
    if (node.type === 'name') out.push({ kind: 'name', text: node.text, name: node.name, ...scoped });
  }
  return out;
}

/**
 * The references a formula's first ESG call reads, each once, in the order they are
 * written. Empty for a formula without an ESG call, or one that can't be read (the
 * explainer then says so without reading anything).
 */
export function referencesOf(formula: string): Reference[] {
  const call = findEsgCall(formula);
  if (call === undefined || call instanceof FormulaSyntaxError) return [];
  const seen = new Map<string, Reference>();
  for (const arg of call.args) {
    const refs = arg.reference !== undefined ? [arg.reference] : arg.kind === 'expression' ? referencesInExpression(arg.text) : [];
    for (const ref of refs) if (!seen.has(referenceKey(ref))) seen.set(referenceKey(ref), ref);
  }
  return [...seen.values()];
}

