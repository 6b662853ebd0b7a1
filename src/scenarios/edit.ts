/**
 * Save, Create, Duplicate, Rename, Delete: they change the `ESG_Scenarios` table only
 * (Rename also follows the active scenario's cell when it names the renamed one). Each is
 * one read batch and one write batch, and logs what it changed.
 */
import type { CellValue } from '../workbook/port';
import { applyChanges, type Change } from './apply';
import { ACTIVE_NAME, LOG_TABLE, type LogAction } from './layout';
import type { LogEntry } from './log';
import { MESSAGES } from './messages';
import { columnWith, firstInputProblem, isRefusal, requireScenario } from './model';
import { checkNewScenarioName, refusal, sameName } from './names';
import { requireLog, scenarioContext, statePlan, unsavedDifferences, type ScenarioContext } from './state';
import type { EditOutcome, Refusal, ServiceContext, ValueChange } from './types';
import { isBlank } from './values';

async function load(ctx: ServiceContext): Promise<ScenarioContext | Refusal> {
  const snap = await ctx.port.read(statePlan({ tablesExist: [LOG_TABLE] }));
  const state = scenarioContext(snap);
  if (isRefusal(state)) return state;
  return requireLog(snap) ?? state;
}

async function finish(
  ctx: ServiceContext,
  action: LogAction,
  scenario: string,
  changes: readonly Change[],
  rows: readonly ValueChange[],
): Promise<EditOutcome> {
  const time = ctx.now().toISOString();
  const log: LogEntry[] = rows.map((r) => ({ time, action, scenario, ...r }));
  const failure = await applyChanges(ctx, action.toLowerCase(), changes, log);
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
  const rows: ValueChange[] = differences.map((d) => {
    values[state.inputs.findIndex((i) => i.name === d.input)] = d.current;
    return { input: d.input, before: d.stored, after: d.current };
  });
  const change: Change = { kind: 'column', column: target.name, before: target.column, after: columnWith(state.model, values, target.column) };
  return finish(ctx, 'Save', target.name, [change], rows);
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
  return addColumn(ctx, state, name, values);
}

export async function duplicateScenario(ctx: ServiceContext, source: string, name: string): Promise<EditOutcome> {
  const state = await load(ctx);
  if (isRefusal(state)) return state;
  const from = requireScenario(state.model, source);
  if (isRefusal(from)) return from;
  const bad = checkNewScenarioName(name, state.model.scenarios.map((s) => s.name));
  if (bad) return bad;
  return addColumn(ctx, state, name, from.values);
}

function addColumn(ctx: ServiceContext, state: ScenarioContext, name: string, values: readonly CellValue[]): Promise<EditOutcome> {
  const change: Change = { kind: 'add-column', header: name, values: columnWith(state.model, values) };
  const rows = state.inputs.flatMap((input, i) => (isBlank(values[i]) ? [] : [{ input: input.name, before: '', after: values[i] }]));
  return finish(ctx, 'Create', name, [change], rows);
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
    changes.push({ kind: 'cell', name: ACTIVE_NAME, before: state.active.text, after: to });
    rows.push({ input: ACTIVE_NAME, before: state.active.text, after: to });
  }
  return finish(ctx, 'Rename', to, changes, rows);
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
  return finish(ctx, 'Delete', scenario.name, [change], rows.length > 0 ? rows : [{ input: '', before: scenario.name, after: '' }]);
}
