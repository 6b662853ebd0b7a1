/**
 * Where a bundle's bytes come from, by package, read from its source map: each generated
 * byte belongs to the source its mapping segment names (node_modules/<package>, or "our code"
 * for src/, "webpack runtime" for webpack's own). Gzip bytes are shared out in proportion to
 * raw bytes (gzip works on the file as a whole, so per-package gzip is an estimate).
 */
import { existsSync, readFileSync } from 'fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one mappings segment's VLQ fields. */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = DIGIT.get(ch) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export function packageOf(source: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1];
  if (/(^|\/)src\//.test(source)) return 'our code (src/)';
  return 'webpack runtime';
}

/** Raw bytes of `code` by package, from its source map (unmapped bytes: "unmapped"). */
export function bytesByPackage(code: string, mapFile: string): Map<string, number> {
  const result = new Map<string, number>();
  const add = (k: string, n: number) => result.set(k, (result.get(k) ?? 0) + n);
  if (!existsSync(mapFile)) {
    add('unmapped', Buffer.byteLength(code));
    return result;
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const groups = map.mappings.split(';');
  let source = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let col = 0;
    let owner = 'unmapped';
    for (const seg of (groups[i] ?? '').split(',')) {
      if (!seg) continue;
      const f = decodeSegment(seg);
      const next = col + f[0];
      add(owner, Buffer.byteLength(line.slice(col, next)));
      col = next;
      if (f.length >= 4) {
        source += f[1];
        owner = packageOf(map.sources[source] ?? '');
      } else owner = 'unmapped';
    }
    add(owner, Buffer.byteLength(line.slice(col)) + 1);
  }
  return result;
}
