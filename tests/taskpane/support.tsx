/**
 * The task pane over a real scenario service and a HyperFormula workbook holding the
 * Set up demo model; only the platform's download is a recording fake (files are read
 * with the pane's own FileReader code).
 */
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createHyperFormula } from '../../src/hf/engine';
import { ScenarioService } from '../../src/scenarios';
import { createPaneActions, readFileText, type PanePlatform, type WatchWorkbook, type WorkbookChange } from '../../src/taskpane/actions';
import { App } from '../../src/taskpane/App';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';
import type { WorkbookPort } from '../../src/workbook/port';
import { clock, demo, type Demo } from '../scenarios/support/demo';

// The machine running the suite may be busy: findBy/waitFor wait for what the user sees for
// up to 20 s rather than testing-library's 1 s, and no test leans on jest's 5 s default.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

export interface Download {
  fileName: string;
  text: string;
  mimeType: string;
}

export function recordingPlatform(): PanePlatform & { downloads: Download[] } {
  const downloads: Download[] = [];
  return {
    downloads,
    download: (fileName, text, mimeType) => {
      downloads.push({ fileName, text, mimeType });
      return 'download-requested';
    },
    readFile: readFileText,
  };
}

/** A host's change notification the test fires by hand (as Excel's events would). */
export function manualWatch(): WatchWorkbook & { fire: (why: WorkbookChange) => void; listeners: number } {
  const listeners = new Set<(why: WorkbookChange) => void>();
  const watch = ((onChange: (why: WorkbookChange) => void) => {
    listeners.add(onChange);
    return () => {
      listeners.delete(onChange);
    };
  }) as unknown as WatchWorkbook & { fire: (why: WorkbookChange) => void; listeners: number };
  watch.fire = (why) => listeners.forEach((l) => l(why));
  Object.defineProperty(watch, 'listeners', { get: () => listeners.size });
  return watch;
}

function mount(service: ScenarioService, port: WorkbookPort, platform: PanePlatform, watch?: WatchWorkbook) {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <App actions={createPaneActions({ service, port, platform, ...(watch ? { watch } : {}) })} />
    </FluentProvider>,
  );
  return user;
}

/** The pane over the demo model, once it has read the scenario list. */
export async function renderDemoPane(
  options: { port?: (wb: HyperFormulaWorkbook) => WorkbookPort; platform?: PanePlatform & { downloads: Download[] }; watch?: WatchWorkbook } = {},
) {
  const d: Demo = await demo(options);
  const platform = options.platform ?? recordingPlatform();
  const user = mount(d.service, d.wb, platform, options.watch);
  await screen.findByRole('list', { name: 'Scenarios' });
  return { d, user, platform };
}

/** The pane over an empty workbook (no scenario tables). */
export function renderEmptyPane() {
  const hf = createHyperFormula();
  const wb = new HyperFormulaWorkbook(hf);
  const service = new ScenarioService(wb, { now: clock() });
  const user = mount(service, wb, recordingPlatform());
  return { hf, wb, user };
}
