/**
 * Whether a formula calls an `ESG.*` function: a name `ESG.` + letters followed by `(`,
 * outside string literals, not part of a longer name (`MYESG.X(` does not count), any case.
 */
const CALL = /(^|[^A-Za-z0-9_.\\])ESG\.[A-Za-z][A-Za-z0-9_.]*\s*\(/i;

export function callsEsg(formula: string): boolean {
  if (!formula.startsWith('=')) return false;
  return CALL.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}
