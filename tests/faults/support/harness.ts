/**
 * The same small scenario workbook over both adapters — HyperFormula directly, and the
 * Office adapter over the fake Excel — with what the fault tests need: the raw port, a
 * picture of the whole workbook (to check "as it was"), and a co-author who edits the
 * workbook directly (not through the add-in).
 *
 * Layout (as tests/support/scenario-fixtures.ts): inputs In_1..In_n on sheet Inputs
 * (column B) holding scenario A's values (i*10); ESG_Scenarios (Input, Description, A, B
 * with B = i*10+1) on Scenarios!A3; ESG_ActiveScenario on Scenarios!B1 = "A"; an empty
 * ESG_ScenarioLog; ESG_Outputs listing Out_Total = SUM of the inputs.
 *
 * Its parts: harness-api.ts (what a test gets), hf-harness.ts, office-harness.ts.
 */
import { hfHarness } from './hf-harness';
import type { AdapterKind, Harness, HarnessOptions } from './harness-api';
import { officeHarness } from './office-harness';

export * from './harness-api';
export { hfHarness } from './hf-harness';
export { fakeState, officeHarness } from './office-harness';

export function harness(kind: AdapterKind, options: HarnessOptions = {}): Promise<Harness> {
  return kind === 'hf' ? hfHarness(options) : Promise.resolve(officeHarness(options));
}
