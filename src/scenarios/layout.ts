/**
 * Where scenarios live in a workbook (see SCENARIOS.md): table, sheet and name texts.
 */
export const SCENARIOS_SHEET = 'Scenarios';
export const SCENARIOS_TABLE = 'ESG_Scenarios';
export const INPUT_COLUMN = 'Input';
export const DESCRIPTION_COLUMN = 'Description';
export const ACTIVE_NAME = 'ESG_ActiveScenario';
export const OUTPUTS_TABLE = 'ESG_Outputs';
export const OUTPUT_COLUMN = 'Output';
export const LABEL_COLUMN = 'Label';
export const LOG_SHEET = 'Scenario Log';
export const LOG_TABLE = 'ESG_ScenarioLog';
export const LOG_COLUMNS = ['Time', 'Action', 'Scenario', 'Input', 'Before', 'After'] as const;
export const COMPARISON_SHEET = 'Scenario Comparison';
export const COMPARISON_CHART = 'ESG_ComparisonChart';
/** A defined name on A1 of the sheet Compare made, so that it never writes over a user's sheet. */
export const COMPARISON_NAME = 'ESG_Comparison';

/** The actions the log records. */
export type LogAction = 'Switch' | 'Save' | 'Create' | 'Rename' | 'Delete' | 'Revert';
