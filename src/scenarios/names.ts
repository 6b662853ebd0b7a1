/**
 * Scenario names: any text a user would type, kept literal (a name starting with `=` stays
 * text), but never blank, padded with spaces, multi-line, over 255 characters, equal to the
 * table's own column names, or equal to another scenario's (case-insensitive, like Excel).
 */
import { DESCRIPTION_COLUMN, INPUT_COLUMN } from './layout';
import { MESSAGES } from './messages';
import type { Refusal } from './types';

const hasControl = (text: string): boolean => [...text].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127);

export const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function refusal(code: Refusal['code'], message: string, offerSetup = false): Refusal {
  return offerSetup ? { kind: 'refused', code, message, offerSetup } : { kind: 'refused', code, message };
}

/** Why a text cannot be a scenario name, or undefined when it can. */
export function scenarioNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string') return MESSAGES.scenarioNameNotText();
  if (name.trim() === '') return MESSAGES.scenarioNameEmpty();
  if (name !== name.trim()) return MESSAGES.scenarioNameSpaces(name);
  if (hasControl(name)) return MESSAGES.scenarioNameControl(name);
  if (name.length > 255) return MESSAGES.scenarioNameTooLong(name.length);
  if (sameName(name, INPUT_COLUMN) || sameName(name, DESCRIPTION_COLUMN)) return MESSAGES.scenarioNameReserved(name);
  return undefined;
}

/** Checks a new scenario name against the rules and the existing names. */
export function checkNewScenarioName(name: unknown, existing: readonly string[]): Refusal | undefined {
  const problem = scenarioNameProblem(name);
  if (problem !== undefined) return refusal('scenario-name-invalid', problem);
  if (existing.some((e) => sameName(e, name as string))) return refusal('scenario-exists', MESSAGES.scenarioExists(name as string));
  return undefined;
}
