/**
 * Whether a formula calls an `ESG.*` function: a name `ESG.` + letters followed by `(`,
 * outside string literals, not part of a longer name (`MYESG.X(` does not count), any case.
 */
const CALL = /(^|[^A-Za-z0-9_.\\])ESG\.[A-Za-z][A-Za-z0-9_.]*\s*\(/i;

/** Functions that reach outside the workbook (the web, other programs, files). */
const OUTSIDE = /(^|[^A-Za-z0-9_.\\])(WEBSERVICE|HYPERLINK|RTD|CALL|REGISTER\.ID|IMAGE|FILTERXML)\s*\(/i;
/** A reference into another workbook: `[Budget.xlsx]Sheet1!A1`, `'C:\…\[x.xlsx]S'!A1`. */
const EXTERNAL = /\[[^\]]*\.(xl[a-z]*|csv|ods)\]|\[\d+\][^!]*!/i;

const withoutStrings = (formula: string): string => formula.replace(/"(?:[^"]|"")*"/g, '""');

export function callsEsg(formula: string): boolean {
  if (!formula.startsWith('=')) return false;
  return CALL.test(withoutStrings(formula));
}

/**
 * Whether Restore may enter a kept formula: it calls ESG.* and reaches nothing outside the
 * workbook. The kept table is an ordinary table; this is what keeps an edit of it from
 * turning Restore into a way to plant a web call or a link to another file.
 */
export function isRestorable(formula: string): boolean {
  const code = withoutStrings(formula);
  return callsEsg(formula) && !OUTSIDE.test(code) && !EXTERNAL.test(code);
}
