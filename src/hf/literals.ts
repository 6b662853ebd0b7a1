/**
 * Excel's TRUE and FALSE literals. HyperFormula has only the functions TRUE() and FALSE()
 * and reads a bare `TRUE` as a name, so each instance made by src/hf/engine.ts gets two
 * workbook names that call them (Excel forbids a name called TRUE or FALSE, so they can't
 * clash with a user's). Lists of the user's names leave them out with `isLiteralName`.
 */
export const LITERAL_NAMES: readonly string[] = ['TRUE', 'FALSE'];

/** Whether a defined name is one of ours (hide it from lists of the user's names). */
export function isLiteralName(name: string): boolean {
  return LITERAL_NAMES.includes(name.toUpperCase());
}
