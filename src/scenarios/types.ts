/**
 * The scenario service's public data types: what each action returns to the pane.
 * Expected outcomes (a refusal, unsaved edits, import conflicts) are returned values, and
 * so is a failure of the workbook during an action that writes (`Failure`).
 */
import type { CellValue, WorkbookPort } from '../workbook/port';
import type { LogAction } from './layout';
import type { LogEntry } from './log';

export type RefusalCode =
  | 'table-missing'
  | 'column-missing'
  | 'active-cell-missing'
  | 'scenario-name-invalid'
  | 'scenario-name-duplicate'
  | 'scenario-not-found'
  | 'scenario-exists'
  | 'no-scenarios'
  | 'input-blank'
  | 'input-duplicate'
  | 'input-undefined'
  | 'input-not-cell'
  | 'input-formula'
  /** An input cell is part of a spilled array or an array formula (writing there breaks it). */
  | 'input-spill'
  /** A scenario gives text to an input that holds a number (formulas would ignore or reject it). */
  | 'input-text'
  /** An input cell is inside merged cells but not their first cell (Excel keeps only the first). */
  | 'input-merged'
  | 'active-delete'
  | 'no-active'
  | 'nothing-to-revert'
  /** Revert: the log names a cell that is not a scenario input now, or names one twice with different values. */
  | 'input-not-listed'
  | 'output-undefined'
  | 'output-not-range'
  | 'output-too-large'
  | 'outputs-empty'
  | 'output-not-listed'
  | 'import-invalid'
  | 'setup-exists'
  | 'setup-name-taken';

/** The service refused and wrote nothing. `offerSetup`: the pane should offer Set up. */
export interface Refusal {
  readonly kind: 'refused';
  readonly code: RefusalCode;
  readonly message: string;
  readonly offerSetup?: boolean;
}

/**
 * The action did not complete: the workbook failed (a round-trip broke) or someone else
 * changed what the action was writing. The service put the workbook back (or says what it
 * could not); it never throws for these.
 */
export interface Failure {
  readonly kind: 'failed';
  readonly message: string;
  readonly restored: boolean;
  /**
   * What someone else changed between the action's read and its write (names, or
   * `ESG_Scenarios[Scenario]`, each with what it holds now). Their edits were kept.
   */
  readonly changedMeanwhile?: readonly string[];
}

export interface InputInfo {
  /** The defined name, as listed in the `Input` column. */
  readonly name: string;
  readonly description: string;
  /** `Sheet!A1` of the cell, when the name resolves to one. */
  readonly where?: string;
  readonly current: CellValue;
  readonly hasFormula: boolean;
  /** What is wrong with this input, if anything (a switch would be refused). */
  readonly problem?: string;
}

export interface ScenarioInfo {
  readonly name: string;
  /** One value per input, in the order of `inputs`; `''` = leaves that input as it is. */
  readonly values: readonly CellValue[];
}

export interface OutputInfo {
  readonly name: string;
  readonly label: string;
}

/** Why an input counts as an unsaved edit. */
export type DifferenceReason =
  /** The active scenario stores another value for it. */
  | 'differs-from-active'
  /** The active scenario leaves it blank (or none is active), no scenario stores the current value, and the switch would overwrite it. */
  | 'not-in-any-scenario';

export interface InputDifference {
  readonly input: string;
  readonly description: string;
  /** The active scenario's stored value (`''` when it has none). */
  readonly stored: CellValue;
  readonly current: CellValue;
  readonly reason: DifferenceReason;
}

export interface ScenarioState {
  readonly kind: 'state';
  /** The text of the `ESG_ActiveScenario` cell (`''` when blank). */
  readonly active: string;
  /** Whether that text names a scenario of the table. */
  readonly activeExists: boolean;
  readonly inputs: readonly InputInfo[];
  readonly scenarios: readonly ScenarioInfo[];
  /** Outputs listed in `ESG_Outputs` (empty when the table is missing). */
  readonly outputs: readonly OutputInfo[];
  /** Inputs whose current value differs from the active scenario's. */
  readonly unsaved: readonly InputDifference[];
  /** Problems that would make a Switch refuse (also given per input). */
  readonly problems: readonly Refusal[];
}

export type ListOutcome = ScenarioState | Refusal;

