/**
 * Export scenarios to JSON or CSV, and import them back. JSON keeps every value's type;
 * CSV marks EVERY text field — scenario names (the header row), input names, descriptions
 * and values — that would otherwise read as a formula (`=`, `+`, `-`, `@`, a tab or a CR
 * first, also after spaces), a number or TRUE/FALSE with a leading apostrophe, so nothing
 * runs when the CSV is opened in a spreadsheet (CSV injection) and a round-trip keeps text
 * as text; Import removes exactly that one apostrophe.
 *
 * Import takes at most `MAX_IMPORT_MB` and its work grows linearly with the file: names are
 * looked up in `Map`s by `nameKey` (never plain objects: `constructor` and `__proto__` are
 * names like any other), never by scanning a list per name.
 *
 * Import never overwrites silently: a scenario of the same name with different values is
 * a conflict returned to the caller, and nothing is written until each one is resolved.
 */
import type { CellValue } from '../workbook/port';
import { applyChanges, type Change } from './apply';
import { DESCRIPTION_COLUMN, INPUT_COLUMN, LOG_TABLE } from './layout';
import { excelTime, type LogEntry } from './log';
import { MESSAGES } from './messages';
import { columnWith, formatsColumn, isRefusal, valueProblem, writeProblem } from './model';
import { checkNewScenarioName, nameKey, refusal, sameName, scenarioNameProblem } from './names';
import { loggedStatePlan, requireLog, scenarioContext, statePlan, unsavedDifferences, type ScenarioContext } from './state';
import type {
  ConflictResolution,
  ExportOutcome,
  ImportConflict,
  ImportFormat,
  ImportOutcome,
  Refusal,
  ServiceContext,
  ValueChange,
} from './types';
import { asNumber, isBlank, sameValue } from './values';

export interface ScenarioFile {
  readonly format: 'esg-scenarios';
  readonly version: 1;
  readonly exportedAt: string;
  readonly active: string;
  readonly inputs: readonly { readonly name: string; readonly description: string }[];
  /** Blank values (the scenario leaves that input as it is) are left out. */
  readonly scenarios: readonly { readonly name: string; readonly values: Readonly<Record<string, CellValue>> }[];
}

// ------------------------------------------------------------------ export

interface Exported {
  readonly file: ScenarioFile;
  /** Each scenario's value per input, in the order of `file.inputs` ('' = blank). */
  readonly columns: readonly (readonly CellValue[])[];
}

async function readFile(ctx: ServiceContext): Promise<Exported | Refusal> {
  const snap = await ctx.port.read(statePlan());
  const state = scenarioContext(snap);
  if (isRefusal(state)) return state;
  const inputs = state.model.inputs;
  return {
    file: {
      format: 'esg-scenarios',
      version: 1,
      exportedAt: ctx.now().toISOString(),
      active: state.active.text,
      inputs: inputs.map((i) => ({ name: i.name, description: i.description })),
      // Object.fromEntries defines own properties: an input named `__proto__` is a key like any other.
      scenarios: state.model.scenarios.map((s) => ({
        name: s.name,
        values: Object.fromEntries(inputs.flatMap((input, i) => (isBlank(s.values[i]) ? [] : [[input.name, s.values[i]]]))),
      })),
    },
    columns: state.model.scenarios.map((s) => inputs.map((_, i) => (isBlank(s.values[i]) ? '' : s.values[i]))),
  };
}

const stamp = (iso: string): string => iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

export async function exportJson(ctx: ServiceContext): Promise<ExportOutcome> {
  const read = await readFile(ctx);
  if (isRefusal(read)) return read;
  const { file } = read;
  return { kind: 'exported', text: `${JSON.stringify(file, null, 2)}\n`, fileName: `scenarios-${stamp(file.exportedAt)}.json` };
}

const LOOKS_TYPED = /^\s*([+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?|true|false)\s*$/i;

/** Text a spreadsheet would run as a formula (or strip: a leading apostrophe), also after spaces. */
const ACTIVE = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n']/;

/** A value — or a name or description, as text — as one CSV field (unquoted), inert in a spreadsheet. */
export function csvText(value: CellValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === '') return '';
  return ACTIVE.test(value) || LOOKS_TYPED.test(value) ? `'${value}` : value;
}

/** A CSV text field (name, description) back to its text: the inverse of `csvText` for text. */
export function csvName(field: string): string {
  return field.startsWith("'") ? field.slice(1) : field;
}

/** A CSV field back to a value: the inverse of `csvText`. */
export function csvValue(field: string): CellValue {
  if (field.startsWith("'")) return field.slice(1);
  if (/^(true|false)$/i.test(field.trim())) return field.trim().toUpperCase() === 'TRUE';
  const n = asNumber(field);
  return n === undefined ? field : n;
}

function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 fields; quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}

