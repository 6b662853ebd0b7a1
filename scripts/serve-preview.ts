/**
 * `npm start`: builds the browser preview (webpack.preview.config.js) and serves
 * dist-preview/ on 127.0.0.1 only, then prints its URL.
 *
 *   tsx scripts/serve-preview.ts [--no-build] [--once] [--port N]
 *
 *   --no-build  serve the existing dist-preview/ (fails clearly when there is none)
 *   --once      start, check that the page is served, print its URL, stop (a smoke test)
 *   --port N    port to listen on (default: $PORT, else 3000; 0 = any free port)
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
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

/** Builds dist-preview/ with webpack's Node API. */
export function buildPreview(mode: 'production' | 'development' = 'production'): Promise<void> {
  const load = createRequire(__filename);
  const factory = load(path.join(ROOT, 'webpack.preview.config.js')) as ConfigFactory;
  const compiler = webpack(factory({}, { mode }));
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(`The preview build failed:\n${stats?.toString({ all: false, errors: true }) ?? 'no stats'}`));
      }
      resolve();
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

/** Serves `root` (default dist-preview/) on 127.0.0.1; port 0 picks a free one. */
export function startPreviewServer(options: { port?: number; root?: string } = {}): Promise<PreviewServer> {
  const root = path.resolve(options.root ?? PREVIEW_DIR);
  const requested = options.port ?? DEFAULT_PORT;
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const file = resolveRequestPath(root, req.url ?? '/');
    if (!file) return send(res, 400, 'Bad request');
    fs.stat(file, (statErr, stat) => {
      if (statErr || !stat.isFile()) return send(res, 404, 'Not found');
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': stat.size,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'no-cache',
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
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
  once: boolean;
  port: number;
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Args {
  const args: Args = { build: true, once: false, port: env.PORT ? Number(env.PORT) : DEFAULT_PORT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') args.build = false;
    else if (a === '--once') args.once = true;
    else if (a === '--port') args.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) args.port = Number(a.slice('--port='.length));
    else throw new Error(`Unknown option ${a} (use --no-build, --once, --port N)`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
    throw new Error(`Not a port number: ${env.PORT ?? argv.join(' ')}`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) {
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
