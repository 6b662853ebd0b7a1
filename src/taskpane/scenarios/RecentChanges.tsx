/** The last rows of the Scenario Log, newest first: when, what, which scenario, which input, before → after. */
import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ACTIVE_NAME, type LogEntry } from '../../scenarios';
import { showTime, showValue } from '../format';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column' },
  when: { color: tokens.colorNeutralForeground3 },
});

export interface RecentChangesProps {
  readonly entries: readonly LogEntry[];
  readonly total: number;
  /** An input's description, when the workbook's Scenarios table has one. */
  readonly labelOf: (input: string) => string;
}

function what(entry: LogEntry, labelOf: (input: string) => string): string {
  if (entry.input === '') {
    return entry.action === 'Rename'
      ? `renamed "${showValue(entry.before)}" to "${showValue(entry.after)}"`
      : `${entry.action.toLowerCase()} "${entry.scenario}"`;
  }
  if (entry.input === ACTIVE_NAME) return `active scenario "${showValue(entry.before)}" → "${showValue(entry.after)}"`;
  return `${labelOf(entry.input)}: ${showValue(entry.before)} → ${showValue(entry.after)}`;
}

export function RecentChanges({ entries, total, labelOf }: RecentChangesProps) {
  const styles = useStyles();
  if (entries.length === 0) return <Text>Nothing has been switched or changed yet.</Text>;
  return (
    <>
      <ol className={styles.list} aria-label="Recent changes, newest first">
        {entries.map((e, i) => (
          <li key={`${e.time}-${i}`} className={styles.item}>
            <Caption1 className={styles.when}>
              {showTime(e.time)} · {e.action} · {e.scenario}
            </Caption1>
            <Text>{what(e, labelOf)}</Text>
          </li>
        ))}
      </ol>
      {total > entries.length && (
        <Caption1>
          The last {entries.length} of {total} rows. The whole log is on the Scenario Log sheet.
        </Caption1>
      )}
    </>
  );
}
