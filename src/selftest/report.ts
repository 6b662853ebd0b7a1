/**
 * The self-test's report as plain text, for the clipboard and the support email: host,
 * platform, Office version, ExcelApi sets, then every check with what was expected and seen.
 */
import { APP_NAME, APP_VERSION } from '../version';
import type { SelfTestReport } from './types';

const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

export function summary(report: SelfTestReport): string {
  const count = (s: 'pass' | 'fail' | 'skip'): number => report.results.filter((r) => r.status === s).length;
  return `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`;
}

export function formatReport(report: SelfTestReport, madeAt?: string): string {
  const { info } = report;
  const lines = [
    `${APP_NAME} ${APP_VERSION} — Check this add-in`,
    ...(madeAt ? [`Made: ${madeAt}`] : []),
    `Host: ${info.host}`,
    `Platform: ${info.platform}`,
    `Office version: ${info.version}`,
    `ExcelApi sets: ${info.apiSets.length ? info.apiSets.join(', ') : '(none reported)'}`,
    `Result: ${summary(report)}`,
    `Workbook left as it was: ${report.cleanup.restored ? 'yes' : `NO — ${report.cleanup.problems.join('; ')}`}`,
    '',
  ];
  for (const r of report.results) {
    lines.push(`[${LABEL[r.status]}] ${r.title} (${r.id})`, `  Checks: ${r.checks}`, `  Expected: ${r.expected}`, `  Seen: ${r.seen}`, '');
  }
  return lines.join('\n');
}
