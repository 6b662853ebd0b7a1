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
import { browserPlatform, createPaneActions } from './actions';
import { App } from './App';
import { ExplainCell } from './explain/ExplainCell';
import { InsertCell } from './insert/InsertCell';
import { officeCellHost } from './office/cells';
import { officeCanDownload, officeWatch } from './office/host';

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
  const actions = createPaneActions({
    service: new ScenarioService(port),
    port,
    platform: browserPlatform(document, { canDownload: officeCanDownload() }),
    watch: officeWatch,
  });
  const cells = officeCellHost(new OfficeSelection());
  createRoot(root).render(
    <FluentProvider theme={isDarkOfficeTheme() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App actions={actions} explain={<ExplainCell host={cells} />} insert={<InsertCell host={cells} />} />
    </FluentProvider>,
  );
});
