/**
 * The scenario service the task pane is built over. Every method reads the workbook at the
 * moment it is called (nothing is cached between calls), returns a typed outcome — a
 * refusal names its cause and means nothing was written. The actions that write never
 * throw: a workbook failure comes back as a `Failure` (see `safely`); the read-only ones
 * (list, recentLog, export) throw when the workbook cannot be read.
 */
import type { WorkbookPort } from '../workbook/port';
import { compareScenarios } from './compare';
import { serviceContext, type ScenarioServiceOptions } from './context';
import { createScenario, deleteScenario, duplicateScenario, renameScenario, saveScenario } from './edit';
import { exportCsv, exportJson, importScenarios } from './exchange';
import { recentLog } from './history';
import { listScenarios } from './list';
import { revertLast } from './revert';
import { safely } from './safely';
import { switchScenario } from './switch';
import type {
  CompareOptions,
  CompareOutcome,
  ConflictResolution,
  EditOutcome,
  ExportOutcome,
  ImportFormat,
  ImportOutcome,
  ListOutcome,
  LogOutcome,
  RevertOutcome,
  ServiceContext,
  SwitchOutcome,
  UnsavedChoice,
} from './types';

export type { ScenarioServiceOptions } from './context';

export class ScenarioService {
  private readonly ctx: ServiceContext;

  constructor(port: WorkbookPort, options: ScenarioServiceOptions = {}) {
    this.ctx = serviceContext(port, options);
  }

  /** Scenarios, inputs (current values, problems), outputs, the active one and unsaved edits. */
  list(): Promise<ListOutcome> {
    return listScenarios(this.ctx);
  }

  /**
   * Switches to `scenario`. Without `choice`, unsaved edits return `{kind:'unsaved'}` and
   * nothing is written; call again with the user's choice.
   */
  switchTo(scenario: string, choice?: UnsavedChoice): Promise<SwitchOutcome> {
    return safely(this.ctx, 'switch', (ctx) => switchScenario(ctx, scenario, choice));
  }

  /** The last `limit` rows of the Scenario Log, newest first, and whether Revert has something to undo. */
  recentLog(limit = 10): Promise<LogOutcome> {
    return recentLog(this.ctx, limit);
  }

  /** Puts back the Before values of the last Switch or Revert. */
  revert(): Promise<RevertOutcome> {
    return safely(this.ctx, 'revert', (ctx) => revertLast(ctx));
  }

  /** Saves current values into `scenario` (default: the active one) for the inputs it stores. */
  save(scenario?: string): Promise<EditOutcome> {
    return safely(this.ctx, 'save', (ctx) => saveScenario(ctx, scenario));
  }

  /** A new scenario from the current values of every input. */
  create(name: string): Promise<EditOutcome> {
    return safely(this.ctx, 'create', (ctx) => createScenario(ctx, name));
  }

  duplicate(source: string, name: string): Promise<EditOutcome> {
    return safely(this.ctx, 'duplicate', (ctx) => duplicateScenario(ctx, source, name));
  }

  rename(from: string, to: string): Promise<EditOutcome> {
    return safely(this.ctx, 'rename', (ctx) => renameScenario(ctx, from, to));
  }

  /** Deletes a scenario's column; the active scenario is refused. */
  delete(scenario: string): Promise<EditOutcome> {
    return safely(this.ctx, 'delete', (ctx) => deleteScenario(ctx, scenario));
  }

  /** Writes the 'Scenario Comparison' sheet; always restores the active scenario and unsaved values. */
  compare(options?: CompareOptions): Promise<CompareOutcome> {
    return safely(this.ctx, 'comparison', (ctx) => compareScenarios(ctx, options));
  }

  exportJson(): Promise<ExportOutcome> {
    return exportJson(this.ctx);
  }

  exportCsv(): Promise<ExportOutcome> {
    return exportCsv(this.ctx);
  }

  /** Imports scenarios; conflicts (same name, other values) come back unwritten until resolved. */
  import(text: string, format: ImportFormat, resolutions?: Readonly<Record<string, ConflictResolution>>): Promise<ImportOutcome> {
    return safely(this.ctx, 'import', (ctx) => importScenarios(ctx, text, format, resolutions));
  }
}
