/**
 * Production bundle sizes, raw and gzip: what must load before the functions register, what
 * the pane page loads before its Scenarios tab is usable (the page's own <script>s), and every
 * script the add-in may load later (lazy chunks); and where those bytes come from, by package.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import { bytesByPackage } from './packages';

export interface SizeRow {
  bundle: string;
  files: string[];
  raw: number;
  gzip: number;
}

export interface PackageRow {
  package: string;
  firstLoadRaw: number;
  firstLoadGzip: number;
  totalRaw: number;
  totalGzip: number;
}

const DIST = path.resolve(__dirname, '../dist');

function scriptsOf(html: string): string[] {
  return Array.from(html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g))
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function measure(bundle: string, files: string[]): SizeRow {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(DIST, f));
    raw += buf.length;
    gzip += gz(buf);
  }
  return { bundle, files, raw, gzip };
}

export function distIsBuilt(): boolean {
  return existsSync(path.join(DIST, 'taskpane.html')) && statSync(path.join(DIST, 'taskpane.html')).isFile();
}

function pageScripts(): string[] {
  return scriptsOf(readFileSync(path.join(DIST, 'taskpane.html'), 'utf8'));
}

export function benchSizes(): SizeRow[] {
  const scripts = pageScripts();
  const registerIndex = scripts.indexOf('functions.js');
  if (registerIndex < 0) throw new Error('taskpane.html does not load functions.js');
  // Scripts are deferred and run in order: everything up to functions.js runs before the
  // CustomFunctions.associate calls; the pane's own code comes after.
  const beforeRegister = scripts.slice(0, registerIndex + 1);
  const all = readdirSync(DIST).filter((f) => f.endsWith('.js')).sort();
  return [
    measure('functions-before-register', beforeRegister),
    measure('taskpane', scripts),
    // Fetched once the pane has rendered (src/taskpane/lazy/): dialogs, the other tabs, the actions past the two reads.
    measure('lazy-chunks', all.filter((f) => !scripts.includes(f))),
    measure('all-scripts', all),
    measure('functions.json', ['functions.json']),
  ];
}

/** First-load (the page's scripts) and total (every .js) bytes by package, largest first. */
export function benchPackages(): PackageRow[] {
  const first = new Set(pageScripts());
  const rows = new Map<string, PackageRow>();
  for (const f of readdirSync(DIST).filter((x) => x.endsWith('.js'))) {
    const buf = readFileSync(path.join(DIST, f));
    const fileGzip = gz(buf);
    for (const [pkg, raw] of bytesByPackage(buf.toString('utf8'), path.join(DIST, `${f}.map`))) {
      const row = rows.get(pkg) ?? { package: pkg, firstLoadRaw: 0, firstLoadGzip: 0, totalRaw: 0, totalGzip: 0 };
      const gzip = (raw / buf.length) * fileGzip;
      row.totalRaw += raw;
      row.totalGzip += gzip;
      if (first.has(f)) {
        row.firstLoadRaw += raw;
        row.firstLoadGzip += gzip;
      }
      rows.set(pkg, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.firstLoadGzip - a.firstLoadGzip || b.totalGzip - a.totalGzip);
}
