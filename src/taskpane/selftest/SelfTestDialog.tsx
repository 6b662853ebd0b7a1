/**
 * "Check this add-in": a button that opens a dialog which runs the self-test in the user's
 * own Excel (src/selftest/), shows progress and a result per check, and offers the report
 * to copy — to the clipboard, and always in a selectable text box, since Office web views
 * may block the clipboard. Self-contained: the host passes `run` (the self-test over its
 * adapter) and, optionally, how to copy.
 */
import { useEffect, useRef, useState } from 'react';
import { useInitialFocus } from '../scenarios/focus';
import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { formatReport, summary } from '../../selftest/report';
import type { ProbeStatus, Progress, SelfTestReport } from '../../selftest/types';

export interface SelfTestDialogProps {
  /** Runs the whole self-test, reporting progress. */
  readonly run: (onProgress: (progress: Progress) => void) => Promise<SelfTestReport>;
  /** Puts text on the clipboard; default navigator.clipboard. */
  readonly copy?: (text: string) => Promise<void>;
  /** The time stamp put in the report (default: now, ISO 8601). */
  readonly now?: () => string;
  /** Where users send the report (the hint under it). */
  readonly sendTo?: string;
}

const useStyles = makeStyles({
  surface: { maxWidth: 'min(720px, 96vw)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: { tableLayout: 'auto' },
  cellText: { whiteSpace: 'normal', wordBreak: 'break-word' },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: '160px' },
});

const SEND_TO =
  'Paste it into a new issue on the add-in\'s repository, or into an email to whoever installed the add-in for your council. It holds no workbook contents.';

const BADGE: Record<ProbeStatus, { color: 'success' | 'danger' | 'informative'; label: string }> = {
  pass: { color: 'success', label: 'Pass' },
  fail: { color: 'danger', label: 'Fail' },
  skip: { color: 'informative', label: 'Skipped' },
};

async function clipboardCopy(text: string): Promise<void> {
  if (typeof navigator === 'undefined' || navigator.clipboard === undefined) throw new Error('No clipboard here');
  await navigator.clipboard.writeText(text);
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress?: Progress }
  | { readonly kind: 'done'; readonly report: SelfTestReport; readonly text: string }
  | { readonly kind: 'error'; readonly message: string };

export function SelfTestDialog({ run, copy = clipboardCopy, now = () => new Date().toISOString(), sendTo }: SelfTestDialogProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [copied, setCopied] = useState<'yes' | 'blocked' | undefined>();
  const reportBox = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const running = state.kind === 'running';

  const start = async (): Promise<void> => {
    setCopied(undefined);
    setState({ kind: 'running' });
    try {
      const report = await run((progress) => setState({ kind: 'running', progress }));
      setState({ kind: 'done', report, text: formatReport(report, now()) });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const copyReport = async (text: string): Promise<void> => {
    try {
      await copy(text);
      setCopied('yes');
    } catch {
      setCopied('blocked');
      reportBox.current?.focus();
      reportBox.current?.select();
    }
  };

  const close = (): void => {
    // Not closed while the checks run: they put the workbook back at the end.
    if (running) return;
    setOpen(false);
    setState({ kind: 'idle' });
  };

  // When it opens, the focus goes to Close, the safe choice (a run clears Excel's undo history),
  // as in the pane's other dialogs. Moving it there ourselves also makes Fluent's focus trap
  // take the dialog as the active one: left to Fluent, on a busy machine the dialog was
  // focused before the trap knew of it, and the trap then hid the whole dialog from
  // assistive technology (aria-hidden) while it had the focus.
  useInitialFocus(closeButton, open);

  // The dialog is not opened by a DialogTrigger, so Fluent cannot give the focus back: when it
  // closes (Escape or Close), the focus returns to the button that opened it, not the page body.
  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      opener.current?.focus();
    }
  }, [open]);

  return (
    <>
      <Button ref={opener} size="small" appearance="subtle" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Check this add-in
      </Button>
      {open && (
    <Dialog modalType="modal" open onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Check this add-in</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>
              Runs about ten checks of how your Excel treats the add-in's functions and workbook calls, on temporary sheets that are deleted
              afterwards. Your sheets, names, scenarios and selection are left as they are. It takes up to a minute; please do not edit the
              workbook meanwhile. Excel's undo history is cleared, as after any add-in action.
            </Text>
            {state.kind === 'running' && (
              <Field
                validationState="none"
                validationMessage={state.progress ? `Check ${state.progress.index} of ${state.progress.total}: ${state.progress.title}` : 'Starting…'}
              >
                <ProgressBar value={state.progress ? (state.progress.index - 1) / state.progress.total : undefined} aria-label="Progress of the checks" />
              </Field>
            )}
            {state.kind === 'error' && (
              <MessageBar intent="error">
                <MessageBarBody>The checks could not run: {state.message}</MessageBarBody>
              </MessageBar>
            )}
            {state.kind === 'done' && (
              <>
                <MessageBar intent={state.report.cleanup.restored ? (state.report.results.some((r) => r.status === 'fail') ? 'warning' : 'success') : 'error'}>
                  <MessageBarBody>
                    {summary(state.report)}.{' '}
                    {state.report.cleanup.restored
                      ? 'The workbook was left as it was.'
                      : `The workbook may not be as it was: ${state.report.cleanup.problems.join('; ')}.`}
                  </MessageBarBody>
                </MessageBar>
                <Table className={styles.table} size="small" aria-label="Results of the checks">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Check</TableHeaderCell>
                      <TableHeaderCell>Result</TableHeaderCell>
                      <TableHeaderCell>Expected</TableHeaderCell>
                      <TableHeaderCell>Seen</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {state.report.results.map((r) => (
                      <TableRow key={r.id}>
                        <TableCell className={styles.cellText}>{r.title}</TableCell>
                        <TableCell>
                          <Badge appearance="tint" color={BADGE[r.status].color}>
                            {BADGE[r.status].label}
                          </Badge>
                        </TableCell>
                        <TableCell className={styles.cellText}>{r.expected}</TableCell>
                        <TableCell className={styles.cellText}>{r.seen}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <Field
                  label="Report"
                  hint={sendTo ?? SEND_TO}
                  validationState={copied === 'blocked' ? 'warning' : copied === 'yes' ? 'success' : 'none'}
                  validationMessage={
                    copied === 'blocked' ? 'This Excel blocked the clipboard: the report is selected below, press Ctrl+C (⌘C on a Mac).' : copied === 'yes' ? 'Copied to the clipboard.' : undefined
                  }
                >
                  <Textarea ref={reportBox} className={styles.report} readOnly resize="vertical" value={state.text} rows={8} />
                </Field>
              </>
            )}
            {state.kind === 'idle' && <Caption1>Nothing has run yet.</Caption1>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={running} onClick={() => void start()}>
              {state.kind === 'done' || state.kind === 'error' ? 'Run again' : 'Run the checks'}
            </Button>
            {state.kind === 'done' && <Button onClick={() => void copyReport(state.text)}>Copy report</Button>}
            <Button ref={closeButton} disabled={running} onClick={close}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
      )}
    </>
  );
}
