/**
 * Scenario and input names: any text a user would type, kept literal (a name starting with
 * `=` stays text), but never blank, padded with spaces, holding a line break, a control or an
 * invisible character, over 255 characters, equal to the table's own column names, or equal
 * to another scenario's.
 *
 * "Equal" is ONE rule, `nameKey` (workbook/port.ts): Unicode NFKC, case-insensitive like
 * Excel, trimmed. Every comparison of names — scenarios, inputs, columns, conflicts on import,
 * the log's rows — goes through `sameName` or `nameKey`, never a hand-written comparison, and
 * names are keys of `Map`s, never of plain objects (`constructor` and `__proto__` are names).
 */
import { nameKey } from '../workbook/port';
import { DESCRIPTION_COLUMN, INPUT_COLUMN } from './layout';
import { MESSAGES } from './messages';
import type { Refusal } from './types';

export { nameKey };

/**
 * Characters a name may not hold: controls (C0, DEL, C1 such as NEL), line and paragraph
 * separators, format characters (zero-width space and joiners, bidi marks, soft hyphen, BOM),
 * private-use and unpaired surrogates, variation selectors, and letters that draw nothing
 * (Hangul fillers, braille blank, combining grapheme joiner).
 */
const FORBIDDEN_CLASS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/u;
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xffa0, 0xffa0],
  [0xe0100, 0xe01ef],
];

/** The first forbidden character of a name, as `U+XXXX`, or undefined. */
export function forbiddenCharacter(name: string): string | undefined {
  for (const ch of name) {
    const cp = ch.codePointAt(0) ?? 0;
    // Printable ASCII is never forbidden: most names skip the Unicode tests (a Switch checks every scenario's name).
    if (cp >= 0x20 && cp <= 0x7e) continue;
    if (FORBIDDEN_CLASS.test(ch) || isInvisible(cp)) {
      return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    }
  }
  return undefined;
}

function isInvisible(cp: number): boolean {
  for (const [a, b] of INVISIBLE) if (cp >= a && cp <= b) return true;
  return false;
}

export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

export function refusal(code: Refusal['code'], message: string, offerSetup = false): Refusal {
  return offerSetup ? { kind: 'refused', code, message, offerSetup } : { kind: 'refused', code, message };
}

/** Why a text cannot be a scenario name, or undefined when it can. */
export function scenarioNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string') return MESSAGES.scenarioNameNotText();
  const bad = forbiddenCharacter(name);
  if (bad !== undefined) return MESSAGES.scenarioNameControl(name, bad);
  const key = nameKey(name);
  if (key === '') return MESSAGES.scenarioNameEmpty();
  if (name !== name.trim()) return MESSAGES.scenarioNameSpaces(name);
  if (name.length > 255) return MESSAGES.scenarioNameTooLong(name.length);
  // sameName with the table's own columns, the name keyed once (every scenario's name is checked at each Switch).
  if (key === nameKey(INPUT_COLUMN) || key === nameKey(DESCRIPTION_COLUMN)) return MESSAGES.scenarioNameReserved(name);
  return undefined;
}

/**
 * Checks a new scenario name against the rules and the existing names (a list of names, or a
 * set of their `nameKey`s when many names are checked in turn, as Import does).
 */
export function checkNewScenarioName(name: unknown, existing: readonly string[] | ReadonlySet<string>): Refusal | undefined {
  const problem = scenarioNameProblem(name);
  if (problem !== undefined) return refusal('scenario-name-invalid', problem);
  const key = nameKey(name as string);
  const taken = Array.isArray(existing) ? existing.some((e) => nameKey(e) === key) : (existing as ReadonlySet<string>).has(key);
  if (taken) return refusal('scenario-exists', MESSAGES.scenarioExists(name as string));
  return undefined;
}
