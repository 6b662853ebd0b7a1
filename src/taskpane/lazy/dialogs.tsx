/**
 * The pane's dialogs, as one chunk loaded after the Scenarios tab is usable (see deferred.tsx):
 * Fluent's Dialog, Portal, Field, Input, Radio and Table and the dialogs' own code stay out of
 * the page's first load. Each has the props of the dialog it stands for.
 */
import type { ConfirmDialogProps } from '../scenarios/ConfirmDialog';
import type { ImportDialogProps } from '../scenarios/ImportDialog';
import type { NameDialogProps } from '../scenarios/NameDialog';
import type { UnsavedDialogProps } from '../scenarios/UnsavedDialog';
import type { ReviewDialogProps } from '../travel/ReviewDialog';
import { deferred, DialogLoading } from './deferred';

const dialogs = () => import(/* webpackChunkName: "pane-more" */ './dialogs-chunk');

export const UnsavedDialog = deferred<UnsavedDialogProps>(() => dialogs().then((m) => m.UnsavedDialog), DialogLoading);
export const NameDialog = deferred<NameDialogProps>(() => dialogs().then((m) => m.NameDialog), DialogLoading);
export const ConfirmDialog = deferred<ConfirmDialogProps>(() => dialogs().then((m) => m.ConfirmDialog), DialogLoading);
export const ImportDialog = deferred<ImportDialogProps>(() => dialogs().then((m) => m.ImportDialog), DialogLoading);
/** Shown with `open` false while it closes (its exit motion): no loading state then. */
export const ReviewDialog = deferred<ReviewDialogProps>(() => dialogs().then((m) => m.ReviewDialog), (props) => (props.open ? <DialogLoading /> : null));
