/**
 * Works out a simple argument expression — numbers, cells, names, brackets, + − × ÷ ^ and %
 * — with Excel's rules (a blank is 0, TRUE is 1, numeric text is a number, errors pass
 * through, ÷0 is #DIV/0!). For hosts that cannot evaluate an expression themselves (Excel
 * through Office.js has no "evaluate" call): pass `localEvaluator(resolve)` as the host's
 * `evaluate`. Anything else (a function call, a range, &, comparisons) is refused with an
 * error saying so, and the explanation then says the value could not be worked out.
 */
import { EXPLAIN } from './messages';
import type { HostError, HostScalar, HostValue, Reference } from './formula';
import { parseFormula, type Node } from './parse';

export class CannotEvaluate extends Error {
  constructor(what: string) {
    super(EXPLAIN.formulaCannotWorkOut(what));
    this.name = 'CannotEvaluate';
  }
}

const isErr = (v: HostScalar): v is HostError => typeof v === 'object' && v !== null;
const err = (code: string): HostError => ({ error: code });

const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

function toNumber(v: HostScalar): number | HostError {
  if (isErr(v)) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return NUMBER_TEXT.test(v) ? Number(v) : err('#VALUE!');
}

function finite(n: number): number | HostError {
  return Number.isFinite(n) ? n : err('#NUM!');
}

type Resolve = (ref: Reference) => HostValue | Promise<HostValue>;

async function scalarOf(value: HostValue, text: string): Promise<HostScalar> {
  if (!Array.isArray(value)) return value as HostScalar;
  const rows = value as readonly (readonly HostScalar[])[];
  if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
  throw new CannotEvaluate(EXPLAIN.formulaRangeInExpression(text));
}

async function evalNode(node: Node, resolve: Resolve): Promise<HostScalar> {
  switch (node.type) {
    case 'number':
    case 'string':
    case 'bool':
      return node.value;
    case 'error':
      return err(node.code);
    case 'paren':
      return evalNode(node.inner, resolve);
    case 'ref':
      if (node.address.includes(':')) throw new CannotEvaluate(EXPLAIN.formulaRangeInExpression(node.text));
      return scalarOf(await resolve({ kind: 'cell', text: node.text, address: node.address, ...(node.sheet === undefined ? {} : { sheet: node.sheet }) }), node.text);
    case 'name':
      return scalarOf(await resolve({ kind: 'name', text: node.text, name: node.name, ...(node.sheet === undefined ? {} : { sheet: node.sheet }) }), node.text);
    case 'unary': {
      if (node.op === '@') throw new CannotEvaluate(EXPLAIN.formulaOperator('@'));
      const v = await evalNode(node.operand, resolve);
      if (node.op === '+') return v;
      const n = toNumber(v);
      return typeof n === 'number' ? -n : n;
    }
    case 'postfix': {
      const n = toNumber(await evalNode(node.operand, resolve));
      return typeof n === 'number' ? n / 100 : n;
    }
    case 'binary': {
      if (!['+', '-', '*', '/', '^'].includes(node.op)) throw new CannotEvaluate(EXPLAIN.formulaOperator(node.op));
      const left = await evalNode(node.left, resolve);
      const right = await evalNode(node.right, resolve);
      // An error value in either operand wins over text that can't be read as a number.
      if (isErr(left)) return left;
      if (isErr(right)) return right;
      const a = toNumber(left);
      if (typeof a !== 'number') return a;
      const b = toNumber(right);
      if (typeof b !== 'number') return b;
      switch (node.op) {
        case '+':
          return finite(a + b);
        case '-':
          return finite(a - b);
        case '*':
          return finite(a * b);
        case '/':
          return b === 0 ? err('#DIV/0!') : finite(a / b);
        default:
          // As Excel: 0^0 is #NUM!, 0^-1 is #DIV/0!.
          if (a === 0 && b === 0) return err('#NUM!');
          if (a === 0 && b < 0) return err('#DIV/0!');
          return finite(Math.pow(a, b));
      }
    }
    case 'call':
      throw new CannotEvaluate(EXPLAIN.formulaFunctionCall(node.name));
    default:
      throw new CannotEvaluate(EXPLAIN.formulaExpression(node.type === 'structured' ? node.text : node.type));
  }
}

/** An `evaluate` for ExplainHost built on its `resolve`. */
export function localEvaluator(resolve: Resolve): (expression: string) => Promise<HostValue> {
  return (expression) => evalNode(parseFormula(`=${expression}`), resolve);
}
