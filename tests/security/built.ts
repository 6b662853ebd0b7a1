/**
 * The production bundles bundles.test.ts scans: dist/ when it is at least as new as every
 * build input (CI runs `npm run build` before `npm test`); otherwise a fresh
 * `webpack --mode production` into a temporary directory (never over dist/, which a dev
 * server may be serving), removed afterwards.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import os from 'os';
import path from 'path';
import { OFFICE_JS, tags } from './scan';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const REQUIRED = ['taskpane.html', 'functions.js', 'taskpane.js', 'functions.json', 'manifest.xml'];
const INPUTS = ['src', 'assets', 'webpack.config.js', 'package.json', 'package-lock.json', 'manifest.xml', 'tsconfig.json', 'scripts/manifest-url.js', 'scripts/targets.js'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : st.mtimeMs;
  return readdirSync(p).reduce((m, f) => Math.max(m, newestMtime(path.join(p, f))), 0);
}

function distIsFresh(): boolean {
  if (!REQUIRED.every((f) => existsSync(path.join(DIST, f)))) return false;
  const oldestOutput = Math.min(...REQUIRED.map((f) => statSync(path.join(DIST, f)).mtimeMs));
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  return oldestOutput >= newestInput;
}

export interface Built {
  /** The scanned directory (set before the tests run). */
  readonly dir: string;
  /** Its .js files, sorted. */
  readonly jsFiles: readonly string[];
  read(file: string): string;
  /** The `sources` of a source map in the scanned directory ([] when there is none). */
  mapSources(file: string): string[];
  /** The page's own scripts, in the order taskpane.html runs them (office.js, from the CDN, aside). */
  pageScripts(): string[];
}

/** Registers the build (or the reuse of dist/) around the calling test file's tests. */
export function builtBundles(): Built {
  let dir = DIST;
  let builtHere = false;
  let jsFiles: string[] = [];
  const read = (f: string): string => readFileSync(path.join(dir, f), 'utf8');

  beforeAll(() => {
    if (!distIsFresh()) {
      dir = mkdtempSync(path.join(os.tmpdir(), 'esg-bundle-scan-'));
      builtHere = true;
      const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
      execFileSync(process.execPath, [cli, '--mode', 'production', '--output-path', dir], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: 'true' },
      });
    }
    jsFiles = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
    if (process.env.SCAN_REPORT) {
      console.log(`scanning ${builtHere ? 'a fresh build' : 'dist/'}: ${jsFiles.map((f) => `${f} (${statSync(path.join(dir, f)).size} B)`).join(', ')}`);
    }
  }, 300_000);

  afterAll(() => {
    if (builtHere) rmSync(dir, { recursive: true, force: true });
  });

  return {
    get dir() {
      return dir;
    },
    get jsFiles() {
      return jsFiles;
    },
    read,
    mapSources(file) {
      const p = path.join(dir, file);
      if (!existsSync(p)) return [];
      return (JSON.parse(readFileSync(p, 'utf8')) as { sources?: string[] }).sources ?? [];
    },
    pageScripts() {
      return tags(read('taskpane.html'), 'script')
        .map((s) => s.attrs.get('src') ?? '')
        .filter((src) => src !== OFFICE_JS);
    },
  };
}
