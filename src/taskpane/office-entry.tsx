/**
 * The task pane in Excel: waits for Office, picks the Fluent theme that matches the
 * Office theme, and renders the pane with actions over the Office.js workbook adapter, and
 * Explain and Insert over the Office.js selection reader.
 *
 * The page's first load (functions.js + taskpane.js) holds only what the Scenarios tab needs
 * before it is usable: React, Fluent's provider, tabs, buttons and message bars, the pane's
 * shell, the scenario list and log, and the two reads behind them (list, recent log) over the
 * Office.js adapter. Everything else is a chunk (src/taskpane/lazy/): the other actions (the
 * scenario service, Set up, travel), the dialogs, the Compare, Explain, Insert and Functions
 * tabs, and the self-test. Each shows a loading state until its code is there. The chunk is
 * fetched as soon as the pane has rendered (the header's self-test button and the travel
 * section's startup state are in it), never before: the Scenarios tab does not wait for it.
 */
import { type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { serviceContext } from '../scenarios/context';
import { recentLog } from '../scenarios/history';
import { SCENARIOS_TABLE } from '../scenarios/layout';
import { listScenarios } from '../scenarios/list';
import { OfficeWorkbook } from '../workbook/office/OfficeWorkbook';
import { officeStartup, showPaneWithScenarios } from '../workbook/office/startup';
import { App } from './App';
import type { CellHost } from './cells';
import { deferredActions } from './lazy/actions';
import { deferred, once } from './lazy/deferred';
import { officeCanDownload, officeWatch } from './office/host';
import type { SelfTestDialogProps } from './selftest/SelfTestDialog';

/** One selection reader for both tabs, created with the chunk that holds it. */
const cellHost = once(() =>
  Promise.all([
    import(/* webpackChunkName: "pane-more" */ '../workbook/office/selection'),
    import(/* webpackChunkName: "pane-more" */ './office/cells'),
  ]).then(([{ OfficeSelection }, { officeCellHost }]) => officeCellHost(new OfficeSelection())),
);

function cellTab(load: () => Promise<ComponentType<{ host: CellHost }>>) {
  const Tab = deferred<object>(async () => {
    const [Component, host] = await Promise.all([load(), cellHost()]);
    return function CellTab() {
      return <Component host={host} />;
    };
  });
  return <Tab />;
}

/** "Check this add-in": until its chunk is there, the same button, not yet usable. */
const SelfTestDialog = deferred<SelfTestDialogProps>(
  () => import(/* webpackChunkName: "pane-more" */ './selftest/SelfTestDialog').then((m) => m.SelfTestDialog),
  () => (
    <Button size="small" appearance="subtle" disabled>
      Check this add-in
    </Button>
  ),
);

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
  const reads = serviceContext(port);
  const actions = deferredActions({
    reads: { list: () => listScenarios(reads), recentLog: (limit) => recentLog(reads, limit) },
    load: () => import(/* webpackChunkName: "pane-more" */ './office/actions').then((m) => m.officeActions({ port, startup, canDownload: officeCanDownload() })),
    travel: true,
    watch: officeWatch,
  });
  // A workbook marked to load the add-in opens the pane where it holds scenarios.
  void showPaneWithScenarios(startup, async () => (await port.read({ tablesExist: [SCENARIOS_TABLE] })).tableExists(SCENARIOS_TABLE));
  const explain = cellTab(() => import(/* webpackChunkName: "pane-more" */ './explain/ExplainCell').then((m) => m.ExplainCell));
  const insert = cellTab(() => import(/* webpackChunkName: "pane-more" */ './insert/InsertCell').then((m) => m.InsertCell));
  const runChecks: SelfTestDialogProps['run'] = async (onProgress) =>
    (await import(/* webpackChunkName: "pane-more" */ './office/selftest')).runOfficeSelfTest(port, onProgress);
  createRoot(root).render(
    <FluentProvider theme={isDarkOfficeTheme() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App actions={actions} explain={explain} insert={insert} selfTest={<SelfTestDialog run={runChecks} />} />
    </FluentProvider>,
  );
});
