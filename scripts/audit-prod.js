#!/usr/bin/env node
/* Audit of the production dependencies (what the add-in's bundles ship: React, Fluent UI and
 * their dependencies), for CI:
 *
 *   npm run audit:prod
 *
 * Runs `npm audit --omit=dev --json` and
 *   exit 0  no high or critical advisory (low and moderate ones are listed, for a human to read);
 *   exit 1  at least one high or critical advisory (listed);
 *   exit 2  the audit could not run (the registry's audit endpoint unreachable or refusing),
 *           because a security check that cannot check must not pass silently. Set
 *           AUDIT_ALLOW_UNREACHABLE=1 to make that a warning (exit 0) on an offline runner.
 *
 * Dev dependencies (build, test and preview tools, including HyperFormula) are not shipped
 * to users and are left out; run `npm audit` for them.
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const FAILING = ['high', 'critical'];
const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];

/** Turns the JSON of `npm audit --json` (report version 2) into an exit code and lines to print. */
function summarise(json, allowUnreachable = false) {
  let report;
  try {
    report = JSON.parse(json);
  } catch (e) {
    return unreachable(`npm audit printed no JSON (${e.message})`, allowUnreachable);
  }
  const counts = report && report.metadata && report.metadata.vulnerabilities;
  if (!counts) {
    const why = (report && (report.message || (report.error && report.error.summary))) || 'no audit metadata in the reply';
    return unreachable(`the audit could not run: ${why}`, allowUnreachable);
  }
  const deps = report.metadata.dependencies || {};
  const lines = [
    `npm audit --omit=dev: ${deps.prod !== undefined ? `${deps.prod} production dependencies; ` : ''}` +
      SEVERITIES.map((s) => `${s} ${counts[s] || 0}`).join(', '),
  ];
  const vulns = Object.values(report.vulnerabilities || {});
  for (const v of vulns.sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity))) {
    const advisories = (v.via || [])
      .filter((x) => typeof x === 'object' && x !== null)
      .map((x) => `${x.title || 'advisory'}${x.url ? ` (${x.url})` : ''}`);
    const via = advisories.length > 0 ? advisories.join('; ') : `via ${(v.via || []).join(', ')}`;
    lines.push(`  ${v.severity.padEnd(8)} ${v.name} ${v.range || ''} — ${via}${v.fixAvailable ? ' [fix available]' : ''}`);
  }
  const failing = FAILING.reduce((n, s) => n + (counts[s] || 0), 0);
  lines.push(failing > 0 ? `FAIL: ${failing} high or critical advisories in production dependencies` : 'OK: no high or critical advisories in production dependencies');
  return { code: failing > 0 ? 1 : 0, lines };
}

function unreachable(message, allow) {
  return allow
    ? { code: 0, lines: [`WARNING: ${message} (AUDIT_ALLOW_UNREACHABLE=1)`] }
    : { code: 2, lines: [`ERROR: ${message}`] };
}

function main() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
    cwd: path.resolve(__dirname, '..'),
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const { code, lines } = summarise(run.stdout || '', process.env.AUDIT_ALLOW_UNREACHABLE === '1');
  for (const line of lines) (code === 0 ? console.log : console.error)(line);
  process.exit(code);
}

module.exports = { summarise };
if (require.main === module) main();
