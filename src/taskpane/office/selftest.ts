/** The self-test over the Office.js adapter: a chunk loaded when the user runs the checks. */
import { runSelfTest } from '../../selftest';
import type { Progress, SelfTestReport } from '../../selftest/types';
import { OfficeSelfTest } from '../../workbook/office/OfficeSelfTest';
import type { WorkbookPort } from '../../workbook/port';

export function runOfficeSelfTest(workbook: WorkbookPort, onProgress: (progress: Progress) => void): Promise<SelfTestReport> {
  return runSelfTest(new OfficeSelfTest({ workbook }), { onProgress });
}
