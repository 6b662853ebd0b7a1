/** The dialogs' chunk (imported by dialogs.tsx only). */
export { ConfirmDialog } from '../scenarios/ConfirmDialog';
export { ImportDialog } from '../scenarios/ImportDialog';
export { NameDialog } from '../scenarios/NameDialog';
export { UnsavedDialog } from '../scenarios/UnsavedDialog';
export { ReviewDialog } from '../travel/ReviewDialog';
