/**
 * Reading the scenario layout out of a snapshot: the `ESG_Scenarios` table, its input
 * cells, the active scenario's cell and `ESG_Outputs`. Pure functions; every problem that
 * must stop an action comes back as a `Refusal` naming its cause.
 */
import { qualifiedAddress, parseRange } from '../workbook/a1';
import { columnIndex, isValidDefinedName, type CellValue, type NameRead, type Snapshot, type TableRead } from '../workbook/port';
import {
  ACTIVE_NAME,
  DESCRIPTION_COLUMN,
  INPUT_COLUMN,
  LABEL_COLUMN,
  OUTPUT_COLUMN,
  OUTPUTS_TABLE,
  SCENARIOS_TABLE,
} from './layout';
import { MESSAGES } from './messages';
import { nameKey, refusal, sameName, scenarioNameProblem } from './names';
import type { Refusal } from './types';
import { asNumber, isBlank } from './values';

export interface InputRow {
  readonly name: string;
  readonly description: string;
  /** Index of the input's row among the table's body rows. */
  readonly bodyRow: number;
}

export interface ScenarioColumn {
  readonly name: string;
  /** One value per input (order of `ScenarioModel.inputs`). */
  readonly values: readonly CellValue[];
  /** The whole body column, blank rows included. */
  readonly column: readonly CellValue[];
}

export interface ScenarioModel {
  /** The table as read: every column, or (a Switch) the input column and a few scenarios' (`allHeader` set). */
  readonly table: TableRead;
  /** Every scenario's name, in table order, whether or not its column was read. */
  readonly names: readonly string[];
  /** Whether every scenario's column was read (else `scenarios` holds only those read). */
  readonly complete: boolean;
  /** Index of the `Input` column in the table's header. */
  readonly inputColumn: number;
  readonly inputs: readonly InputRow[];
  readonly scenarios: readonly ScenarioColumn[];
  /** Body rows of the table (what a whole-column write must cover). */
  readonly rowCount: number;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'refused';
}

const text = (v: CellValue | undefined): string => (v === undefined ? '' : String(v).trim());

export function parseScenarios(table: TableRead | null): ScenarioModel | Refusal {
  if (!table) return refusal('table-missing', MESSAGES.tableMissing(SCENARIOS_TABLE), true);
  const inputCol = columnIndex(table.header, INPUT_COLUMN);
  if (inputCol < 0) return refusal('column-missing', MESSAGES.columnMissing(SCENARIOS_TABLE, INPUT_COLUMN));
  const descCol = columnIndex(table.header, DESCRIPTION_COLUMN);

  // Every scenario's name is checked, also when only some columns were read (a Switch).
  // Sets, not pairwise comparisons: a table may hold 10,000 scenarios of 2,000 inputs.
  const all = table.allHeader ?? table.header;
  const allInput = columnIndex(all, INPUT_COLUMN);
  const allDesc = columnIndex(all, DESCRIPTION_COLUMN);
  const names: string[] = [];
  const seenScenarios = new Set<string>();
  for (let c = 0; c < all.length; c += 1) {
    if (c === allInput || c === allDesc) continue;
    const name = all[c];
    if (name.trim() === '') return refusal('scenario-name-invalid', MESSAGES.scenarioNameBlank(c + 1));
    const problem = scenarioNameProblem(name);
    if (problem !== undefined) return refusal('scenario-name-invalid', problem);
    const key = nameKey(name);
    if (seenScenarios.has(key)) return refusal('scenario-name-duplicate', MESSAGES.scenarioNameDuplicate(name));
    seenScenarios.add(key);
    names.push(name);
  }
  const scenarioCols: number[] = [];
  for (let c = 0; c < table.header.length; c += 1) if (c !== inputCol && c !== descCol) scenarioCols.push(c);

  const inputs: InputRow[] = [];
  table.rows.forEach((row, r) => {
    const name = text(row[inputCol]);
    if (name === '') return;
    inputs.push({ name, description: descCol < 0 ? '' : text(row[descCol]), bodyRow: r });
  });
  for (let r = 0; r < table.rows.length; r += 1) {
    const row = table.rows[r];
    if (text(row[inputCol]) === '' && row.some((v) => !isBlank(v))) {
      return refusal('input-blank', MESSAGES.inputBlank(r + 1));
    }
  }
  const seenInputs = new Set<string>();
  for (const input of inputs) {
    if (seenInputs.has(nameKey(input.name))) return refusal('input-duplicate', MESSAGES.inputDuplicate(input.name));
    seenInputs.add(nameKey(input.name));
  }

  const scenarios = scenarioCols.map((c) => {
    const column = table.rows.map((row) => row[c] ?? '');
    return { name: table.header[c], column, values: inputs.map((input) => column[input.bodyRow]) };
  });
  return { table, names, complete: scenarios.length === names.length, inputColumn: inputCol, inputs, scenarios, rowCount: table.rows.length };
}

