/** The preview page: a header, the workbook view and, beside it, the task-pane slot. */
import { useState, type ReactNode } from 'react';
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
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 360px',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    minHeight: 0,
  },
  pane: {
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: 'hidden',
  },
});

export interface PreviewAppProps {
  workbook: Omit<WorkbookViewProps, 'activeSheet' | 'onActiveSheetChange'>;
  /** The sheet the workbook says is active (Set up, Compare activate one): shown when it changes. */
  workbookActiveSheet?: () => string | undefined;
  pane: ReactNode;
}

export function PreviewApp(props: PreviewAppProps) {
  const styles = useStyles();
  useF6Regions();
  useHfVersion(props.workbook.hf); // re-read the workbook's active sheet after every change
  const reported = props.workbookActiveSheet?.();
  const [shown, setShown] = useState(reported ?? props.workbook.initialSheet);
  const [lastReported, setLastReported] = useState(reported);
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
      </header>
      <main className={styles.main}>
        <WorkbookView {...props.workbook} activeSheet={shown} onActiveSheetChange={setShown} />
        <aside className={styles.pane} aria-label="Task pane" data-region="pane">
          {props.pane}
        </aside>
      </main>
    </div>
  );
}
