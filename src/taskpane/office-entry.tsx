/**
 * The task pane in Excel: waits for Office, picks the Fluent theme that matches the
 * Office theme, and renders the pane with actions over the Office.js workbook adapter, and
 * Explain and Insert over the Office.js selection reader.
 *
 * Explain and Insert (the formula parser, the explainers, the selection reader) are a lazy
 * chunk, fetched when one of their tabs is first opened (App mounts a tab's content on its
 * first visit): the page loads only what the Scenarios tab needs before it is usable.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ScenarioService } from '../scenarios';
import { OfficeWorkbook } from '../workbook/office';
import { OfficeSelfTest } from '../workbook/office/OfficeSelfTest';
import { runSelfTest } from '../selftest';
import { SelfTestDialog } from './selftest/SelfTestDialog';
import { OfficeFormulas } from '../workbook/office/OfficeFormulas';
import { officeStartup, showPaneWithScenarios } from '../workbook/office/startup';
import { TravelService } from '../travel';
import { SCENARIOS_TABLE } from '../scenarios/layout';
import { browserPlatform, createPaneActions } from './actions';
import { App } from './App';
import type { CellHost } from './cells';

/** One selection reader for both tabs, created with the chunk that holds it. */
let cellHost: Promise<CellHost> | undefined;
function loadCellHost(): Promise<CellHost> {
  cellHost ??= Promise.all([
    import(/* webpackChunkName: "explain-insert" */ '../workbook/office/selection'),
    import(/* webpackChunkName: "explain-insert" */ './office/cells'),
  ]).then(([{ OfficeSelection }, { officeCellHost }]) => officeCellHost(new OfficeSelection()));
  return cellHost;
}

function lazyTab(load: () => Promise<ComponentType<{ host: CellHost }>>) {
  const Tab = lazy(async () => {
    const [Component, host] = await Promise.all([load(), loadCellHost()]);
    return { default: () => <Component host={host} /> };
  });
  const loading: ReactNode = <Spinner size="tiny" label="Loading…" />;
  return (
    <Suspense fallback={loading}>
      <Tab />
    </Suspense>
  );
}
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
  const startup = officeStartup();
  const travel = new TravelService({ port, formulas: new OfficeFormulas(), startup });
  const actions = createPaneActions({
    service: new ScenarioService(port),
    port,
    platform: browserPlatform(document, { canDownload: officeCanDownload() }),
    watch: officeWatch,
    travel,
  });
  // A workbook marked to load the add-in opens the pane where it holds scenarios.
  void showPaneWithScenarios(startup, async () => (await port.read({ tablesExist: [SCENARIOS_TABLE] })).tableExists(SCENARIOS_TABLE));
  const explain = lazyTab(() => import(/* webpackChunkName: "explain-insert" */ './explain/ExplainCell').then((m) => m.ExplainCell));
  const insert = lazyTab(() => import(/* webpackChunkName: "explain-insert" */ './insert/InsertCell').then((m) => m.InsertCell));
  createRoot(root).render(
    <FluentProvider theme={isDarkOfficeTheme() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App
        actions={actions}
        explain={explain}
        insert={insert}
        selfTest={<SelfTestDialog run={(onProgress) => runSelfTest(new OfficeSelfTest({ workbook: port }), { onProgress })} />}
      />
    </FluentProvider>,
  );
});
