/**
 * "Check this add-in" over Excel: the dialog bound to the Office self-test adapter. Loaded
 * on its own (a separate chunk, see office-entry.tsx), so the self-test adds nothing to
 * what the pane loads before it shows.
 */
import { runSelfTest } from '../../selftest/runner';
import type { WorkbookPort } from '../../workbook/port';
import { OfficeSelfTest } from '../../workbook/office/OfficeSelfTest';
import { SelfTestDialog } from './SelfTestDialog';

export default function OfficeCheck({ port }: { readonly port: WorkbookPort }) {
  return <SelfTestDialog run={(onProgress) => runSelfTest(new OfficeSelfTest({ workbook: port }), { onProgress })} />;
}
