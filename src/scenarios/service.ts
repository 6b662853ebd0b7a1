/**
 * The scenario service the task pane is built over. Every method reads the workbook at the
 * moment it is called (nothing is cached between calls), returns a typed outcome — a
 * refusal names its cause and means nothing was written — and throws only when the
 * workbook itself fails unexpectedly.
 */
import type { WorkbookPort } from '../workbook/port';
import { compareScenarios } from './compare';
import { createScenario, deleteScenario, duplicateScenario, renameScenario, saveScenario } from './edit';
import { exportCsv, exportJson, importScenarios } from './exchange';
import { listScenarios } from './list';
import { revertLast } from './revert';
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
  RevertOutcome,
  ServiceContext,
  SwitchOutcome,
  UnsavedChoice,
} from './types';

export interface ScenarioServiceOptions {
  /** The clock for log times (tests inject one). */
  readonly now?: () => Date;
  /** How Compare waits while Excel still shows outputs as calculating (`#BUSY!`). */
  readonly waitForCalculation?: () => Promise<void>;
  readonly maxCalculationWaits?: number;
}

const wait = (ms: number) => (): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class ScenarioService {
  private readonly ctx: ServiceContext;

  constructor(port: WorkbookPort, options: ScenarioServiceOptions = {}) {
    this.ctx = {
      port,
      now: options.now ?? (() => new Date()),
      waitForCalculation: options.waitForCalculation ?? wait(250),
      maxCalculationWaits: options.maxCalculationWaits ?? 40,
    };
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
    return switchScenario(this.ctx, scenario, choice);
  }

  /** Puts back the Before values of the last Switch or Revert. */
  revert(): Promise<RevertOutcome> {
    return revertLast(this.ctx);
  }

  /** Saves current values into `scenario` (default: the active one) for the inputs it stores. */
  save(scenario?: string): Promise<EditOutcome> {
    return saveScenario(this.ctx, scenario);
  }

  /** A new scenario from the current values of every input. */
  create(name: string): Promise<EditOutcome> {
    return createScenario(this.ctx, name);
  }

  duplicate(source: string, name: string): Promise<EditOutcome> {
    return duplicateScenario(this.ctx, source, name);
  }

  rename(from: string, to: string): Promise<EditOutcome> {
    return renameScenario(this.ctx, from, to);
  }

  /** Deletes a scenario's column; the active scenario is refused. */
  delete(scenario: string): Promise<EditOutcome> {
    return deleteScenario(this.ctx, scenario);
  }

  /** Writes the 'Scenario Comparison' sheet; always restores the active scenario and unsaved values. */
  compare(options?: CompareOptions): Promise<CompareOutcome> {
    return compareScenarios(this.ctx, options);
  }

  exportJson(): Promise<ExportOutcome> {
    return exportJson(this.ctx);
  }

  exportCsv(): Promise<ExportOutcome> {
    return exportCsv(this.ctx);
  }

  /** Imports scenarios; conflicts (same name, other values) come back unwritten until resolved. */
  import(text: string, format: ImportFormat, resolutions?: Readonly<Record<string, ConflictResolution>>): Promise<ImportOutcome> {
    return importScenarios(this.ctx, text, format, resolutions);
  }
}
