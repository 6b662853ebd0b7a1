/** The scenario service (pure logic over the workbook port) and Set up. */
export { ScenarioService, type ScenarioServiceOptions } from './service';
export { setUpDemoModel, DEMO_SCENARIOS, FORMATS, demoNames, type SetupOutcome } from './setup';
export { MESSAGES } from './messages';
export * from './layout';
export type * from './types';
/** The pane's view of a log row (see `LogLine`). */
export type { LogLine as LogEntry } from './types';
