/** Production bundle sizes, raw and gzip: the task pane, and what must load before the functions register. */
import { existsSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

export interface SizeRow {
  bundle: string;
  files: string[];
  raw: number;
  gzip: number;
}

const DIST = path.resolve(__dirname, '../dist');

function scriptsOf(html: string): string[] {
  return Array.from(html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g))
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

function measure(bundle: string, files: string[]): SizeRow {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(DIST, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { bundle, files, raw, gzip };
}

export function distIsBuilt(): boolean {
  return existsSync(path.join(DIST, 'taskpane.html')) && statSync(path.join(DIST, 'taskpane.html')).isFile();
}

export function benchSizes(): SizeRow[] {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const scripts = scriptsOf(html);
  const registerIndex = scripts.indexOf('functions.js');
  if (registerIndex < 0) throw new Error('taskpane.html does not load functions.js');
  // Scripts are deferred and run in order: everything up to functions.js runs before the
  // CustomFunctions.associate calls; the pane's own code comes after.
  const beforeRegister = scripts.slice(0, registerIndex + 1);
  return [
    measure('functions-before-register', beforeRegister),
    measure('taskpane', scripts),
    measure('functions.json', ['functions.json']),
  ];
}
