/**
 * The task pane: tabs for Scenarios, Compare, Explain, Insert and Functions. Everything
 * it does goes through `actions` (built over the Office.js adapter in Excel, over the
 * HyperFormula one in the browser preview); Explain and Insert are slots the host fills.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Button, Caption1, makeStyles, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { APP_NAME, APP_VERSION } from '../version';
import type { PaneActions } from './actions';
import { preloadDeferred } from './lazy/deferred';
import { CompareView, FunctionList } from './lazy/tabs';
import { setupNotice, unavailableNotice } from './notices';
import { PaneNotice } from './PaneNotice';
import { PaneTabContext, type PaneTab } from './paneTab';
import { ScenariosView } from './scenarios/ScenariosView';
import { TravelSection } from './travel/TravelSection';
import { usePane } from './usePane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    minHeight: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  // The `hidden` attribute alone loses to the panel's display: flex.
  hidden: { display: 'none' },
  status: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minHeight: '24px' },
});

export type { PaneTab } from './paneTab';

export interface AppProps {
  readonly actions: PaneActions;
  /** The Explain a cell component (mounted by the host); its tab shows only when given. */
  readonly explain?: ReactNode;
  /** The Insert a function component (mounted by the host); its tab shows only when given. */
  readonly insert?: ReactNode;
  readonly initialTab?: PaneTab;
  /** "Check this add-in" (the self-test dialog's button), shown in the header when given. */
  readonly selfTest?: ReactNode;
}

const LABELS: Record<PaneTab, string> = {
  scenarios: 'Scenarios',
  compare: 'Compare',
  explain: 'Explain',
  insert: 'Insert',
  functions: 'Functions',
};

export function App({ actions, explain, insert, initialTab = 'scenarios', selfTest }: AppProps) {
  const styles = useStyles();
  const pane = usePane(actions);
  // Once the workbook has been read (the Scenarios tab is usable), fetch the rest of the pane's code.
  const read = pane.state !== undefined;
  useEffect(() => {
    if (read) void preloadDeferred();
  }, [read]);
  const [tab, setTab] = useState<PaneTab>(initialTab);
  // A tab's content mounts on its first visit and then stays (its state survives switching
  // tabs): a host may pass lazily loaded content, fetched only when first needed.
  const [visited, setVisited] = useState<ReadonlySet<PaneTab>>(() => new Set([initialTab]));
  const choose = (next: PaneTab) => {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };
  const tabs: PaneTab[] = ['scenarios', 'compare', ...(explain ? (['explain'] as const) : []), ...(insert ? (['insert'] as const) : []), 'functions'];
  const workbookTab = tab === 'scenarios' || tab === 'compare';
  const setUp = () => void pane.run('Setting up the demo model…', () => actions.setUp(), setupNotice);

  const panel = (id: PaneTab, content: ReactNode) => (
    <div
      key={id}
      role="tabpanel"
      id={`pane-panel-${id}`}
      aria-labelledby={`pane-tab-${id}`}
      hidden={tab !== id}
      className={tab === id ? styles.panel : styles.hidden}
    >
      {visited.has(id) || id === tab ? content : null}
    </div>
  );

  return (
    <main
      className={styles.root}
      aria-label={APP_NAME}
      // Set once the scenarios and the log have been read (the preview's load benchmark waits for it).
      data-pane-ready={pane.state !== undefined && pane.log !== undefined ? 'true' : 'false'}
    >
      <header className={styles.header}>
        <h1 className={styles.title}>{APP_NAME}</h1>
        <span>
          {selfTest}
          <Caption1>v{APP_VERSION}</Caption1>
        </span>
      </header>
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => choose(data.value as PaneTab)}>
        {tabs.map((t) => (
          <Tab key={t} value={t} id={`pane-tab-${t}`} aria-controls={`pane-panel-${t}`}>
            {LABELS[t]}
          </Tab>
        ))}
      </TabList>

      {workbookTab && (
        <div className={styles.status}>
          <div aria-live="polite">
            {pane.busy ? <Spinner size="tiny" label={pane.busy} /> : <Text size={200}>Each action reads the workbook as it is now.</Text>}
          </div>
          <Button
            size="small"
            disabled={pane.busy !== undefined}
            onClick={() => void pane.refresh()}
          >
            Refresh
          </Button>
        </div>
      )}
      {workbookTab && pane.state?.kind === 'refused' && (
        <PaneNotice notice={unavailableNotice(pane.state)} onSetUp={setUp} disabled={pane.busy !== undefined} />
      )}
      {workbookTab && pane.notice && !(tab === 'scenarios' && pane.notice.near === 'share') && (
        <PaneNotice notice={pane.notice} onDismiss={() => pane.setNotice(undefined)} onSetUp={setUp} disabled={pane.busy !== undefined} />
      )}

      <PaneTabContext.Provider value={tab}>
        {panel('scenarios', <><ScenariosView pane={pane} />{actions.travel && <TravelSection pane={pane} travel={actions.travel} />}</>)}
        {panel('compare', <CompareView pane={pane} />)}
        {explain ? panel('explain', explain) : null}
        {insert ? panel('insert', insert) : null}
        {panel('functions', <FunctionList />)}
      </PaneTabContext.Provider>
    </main>
  );
}
