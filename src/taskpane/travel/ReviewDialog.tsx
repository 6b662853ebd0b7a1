/** Lists the cells Prepare will replace, or the formulas Restore will put back, before anything is written. */
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
  formula: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/** Rows shown; the rest are counted (the kept sheet lists them all). */
export const SHOWN_ROWS = 200;

export interface ReviewRow {
  readonly cell: string;
  readonly formula: string;
  readonly value: string;
}

export interface ReviewDialogProps {
  /** Kept mounted and closed through `open`, so the pane behind it is given back to assistive technology. */
  readonly open: boolean;
  readonly title: string;
  readonly intro: ReactNode;
  readonly caption: string;
  readonly rows: readonly ReviewRow[];
  /** Second column's header (the formula, or why a cell is refused). */
  readonly formulaHeader: string;
  readonly confirmLabel: string;
  readonly busy: boolean;
  readonly onConfirm?: () => void;
  readonly onCancel: () => void;
}

export function ReviewDialog(props: ReviewDialogProps) {
  const styles = useStyles();
  const shown = props.rows.slice(0, SHOWN_ROWS);
  return (
    <Dialog open={props.open} modalType="alert" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>{props.intro}</Body1>
            {shown.length > 0 && (
              <div className={styles.scroll}>
                <Table size="small" aria-label={props.caption}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Cell</TableHeaderCell>
                      <TableHeaderCell>{props.formulaHeader}</TableHeaderCell>
                      <TableHeaderCell>Value</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {shown.map((row) => (
                      <TableRow key={row.cell}>
                        <TableCell>{row.cell}</TableCell>
                        <TableCell className={styles.formula}>{row.formula}</TableCell>
                        <TableCell>{row.value}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
            {props.rows.length > shown.length && <Caption1>…and {props.rows.length - shown.length} more.</Caption1>}
          </DialogContent>
          <DialogActions>
            {props.onConfirm && (
              <Button appearance="primary" disabled={props.busy} onClick={props.onConfirm}>
                {props.confirmLabel}
              </Button>
            )}
            <Button onClick={props.onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
