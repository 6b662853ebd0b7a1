/**
 * The pane's view of the workbook's scenarios, read afresh each time it is asked for.
 */
import { OUTPUTS_TABLE } from './layout';
import { isRefusal, parseOutputs, writeProblem } from './model';
import { scenarioContext, statePlan, unsavedDifferences } from './state';
import type { InputInfo, ListOutcome, Refusal, ServiceContext } from './types';
import { isBlank } from './values';

export async function listScenarios(ctx: ServiceContext): Promise<ListOutcome> {
  const snap = await ctx.port.read(statePlan({ tables: [OUTPUTS_TABLE] }));
  const state = scenarioContext(snap);
  if (isRefusal(state)) return state;
  const outputs = parseOutputs(snap.table(OUTPUTS_TABLE));

  const problems: Refusal[] = [];
  const inputs: InputInfo[] = state.inputs.map((input, i) => {
    const written = state.model.scenarios.some((s) => !isBlank(s.values[i]));
    const problem = input.problem ?? (written ? writeProblem(input) : undefined);
    if (problem) problems.push(problem);
    return {
      name: input.name,
      description: input.description,
      current: input.current,
      hasFormula: input.formula !== null,
      ...(input.where ? { where: input.where } : {}),
      ...(problem ? { problem: problem.message } : {}),
    };
  });
  return {
    kind: 'state',
    active: state.active.text,
    activeExists: state.activeScenario !== undefined,
    inputs,
    scenarios: state.model.scenarios.map((s) => ({ name: s.name, values: s.values })),
    outputs: isRefusal(outputs) ? [] : outputs,
    unsaved: unsavedDifferences(state),
    problems,
  };
}
