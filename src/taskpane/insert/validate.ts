/**
 * Checks the Insert form's arguments as they are typed, with the engine's own messages
 * (the very text the cell would show), so a bad pupil count or a year the function can't
 * use is seen before the formula reaches the workbook.
 *
 * One field at a time: the function is called with the worked example's arguments and
 * only that field replaced by what was typed, so each field's message is about that field
 * (the engine reports the first problem it meets, and the example is known to be good).
 * Then the whole call, when every argument is a literal. References and names are only
 * known in the workbook and are not checked here.
 */
import { ENTRIES, isCatalogueName, isError } from '../../engine';
import { exampleArguments, literalValue, readArgument, type ReadArgument } from './formula';

export interface ArgumentCheck {
  /** The engine's message for each argument, by position (undefined: nothing to say). */
  readonly fields: readonly (string | undefined)[];
  /** The message the cell would show for the whole call, when it can be known now. */
  readonly call?: string;
}

type Entry = (...args: unknown[]) => unknown;

function entryOf(name: string): Entry | undefined {
  return isCatalogueName(name) ? (ENTRIES[name] as Entry) : undefined;
}

function errorOf(entry: Entry, raw: readonly unknown[]): string | undefined {
  try {
    const result = entry(...raw);
    return isError(result) ? result.message : undefined;
  } catch {
    // An engine fault is not the user's typing: say nothing here (the cell will).
    return undefined;
  }
}

function exampleValues(example: string | undefined): unknown[] | undefined {
  if (example === undefined) return undefined;
  const values = exampleArguments(example).map((text) => (text === '' ? undefined : literalValue(readArgument(text))));
  return values;
}

export function checkArguments(name: string, example: string | undefined, args: readonly ReadArgument[]): ArgumentCheck {
  const entry = entryOf(name);
  if (entry === undefined) return { fields: args.map(() => undefined) };
  const base = exampleValues(example);
  const baseGood = base !== undefined && errorOf(entry, base) === undefined;
  const fields = args.map((arg, i) => {
    const value = literalValue(arg);
    if (value === undefined || !baseGood) return undefined;
    const raw = [...base];
    while (raw.length <= i) raw.push(undefined);
    raw[i] = value;
    return errorOf(entry, raw);
  });
  const known = args.every((a) => a.kind === 'blank' || literalValue(a) !== undefined);
  let last = args.length;
  while (last > 0 && args[last - 1].kind === 'blank') last--;
  const call = known ? errorOf(entry, args.slice(0, last).map(literalValue)) : undefined;
  return { fields, ...(call !== undefined ? { call } : {}) };
}
