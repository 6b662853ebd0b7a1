/** Which dialog the Scenarios view has open, and the small rules its actions share. */
import type { ImportConflict, ImportFormat, RefusalCode, SwitchOutcome } from '../../scenarios';

/** Refusals about a name the user typed: shown in the dialog that asked for it. */
export const NAME_CODES: ReadonlySet<RefusalCode> = new Set(['scenario-name-invalid', 'scenario-exists']);

export type Dialog =
  | { readonly kind: 'unsaved'; readonly outcome: Extract<SwitchOutcome, { kind: 'unsaved' }>; readonly error?: string }
  | { readonly kind: 'create' }
  | { readonly kind: 'duplicate'; readonly source: string }
  | { readonly kind: 'rename'; readonly source: string }
  | { readonly kind: 'delete'; readonly name: string }
  | {
      readonly kind: 'import';
      readonly fileName: string;
      readonly text: string;
      readonly format: ImportFormat;
      readonly conflicts: readonly ImportConflict[];
      readonly error?: string;
    };

/** CSV or JSON, from the file's name, else from its first character. */
export function importFormatOf(fileName: string, text: string): ImportFormat {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.json$/i.test(fileName)) return 'json';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}
