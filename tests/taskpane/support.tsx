/**
 * The task pane over a real scenario service and a HyperFormula workbook holding the
 * Set up demo model; only the platform's download is a recording fake (files are read
 * with the pane's own FileReader code).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createHyperFormula } from '../../src/hf/engine';
import { ScenarioService } from '../../src/scenarios';
import { createPaneActions, readFileText, type PanePlatform } from '../../src/taskpane/actions';
import { App } from '../../src/taskpane/App';
import { HyperFormulaWorkbook } from '../../src/workbook/hf';
import type { WorkbookPort } from '../../src/workbook/port';
import { clock, demo, type Demo } from '../scenarios/support/demo';

export interface Download {
  fileName: string;
  text: string;
  mimeType: string;
}

export function recordingPlatform(): PanePlatform & { downloads: Download[] } {
  const downloads: Download[] = [];
  return {
    downloads,
    download: (fileName, text, mimeType) => downloads.push({ fileName, text, mimeType }),
    readFile: readFileText,
  };
}

function mount(service: ScenarioService, port: WorkbookPort, platform: PanePlatform) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App actions={createPaneActions({ service, port, platform })} />
    </FluentProvider>,
  );
  return user;
}

/** The pane over the demo model, once it has read the scenario list. */
export async function renderDemoPane(options: { port?: (wb: HyperFormulaWorkbook) => WorkbookPort } = {}) {
  const d: Demo = await demo(options);
  const platform = recordingPlatform();
  const user = mount(d.service, d.wb, platform);
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
