/**
 * Switch: ONE read batch (`switchPlan`: the input column, the active and the target
 * scenario's columns, the header, the active cell, every input cell, the log's header),
 * then ONE write batch (any save the user chose, the target's values, the active name,
 * the log rows). Unsaved edits stop the switch until the caller passes a choice.
 */
import type { CellValue, Guard } from '../workbook/port';
import { applyChanges, type Change } from './apply';
import { ACTIVE_NAME, INPUT_COLUMN, LOG_TABLE, SCENARIOS_TABLE } from './layout';
import { excelTime, type LogEntry } from './log';
import { MESSAGES } from './messages';
import { activeWriteProblem, columnWith, findScenario, formatsColumn, isRefusal, requireScenario, valueProblem, writeProblem } from './model';
import { checkNewScenarioName, nameKey, refusal } from './names';
import { loggedStatePlan, needsEveryScenario, requireLog, scenarioContext, switchPlan, unsavedDifferences } from './state';
import type { ServiceContext, SwitchOutcome, UnsavedChoice, ValueChange } from './types';
import { isBlank, sameValue } from './values';

export async function switchScenario(ctx: ServiceContext, target: string, choice?: UnsavedChoice): Promise<SwitchOutcome> {
  let snap = await ctx.port.read(switchPlan(target));
  let state = scenarioContext(snap);
  // Rarely (a partial active scenario, an input holding a value it does not store), whether
  // that value is saved in any scenario decides: then read every scenario (one more read).
  if (!isRefusal(state) && needsEveryScenario(state, findScenario(state.model, target))) {
    snap = await ctx.port.read(loggedStatePlan());
    state = scenarioContext(snap);
  }
  if (isRefusal(state)) return state;
  const logMissing = requireLog(snap);
  if (logMissing) return logMissing;
  if (state.model.names.length === 0) return refusal('no-scenarios', MESSAGES.noScenarios());
  const scenario = requireScenario(state.model, target);
  if (isRefusal(scenario)) return scenario;

  // Every input must be a defined single cell; those the target writes must not hold
  // formulas, be hidden in merged cells, or hold a number the target would replace by text.
  for (const [i, input] of state.inputs.entries()) {
    const value = scenario.values[i];
    const problem = input.problem ?? (isBlank(value) ? undefined : (writeProblem(input) ?? valueProblem(input, value, scenario.name)));
    if (problem) return problem;
  }
  const activeProblem = activeWriteProblem(state.active);
  if (activeProblem) return activeProblem;

  const differences = unsavedDifferences(state, scenario);
  if (differences.length > 0 && !choice) {
    return {
      kind: 'unsaved',
      active: state.active.text,
      target: scenario.name,
      differences,
      canSaveIntoActive: state.activeScenario !== undefined,
    };
  }

  const time = excelTime(ctx.now());
  const index = new Map(state.inputs.map((input, i) => [input.name, i]));
  const differing = new Set(differences.map((d) => d.input));
  const changes: Change[] = [];
  const log: LogEntry[] = [];
  let saved: string | undefined;

  if (choice?.kind === 'save-into-active' && differences.length > 0) {
    const active = state.activeScenario;
    if (!active) return refusal('no-active', MESSAGES.noActive());
    const values: CellValue[] = [...active.values];
    for (const d of differences) {
      const i = index.get(d.input) ?? -1;
      values[i] = d.current;
      log.push({ time, action: 'Save', scenario: active.name, input: d.input, before: d.stored, after: d.current });
    }
    changes.push({ kind: 'column', column: active.name, before: active.column, after: columnWith(state.model, values, active.column) });
    saved = active.name;
  }
  if (choice?.kind === 'save-as-new') {
    const bad = checkNewScenarioName(choice.name, state.model.names);
    if (bad) return bad;
    const values = state.inputs.map((input) => (input.formula === null ? input.current : ''));
    changes.push({ kind: 'add-column', header: choice.name, values: columnWith(state.model, values), formats: formatsColumn(state.model, state.inputs) });
    state.inputs.forEach((input, i) => {
      if (!isBlank(values[i])) log.push({ time, action: 'Create', scenario: choice.name, input: input.name, before: '', after: values[i] });
    });
    saved = choice.name;
  }

  const switched: ValueChange[] = [];
  state.inputs.forEach((input, i) => {
    const value = scenario.values[i];
    if (isBlank(value) || sameValue(input.current, value)) return;
    changes.push({ kind: 'cell', name: input.name, before: input.current, after: value });
    switched.push({ input: input.name, before: input.current, after: value });
  });
  if (state.active.text !== scenario.name) {
    changes.push({ kind: 'cell', name: ACTIVE_NAME, before: state.active.value, after: scenario.name });
    switched.push({ input: ACTIVE_NAME, before: state.active.text, after: scenario.name });
  }
  for (const c of switched) log.push({ time, action: 'Switch', scenario: scenario.name, ...c });

  // The values written come from the target's column, matched to inputs by the Input column.
  const guards: Guard[] = [
    { kind: 'expectTableColumn', table: SCENARIOS_TABLE, column: state.model.table.header[state.model.inputColumn] ?? INPUT_COLUMN, values: state.model.table.rows.map((r) => r[state.model.inputColumn] ?? '') },
    { kind: 'expectTableColumn', table: SCENARIOS_TABLE, column: scenario.name, values: scenario.column },
  ];
  // Values saved (the user's choice) are the inputs' as read; the switch writes over some of them.
  const written = new Set(changes.flatMap((c) => (c.kind === 'cell' ? [nameKey(c.name)] : [])));
  const sources =
    choice?.kind === 'save-as-new'
      ? state.inputs.filter((i) => i.formula === null && !i.problem)
      : choice?.kind === 'save-into-active'
        ? state.inputs.filter((i) => differing.has(i.name))
        : [];
  for (const input of sources) {
    if (!written.has(nameKey(input.name))) guards.push({ kind: 'expectNamedCell', name: input.name, value: input.current });
  }
  const failure = await applyChanges(ctx, 'switch', changes, log, { logHeader: snap.tableHeader(LOG_TABLE) ?? undefined, table: state.model.table, guards });
  if (failure) return failure;
  return { kind: 'switched', scenario: scenario.name, changes: switched, ...(saved ? { saved } : {}) };
}