/** How to treat unsaved edits when switching. */
export type UnsavedChoice =
  | { readonly kind: 'save-into-active' }
  | { readonly kind: 'save-as-new'; readonly name: string }
  | { readonly kind: 'discard' };

export interface ValueChange {
  readonly input: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

export type SwitchOutcome =
  | { readonly kind: 'switched'; readonly scenario: string; readonly changes: readonly ValueChange[]; readonly saved?: string }
  /** Nothing was written: the caller asks the user and calls again with a choice. */
  | {
      readonly kind: 'unsaved';
      readonly active: string;
      readonly target: string;
      readonly differences: readonly InputDifference[];
      /** False when there is no active scenario to save into. */
      readonly canSaveIntoActive: boolean;
    }
  | Refusal
  | Failure;

export type RevertOutcome =
  | { readonly kind: 'reverted'; readonly scenario: string; readonly changes: readonly ValueChange[] }
  | Refusal
  | Failure;

/** Save / Create / Duplicate / Rename / Delete. */
export type EditOutcome =
  | { readonly kind: 'done'; readonly action: LogAction; readonly scenario: string; readonly changes: readonly ValueChange[] }
  | Refusal
  | Failure;

export interface CompareProgress {
  /** 1-based. */
  readonly index: number;
  readonly total: number;
  readonly scenario: string;
  readonly message: string;
}

export interface CompareOptions {
  /** Scenarios to compare (default: all, in table order). */
  readonly scenarios?: readonly string[];
  /** Outputs of `ESG_Outputs` to report, by name (default: all, in table order). */
  readonly outputs?: readonly string[];
  readonly onProgress?: (progress: CompareProgress) => void;
}

export interface ComparisonRow {
  readonly name: string;
  readonly label: string;
  readonly values: readonly CellValue[];
  /** The number format of the input's or output's own cell (`''`: General). */
  readonly format?: string;
}

export type CompareOutcome =
  | {
      readonly kind: 'compared';
      readonly sheet: string;
      readonly madeAt: string;
      /** The scenario active before and after (`''` = none). */
      readonly restored: string;
      readonly scenarios: readonly string[];
      readonly inputs: readonly ComparisonRow[];
      readonly outputs: readonly ComparisonRow[];
      /** Scenarios that store no value for some inputs: those inputs kept their starting value. */
      readonly partial: readonly { readonly scenario: string; readonly inputs: readonly string[] }[];
    }
  | Refusal
  | Failure;

/** A log row for the pane: its Time as ISO 8601 text (UTC), whether the log holds an Excel date-time or older ISO text. */
export type LogLine = Omit<LogEntry, 'time'> & { readonly time: string };

/** The last rows of the Scenario Log, newest first. */
export type LogOutcome =
  | {
      readonly kind: 'log';
      readonly entries: readonly LogLine[];
      /** Rows in the whole log. */
      readonly total: number;
      /** Whether the log has a Switch or Revert that Revert would undo. */
      readonly canRevert: boolean;
    }
  | Refusal;

export type ExportOutcome = { readonly kind: 'exported'; readonly text: string; readonly fileName: string } | Refusal;

export type ImportFormat = 'json' | 'csv';

/** The user's answer for one conflicting scenario. */
export type ConflictResolution = 'keep' | 'replace' | { readonly renameTo: string };

export interface ImportConflict {
  readonly scenario: string;
  readonly differences: readonly { readonly input: string; readonly workbook: CellValue; readonly file: CellValue }[];
}

export type ImportOutcome =
  | {
      readonly kind: 'imported';
      readonly added: readonly string[];
      readonly replaced: readonly string[];
      readonly unchanged: readonly string[];
      readonly kept: readonly string[];
      /** Inputs in the file that the workbook's table does not list (their values were ignored). */
      readonly unknownInputs: readonly string[];
      /** Inputs that took the values of the active scenario it replaced (none when it was not replaced). */
      readonly loaded: readonly ValueChange[];
    }
  /** Nothing was written: same names, different values. Call again with resolutions. */
  | { readonly kind: 'conflicts'; readonly message: string; readonly conflicts: readonly ImportConflict[] }
  | Refusal
  | Failure;

/** What every action needs: the workbook, a clock, and how to wait for Excel to calculate. */
export interface ServiceContext {
  readonly port: WorkbookPort;
  readonly now: () => Date;
  readonly waitForCalculation: () => Promise<void>;
  readonly maxCalculationWaits: number;
}
