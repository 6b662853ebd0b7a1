/**
 * A Pratt parser from tokens to a small formula tree. Each node keeps its [start, end)
 * span in the formula so that an argument can be shown (and evaluated) exactly as written.
 * Precedence, lowest first, as Excel: comparison, &, + −, × ÷, ^, %, unary − + @.
 */
import { EXPLAIN } from './messages';
import { FormulaSyntaxError, tokenize, type Token } from './tokenize';

interface Span {
  readonly start: number;
  readonly end: number;
}

export type ArrayItem = number | string | boolean | { readonly error: string };

export type Node = Span &
  (
    | { readonly type: 'number'; readonly value: number }
    | { readonly type: 'string'; readonly value: string }
    | { readonly type: 'bool'; readonly value: boolean }
    | { readonly type: 'error'; readonly code: string }
    | { readonly type: 'ref'; readonly text: string; readonly sheet?: string; readonly address: string }
    | { readonly type: 'name'; readonly text: string; readonly sheet?: string; readonly name: string }
    | { readonly type: 'structured'; readonly text: string }
    | { readonly type: 'call'; readonly name: string; readonly args: readonly Node[] }
    | { readonly type: 'missing' }
    | { readonly type: 'unary'; readonly op: string; readonly operand: Node }
    | { readonly type: 'postfix'; readonly op: string; readonly operand: Node }
    | { readonly type: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
    | { readonly type: 'array'; readonly rows: readonly (readonly ArrayItem[])[] }
    | { readonly type: 'paren'; readonly inner: Node }
  );

const BINARY: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};
const POSTFIX = 6;
const PREFIX = 7;

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i++];
    if (t === undefined) throw new FormulaSyntaxError(EXPLAIN.syntaxEndsEarly, this.length);
    return t;
  }

  private expect(type: Token['type'], what: string): Token {
    const t = this.peek();
    if (t === undefined || t.type !== type) throw new FormulaSyntaxError(EXPLAIN.syntaxExpected(what), t?.start ?? this.length);
    return this.next();
  }

  parseFormula(): Node {
    if (this.tokens.length === 0) throw new FormulaSyntaxError(EXPLAIN.syntaxEmpty, 0);
    const node = this.expression(0);
    const rest = this.peek();
    if (rest !== undefined) throw new FormulaSyntaxError(EXPLAIN.syntaxUnexpected(rest.text), rest.start);
    return node;
  }

  private expression(minPrec: number): Node {
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      if (t === undefined || t.type !== 'op') break;
      if (t.text === '%') {
        if (POSTFIX < minPrec) break;
        this.next();
        left = { type: 'postfix', op: '%', operand: left, start: left.start, end: t.end };
        continue;
      }
      const prec = BINARY[t.text];
      if (prec === undefined || prec < minPrec) break;
      this.next();
      // ^ and the others are left-associative in Excel.
      const right = this.expression(prec + 1);
      left = { type: 'binary', op: t.text, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private prefix(): Node {
    const t = this.next();
    switch (t.type) {
      case 'number':
        return { type: 'number', value: t.value as number, start: t.start, end: t.end };
      case 'string':
        return { type: 'string', value: t.value as string, start: t.start, end: t.end };
      case 'bool':
        return { type: 'bool', value: t.value as boolean, start: t.start, end: t.end };
      case 'error':
        return { type: 'error', code: t.value as string, start: t.start, end: t.end };
      case 'ref':
        return { type: 'ref', text: t.text, address: t.local as string, start: t.start, end: t.end, ...(t.sheet === undefined ? {} : { sheet: t.sheet }) };
      case 'name':
        return { type: 'name', text: t.text, name: t.local as string, start: t.start, end: t.end, ...(t.sheet === undefined ? {} : { sheet: t.sheet }) };
      case 'structured':
        return { type: 'structured', text: t.text, start: t.start, end: t.end };
      case 'func':
        return this.call(t);
      case 'lparen': {
        const inner = this.expression(0);
        const close = this.expect('rparen', ')');
        return { type: 'paren', inner, start: t.start, end: close.end };
      }
      case 'lbrace':
        return this.array(t);
      case 'op':
        if (t.text === '-' || t.text === '+' || t.text === '@') {
          const operand = this.expression(PREFIX);
          return { type: 'unary', op: t.text, operand, start: t.start, end: operand.end };
        }
        break;
      default:
        break;
    }
    throw new FormulaSyntaxError(EXPLAIN.syntaxUnexpected(t.text), t.start);
  }

  private call(name: Token): Node {
    const open = this.expect('lparen', '(');
    const args: Node[] = [];
    if (this.peek()?.type === 'rparen') {
      const close = this.next();
      return { type: 'call', name: name.text, args, start: name.start, end: close.end };
    }
    let argStart = open.end;
    for (;;) {
      const t = this.peek();
      if (t !== undefined && (t.type === 'comma' || t.type === 'rparen')) {
        args.push({ type: 'missing', start: argStart, end: t.start });
      } else {
        args.push(this.expression(0));
      }
      const sep = this.next();
      if (sep.type === 'rparen') return { type: 'call', name: name.text, args, start: name.start, end: sep.end };
      if (sep.type !== 'comma') throw new FormulaSyntaxError(EXPLAIN.syntaxExpected(`, or ) but found ${sep.text}`), sep.start);
      argStart = sep.end;
    }
  }

  private array(open: Token): Node {
    const rows: ArrayItem[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.arrayItem());
      const sep = this.next();
      if (sep.type === 'rbrace') return { type: 'array', rows, start: open.start, end: sep.end };
      if (sep.type === 'semicolon') rows.push([]);
      else if (sep.type !== 'comma') throw new FormulaSyntaxError(EXPLAIN.syntaxUnexpected(sep.text), sep.start);
    }
  }

  private arrayItem(): ArrayItem {
    const t = this.next();
    if (t.type === 'op' && (t.text === '-' || t.text === '+')) {
      const n = this.expect('number', 'a number');
      return t.text === '-' ? -(n.value as number) : (n.value as number);
    }
    if (t.type === 'number' || t.type === 'string' || t.type === 'bool') return t.value as number | string | boolean;
    if (t.type === 'error') return { error: t.value as string };
    throw new FormulaSyntaxError(EXPLAIN.syntaxArrayItem, t.start);
  }
}

/** Parses a formula ("=..." or without "="); throws FormulaSyntaxError. */
export function parseFormula(formula: string): Node {
  return new Parser(tokenize(formula), formula.length).parseFormula();
}

/** Nodes in pre-order (a node before its children, left to right). */
export function* walk(node: Node): Generator<Node> {
  yield node;
  switch (node.type) {
    case 'call':
      for (const a of node.args) yield* walk(a);
      break;
    case 'unary':
    case 'postfix':
      yield* walk(node.operand);
      break;
    case 'binary':
      yield* walk(node.left);
      yield* walk(node.right);
      break;
    case 'paren':
      yield* walk(node.inner);
      break;
    default:
      break;
  }
}
