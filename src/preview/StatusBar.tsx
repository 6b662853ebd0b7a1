/** The workbook view's status bar: a message, else what the selected cell is (an error, a spill), else "Ready"; and the keys. */
import { a1, type CellRange, type CellView } from './model';
import type { Message, Position } from './useCellEditor';
import { useWorkbookStyles } from './styles';

export interface StatusBarProps {
  readonly message?: Message;
  readonly selected: Position;
  readonly view: CellView;
  readonly spill?: CellRange;
}

export function statusOf({ message, selected, view, spill }: StatusBarProps): Message | undefined {
  if (message) return message;
  const at = a1(selected.row, selected.col);
  if (view.kind === 'error') return { tone: 'error', text: `${at}: ${view.text}${view.message ? ` — ${view.message}` : ''}` };
  if (!spill) return undefined;
  const range = `${a1(spill.top, spill.left)}:${a1(spill.bottom, spill.right)}`;
  return {
    tone: 'info',
    text: spill.top === selected.row && spill.left === selected.col ? `${at} spills into ${range}` : `${at} is part of a spilled array ${range}`,
  };
}

export function StatusBar(props: StatusBarProps) {
  const styles = useWorkbookStyles();
  const status = statusOf(props);
  return (
    <div className={styles.status}>
      <span role="status" aria-live="polite" className={status?.tone === 'error' ? styles.statusError : undefined}>
        {status?.text ?? 'Ready'}
      </span>
      <span className={styles.hints} aria-hidden="true">
        Type to enter · F2 edit · Enter/Tab commit · Esc cancel · F6 next area
      </span>
    </div>
  );
}
