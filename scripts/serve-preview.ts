/**
 * `npm start`: builds the browser preview (webpack.preview.config.js) unless dist-preview/
 * was already built from the same sources, and serves it on 127.0.0.1 only, then prints its URL.
 *
 *   tsx scripts/serve-preview.ts [--no-build] [--rebuild] [--once] [--port N]
 *
 *   --no-build  serve the existing dist-preview/ (fails clearly when there is none)
 *   --rebuild   build even when dist-preview/ is up to date
 *   --once      start, check that the page is served, print its URL, stop (a smoke test)
 *   --port N    port to listen on (default: $PORT, else 3000; 0 = any free port)
 *
 * The server answers only requests whose Host names it (127.0.0.1 or localhost with its
 * port), so a DNS-rebinding page cannot read it; it compresses text (br or gzip, cached in
 * memory) and lets the browser keep the content-hashed bundles.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import webpack, { type Configuration } from 'webpack';

export const ROOT = path.resolve(__dirname, '..');
export const PREVIEW_DIR = path.join(ROOT, 'dist-preview');
export const HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;

/** The same policy as the page's meta tag, also sent as a header. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: 'production' | 'development' }) => Configuration;

/** What the preview is built from: a change to any of these makes dist-preview/ stale. */
export const PREVIEW_INPUTS = ['src', 'assets', 'webpack.preview.config.js', 'webpack.config.js', 'scripts/targets.js', 'package-lock.json', 'tsconfig.json'];
/** Written into dist-preview/ after a successful build: the hash of PREVIEW_INPUTS it was built from. */
export const STAMP = '.inputs-sha256';

function filesUnder(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs
    .readdirSync(p)
    .sort()
    .flatMap((f) => filesUnder(path.join(p, f)));
}

/** sha256 over the inputs' paths and contents (not their times: a checkout or touch is no change). */
export function inputsHash(root: string = ROOT, inputs: readonly string[] = PREVIEW_INPUTS): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of filesUnder(path.join(root, input))) {
      if (/\.test\.tsx?$/.test(file)) continue; // tests are not bundled
      hash.update(path.relative(root, file).split(path.sep).join('/')).update('\0').update(fs.readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** True when `dir` holds a complete build made from the current inputs. */
export function previewIsUpToDate(dir: string = PREVIEW_DIR, root: string = ROOT): boolean {
  const stamp = path.join(dir, STAMP);
  if (!fs.existsSync(path.join(dir, 'index.html')) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, 'utf8').trim() === inputsHash(root);
}

/** Builds dist-preview/ with webpack's Node API (unchanged modules come from webpack's persistent cache). */
export function buildPreview(mode: 'production' | 'development' = 'production'): Promise<void> {
  const load = createRequire(__filename);
  const factory = load(path.join(ROOT, 'webpack.preview.config.js')) as ConfigFactory;
  const hash = inputsHash();
  const compiler = webpack(factory({}, { mode }));
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => {
        if (err) return reject(err);
        if (!stats || stats.hasErrors()) {
          return reject(new Error(`The preview build failed:\n${stats?.toString({ all: false, errors: true }) ?? 'no stats'}`));
        }
        if (mode === 'production') fs.writeFileSync(path.join(PREVIEW_DIR, STAMP), `${hash}\n`);
        resolve();
      });
    });
  });
}

export interface PreviewServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

/** Maps a request path to a file under `root`, or undefined when it would leave it. */
export function resolveRequestPath(root: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://preview.invalid').pathname);
  } catch {
    return undefined; // malformed escape: not a file we serve
  }
  if (pathname.includes('\0')) return undefined;
  const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

/**
 * True when a request's Host header names this server: 127.0.0.1 or localhost (any case) with
 * its port. Anything else — another name that a DNS-rebinding page resolved to 127.0.0.1, no
 * Host at all — is refused, so a page on another origin can never read the preview.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** Bundles named with a content hash (preview.1a2b3c4d.js) never change: the browser may keep them. */
const HASHED = /\.[0-9a-f]{8,}\.(js|css)$/;
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

interface Encoded {
  key: string;
  body: Buffer;
}

