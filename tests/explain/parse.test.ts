import { parseFormula, walk, type Node } from '../../src/explain/parse';
import { FormulaSyntaxError } from '../../src/explain/tokenize';

/** The tree as a compact S-expression. */
function show(n: Node): string {
  switch (n.type) {
    case 'number':
    case 'bool':
      return String(n.value);
    case 'string':
      return JSON.stringify(n.value);
    case 'error':
      return n.code;
    case 'ref':
    case 'name':
    case 'structured':
      return n.text;
    case 'missing':
      return '_';
    case 'call':
      return `${n.name}(${n.args.map(show).join(' ')})`;
    case 'unary':
      return `(${n.op}u ${show(n.operand)})`;
    case 'postfix':
      return `(${show(n.operand)} ${n.op})`;
    case 'binary':
      return `(${n.op} ${show(n.left)} ${show(n.right)})`;
    case 'array':
      return JSON.stringify(n.rows);
    case 'paren':
      return `[${show(n.inner)}]`;
  }
}

test('precedence and associativity as Excel', () => {
  expect(show(parseFormula('=1+2*3^2'))).toBe('(+ 1 (* 2 (^ 3 2)))');
  expect(show(parseFormula('=-2^2'))).toBe('(^ (-u 2) 2)');
  expect(show(parseFormula('=10-4-3'))).toBe('(- (- 10 4) 3)');
  expect(show(parseFormula('=A1&"x"=B1'))).toBe('(= (& A1 "x") B1)');
  expect(show(parseFormula('=50%*2'))).toBe('(* (50 %) 2)');
  expect(show(parseFormula('=(1+2)*3'))).toBe('(* [(+ 1 2)] 3)');
});

test('calls: empty arguments are "missing"; nested calls; array constants', () => {
  expect(show(parseFormula('=ESG.GRANT(1,,,2)'))).toBe('ESG.GRANT(1 _ _ 2)');
  expect(show(parseFormula('=ESG.GRANT(1,)'))).toBe('ESG.GRANT(1 _)');
  expect(show(parseFormula('=NOW()'))).toBe('NOW()');
  expect(show(parseFormula('=INDEX(ESG.PROJECT(A1,B1),4,6)'))).toBe('INDEX(ESG.PROJECT(A1 B1) 4 6)');
  expect(show(parseFormula('={1,-2;"a",TRUE}'))).toBe('[[1,-2],["a",true]]');
  expect(show(parseFormula('={#N/A}'))).toBe('[[{"error":"#N/A"}]]');
});

test('spans give each argument exactly as written', () => {
  const f = '=ESG.GRANT( B2 , B4 + B5 ,"x")';
  const call = parseFormula(f);
  if (call.type !== 'call') throw new Error('not a call');
  expect(call.args.map((a) => f.slice(a.start, a.end).trim())).toEqual(['B2', 'B4 + B5', '"x"']);
});

test('walk is pre-order: a call before its arguments', () => {
  const names = [...walk(parseFormula('=A(B(1),C(D(2)))'))].filter((n) => n.type === 'call').map((n) => (n as { name: string }).name);
  expect(names).toEqual(['A', 'B', 'C', 'D']);
});

test('errors', () => {
  for (const bad of ['=', '=1+', '=SUM(1,2', '=(1', '=1 2', '={A1}', '={1,2', '=)']) {
    expect(() => parseFormula(bad)).toThrow(FormulaSyntaxError);
  }
});
