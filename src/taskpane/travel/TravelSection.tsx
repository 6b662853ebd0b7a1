/**
 * Share a workbook with people who do not have the add-in: Prepare a copy to send (lists
 * every ESG.* cell, then replaces the formulas by their values on the user's choice),
 * Restore formulas (lists what it puts back and what it refuses, then restores), and
 * marking the workbook so it asks for its add-in. Self-contained: it gets the travel
 * actions and the pane (busy state, notices, re-reading) as props.
 */
import { useEffect, useState } from 'react';
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { TravelService } from '../../travel';
import type { PrepareReview, RestoreReview, StartupState } from '../../travel/types';
import { count, showValue } from '../format';
import type { Pane } from '../usePane';
import { markNotice, prepareNotice, restoreNotice, reviewNotice } from './notices';
import { ReviewDialog } from '../lazy/dialogs';
import type { ReviewDialogProps, ReviewRow } from './ReviewDialog';

/** What the section needs of the travel service (the pane's actions carry one). */
export type TravelActions = Pick<TravelService, 'reviewPrepare' | 'prepare' | 'reviewRestore' | 'restore' | 'mark' | 'startupState'>;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

type Dialog = { readonly kind: 'prepare'; readonly review: PrepareReview } | { readonly kind: 'restore'; readonly review: RestoreReview };

export interface TravelSectionProps {
  readonly pane: Pane;
  readonly travel: TravelActions;
}

export function TravelSection({ pane, travel }: TravelSectionProps) {
  const styles = useStyles();
  const [dialog, setShown] = useState<Dialog>();
  const [open, setOpen] = useState(false);
  const setDialog = (d: Dialog | undefined) => {
    if (d) setShown(d);
    setOpen(d !== undefined);
  };
  const [startup, setStartup] = useState<StartupState>();
  const disabled = pane.busy !== undefined;

  useEffect(() => {
    let live = true;
    void travel.startupState().then((s) => live && setStartup(s));
    return () => {
      live = false;
    };
  }, [travel, pane.state]);

  const reviewPrepare = async () => {
    const review = await pane.run('Listing the ESG.* cells…', () => travel.reviewPrepare(), reviewNotice);
    if (review?.kind === 'prepare-review') setDialog({ kind: 'prepare', review });
  };
  const reviewRestore = async () => {
    const review = await pane.run('Reading the kept formulas…', () => travel.reviewRestore(), reviewNotice);
    if (review?.kind === 'restore-review') setDialog({ kind: 'restore', review });
  };
  const prepare = async (review: PrepareReview) => {
    await pane.run('Replacing formulas by their values…', () => travel.prepare(review), prepareNotice);
    setDialog(undefined);
  };
  const restore = async (review: RestoreReview) => {
    await pane.run('Restoring formulas…', () => travel.restore(review), restoreNotice);
    setDialog(undefined);
  };

  return (
    <section className={styles.section} aria-labelledby="travel-heading">
      <Subtitle2 as="h2" id="travel-heading" className={styles.heading}>
        Send to someone without the add-in
      </Subtitle2>
      <Body1>
        Without the add-in, ESG.* cells show #NAME?. A prepared copy holds their values instead, and keeps each formula on a sheet an auditor can
        read.
      </Body1>
      <div className={styles.row}>
        <Button disabled={disabled} onClick={() => void reviewPrepare()}>
          Prepare a copy to send…
        </Button>
        <Button disabled={disabled} onClick={() => void reviewRestore()}>
          Restore formulas…
        </Button>
        <Button disabled={disabled} onClick={() => void pane.run('Marking the workbook…', () => travel.mark(), markNotice)}>
          Open the add-in with this workbook
        </Button>
      </div>
      <Caption1>
        {startup === 'load'
          ? 'This workbook opens the add-in for colleagues who have it.'
          : 'Colleagues with the add-in: mark the workbook so it opens the add-in, with a line on Inputs for those without it.'}
      </Caption1>

      {dialog && <ReviewDialog open={open} busy={disabled} onCancel={() => setDialog(undefined)} {...dialogProps(dialog, prepare, restore)} />}
    </section>
  );
}

type Shown = Omit<ReviewDialogProps, 'open' | 'busy' | 'onCancel'>;

/** One dialog element for both lists (a second modal element would leave the pane hidden behind the first). */
function dialogProps(dialog: Dialog, prepare: (r: PrepareReview) => Promise<void>, restore: (r: RestoreReview) => Promise<void>): Shown {
  if (dialog.kind === 'prepare') {
    const r = dialog.review;
    return {
      title: 'Prepare a copy to send',
      intro:
        `${count(r.cells.length, 'cell')} use an ESG.* function` +
        (r.spilledCells > 0 ? ` (their spills cover ${count(r.spilledCells, 'more cell')})` : '') +
        '. Replace them by the values shown here? Each formula is kept on the sheet "ESG Formulas" for Restore formulas.' +
        (r.hiddenSheets.length > 0 ? ` Hidden sheets included: ${r.hiddenSheets.join(', ')}.` : ''),
      caption: 'ESG.* cells to replace by their values',
      formulaHeader: 'Formula',
      rows: r.cells.map((c): ReviewRow => ({ cell: `${c.sheet}!${c.spill?.address ?? c.address}`, formula: c.formula, value: showValue(c.value) })),
      confirmLabel: `Replace ${count(r.cells.length, 'formula')} by values`,
      onConfirm: () => void prepare(r),
    };
  }
  const r = dialog.review;
  return {
    title: 'Restore formulas',
    intro:
      `${count(r.items.length, 'formula')} can be put back` +
      (r.already > 0 ? ` (${count(r.already, 'more cell')} hold their formula already)` : '') +
      '.' +
      (r.refused.length > 0
        ? ` ${count(r.refused.length, 'cell')} changed since Prepare and will not be restored: ${r.refused.map((x) => `${x.cell} (${x.reason})`).join('; ')}.`
        : ''),
    caption: 'Formulas to put back',
    formulaHeader: 'Formula',
    rows: r.items.map((i): ReviewRow => ({ cell: `${i.sheet}!${i.address}`, formula: i.formula, value: showValue(i.value) })),
    confirmLabel: `Restore ${count(r.items.length, 'formula')}`,
    ...(r.items.length > 0 ? { onConfirm: () => void restore(r) } : {}),
  };
}
