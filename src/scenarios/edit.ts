/**
 * Save, Create, Duplicate, Rename, Delete: they change the `ESG_Scenarios` table only
 * (Rename also follows the active scenario's cell when it names the renamed one). Each is
 * one read batch and one write batch, and logs what it changed.
 */
import type { CellValue, Guard } from '../workbook/port';
import { applyChanges, type Change } from './apply';
import { ACTIVE_NAME, LOG_TABLE, SCENARIOS_TABLE, type LogAction } from './layout';
import { excelTime, type LogEntry } from './log';
import { MESSAGES } from './messages';
import { columnWith, firstInputProblem, formatsColumn, isRefusal, requireScenario } from './model';
import { checkNewScenarioName, refusal, sameName } from './names';
import { loggedStatePlan, requireLog, scenarioContext, unsavedDifferences, type ScenarioContext } from './state';
import type { EditOutcome, Refusal, ServiceContext, ValueChange } from './types';
import { isBlank } from './values';

interface Loaded extends ScenarioContext {
  readonly logHeader: readonly string[];
}

async function load(ctx: ServiceContext): Promise<Loaded | Refusal> {
  const snap = await ctx.port.read(loggedStatePlan());
  const state = scenarioContext(snap);
  if (isRefusal(state)) return state;
  return requireLog(snap) ?? { ...state, logHeader: snap.tableHeader(LOG_TABLE) ?? [] };
}

async function finish(
  ctx: ServiceContext,
  state: Loaded,
  action: LogAction,
  scenario: string,
  changes: readonly Change[],
  rows: readonly ValueChange[],
  guards: readonly Guard[] = [],
  /** The action as the user chose it, for messages (Duplicate logs as Create). */
  label: string = action.toLowerCase(),
): Promise<EditOutcome> {
  const time = excelTime(ctx.now());
  const log: LogEntry[] = rows.map((r) => ({ time, action, scenario, ...r }));
  const failure = await applyChanges(ctx, label, changes, log, { logHeader: state.logHeader, table: state.model.table, guards });
  return failure ?? { kind: 'done', action, scenario, changes: rows };
}

/** Saves the current input values into a scenario (default: the active one), for the inputs it stores. */
export async function saveScenario(ctx: ServiceContext, name?: string): Promise<EditOutcome> {
  const state = await load(ctx);
  if (isRefusal(state)) return state;
  const target = name === undefined ? state.activeScenario : requireScenario(state.model, name);
  if (target === undefined) return refusal('no-active', MESSAGES.noActive());
  if (isRefusal(target)) return target;
  const problem = firstInputProblem(state.inputs);
  if (problem) return problem;

  const differences = unsavedDifferences({ ...state, activeScenario: target }).filter((d) => d.reason === 'differs-from-active');
  if (differences.length === 0) return { kind: 'done', action: 'Save', scenario: target.name, changes: [] };
  const values: CellValue[] = [...target.values];
  const index = new Map(state.inputs.map((input, i) => [input.name, i]));
  const rows: ValueChange[] = differences.map((d) => {
    values[index.get(d.input) ?? -1] = d.current;
    return { input: d.input, before: d.stored, after: d.current };
  });
  const change: Change = { kind: 'column', column: target.name, before: target.column, after: columnWith(state.model, values, target.column) };
  // The saved values are the inputs' as read: someone typing into one meanwhile stops the save.
  const sources = differences.map((d): Guard => ({ kind: 'expectNamedCell', name: d.input, value: d.current }));
  return finish(ctx, state, 'Save', target.name, [change], rows, sources);
}

/** A new scenario holding the current value of every input (inputs holding formulas stay blank). */
export async function createScenario(ctx: ServiceContext, name: string): Promise<EditOutcome> {
  const state = await load(ctx);
  if (isRefusal(state)) return state;
  const bad = checkNewScenarioName(name, state.model.scenarios.map((s) => s.name));
  if (bad) return bad;
  const problem = firstInputProblem(state.inputs);
  if (problem) return problem;
  const values = state.inputs.map((input) => (input.formula === null ? input.current : ''));
  const sources = state.inputs.flatMap((input): Guard[] => (input.formula === null ? [{ kind: 'expectNamedCell', name: input.name, value: input.current }] : []));
  return addColumn(ctx, state, name, values, sources, 'create');
}

export async function duplicateScenario(ctx: ServiceContext, source: string, name: string): Promise<EditOutcome> {
  const state = await load(ctx);
  if (isRefusal(state)) return state;
  const from = requireScenario(state.model, source);
  if (isRefusal(from)) return from;
  const bad = checkNewScenarioName(name, state.model.scenarios.map((s) => s.name));
  if (bad) return bad;
  return addColumn(ctx, state, name, from.values, [{ kind: 'expectTableColumn', table: SCENARIOS_TABLE, column: from.name, values: from.column }], 'duplicate');
}

function addColumn(ctx: ServiceContext, state: Loaded, name: string, values: readonly CellValue[], sources: readonly Guard[], label: string): Promise<EditOutcome> {
  const change: Change = { kind: 'add-column', header: name, values: columnWith(state.model, values), formats: formatsColumn(state.model, state.inputs) };
  const rows = state.inputs.flatMap((input, i) => (isBlank(values[i]) ? [] : [{ input: input.name, before: '', after: values[i] }]));
  return finish(ctx, state, 'Create', name, [change], rows, sources, label);
}

export async function renameScenario(ctx: ServiceContext, from: string, to: string): Promise<EditOutcome> {
  const state = await load(ctx);
  if (isRefusal(state)) return state;
  const scenario = requireScenario(state.model, from);
  if (isRefusal(scenario)) return scenario;
  const others = state.model.scenarios.filter((s) => s !== scenario).map((s) => s.name);
  const bad = checkNewScenarioName(to, others);
  if (bad) return bad;
  if (scenario.name === to) return { kind: 'done', action: 'Rename', scenario: to, changes: [] };

  const changes: Change[] = [{ kind: 'rename-column', from: scenario.name, to }];
  const rows: ValueChange[] = [{ input: '', before: scenario.name, after: to }];
  if (sameName(state.active.text, scenario.name)) {
    if (state.active.formula !== null) return refusal('active-cell-missing', MESSAGES.activeCellFormula(state.active.formula));
    changes.push({ kind: 'cell', name: ACTIVE_NAME, before: state.active.value, after: to });
    rows.push({ input: ACTIVE_NAME, before: state.active.text, after: to });
  }
  return finish(ctx, state, 'Rename', to, changes, rows);
}

export async function deleteScenario(ctx: ServiceContext, name: string): Promise<EditOutcome> {
  const state = await load(ctx);
  if (isRefusal(state)) return state;
  const scenario = requireScenario(state.model, name);
  if (isRefusal(scenario)) return scenario;
  if (sameName(state.active.text, scenario.name)) return refusal('active-delete', MESSAGES.activeDelete(scenario.name));
  const rows = state.inputs.flatMap((input, i) =>
    isBlank(scenario.values[i]) ? [] : [{ input: input.name, before: scenario.values[i], after: '' }],
  );
  const change: Change = { kind: 'delete-column', header: scenario.name, values: scenario.column };
  return finish(ctx, state, 'Delete', scenario.name, [change], rows.length > 0 ? rows : [{ input: '', before: scenario.name, after: '' }]);
}
