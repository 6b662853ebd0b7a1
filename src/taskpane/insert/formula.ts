/**
 * Builds the formula text the Insert form writes into a cell. What the user typed in each
 * argument box is read as: blank (left out), a number, TRUE/FALSE, a cell or range
 * reference, a known defined name, an array constant, or else text — which is ALWAYS
 * quoted ("" for a quote inside). Nothing is ever pasted into the formula as typed unless
 * the formula tokenizer reads it as exactly one number, reference, name or array, so no
 * text (from the user or from the workbook) can turn into formula code.
 */
import { numberFromText } from '../../engine/input';
import { nameKey } from '../../workbook/port';
import { parseFormula, type ArrayItem } from '../../explain/parse';
import { FormulaSyntaxError, tokenize } from '../../explain/tokenize';

export type ArgumentKind = 'blank' | 'number' | 'boolean' | 'reference' | 'name' | 'array' | 'text' | 'external';

/** Why a reference into another workbook is refused (Excel would open or fetch that file). */
export const EXTERNAL_MESSAGE =
  'This refers to another workbook (or a file on a network share or web address). Insert only writes references to this workbook: copy the value or the sheet in first.';

/**
 * A sheet part that names another workbook: "[Book.xlsx]Sheet", "C:\\…\\[x.xlsx]S",
 * "\\\\server\\…", "https://…", or a workbook file name before a name ("Book.xlsx!Rate").
 * Excel's own sheet names can contain none of [ ] \\ / : so nothing legitimate is refused.
 */
function isExternalSheet(sheet: string): boolean {
  return /[[\]\\/:]/.test(sheet) || /\.(xl[a-z]{0,2}|csv|ods)$/i.test(sheet.trim());
}

/**
 * Typed text that points into another workbook, whether or not our tokenizer can read it:
 * a bracketed workbook before "!" ("[Book.xlsx]Sheet!A1", "[1]!Name", "'…[x.xlsx]S'!A1"),
 * a path or URL before "!", or "Book.xlsx!Name".
 */
export function isExternalReference(typed: string): boolean {
  const text = typed.trim();
  const bang = text.lastIndexOf('!');
  if (bang <= 0 || text.startsWith('"')) return false;
  // After the "!": a cell, range or name (text such as "Wow: great!" is not a reference).
  if (!/^[$A-Za-z_\\][\w.$:]*$/.test(text.slice(bang + 1))) return false;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  if (/^=/.test(sheet)) return false;
  return isExternalSheet(sheet);
}

export interface ReadArgument {
  readonly kind: ArgumentKind;
  /** The argument's formula text ('' for blank). */
  readonly formula: string;
}

/** Text as a formula string literal: say "hi" → "say ""hi""". */
export function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A number as formula text: the shortest form that reads back as the same number. */
function numberText(n: number): string {
  return String(n).replace('e+', 'E+').replace('e-', 'E-');
}

function arrayItemText(item: ArrayItem): string {
  if (typeof item === 'number') return numberText(item);
  if (typeof item === 'string') return quoteText(item);
  if (typeof item === 'boolean') return item ? 'TRUE' : 'FALSE';
  return item.error;
}

/** The single token the text is, when it is exactly one; undefined otherwise. */
function soleToken(text: string) {
  try {
    const tokens = tokenize(`=${text}`);
    return tokens.length === 1 && tokens[0].start === 1 && tokens[0].end === text.length + 1 ? tokens[0] : undefined;
  } catch (e) {
    // Not formula syntax at all: it will be quoted as text.
    if (e instanceof FormulaSyntaxError) return undefined;
    throw e;
  }
}

/** A cell or range reference as Office gives a selection's address, e.g. "Sheet1!B2" or "'My Sheet'!B2:B9". */
export function asReference(text: string): string | undefined {
  const token = soleToken(text.trim());
  return token?.type === 'ref' && !isExternalReference(token.text) ? token.text : undefined;
}

/**
 * How typed text is read. `names`: the workbook's defined names (matched ignoring case);
 * other words are text.
 */
export function readArgument(typed: string, names: readonly string[] = []): ReadArgument {
  const text = typed.trim();
  if (text === '') return { kind: 'blank', formula: '' };
  if (isExternalReference(text)) return { kind: 'external', formula: '' };
  const token = soleToken(text);
  if (token?.type === 'string') return { kind: 'text', formula: quoteText(token.value as string) };
  if (token?.type === 'bool') return { kind: 'boolean', formula: token.value ? 'TRUE' : 'FALSE' };
  const n = numberFromText(text);
  if (n !== undefined) return { kind: 'number', formula: numberText(n) };
  if (token?.type === 'ref') return { kind: 'reference', formula: token.text };
  if (token?.type === 'name') {
    const known = names.find((name) => nameKey(name) === nameKey(text));
    if (known !== undefined) return { kind: 'name', formula: known };
  }
  if (text.startsWith('{')) {
    try {
      const node = parseFormula(`=${text}`);
      if (node.type === 'array') {
        return { kind: 'array', formula: `{${node.rows.map((r) => r.map(arrayItemText).join(',')).join(';')}}` };
      }
    } catch (e) {
      // Not an array constant: quoted as text below.
      if (!(e instanceof FormulaSyntaxError)) throw e;
    }
  }
  return { kind: 'text', formula: quoteText(text) };
}

export interface BuiltFormula {
  /** e.g. =ESG.GRANT(B2,579,,,"2015-16"); trailing blanks are left out. */
  readonly formula: string;
  readonly args: readonly ReadArgument[];
  /** Required parameters left blank. */
  readonly missing: readonly string[];
  /** Parameters whose text refers to another workbook (the formula must not be inserted). */
  readonly external: readonly string[];
}

export interface FormulaParam {
  readonly name: string;
  readonly optional: boolean;
}

export function buildFormula(
  fullName: string,
  params: readonly FormulaParam[],
  typed: readonly string[],
  names: readonly string[] = [],
): BuiltFormula {
  const args = params.map((_, i) => readArgument(typed[i] ?? '', names));
  const missing = params.filter((p, i) => !p.optional && args[i].kind === 'blank').map((p) => p.name);
  let last = args.length;
  while (last > 0 && args[last - 1].kind === 'blank') last--;
  const formula = `=${fullName}(${args
    .slice(0, last)
    .map((a) => a.formula)
    .join(',')})`;
  const external = params.filter((_, i) => args[i].kind === 'external').map((p) => p.name);
  return { formula, args, missing, external };
}

/** The argument texts of an example formula, as written, to fill the form. */
export function exampleArguments(example: string): string[] {
  const node = parseFormula(example);
  if (node.type !== 'call') return [];
  return node.args.map((a) => (a.type === 'missing' ? '' : example.slice(a.start, a.end).trim()));
}

/**
 * The value a literal argument gives the function (number, TRUE/FALSE, text or an array
 * constant), as the engine receives it from a cell; `undefined` for blanks, references and
 * names (their value is only known in the workbook).
 */
export function literalValue(arg: ReadArgument): unknown {
  if (arg.kind !== 'number' && arg.kind !== 'boolean' && arg.kind !== 'text' && arg.kind !== 'array') return undefined;
  if (arg.kind === 'number') return Number(arg.formula);
  const node = parseFormula(`=${arg.formula}`);
  switch (node.type) {
    case 'string':
    case 'bool':
      return node.value;
    case 'array':
      return node.rows.map((r) => r.map((item) => (typeof item === 'object' ? undefined : item)));
    default:
      return undefined;
  }
}