export async function exportCsv(ctx: ServiceContext): Promise<ExportOutcome> {
  const read = await readFile(ctx);
  if (isRefusal(read)) return read;
  const { file, columns } = read;
  const rows: string[][] = [
    [INPUT_COLUMN, DESCRIPTION_COLUMN, ...file.scenarios.map((s) => csvText(s.name))],
    ...file.inputs.map((input, i) => [csvText(input.name), csvText(input.description), ...columns.map((column) => csvText(column[i] ?? ''))]),
  ];
  return { kind: 'exported', text: toCsv(rows), fileName: `scenarios-${stamp(file.exportedAt)}.csv` };
}

// ------------------------------------------------------------------ parsing a file

interface Incoming {
  readonly name: string;
  readonly values: ReadonlyMap<string, CellValue>;
}

const invalid = (why: string): Refusal => refusal('import-invalid', MESSAGES.importInvalid(why));

/** The largest file Import takes, in MB (of text): 1,000 scenarios × 2,000 inputs is ~15 MB as CSV, ~35 MB as JSON. */
export const MAX_IMPORT_MB = 40;

function isCellValue(v: unknown): v is CellValue {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function parseJsonFile(text: string): Incoming[] | Refusal {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid(MESSAGES.importNotJson());
  }
  if (typeof data !== 'object' || data === null) return invalid(MESSAGES.importWrongFormat());
  const file = data as Partial<Record<keyof ScenarioFile, unknown>>;
  if (file.format !== 'esg-scenarios' || file.version !== 1 || !Array.isArray(file.scenarios)) {
    return invalid(MESSAGES.importWrongFormat());
  }
  const out: Incoming[] = [];
  for (const s of file.scenarios as unknown[]) {
    if (typeof s !== 'object' || s === null) return invalid(MESSAGES.importWrongFormat());
    const { name, values } = s as { name?: unknown; values?: unknown };
    const problem = scenarioNameProblem(name);
    if (problem !== undefined) return invalid(MESSAGES.importBadName(problem));
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return invalid(MESSAGES.importWrongFormat());
    const map = new Map<string, CellValue>();
    for (const [input, v] of Object.entries(values as Record<string, unknown>)) {
      if (!isCellValue(v)) return invalid(MESSAGES.importBadValue(name as string, input));
      map.set(input, v);
    }
    out.push({ name: name as string, values: map });
  }
  return out;
}

function parseCsvFile(text: string): Incoming[] | Refusal {
  const [header, ...rows] = parseCsv(text);
  if (!header) return invalid(MESSAGES.importNoInputColumn());
  const inputCol = header.findIndex((h) => sameName(h, INPUT_COLUMN));
  if (inputCol < 0) return invalid(MESSAGES.importNoInputColumn());
  const inputs = rows.map((row) => csvName((row[inputCol] ?? '').trim()));
  const out: Incoming[] = [];
  header.forEach((field, c) => {
    if (c === inputCol || sameName(field, DESCRIPTION_COLUMN)) return;
    const values = new Map<string, CellValue>();
    rows.forEach((row, r) => {
      const cell = row[c] ?? '';
      if (inputs[r] !== '' && cell !== '') values.set(inputs[r], csvValue(cell));
    });
    out.push({ name: csvName(field), values });
  });
  for (const s of out) {
    const problem = scenarioNameProblem(s.name);
    if (problem !== undefined) return invalid(MESSAGES.importBadName(problem));
  }
  return out;
}

/** The conflict choices, by `nameKey`, from their own properties only (never inherited ones). */
function resolutionMap(resolutions: Readonly<Record<string, ConflictResolution>>): Map<string, ConflictResolution> | Refusal {
  const out = new Map<string, ConflictResolution>();
  for (const [name, r] of Object.entries(resolutions)) {
    const ok = r === 'keep' || r === 'replace' || (typeof r === 'object' && r !== null && typeof (r as { renameTo?: unknown }).renameTo === 'string');
    if (!ok) return invalid(MESSAGES.importBadResolution(name));
    if (!out.has(nameKey(name))) out.set(nameKey(name), r);
  }
  return out;
}

// ------------------------------------------------------------------ import

/**
 * Replacing the ACTIVE scenario: its inputs showed its old values, so they take the new
 * ones (as a Switch to it would) — otherwise the pane would report edits nobody typed.
 * An input the user changed and has not saved keeps the user's value, and an input that
 * cannot take the value (a formula, a spill, merged cells, text over a number) is left
 * alone: both then show as unsaved, truthfully. Each write is guarded (the cell still
 * holds what was read) and logged as a Switch, so Revert puts the inputs back.
 */
function loadReplacedActive(state: ScenarioContext, values: readonly CellValue[], time: number, changes: Change[], log: LogEntry[]): ValueChange[] {
  const active = state.activeScenario;
  if (!active) return [];
  const typed = new Set(unsavedDifferences(state).map((d) => nameKey(d.input)));
  const loaded: ValueChange[] = [];
  state.inputs.forEach((input, i) => {
    const value = values[i];
    if (isBlank(value) || sameValue(input.current, value) || typed.has(nameKey(input.name))) return;
    if (input.problem || writeProblem(input) || valueProblem(input, value, active.name)) return;
    changes.push({ kind: 'cell', name: input.name, before: input.current, after: value });
    loaded.push({ input: input.name, before: input.current, after: value });
  });
  for (const c of loaded) log.push({ time, action: 'Switch', scenario: active.name, ...c });
  return loaded;
}

