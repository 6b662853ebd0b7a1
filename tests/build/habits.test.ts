/**
 * Project habits (issue 10, point 7): the Node version we state is one every locked package
 * accepts; CI installs with `npm ci` and fails if that changes the lockfile; browser tests
 * write the README's screenshots only when asked.
 */
import { readFileSync } from 'fs';
import path from 'path';
import semver from 'semver';
import { screenshotDir } from '../e2e/support/preview';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean; os?: string[] }>;
};

/** The lowest version of each range in `engines.node` (20.19.0, 22.13.0, 24.0.0 …). */
function floorsOf(range: string): string[] {
  return new semver.Range(range).set.map((comparators) => semver.minVersion(new semver.Range(comparators.map((c) => c.value).join(' ')))?.version ?? '');
}

describe('the Node version we state', () => {
  it('is accepted, at the lowest version of each range, by every package in the lockfile', () => {
    const floors = floorsOf(pkg.engines.node);
    expect(floors.length).toBeGreaterThan(0);
    const refused: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const wants = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      if (!where || !wants || !semver.validRange(wants)) continue;
      for (const v of floors) if (!semver.satisfies(v, wants)) refused.push(`${where}@${entry.version} wants node ${wants}, not ${v}`);
    }
    expect(refused).toEqual([]);
  });

  it('would catch a package that needs a newer Node (the check is not vacuous)', () => {
    expect(floorsOf('^20.19.0 || ^22.13.0 || >=24')).toEqual(['20.19.0', '22.13.0', '24.0.0']);
    expect(semver.satisfies('20.19.0', '>=22.15.0')).toBe(false); // what webpack-cli 7 pulled in
  });

  it('is the one the README states', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${floorsOf(pkg.engines.node)[0]}`);
  });
});

describe('CI and the browser tests leave the tree as they found it', () => {
  const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');

  it('.ci/run installs with npm ci and fails when that changes package-lock.json', () => {
    expect(ci).toMatch(/^[^#\n]*\bnpm ci\b/m);
    expect(ci).not.toMatch(/^[^#\n]*\bnpm install\b/m);
    expect(ci).toMatch(/git diff --exit-code[^\n]*package-lock\.json/);
  });

  it('browser tests write docs/images only when UPDATE_SCREENSHOTS=1', () => {
    expect(screenshotDir({})).not.toContain(path.join(ROOT, 'docs'));
    expect(screenshotDir({ UPDATE_SCREENSHOTS: '0' })).not.toContain(path.join(ROOT, 'docs'));
    expect(screenshotDir({ UPDATE_SCREENSHOTS: '1' })).toBe(path.join(ROOT, 'docs', 'images'));
  });
});
