/**
 * scripts/audit-prod.js (`npm run audit:prod`) reads `npm audit --omit=dev --json` and fails
 * CI only on high or critical advisories — and when the audit could not run at all. These
 * tests feed it report-shaped JSON; they never call the registry.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summarise } = require('../../scripts/audit-prod') as {
  summarise: (json: string, allowUnreachable?: boolean) => { code: number; lines: string[] };
};

function report(counts: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>, vulnerabilities: Record<string, unknown> = {}) {
  const all = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { ...all, total: Object.values(all).reduce((a, b) => a + b, 0) },
      dependencies: { prod: 93, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 93 },
    },
  });
}

const advisory = (name: string, severity: string) => ({
  name,
  severity,
  isDirect: false,
  via: [{ source: 1, name, title: `A ${severity} problem in ${name}`, url: `https://github.com/advisories/GHSA-${name}`, severity }],
  range: '<1.2.3',
  fixAvailable: true,
});

test('a clean report passes', () => {
  const r = summarise(report({}));
  expect(r.code).toBe(0);
  expect(r.lines.join('\n')).toContain('93 production dependencies');
});

test('low and moderate advisories are listed but do not fail', () => {
  const r = summarise(report({ low: 1, moderate: 1 }, { a: advisory('a', 'low'), b: advisory('b', 'moderate') }));
  expect(r.code).toBe(0);
  expect(r.lines.join('\n')).toMatch(/moderate\s+b <1.2.3 — A moderate problem in b/);
});

test.each(['high', 'critical'] as const)('a %s advisory fails, and is named', (severity) => {
  const r = summarise(report({ [severity]: 1 }, { evil: advisory('evil', severity) }));
  expect(r.code).toBe(1);
  expect(r.lines.join('\n')).toContain('A ' + severity + ' problem in evil');
});

test('an audit that could not run fails with exit 2, or warns when that is allowed', () => {
  const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });
  expect(summarise(refused).code).toBe(2);
  expect(summarise(refused).lines[0]).toContain('405');
  expect(summarise(refused, true).code).toBe(0);
  expect(summarise('').code).toBe(2);
  expect(summarise('not json').code).toBe(2);
});
