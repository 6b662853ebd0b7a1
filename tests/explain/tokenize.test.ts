import { FormulaSyntaxError, isLocalAddress, tokenize, type Token } from '../../src/explain/tokenize';

const kinds = (f: string) => tokenize(f).map((t) => `${t.type}:${t.text}`);
const one = (f: string): Token => {
  const t = tokenize(f);
  expect(t).toHaveLength(1);
  return t[0];
};

test('an ESG call with refs, an expression and a text', () => {
  expect(kinds('=ESG.GRANT(B2,B3,0,B4+B5,"2015-16")')).toEqual([
    'func:ESG.GRANT', 'lparen:(', 'ref:B2', 'comma:,', 'ref:B3', 'comma:,', 'number:0', 'comma:,',
    'ref:B4', 'op:+', 'ref:B5', 'comma:,', 'string:"2015-16"', 'rparen:)',
  ]);
});

test('text: "" is a quote inside, positions are kept', () => {
  const t = one('="say ""hi"""');
  expect(t).toMatchObject({ type: 'string', value: 'say "hi"', start: 1, end: 13 });
  expect(one('=""').value).toBe('');
});

test('references: absolute, ranges, whole columns and rows, sheets (quoted and not)', () => {
  expect(one('=$A$1')).toMatchObject({ type: 'ref', local: '$A$1' });
  expect(one('=B2:$D$9')).toMatchObject({ type: 'ref', local: 'B2:$D$9' });
  expect(one('=A:C')).toMatchObject({ type: 'ref', local: 'A:C' });
  expect(one('=3:5')).toMatchObject({ type: 'ref', local: '3:5' });
  expect(one('=Inputs!B6')).toMatchObject({ type: 'ref', sheet: 'Inputs', local: 'B6', text: 'Inputs!B6' });
  expect(one("='My Sheet'!A1:B2")).toMatchObject({ type: 'ref', sheet: 'My Sheet', local: 'A1:B2', text: "'My Sheet'!A1:B2" });
  expect(one("='It''s 2015-16'!C3")).toMatchObject({ type: 'ref', sheet: "It's 2015-16", local: 'C3' });
});

test('names, sheet-scoped names, table references, functions', () => {
  expect(one('=ESG_Mainstream')).toMatchObject({ type: 'name', local: 'ESG_Mainstream' });
  expect(one('=Inputs!Pupils')).toMatchObject({ type: 'name', sheet: 'Inputs', local: 'Pupils' });
  expect(one('=Table1[[#This Row],[Pupils]]')).toMatchObject({ type: 'structured', text: 'Table1[[#This Row],[Pupils]]' });
  // A cell-shaped word followed by ( is a function; beyond column XFD it is a name.
  expect(kinds('=LOG10(A1)')[0]).toBe('func:LOG10');
  expect(one('=XFE1')).toMatchObject({ type: 'name' });
  expect(one('=A1B')).toMatchObject({ type: 'name' });
});

test('numbers, booleans, errors, operators', () => {
  expect(one('=1.5e3')).toMatchObject({ type: 'number', value: 1500 });
  expect(one('=.5')).toMatchObject({ type: 'number', value: 0.5 });
  expect(one('=true')).toMatchObject({ type: 'bool', value: true });
  expect(one('=#n/a')).toMatchObject({ type: 'error', value: '#N/A' });
  expect(one('=#DIV/0!')).toMatchObject({ type: 'error', value: '#DIV/0!' });
  expect(kinds('=1<>2<=3>=4&"x"%')).toEqual([
    'number:1', 'op:<>', 'number:2', 'op:<=', 'number:3', 'op:>=', 'number:4', 'op:&', 'string:"x"', 'op:%',
  ]);
  expect(kinds('={1,2;3,4}')).toEqual([
    'lbrace:{', 'number:1', 'comma:,', 'number:2', 'semicolon:;', 'number:3', 'comma:,', 'number:4', 'rbrace:}',
  ]);
});

test('unreadable formulas throw FormulaSyntaxError with a position', () => {
  expect(() => tokenize('="open')).toThrow(FormulaSyntaxError);
  expect(() => tokenize("='Sheet1")).toThrow(/not closed/);
  expect(() => tokenize('=#WHAT')).toThrow(FormulaSyntaxError);
  expect(() => tokenize('=1 ~ 2')).toThrow(/unexpected ~/);
  try {
    tokenize('=1 ~ 2');
  } catch (e) {
    expect((e as FormulaSyntaxError).position).toBe(3);
  }
});

test('isLocalAddress', () => {
  for (const ok of ['A1', '$XFD$1048576', 'B2:D4', 'A:A', '$1:$3']) expect(isLocalAddress(ok)).toBe(true);
  for (const bad of ['A0', 'XFE1', 'A1:B', '1:A', 'A1048577', 'Sheet1!A1', '']) expect(isLocalAddress(bad)).toBe(false);
});
