/**
 * The state every action starts from, read in one batch at the moment of the action:
 * the scenario table, the active scenario's cell, every input cell (value and formula),
 * and whether the log table exists.
 */
import { columnIndex, type ReadPlan, type Snapshot } from '../workbook/port';
import { ACTIVE_NAME, DESCRIPTION_COLUMN, INPUT_COLUMN, LOG_COLUMNS, LOG_TABLE, SCENARIOS_TABLE } from './layout';
import { MESSAGES } from './messages';
import {
  findScenario,
  isRefusal,
  parseScenarios,
  readActive,
  resolveInputs,
  type ActiveCell,
  type ResolvedInput,
  type ScenarioColumn,
  type ScenarioModel,
} from './model';
import { refusal } from './names';
import type { InputDifference, Refusal } from './types';
import { isBlank, sameValue } from './values';

export interface ScenarioContext {
  readonly model: ScenarioModel;
  readonly inputs: readonly ResolvedInput[];
  readonly active: ActiveCell;
  /** The scenario the active cell names, when it exists. */
  readonly activeScenario?: ScenarioColumn;
}

/**
 * What a Switch to `target` reads: the input names and descriptions, the target's and the
 * active scenario's columns and the header row (every scenario's name) — never the other
 * scenarios' values, so its cost grows with the inputs, not with scenarios × inputs — plus
 * the active cell, every input cell and the log's header. One read round-trip (port.ts).
 */
export function switchPlan(target: string): ReadPlan {
  return {
    tableColumns: [{ table: SCENARIOS_TABLE, columns: [INPUT_COLUMN, DESCRIPTION_COLUMN, target], columnsNamedBy: [ACTIVE_NAME] }],
    names: [ACTIVE_NAME],
    namesListedIn: [{ table: SCENARIOS_TABLE, column: INPUT_COLUMN }],
    tableHeaders: [LOG_TABLE],
  };
}

/**
 * Whether `unsavedDifferences` needs every scenario's values, not just those read: an input
 * the active scenario leaves blank (or none is active) holds a value the target would
 * overwrite — it counts as unsaved unless some scenario stores it.
 */
export function needsEveryScenario(ctx: ScenarioContext, target: ScenarioColumn | undefined): boolean {
  if (ctx.model.complete) return false;
  return ctx.inputs.some((input, i) => {
    if (input.problem || input.formula !== null || isBlank(input.current)) return false;
    if (!isBlank(ctx.activeScenario?.values[i] ?? '')) return false;
    return !(target && (isBlank(target.values[i]) || sameValue(target.values[i], input.current)));
  });
}

/** What an action on scenarios reads (plus anything in `extra`). */
export function statePlan(extra: ReadPlan = {}): ReadPlan {
  return {
    ...extra,
    tables: [SCENARIOS_TABLE, ...(extra.tables ?? [])],
    names: [ACTIVE_NAME, ...(extra.names ?? [])],
    namesListedIn: [{ table: SCENARIOS_TABLE, column: INPUT_COLUMN }, ...(extra.namesListedIn ?? [])],
  };
}

export function scenarioContext(snap: Snapshot): ScenarioContext | Refusal {
  const model = parseScenarios(snap.table(SCENARIOS_TABLE));
  if (isRefusal(model)) return model;
  const active = readActive(snap);
  if (isRefusal(active)) return active;
  const inputs = resolveInputs(model, snap);
  const activeScenario = active.text === '' ? undefined : findScenario(model, active.text);
  return { model, inputs, active, ...(activeScenario ? { activeScenario } : {}) };
}

/** The log table's header, or why the log cannot take rows (missing, or a column missing). */
export function requireLog(snap: Snapshot): Refusal | undefined {
  const header = snap.tableHeader(LOG_TABLE);
  if (header === null) return refusal('table-missing', MESSAGES.tableMissing(LOG_TABLE), true);
  const missing = LOG_COLUMNS.find((c) => columnIndex(header, c) < 0);
  return missing === undefined ? undefined : refusal('column-missing', MESSAGES.columnMissing(LOG_TABLE, missing));
}

/** What an action that logs reads: `statePlan` plus the log's header. */
export function loggedStatePlan(extra: ReadPlan = {}): ReadPlan {
  return statePlan({ ...extra, tableHeaders: [LOG_TABLE, ...(extra.tableHeaders ?? [])] });
}

/**
 * Inputs whose current value would be lost. An input counts when the active scenario
 * stores another value for it; or — where the active scenario leaves it blank or none is
 * active — when no scenario stores its current value and the `target` (if given) would
 * overwrite it. Inputs holding formulas or that cannot be read are not values anyone typed.
 */
export function unsavedDifferences(ctx: ScenarioContext, target?: ScenarioColumn): InputDifference[] {
  if (needsEveryScenario(ctx, target)) throw new Error('unsavedDifferences: read every scenario first (needsEveryScenario)');
  const out: InputDifference[] = [];
  ctx.inputs.forEach((input, i) => {
    if (input.problem || input.formula !== null) return;
    const stored = ctx.activeScenario?.values[i] ?? '';
    if (!isBlank(stored)) {
      if (!sameValue(input.current, stored)) {
        out.push({ input: input.name, description: input.description, stored, current: input.current, reason: 'differs-from-active' });
      }
      return;
    }
    if (isBlank(input.current)) return;
    if (target && (isBlank(target.values[i]) || sameValue(target.values[i], input.current))) return;
    if (ctx.model.scenarios.some((s) => sameValue(s.values[i], input.current))) return;
    out.push({ input: input.name, description: input.description, stored: '', current: input.current, reason: 'not-in-any-scenario' });
  });
  return out;
}