export async function importScenarios(
  ctx: ServiceContext,
  text: string,
  format: ImportFormat,
  resolutions: Readonly<Record<string, ConflictResolution>> = {},
): Promise<ImportOutcome> {
  if (text.length > MAX_IMPORT_MB * 1024 * 1024) return invalid(MESSAGES.importTooLarge(text.length / (1024 * 1024), MAX_IMPORT_MB));
  const incoming = format === 'json' ? parseJsonFile(text) : parseCsvFile(text);
  if (isRefusal(incoming)) return incoming;
  const seen = new Set<string>();
  for (const s of incoming) {
    if (seen.has(nameKey(s.name))) return invalid(MESSAGES.importDuplicate(s.name));
    seen.add(nameKey(s.name));
  }
  const chosen = resolutionMap(resolutions);
  if (isRefusal(chosen)) return chosen;

  const snap = await ctx.port.read(loggedStatePlan());
  const state = scenarioContext(snap);
  if (isRefusal(state)) return state;
  const logMissing = requireLog(snap);
  if (logMissing) return logMissing;

  const { model } = state;
  // Maps by `nameKey` (as `sameName`), not nested scans: 1,000 scenarios of 2,000 inputs.
  const key = nameKey;
  const inputKeys = new Set(model.inputs.map((i) => key(i.name)));
  const unknownInputs = [...new Set(incoming.flatMap((s) => [...s.values.keys()]).filter((k) => !inputKeys.has(key(k))))];
  const valuesOf = (s: Incoming): CellValue[] => {
    const byKey = new Map<string, CellValue>();
    for (const [k, v] of s.values) if (!byKey.has(key(k))) byKey.set(key(k), v);
    return model.inputs.map((input) => byKey.get(key(input.name)) ?? '');
  };
  const resolutionOf = (name: string): ConflictResolution | undefined => chosen.get(key(name));
  const existingByKey = new Map(model.scenarios.map((s) => [key(s.name), s]));

  const time = excelTime(ctx.now());
  const changes: Change[] = [];
  const log: LogEntry[] = [];
  const added: string[] = [];
  const replaced: string[] = [];
  const unchanged: string[] = [];
  const kept: string[] = [];
  const conflicts: ImportConflict[] = [];
  let loaded: ValueChange[] = [];
  const names = new Set(model.names.map(key));

  const add = (name: string, values: readonly CellValue[]): Refusal | undefined => {
    const bad = checkNewScenarioName(name, names);
    if (bad) return bad;
    names.add(key(name));
    changes.push({ kind: 'add-column', header: name, values: columnWith(model, values), formats: formatsColumn(model, state.inputs) });
    model.inputs.forEach((input, i) => {
      if (!isBlank(values[i])) log.push({ time, action: 'Create', scenario: name, input: input.name, before: '', after: values[i] });
    });
    added.push(name);
    return undefined;
  };

  for (const s of incoming) {
    const values = valuesOf(s);
    const existing = existingByKey.get(key(s.name));
    if (!existing) {
      const bad = add(s.name, values);
      if (bad) return bad;
      continue;
    }
    const differences = model.inputs.flatMap((input, i) =>
      sameValue(existing.values[i], values[i]) ? [] : [{ input: input.name, workbook: existing.values[i], file: values[i] }],
    );
    if (differences.length === 0) {
      unchanged.push(existing.name);
      continue;
    }
    const resolution = resolutionOf(s.name);
    if (resolution === undefined) conflicts.push({ scenario: existing.name, differences });
    else if (resolution === 'keep') kept.push(existing.name);
    else if (resolution === 'replace') {
      changes.push({ kind: 'column', column: existing.name, before: existing.column, after: columnWith(model, values, existing.column) });
      for (const d of differences) log.push({ time, action: 'Save', scenario: existing.name, input: d.input, before: d.workbook, after: d.file });
      replaced.push(existing.name);
      if (existing === state.activeScenario) loaded = loadReplacedActive(state, values, time, changes, log);
    } else {
      const bad = add(resolution.renameTo, values);
      if (bad) return bad;
    }
  }

  if (conflicts.length > 0) {
    return { kind: 'conflicts', message: MESSAGES.importConflicts(conflicts.map((c) => c.scenario)), conflicts };
  }
  const failure = await applyChanges(ctx, 'import', changes, log, { logHeader: snap.tableHeader(LOG_TABLE) ?? undefined, table: model.table });
  if (failure) return failure;
  return { kind: 'imported', added, replaced, unchanged, kept, unknownInputs, loaded };
}
