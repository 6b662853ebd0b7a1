/**
 * Scenario names as the pane checks them while they are typed: spaces at either end are
 * trimmed (the Scenarios table could not tell "Base " from "Base"), and a name taken by
 * another scenario — compared without regard to capitals, as the scenario service does —
 * is named as the workbook spells it. The service checks again when the name is submitted.
 */
import { nameKey } from '../../workbook/port';

/** The name as it will be stored. */
export function cleanName(typed: string): string {
  return typed.trim();
}

const key = nameKey;

/** The existing scenario `name` collides with (its real spelling), ignoring `except`. */
export function takenBy(name: string, existing: readonly string[], except?: string): string | undefined {
  const k = key(name);
  if (k === '' || (except !== undefined && key(except) === k)) return undefined;
  return existing.find((e) => key(e) === k);
}

export function takenMessage(typed: string, real: string): string {
  const same = cleanName(typed) === real;
  return same
    ? `A scenario named "${real}" already exists. Choose another name.`
    : `"${cleanName(typed)}" is the same name as the existing scenario "${real}" (capitals don't make names different). Choose another name.`;
}

/** "Name (copy)", or "Name (copy 2)", … — the first that no scenario has. */
export function copyName(source: string, existing: readonly string[]): string {
  const base = `${cleanName(source)} (copy)`;
  if (takenBy(base, existing) === undefined) return base;
  for (let n = 2; ; n++) {
    const candidate = `${cleanName(source)} (copy ${n})`;
    if (takenBy(candidate, existing) === undefined) return candidate;
  }
}
