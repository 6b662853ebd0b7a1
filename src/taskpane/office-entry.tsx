/**
 * The task pane in Excel: waits for Office, picks the Fluent theme that matches the
 * Office theme, and renders the pane with actions over the Office.js workbook adapter, and
 * Explain and Insert over the Office.js selection reader.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ScenarioService } from '../scenarios';
import { OfficeWorkbook } from '../workbook/office';
import { OfficeSelection } from '../workbook/office/selection';
import { OfficeFormulas } from '../workbook/office/OfficeFormulas';
import { officeStartup, showPaneWithScenarios } from '../workbook/office/startup';
import { TravelService } from '../travel';
import { SCENARIOS_TABLE } from '../scenarios/layout';
import { browserPlatform, createPaneActions } from './actions';
import { App } from './App';
import { ExplainCell } from './explain/ExplainCell';
import { InsertCell } from './insert/InsertCell';
import { officeCellHost } from './office/cells';

function isDarkOfficeTheme(): boolean {
  const theme = Office.context?.officeTheme;
  if (!theme?.bodyBackgroundColor) return false;
  const hex = theme.bodyBackgroundColor.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

void Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('The task pane page has no #root element');
  const port = new OfficeWorkbook();
  const startup = officeStartup();
  const travel = new TravelService({ port, formulas: new OfficeFormulas(), startup });
  const actions = createPaneActions({ service: new ScenarioService(port), port, platform: browserPlatform(), travel });
  // A workbook marked to load the add-in opens the pane where it holds scenarios.
  void showPaneWithScenarios(startup, async () => (await port.read({ tablesExist: [SCENARIOS_TABLE] })).tableExists(SCENARIOS_TABLE));
  const cells = officeCellHost(new OfficeSelection());
  createRoot(root).render(
    <FluentProvider theme={isDarkOfficeTheme() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App actions={actions} explain={<ExplainCell host={cells} />} insert={<InsertCell host={cells} />} />
    </FluentProvider>,
  );
});