export function findScenario(model: ScenarioModel, name: string): ScenarioColumn | undefined {
  return model.scenarios.find((s) => sameName(s.name, name));
}

export function requireScenario(model: ScenarioModel, name: string): ScenarioColumn | Refusal {
  return findScenario(model, name) ?? refusal('scenario-not-found', MESSAGES.scenarioNotFound(name));
}

/** A whole body column with each input's row set from `values` (other rows from `base`, or blank). */
export function columnWith(model: ScenarioModel, values: readonly CellValue[], base?: readonly CellValue[]): CellValue[] {
  const column: CellValue[] = Array.from({ length: model.rowCount }, (_, r) => base?.[r] ?? '');
  model.inputs.forEach((input, i) => {
    column[input.bodyRow] = values[i] ?? '';
  });
  return column;
}

// ------------------------------------------------------------------ cells behind names

export interface CellRead {
  readonly value: CellValue;
  readonly formula: string | null;
  /** `Sheet!A1` */
  readonly where: string;
  /** `Sheet!B2:C3` when the cell is inside merged cells but not their first cell. */
  readonly mergedInto?: string;
  /** Where the formula is, when the cell is part of a spilled array or array formula (`''`: unknown). */
  readonly spill?: string;
  /** Its number format (`''` when General). */
  readonly format?: string;
}

/** A name that must be one cell: its read, or the reason it is not one (`undefined`, several cells, a constant). */
export function singleCell(read: NameRead): CellRead | { readonly refersTo: string } | undefined {
  if (read.status === 'missing') return undefined;
  if (read.status === 'not-range') return { refersTo: read.refersTo };
  const at = parseRange(read.address);
  const where = at ? qualifiedAddress(read.sheet, at, false) : `${read.sheet}!${read.address}`;
  if (read.rows !== 1 || read.cols !== 1) return { refersTo: where };
  const merged = read.merged === undefined ? undefined : parseRange(read.merged);
  const inside = merged !== undefined && at !== undefined && (merged.row !== at.row || merged.col !== at.col);
  return {
    value: read.value,
    formula: read.formula,
    where,
    ...(inside && merged ? { mergedInto: qualifiedAddress(read.sheet, merged, false) } : {}),
    ...(read.spill === undefined ? {} : { spill: read.spill }),
    ...(read.format === undefined || read.format === 'General' ? {} : { format: read.format }),
  };
}

function isCell(value: CellRead | { readonly refersTo: string }): value is CellRead {
  return 'where' in value;
}

export interface ResolvedInput extends InputRow {
  readonly current: CellValue;
  readonly formula: string | null;
  readonly where?: string;
  readonly mergedInto?: string;
  readonly spill?: string;
  /** The cell's number format (`''` when General or unknown). */
  readonly format?: string;
  /** Undefined name, invalid name, or not one cell. */
  readonly problem?: Refusal;
}

export function resolveInputs(model: ScenarioModel, snap: Snapshot): ResolvedInput[] {
  return model.inputs.map((input) => {
    if (!isValidDefinedName(input.name)) {
      return { ...input, current: '', formula: null, problem: refusal('input-undefined', MESSAGES.inputInvalidName(input.name)) };
    }
    const cell = singleCell(snap.name(input.name));
    if (cell === undefined) {
      return { ...input, current: '', formula: null, problem: refusal('input-undefined', MESSAGES.inputUndefined(input.name)) };
    }
    if (!isCell(cell)) {
      return { ...input, current: '', formula: null, problem: refusal('input-not-cell', MESSAGES.inputNotCell(input.name, cell.refersTo)) };
    }
    return {
      ...input,
      current: cell.value,
      formula: cell.formula,
      where: cell.where,
      ...(cell.mergedInto ? { mergedInto: cell.mergedInto } : {}),
      ...(cell.spill === undefined ? {} : { spill: cell.spill }),
      ...(cell.format === undefined ? {} : { format: cell.format }),
    };
  });
}