/** Picks br, else gzip, from Accept-Encoding (q=0 refuses one). */
export function pickEncoding(accept: string | undefined): 'br' | 'gzip' | undefined {
  const offered = new Map<string, number>();
  for (const part of (accept ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
    offered.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (n: string) => (offered.get(n) ?? offered.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : undefined;
}

/** Serves `root` (default dist-preview/) on 127.0.0.1; port 0 picks a free one. */
export function startPreviewServer(options: { port?: number; root?: string } = {}): Promise<PreviewServer> {
  const root = path.resolve(options.root ?? PREVIEW_DIR);
  const requested = options.port ?? DEFAULT_PORT;
  let listeningPort = requested;
  /** Compressed bodies by file, encoding, size and mtime (a rebuilt file is compressed again). */
  const compressed = new Map<string, Encoded>();
  const server = http.createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, listeningPort)) {
      return send(res, 421, `This preview answers only http://${HOST}:${listeningPort}/ or http://localhost:${listeningPort}/`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const file = resolveRequestPath(root, req.url ?? '/');
    if (!file) return send(res, 400, 'Bad request');
    fs.stat(file, (statErr, stat) => {
      if (statErr || !stat.isFile()) return send(res, 404, 'Not found');
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      const headers: http.OutgoingHttpHeaders = {
        'Content-Type': type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: etag,
        Vary: 'Accept-Encoding',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      const encoding = COMPRESSIBLE.test(type) && stat.size > 1024 ? pickEncoding(req.headers['accept-encoding']) : undefined;
      if (!encoding) {
        res.writeHead(200, { ...headers, 'Content-Length': stat.size });
        if (req.method === 'HEAD') return res.end();
        return void fs.createReadStream(file).pipe(res);
      }
      const key = `${file}\0${encoding}\0${etag}`;
      let hit = compressed.get(file + encoding);
      if (!hit || hit.key !== key) {
        const raw = fs.readFileSync(file);
        const body =
          encoding === 'br'
            ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
            : zlib.gzipSync(raw, { level: 9 });
        hit = { key, body };
        compressed.set(file + encoding, hit);
      }
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': hit.body.length });
      res.end(req.method === 'HEAD' ? undefined : hit.body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${requested} on ${HOST} is already in use (is another preview running?). ` +
              `Stop it, or choose another port: PORT=${requested + 1} npm start`,
          ),
        );
      } else reject(err);
    });
    server.listen(requested, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : requested;
      listeningPort = port;
      resolve({
        url: `http://${HOST}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

interface Args {
  build: boolean;
  rebuild: boolean;
  once: boolean;
  port: number;
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Args {
  const args: Args = { build: true, rebuild: false, once: false, port: env.PORT ? Number(env.PORT) : DEFAULT_PORT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') args.build = false;
    else if (a === '--rebuild') args.rebuild = true;
    else if (a === '--once') args.once = true;
    else if (a === '--port') args.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) args.port = Number(a.slice('--port='.length));
    else throw new Error(`Unknown option ${a} (use --no-build, --rebuild, --once, --port N)`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
    throw new Error(`Not a port number: ${env.PORT ?? argv.join(' ')}`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.build && !args.rebuild && previewIsUpToDate()) {
    console.log('dist-preview/ was built from these sources: serving it (--rebuild to build anyway).');
  } else if (args.build) {
    console.log('Building the preview (webpack, production)…');
    const started = Date.now();
    await buildPreview();
    console.log(`Built dist-preview/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else if (!fs.existsSync(path.join(PREVIEW_DIR, 'index.html'))) {
    throw new Error('dist-preview/index.html is missing: run without --no-build (or npm run build:preview) first');
  }
  const server = await startPreviewServer({ port: args.port });
  if (args.once) {
    const res = await fetch(server.url);
    await server.close();
    if (!res.ok) throw new Error(`The preview answered ${res.status} at ${server.url}`);
    console.log(`The preview served its page at ${server.url} (stopped: --once).`);
    return;
  }
  console.log(`\nSchool Funding Toolkit preview: ${server.url}\n(listening on ${HOST} only; Ctrl+C to stop)`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
