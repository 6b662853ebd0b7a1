/**
 * What a cell holds and how names compare, for the port and both adapters: values,
 * formulas to write, the one name key, literal text input and what can be a defined name.
 * Text is text: a string in a `CellValue` is always written so that the cell holds that
 * literal text, never a formula, number or date; formulas only through a `Formula` object.
 */

/** A cell's value: `''` is an empty cell; errors read as their code text, e.g. `#N/A`. */
export type CellValue = string | number | boolean;

/** A formula to write, e.g. `{ formula: '=ESG.GRANT(ESG_Mainstream)' }`. */
export interface Formula {
  readonly formula: string;
}

/** What `setCells` can put in a cell. */
export type CellContent = CellValue | Formula;

export function isFormula(content: CellContent): content is Formula {
  return typeof content === 'object' && content !== null && typeof content.formula === 'string';
}

/**
 * How names compare — scenario names, input names, table columns, defined names: Unicode
 * NFKC (full-width `Ｓ` is `S`, a no-break space is a space, `ﬁ` is `fi`), then
 * case-insensitive like Excel, then trimmed. The one key for names: every lookup and every
 * "same name?" check goes through it. (Invisible and control characters are refused in
 * names before they get here, see `scenarios/names.ts`.)
 */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function nameKey(name: string): string {
  // Plain ASCII is its own NFKC form: the same key without the two normalisations, which
  // were most of a Switch's cost of keying 10,000 scenario headers (issue 13).
  if (isAscii(name)) return name.toLowerCase().trim();
  return name.normalize('NFKC').toLowerCase().normalize('NFKC').trim();
}


/**
 * A string as a cell input that keeps it literal text. Excel and HyperFormula both read a
 * leading apostrophe as "this is text" and do not store it, so `'=1+1` gives the text
 * `=1+1` and `''x` gives `'x`. Every non-empty string gets one: that also keeps `2015-16`,
 * `TRUE` or `1e3` as text.
 */
export function literalTextInput(text: string): string {
  return text === '' ? '' : `'${text}`;
}

const NAME_START = /^[A-Za-z_\\\u00C0-\uFFFF]/;
const NAME_REST = /^[A-Za-z0-9_.?\\\u00C0-\uFFFF]*$/;

/**
 * Whether a text can be an Excel defined name: starts with a letter, `_` or `\`; then
 * letters, digits, `_`, `.`, `?`; not a cell reference (`A1`, `R1C1`), not `R`/`C`; at most
 * 255 characters.
 */
export function isValidDefinedName(text: string): boolean {
  if (text.length === 0 || text.length > 255) return false;
  if (!NAME_START.test(text) || !NAME_REST.test(text.slice(1))) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(text)) {
    const m = /^([A-Za-z]{1,3})/.exec(text);
    // XFD is the last Excel column: anything up to it followed by digits is a cell address.
    if (m && m[1].length < 3) return false;
    if (m && m[1].toUpperCase() <= 'XFD') return false;
  }
  if (/^[Rr]([0-9]*)?([Cc][0-9]*)?$/.test(text) || /^[Cc][0-9]*$/.test(text)) return false;
  return true;
}
