/**
 * A formula with too few or too many arguments. Excel checks the count against the
 * function's metadata before calling it; the HyperFormula plugin and Explain both use this
 * one check, so the cell and its explanation show the same #N/A and message.
 */
import type { CatalogueEntry } from './catalogue';
import { MSG } from './messages';
import { naError, type EngineError } from './result';

/** The #N/A a call with `given` arguments gets, or undefined when the count is right. */
export function arityError(entry: CatalogueEntry, given: number): EngineError | undefined {
  const max = entry.params.length;
  if (given >= entry.minArgs && given <= max) return undefined;
  const missing = entry.params.slice(given, entry.minArgs).map((p) => p.name);
  return naError(MSG.wrongArgCount(`ESG.${entry.name}`, entry.minArgs, max, given, missing));
}
