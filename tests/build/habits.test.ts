/**
 * Project habits (issue 10, point 7): the Node version we state is one every locked package
 * accepts; CI installs with `npm ci` and fails if that changes the lockfile; browser tests
 * write the README's screenshots only when asked; the tests live in one layout (point 6).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
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

describe('the tests live in one layout (issue 10, point 6)', () => {
  /** tests/ folders that test across src/ rather than one of its folders. */
  const CROSS_CUTTING = new Set([
    'build', // the project's habits, layers and dev certificates
    'e2e', // the browser tests (npm run test:e2e), and only they
    'faults', // co-authors, sync faults and corrupted tables across every action
    'properties', // generated inputs across the catalogue
    'security', // the bundles' scans
    'support', // the fake Excel and shared fixtures
  ]);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');
  const testFiles = walk(path.join(ROOT, 'tests')).map(rel).filter((f) => /\.test\.tsx?$/.test(f));

  it('no test sits beside the code in src/', () => {
    expect(walk(path.join(ROOT, 'src')).map(rel).filter((f) => /\.test\.tsx?$/.test(f))).toEqual([]);
  });

  it('a test of src/<folder>/ lives in tests/<folder>/, mirroring src/', () => {
    expect(testFiles.length).toBeGreaterThan(50);
    const astray = testFiles.filter((f) => {
      const dirs = f.split('/').slice(1, -1).filter((d) => d !== 'support');
      if (dirs.length === 0 || CROSS_CUTTING.has(dirs[0])) return false;
      return !existsSync(path.join(ROOT, 'src', ...dirs));
    });
    expect(astray).toEqual([]);
  });

  it('"e2e" means the browser tests only: tests/e2e, run by npm run test:e2e and not by npm test', () => {
    const e2e = testFiles.filter((f) => /e2e/i.test(f));
    expect(e2e.length).toBeGreaterThan(0);
    expect(e2e.filter((f) => !/^tests\/e2e\/[^/]+\.e2e\.test\.ts$/.test(f))).toEqual([]);
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test:e2e']).toContain('jest.e2e.config.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const unit = require(path.join(ROOT, 'jest.config.js')) as { roots: string[]; testPathIgnorePatterns: string[] };
    expect(unit.roots).toEqual(['<rootDir>/tests']);
    expect(unit.testPathIgnorePatterns).toContain('<rootDir>/tests/e2e/');
  });

  it('no test leans on jest\'s 5 s default: the suite\'s timeout is a generous safety net, and no file lowers it', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const unit = require(path.join(ROOT, 'jest.config.js')) as { testTimeout: number };
    expect(unit.testTimeout).toBeGreaterThanOrEqual(30_000);
    const lowered = testFiles.filter((f) =>
      [...readFileSync(path.join(ROOT, f), 'utf8').matchAll(/jest\.setTimeout\(\s*([\d_]+)\s*\)/g)].some((m) => Number(m[1].replace(/_/g, '')) < unit.testTimeout),
    );
    expect(lowered).toEqual([]);
  });
});
