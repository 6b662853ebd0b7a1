/** A notice about the last outcome (Fluent MessageBar), with Set up when the workbook needs it. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Textarea } from './lazy/textarea';
import type { Notice } from './notices';

const useStyles = makeStyles({
  // A long scenario name wraps instead of pushing the close button out of the pane.
  bar: { minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  body: { minWidth: 0, overflowWrap: 'anywhere' },
  copy: { width: '100%', marginTop: '4px', fontFamily: 'monospace' },
});

export interface PaneNoticeProps {
  readonly notice: Notice;
  readonly onDismiss?: () => void;
  /** Shown as a button when the notice offers Set up. */
  readonly onSetUp?: () => void;
  readonly disabled?: boolean;
}

export function PaneNotice({ notice, onDismiss, onSetUp, disabled }: PaneNoticeProps) {
  const styles = useStyles();
  return (
    <MessageBar intent={notice.intent} layout="multiline" className={styles.bar}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.text}
        {notice.copyText && (
          <Textarea
            className={styles.copy}
            readOnly
            resize="vertical"
            aria-label={`Text of ${notice.copyText.fileName}`}
            value={notice.copyText.text}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
      </MessageBarBody>
      {(onDismiss || (notice.offerSetup && onSetUp)) && (
        <MessageBarActions
          containerAction={
            onDismiss ? (
              <Button appearance="transparent" size="small" aria-label="Dismiss this message" onClick={onDismiss}>
                ✕
              </Button>
            ) : undefined
          }
        >
          {notice.offerSetup && onSetUp ? (
            <Button appearance="primary" disabled={disabled} onClick={onSetUp}>
              Set up the demo model
            </Button>
          ) : null}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
