/**
 * What the pane may write into a cell: only a formula that is exactly one call of an ESG
 * function, with no more arguments than it takes, each a typed value (a number, text in
 * quotes, TRUE/FALSE, an array constant), a cell or range reference, a defined name, or
 * left out — the shape the Insert form builds. Anything else (another function, an
 * operator, an expression) is refused, so no text from the user or the workbook can become
 * formula code through Insert, whichever host writes it.
 */
import { EXPLAIN } from './messages';
import { REGISTRY } from '../functions/registry';
import { catalogueNameOf } from './formula';
import { parseFormula, type Node } from './parse';
import { FormulaSyntaxError } from './tokenize';

function isPlainArgument(node: Node): boolean {
  switch (node.type) {
    case 'missing':
    case 'number':
    case 'string':
    case 'bool':
    case 'array':
    case 'ref':
    case 'name':
      return true;
    case 'unary':
      return node.op === '-' && node.operand.type === 'number';
    default:
      return false;
  }
}

/** undefined when `formula` may be inserted; otherwise the reason it may not. */
export function insertRefusal(formula: string): string | undefined {
  const text = formula.trim();
  if (!text.startsWith('=')) return EXPLAIN.insertNotOneCall;
  let root: Node;
  try {
    root = parseFormula(text);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return EXPLAIN.insertNotOneCall;
    throw e;
  }
  if (root.type !== 'call') return EXPLAIN.insertNotOneCall;
  const name = catalogueNameOf(root.name);
  const spec = REGISTRY.find((s) => s.name === name);
  if (spec === undefined || root.args.length > spec.params.length) return EXPLAIN.insertNotOneCall;
  return root.args.every(isPlainArgument) ? undefined : EXPLAIN.insertNotOneCall;
}
