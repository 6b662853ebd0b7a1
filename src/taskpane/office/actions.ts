/**
 * Every pane action over the Office.js adapter: the scenario service, Set up, the travel
 * service and its formulas reader. A chunk of its own (office-entry imports it on first use,
 * see lazy/actions.ts): none of it is needed before the Scenarios tab is usable.
 */
import { ScenarioService } from '../../scenarios/service';
import { TravelService } from '../../travel';
import type { StartupHost } from '../../travel/types';
import { OfficeFormulas } from '../../workbook/office/OfficeFormulas';
import type { WorkbookPort } from '../../workbook/port';
import { browserPlatform, createPaneActions, type PaneActions } from '../actions';

export interface OfficeActionsSources {
  readonly port: WorkbookPort;
  /** False where the host ignores downloads (Excel for Mac): exports go to the clipboard. */
  readonly canDownload: boolean;
  readonly startup: StartupHost;
}

export function officeActions({ port, startup, canDownload }: OfficeActionsSources): PaneActions {
  const platform = browserPlatform(document, { canDownload });
  const travel = new TravelService({ port, formulas: new OfficeFormulas(), startup });
  return createPaneActions({ service: new ScenarioService(port), port, platform, travel });
}
