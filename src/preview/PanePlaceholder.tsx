/**
 * Stands where the scenario task pane (src/taskpane/) will be mounted, on the
 * HyperFormula workbook adapter's actions. Meanwhile it lists the ESG.* functions.
 */
import { Body1, Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { FunctionList } from '../taskpane/FunctionList';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    height: '100%',
    boxSizing: 'border-box',
  },
  note: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
});

export function PanePlaceholder() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle1 as="h2">Scenarios</Subtitle1>
      <Body1 className={styles.note}>
        The scenario task pane appears here once it is connected to this workbook. Meanwhile, type any of these
        functions into a cell of the workbook.
      </Body1>
      <FunctionList />
      <Caption1>Results are calculated in this page by HyperFormula with the same functions as the Excel add-in.</Caption1>
    </div>
  );
}
