/**
 * The preview page: a header, the workbook view and, beside it, the task pane. The grid's
 * selected cell is kept here and handed to the pane (Explain follows it, Insert writes to it).
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { SimpleCellAddress } from 'hyperformula';
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { WorkbookView, type WorkbookViewProps } from './WorkbookView';
import { useF6Regions } from './regions';
import { useHfVersion } from './useHfVersion';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  headerNote: { color: tokens.colorNeutralForegroundOnBrand, opacity: 0.85 },
  headerLinks: { marginLeft: 'auto', display: 'flex', gap: tokens.spacingHorizontalM, whiteSpace: 'nowrap' },
  link: { color: tokens.colorNeutralForegroundOnBrand, textDecorationLine: 'underline' },
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 400px',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    minHeight: 0,
  },
  pane: {
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'hidden',
    overflowY: 'auto',
  },
});

export interface PreviewAppProps {
  workbook: Omit<WorkbookViewProps, 'activeSheet' | 'onActiveSheetChange' | 'onSelectionChange'>;
  /** The sheet the workbook says is active (Set up, Compare activate one): shown when it changes. */
  workbookActiveSheet?: () => string | undefined;
  /** The task pane, given the grid's selected cell (undefined until the grid shows one). */
  pane: ReactNode | ((selection: SimpleCellAddress | undefined) => ReactNode);
}

export function PreviewApp(props: PreviewAppProps) {
  const styles = useStyles();
  const empty = typeof location !== 'undefined' && new URLSearchParams(location.search).get('workbook') === 'empty';
  useF6Regions();
  useHfVersion(props.workbook.hf); // re-read the workbook's active sheet after every change
  const reported = props.workbookActiveSheet?.();
  const [shown, setShown] = useState(reported ?? props.workbook.initialSheet);
  const [lastReported, setLastReported] = useState(reported);
  const [selection, setSelection] = useState<SimpleCellAddress>();
  // The pane renders after the grid's first paint, as a transition: React renders it in
  // slices that give way to the user's input, so the grid is usable while the pane loads.
  const [paneShown, setPaneShown] = useState(false);
  useEffect(() => startTransition(() => setPaneShown(true)), []);
  if (reported !== lastReported) {
    setLastReported(reported);
    if (reported !== undefined) setShown(reported);
  }
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Subtitle2 as="h1">School Funding Toolkit — workbook preview</Subtitle2>
        <Caption1 className={styles.headerNote}>
          Calculated in this page by HyperFormula with the add-in&apos;s ESG.* functions. Nothing leaves your computer.
        </Caption1>
        <nav className={styles.headerLinks} aria-label="Workbook">
          {/* A full reload: the preview's workbook lives in this page only. */}
          <a className={styles.link} href="?workbook=empty" aria-current={empty ? 'page' : undefined}>
            Empty workbook (try Set up)
          </a>
          <a className={styles.link} href="?" aria-current={empty ? undefined : 'page'}>
            Demo workbook
          </a>
        </nav>
      </header>
      <main className={styles.main}>
        <WorkbookView {...props.workbook} activeSheet={shown} onActiveSheetChange={setShown} onSelectionChange={setSelection} />
        {/* role stated for CSS selectors too (bench/preview.ts waits for the pane through it). */}
        <aside className={styles.pane} role="complementary" aria-label="Task pane" data-region="pane">
          {paneShown && (typeof props.pane === 'function' ? props.pane(selection) : props.pane)}
        </aside>
      </main>
    </div>
  );
}
