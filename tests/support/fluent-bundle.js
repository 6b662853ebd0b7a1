/**
 * jest's globalSetup: Fluent UI as one pre-bundled CommonJS file for the UI tests.
 *
 * Why: jest gives every test file its own module registry, so each UI test file loaded
 * `@fluentui/react-components` afresh through its CommonJS build: about 2,100 modules, among
 * them every icon of `@fluentui/react-icons` (17 MB), 2.5–5 s per file before a test ran.
 * Bundled here from Fluent's ES modules, as webpack bundles it for the add-in, the icons no
 * component uses are left out and a file loads it in about 0.3 s. It is the same code
 * (esbuild only joins the modules; React stays outside, shared with the tests), so the
 * tests still test Fluent as the add-in ships it.
 *
 * jest.config.js maps `@fluentui/react-components` to BUNDLE. It is rebuilt when the
 * installed packages change (node_modules/.package-lock.json) or this file does, written
 * to a temporary file and renamed, so two jest runs at once never see half a bundle.
 * esbuild is a devDependency for this (the same esbuild that esbuild-loader uses): a
 * well-kept bundler that does it in a few seconds, rather than a hand-written loader.
 */
const { createHash } = require('crypto');
const { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, 'node_modules', '.cache', 'jest-fluent');
const BUNDLE = path.join(DIR, 'react-components.cjs');
const STAMP = path.join(DIR, 'stamp');

/** What the bundle was built from: the installed tree and this script. */
function stamp() {
  const hash = createHash('sha256');
  const installed = path.join(ROOT, 'node_modules', '.package-lock.json');
  hash.update(existsSync(installed) ? readFileSync(installed) : readFileSync(path.join(ROOT, 'package-lock.json')));
  hash.update(readFileSync(__filename));
  return hash.digest('hex');
}

function build() {
  const want = stamp();
  if (existsSync(BUNDLE) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want) return;
  mkdirSync(DIR, { recursive: true });
  const tmp = `${BUNDLE}.${process.pid}.tmp`;
  try {
    require('esbuild').buildSync({
      // An ES module entry, so Fluent resolves to its ES modules (the "import" condition) and
      // the icons nobody imports are shaken out.
      stdin: { contents: "export * from '@fluentui/react-components';", resolveDir: ROOT, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: tmp,
      // One React for Fluent and the tests (two copies would break hooks and context).
      external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'scheduler'],
      logLevel: 'warning',
    });
    renameSync(tmp, BUNDLE);
    writeFileSync(STAMP, want);
  } finally {
    rmSync(tmp, { force: true });
  }
}

module.exports = build;
module.exports.BUNDLE = BUNDLE;
