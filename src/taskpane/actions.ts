/**
 * Everything the task pane can do, as one object passed to <App> as a prop. The pane's
 * components never call Office (or HyperFormula) themselves: Excel builds these actions
 * over the Office.js workbook adapter, the browser preview over the HyperFormula one.
 *
 * Each action reads the workbook at the moment it runs (the scenario service never works
 * from a cached copy), so edits made by a co-author since the pane last looked are seen.
 */
import type { ScenarioService } from '../scenarios';
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

/**
 * What became of an export, as far as the pane can know: the browser was asked to save
 * the file (it cannot tell whether it did), the text was copied to the clipboard, or
 * neither could be done here (Excel for Mac's web view ignores `<a download>`, office-js
 * #2700) and the pane must show the text for the user to copy.
 */
export type Delivery = 'download-requested' | 'copied' | 'not-delivered';

/** What differs between hosts: how a file is saved and read. */
export interface PanePlatform {
  /** Offers `text` to the user as a file named `fileName`, and says what happened. */
  download(fileName: string, text: string, mimeType: string): Delivery | Promise<Delivery>;
  /** The text of a file the user picked. */
  readFile(file: File): Promise<string>;
}

/** Why the pane should read the workbook again: it became visible, or a watched cell changed. */
export type WorkbookChange = 'visible' | 'edited';

/** Tells the pane when the workbook may have changed; returns how to stop. */
export type WatchWorkbook = (onChange: (why: WorkbookChange) => void) => () => void;

/** An export and what became of the file. */
export type PaneExport = Exclude<ExportOutcome, { kind: 'exported' }> | (Extract<ExportOutcome, { kind: 'exported' }> & { readonly delivery: Delivery });

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
  /** Exports every scenario and offers the file (download, or clipboard where the host can't download). */
  exportScenarios(format: ImportFormat): Promise<PaneExport>;
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
  /** Change notifications from the host (absent: the pane reads only after actions and Refresh). */
  readonly watch?: WatchWorkbook;
}

export interface PaneActionsSources {
  readonly service: ScenarioService;
  /** The workbook the service works on (unused: every action, Set up too, goes through the service). */
  readonly port?: WorkbookPort;
  readonly platform: PanePlatform;
  /** Set up also marks the workbook so it asks for its add-in. */
  readonly travel?: TravelActions;
  readonly watch?: WatchWorkbook;
}

const MIME: Record<ImportFormat, string> = { json: 'application/json', csv: 'text/csv' };

export function createPaneActions({ service, platform, travel, watch }: PaneActionsSources): PaneActions {
  return {
    ...(travel ? { travel } : {}),
    ...(watch ? { watch } : {}),
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
      if (outcome.kind !== 'exported') return outcome;
      let delivery: Delivery;
      try {
        delivery = await platform.download(outcome.fileName, outcome.text, MIME[format]);
      } catch {
        delivery = 'not-delivered';
      }
      return { ...outcome, delivery };
    },
    readFile: (file) => platform.readFile(file),
    importScenarios: (text, format, resolutions) => service.import(text, format, resolutions),
    setUp: async () => {
      const outcome = await service.setUp();
      if (outcome.kind === 'set-up') await travel?.mark(outcome.sheets[0]);
      return outcome;
    },
  };
}

/**
 * Saving through a Blob and an `<a download>` link; reading with a FileReader. Where the
 * host ignores downloads (`canDownload` false: Excel for Mac), the text goes to the
 * clipboard instead, and when that is refused too the pane shows it to copy by hand.
 */
export function browserPlatform(doc: Document = document, options: { readonly canDownload?: boolean } = {}): PanePlatform {
  return {
    async download(fileName, text, mimeType) {
      if (options.canDownload === false) return copyText(doc, text);
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
      return 'download-requested';
    },
    readFile: readFileText,
  };
}

/** Copies text with the async Clipboard API; 'not-delivered' when it is missing or refused. */
export async function copyText(doc: Document, text: string): Promise<Delivery> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText === undefined) return 'not-delivered';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'not-delivered';
  }
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