/** A new scenario column's number formats: each input's own, on its row (so 70% stays 70%). */
export function formatsColumn(model: ScenarioModel, inputs: readonly ResolvedInput[]): string[] {
  return columnWith(model, inputs.map((input) => input.format ?? '')).map(String);
}

/** The first reason the inputs cannot be read at all (undefined name, not one cell). */
export function firstInputProblem(inputs: readonly ResolvedInput[]): Refusal | undefined {
  return inputs.find((i) => i.problem)?.problem;
}

/** Why writing this input would be wrong: its problem, the formula it holds, a spill it is in, or merged cells. */
export function writeProblem(input: ResolvedInput): Refusal | undefined {
  if (input.problem) return input.problem;
  if (input.formula !== null) {
    return refusal('input-formula', MESSAGES.inputFormula(input.name, input.where ?? input.name, input.formula));
  }
  if (input.spill !== undefined) return refusal('input-spill', MESSAGES.inputSpill(input.name, input.where ?? input.name, input.spill));
  if (input.mergedInto !== undefined) {
    return refusal('input-merged', MESSAGES.inputMerged(input.name, input.where ?? input.name, input.mergedInto));
  }
  return undefined;
}

/**
 * Why writing `value` (scenario `scenario`'s) into this input would be wrong, beyond
 * `writeProblem`: text — even text that reads as a number — where the input holds a number.
 * Formulas such as SUM skip text, so the result would be a wrong number, silently.
 */
export function valueProblem(input: ResolvedInput, value: CellValue, scenario: string): Refusal | undefined {
  if (typeof input.current !== 'number' || typeof value !== 'string' || isBlank(value)) return undefined;
  return refusal('input-text', MESSAGES.inputText(input.name, scenario, value, asNumber(value) !== undefined));
}

// ------------------------------------------------------------------ the active scenario's cell

export interface ActiveCell {
  /** The cell's text (`''` when blank). */
  readonly text: string;
  /** The cell's value exactly as read (what a guard on the cell expects). */
  readonly value: CellValue;
  readonly formula: string | null;
  readonly where?: string;
  readonly mergedInto?: string;
  readonly spill?: string;
}

export function readActive(snap: Snapshot): ActiveCell | Refusal {
  const cell = singleCell(snap.name(ACTIVE_NAME));
  if (cell === undefined) return refusal('active-cell-missing', MESSAGES.activeCellMissing(), true);
  if (!isCell(cell)) return refusal('active-cell-missing', MESSAGES.activeCellNotCell(cell.refersTo));
  return {
    text: text(cell.value),
    value: cell.value,
    formula: cell.formula,
    where: cell.where,
    ...(cell.mergedInto ? { mergedInto: cell.mergedInto } : {}),
    ...(cell.spill === undefined ? {} : { spill: cell.spill }),
  };
}

export function activeWriteProblem(active: ActiveCell): Refusal | undefined {
  if (active.formula !== null) return refusal('active-cell-missing', MESSAGES.activeCellFormula(active.formula));
  if (active.spill !== undefined) return refusal('input-spill', MESSAGES.inputSpill(ACTIVE_NAME, active.where ?? ACTIVE_NAME, active.spill));
  if (active.mergedInto !== undefined) {
    return refusal('input-merged', MESSAGES.inputMerged(ACTIVE_NAME, active.where ?? ACTIVE_NAME, active.mergedInto));
  }
  return undefined;
}

// ------------------------------------------------------------------ outputs

export interface OutputRow {
  readonly name: string;
  readonly label: string;
}

export function parseOutputs(table: TableRead | null): OutputRow[] | Refusal {
  if (!table) return refusal('table-missing', MESSAGES.tableMissing(OUTPUTS_TABLE), true);
  const nameCol = columnIndex(table.header, OUTPUT_COLUMN);
  if (nameCol < 0) return refusal('column-missing', MESSAGES.columnMissing(OUTPUTS_TABLE, OUTPUT_COLUMN));
  const labelCol = columnIndex(table.header, LABEL_COLUMN);
  const out: OutputRow[] = [];
  for (const row of table.rows) {
    const name = text(row[nameCol]);
    if (name === '') continue;
    out.push({ name, label: labelCol < 0 ? name : text(row[labelCol]) || name });
  }
  return out;
}
