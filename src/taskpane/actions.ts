/**
 * Everything the task pane can do, as one object passed to <App> as a prop. The pane's
 * components never call Office (or HyperFormula) themselves: Excel builds these actions
 * over the Office.js workbook adapter, the browser preview over the HyperFormula one.
 *
 * Each action reads the workbook at the moment it runs (the scenario service never works
 * from a cached copy), so edits made by a co-author since the pane last looked are seen.
 */
import { setUpDemoModel, type ScenarioService } from '../scenarios';
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
  SetupOutcome,
  SwitchOutcome,
  UnsavedChoice,
} from '../scenarios';
import type { WorkbookPort } from '../workbook/port';
import type { TravelActions } from './travel/TravelSection';

/** What differs between hosts: how a file is saved and read. */
export interface PanePlatform {
  /** Offers `text` to the user as a file named `fileName`. */
  download(fileName: string, text: string, mimeType: string): void;
  /** The text of a file the user picked. */
  readFile(file: File): Promise<string>;
}

export interface PaneActions {
  list(): Promise<ListOutcome>;
  /** The last `limit` rows of the Scenario Log, newest first. */
  recentLog(limit: number): Promise<LogOutcome>;
  switchTo(scenario: string, choice?: UnsavedChoice): Promise<SwitchOutcome>;
  revert(): Promise<RevertOutcome>;
  /** Saves the current values into `scenario` (default: the active one). */
  save(scenario?: string): Promise<EditOutcome>;
  create(name: string): Promise<EditOutcome>;
  duplicate(source: string, name: string): Promise<EditOutcome>;
  rename(from: string, to: string): Promise<EditOutcome>;
  delete(scenario: string): Promise<EditOutcome>;
  compare(options: CompareOptions): Promise<CompareOutcome>;
  /** Exports every scenario and offers the file for download. */
  exportScenarios(format: ImportFormat): Promise<ExportOutcome>;
  readFile(file: File): Promise<string>;
  importScenarios(
    text: string,
    format: ImportFormat,
    resolutions?: Readonly<Record<string, ConflictResolution>>,
  ): Promise<ImportOutcome>;
  /** Writes the demo model and the scenario sheets into the workbook. */
  setUp(): Promise<SetupOutcome>;
  /** Prepare a copy to send / Restore formulas / mark the workbook (shown when given). */
  readonly travel?: TravelActions;
}

export interface PaneActionsSources {
  readonly service: ScenarioService;
  /** The workbook the service works on (Set up writes into it). */
  readonly port: WorkbookPort;
  readonly platform: PanePlatform;
  /** Set up also marks the workbook so it asks for its add-in. */
  readonly travel?: TravelActions;
}

const MIME: Record<ImportFormat, string> = { json: 'application/json', csv: 'text/csv' };

export function createPaneActions({ service, port, platform, travel }: PaneActionsSources): PaneActions {
  return {
    ...(travel ? { travel } : {}),
    list: () => service.list(),
    recentLog: (limit) => service.recentLog(limit),
    switchTo: (scenario, choice) => service.switchTo(scenario, choice),
    revert: () => service.revert(),
    save: (scenario) => service.save(scenario),
    create: (name) => service.create(name),
    duplicate: (source, name) => service.duplicate(source, name),
    rename: (from, to) => service.rename(from, to),
    delete: (scenario) => service.delete(scenario),
    compare: (options) => service.compare(options),
    exportScenarios: async (format) => {
      const outcome = format === 'json' ? await service.exportJson() : await service.exportCsv();
      if (outcome.kind === 'exported') platform.download(outcome.fileName, outcome.text, MIME[format]);
      return outcome;
    },
    readFile: (file) => platform.readFile(file),
    importScenarios: (text, format, resolutions) => service.import(text, format, resolutions),
    setUp: async () => {
      const outcome = await setUpDemoModel(port);
      if (outcome.kind === 'set-up') await travel?.mark(outcome.sheets[0]);
      return outcome;
    },
  };
}

/** Saving through a Blob and an `<a download>` link; reading with a FileReader. */
export function browserPlatform(doc: Document = document): PanePlatform {
  return {
    download(fileName, text, mimeType) {
      const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      link.style.display = 'none';
      doc.body.appendChild(link);
      try {
        link.click();
      } finally {
        link.remove();
        // Revoke after the click has been handled (the download keeps its own reference).
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }
    },
    readFile: readFileText,
  };
}

/** A file's text (UTF-8), through FileReader: older Office web views have no `Blob.text()`. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}
