/**
 * Fake Excel workbooks in the scenario layout of SCENARIOS.md, with n named inputs.
 */
import { FakeWorkbook, type FakeValue } from './fake-excel';

export interface ScenarioFixtureOptions {
  /** Values of scenario A and B for input i (1-based). */
  readonly a?: (i: number) => FakeValue;
  readonly b?: (i: number) => FakeValue;
  readonly active?: string;
  readonly withOutputs?: boolean;
}

export const LOG_HEADER = ['Time', 'Action', 'Scenario', 'Input', 'Before', 'After'];

/**
 * Inputs `In_1..In_n` on sheet Inputs (column B) holding scenario A's values; table
 * ESG_Scenarios (Input, Description, A, B) on Scenarios!A3; ESG_ActiveScenario on
 * Scenarios!B1; an empty ESG_ScenarioLog; optionally ESG_Outputs listing `Out_Total`
 * (the sum of the inputs, recomputed whenever the fake "calculates").
 */
export function scenarioWorkbook(n: number, options: ScenarioFixtureOptions = {}): FakeWorkbook {
  const a = options.a ?? ((i: number) => i * 10);
  const b = options.b ?? ((i: number) => i * 10 + 1);
  const wb = new FakeWorkbook();
  wb.addSheet('Inputs');
  wb.addSheet('Scenarios');
  wb.addSheet('Scenario Log');
  for (let i = 1; i <= n; i += 1) {
    wb.setValue('Inputs', `A${i}`, `Input ${i}`);
    wb.setValue('Inputs', `B${i}`, a(i));
    wb.defineName(`In_${i}`, 'Inputs', `B${i}`);
  }
  wb.setValue('Scenarios', 'A1', 'Active scenario');
  wb.setValue('Scenarios', 'B1', options.active ?? 'A');
  wb.defineName('ESG_ActiveScenario', 'Scenarios', 'B1');
  wb.addTable(
    'ESG_Scenarios',
    'Scenarios',
    'A3',
    ['Input', 'Description', 'A', 'B'],
    Array.from({ length: n }, (_, k) => [`In_${k + 1}`, `Input ${k + 1}`, a(k + 1), b(k + 1)]),
  );
  wb.addTable('ESG_ScenarioLog', 'Scenario Log', 'A1', LOG_HEADER, []);
  if (options.withOutputs) {
    wb.addSheet('Model');
    wb.setFormula('Model', 'A1', `=SUM(Inputs!B1:B${n})`, 0);
    wb.defineName('Out_Total', 'Model', 'A1');
    wb.addTable('ESG_Outputs', 'Scenarios', `A${n + 8}`, ['Output', 'Label'], [['Out_Total', 'Total']]);
    wb.onCalculate = (book) => {
      let sum = 0;
      for (let i = 1; i <= n; i += 1) {
        const v = book.namedValue(`In_${i}`);
        sum += typeof v === 'number' ? v : 0;
      }
      book.setFormula('Model', 'A1', `=SUM(Inputs!B1:B${n})`, sum);
    };
    wb.onCalculate(wb);
  }
  return wb;
}

/** The log's non-blank rows. */
export function logRows(wb: FakeWorkbook): FakeValue[][] {
  return wb.table('ESG_ScenarioLog').rows.filter((row) => row.some((v) => v !== ''));
}
