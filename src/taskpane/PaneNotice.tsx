/** A notice about the last outcome (Fluent MessageBar), with Set up when the workbook needs it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Notice } from './notices';

export interface PaneNoticeProps {
  readonly notice: Notice;
  readonly onDismiss?: () => void;
  /** Shown as a button when the notice offers Set up. */
  readonly onSetUp?: () => void;
  readonly disabled?: boolean;
}

export function PaneNotice({ notice, onDismiss, onSetUp, disabled }: PaneNoticeProps) {
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.text}
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
