import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  CONTENT_SECURITY_POLICY,
  inputsHash,
  isAllowedHost,
  parseArgs,
  pickEncoding,
  previewIsUpToDate,
  resolveRequestPath,
  STAMP,
  startPreviewServer,
} from '../scripts/serve-preview';

/** A GET with headers fetch() will not send (Host), answered with status, headers and raw body bytes. */
function get(port: number, urlPath: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve-preview', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sft-preview-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>preview</title>');
    fs.writeFileSync(path.join(root, 'preview.js'), 'void 0;');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('maps request paths inside the folder only', () => {
    expect(resolveRequestPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRequestPath(root, '/preview.js?x=1')).toBe(path.join(root, 'preview.js'));
    expect(resolveRequestPath(root, '/../etc/passwd')).toBe(path.join(root, 'etc', 'passwd')); // URL parsing drops the ..
    expect(resolveRequestPath(root, '/..%2F..%2Fetc/passwd')).toBeUndefined(); // decoded after URL parsing
    expect(resolveRequestPath(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('reads --no-build, --once and the port (PORT, --port)', () => {
    expect(parseArgs([], {})).toEqual({ build: true, rebuild: false, once: false, port: 3000 });
    expect(parseArgs(['--no-build', '--once'], { PORT: '4000' })).toEqual({ build: false, rebuild: false, once: true, port: 4000 });
    expect(parseArgs(['--rebuild'], {}).rebuild).toBe(true);
    expect(parseArgs(['--port', '0'], {}).port).toBe(0);
    expect(() => parseArgs(['--port', 'x'], {})).toThrow(/Not a port number/);
    expect(() => parseArgs(['--watch'], {})).toThrow(/Unknown option --watch/);
  });

  it('serves the folder on 127.0.0.1 with the page\'s Content-Security-Policy', async () => {
    const server = await startPreviewServer({ root, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await page.text()).toContain('<title>preview</title>');
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('says clearly when the port is busy', async () => {
    const first = await startPreviewServer({ root, port: 0 });
    try {
      await expect(startPreviewServer({ root, port: first.port })).rejects.toThrow(
        new RegExp(`Port ${first.port} on 127\\.0\\.0\\.1 is already in use.*PORT=${first.port + 1} npm start`),
      );
    } finally {
      await first.close();
    }
  });

  it('answers only a Host naming 127.0.0.1 or localhost with its port (DNS rebinding, issue 11 point 11)', async () => {
    const server = await startPreviewServer({ root, port: 0 });
    const p = server.port;
    try {
      for (const host of [`127.0.0.1:${p}`, `localhost:${p}`, `LOCALHOST:${p}`]) {
        expect({ host, status: (await get(p, '/', { Host: host })).status }).toEqual({ host, status: 200 });
      }
      for (const host of ['attacker.example', `attacker.example:${p}`, `127.0.0.1.nip.io:${p}`, `localhost.attacker.example:${p}`, '127.0.0.1', `127.0.0.1:${p + 1}`, `[::1]:${p}`, `localhost:${p}@evil`]) {
        const res = await get(p, '/preview.js', { Host: host });
        expect({ host, status: res.status, leaked: res.body.toString().includes('void 0') }).toEqual({ host, status: 421, leaked: false });
      }
      expect(isAllowedHost(undefined, p)).toBe(false);
      expect(isAllowedHost('', p)).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('compresses text (br, else gzip), lets the browser keep content-hashed bundles, and revalidates the page', async () => {
    const big = `window.x = ${JSON.stringify('abc '.repeat(5000))};`;
    fs.writeFileSync(path.join(root, 'preview.0123abcd.js'), big);
    const server = await startPreviewServer({ root, port: 0 });
    const host = `127.0.0.1:${server.port}`;
    try {
      const br = await get(server.port, '/preview.0123abcd.js', { Host: host, 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.body.length).toBeLessThan(big.length / 10);
      expect(zlib.brotliDecompressSync(br.body).toString()).toBe(big);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers.vary).toBe('Accept-Encoding');

      const gz = await get(server.port, '/preview.0123abcd.js', { Host: host, 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).toString()).toBe(big);

      const plain = await get(server.port, '/preview.0123abcd.js', { Host: host });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(big);

      const page = await get(server.port, '/', { Host: host });
      expect(page.headers['cache-control']).toBe('no-cache');
      const again = await get(server.port, '/', { Host: host, 'If-None-Match': String(page.headers.etag) });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    } finally {
      await server.close();
    }
    expect(pickEncoding('gzip;q=1, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding('*')).toBe('br');
  });

  it('reuses dist-preview/ only when it was built from exactly the current sources', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'sft-inputs-'));
    const out = path.join(project, 'dist-preview');
    try {
      fs.mkdirSync(path.join(project, 'src'));
      fs.mkdirSync(out);
      fs.writeFileSync(path.join(project, 'src', 'a.ts'), 'export const a = 1;');
      fs.writeFileSync(path.join(project, 'package-lock.json'), '{}');
      fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html>');
      expect(previewIsUpToDate(out, project)).toBe(false); // never stamped
      fs.writeFileSync(path.join(out, STAMP), `${inputsHash(project)}\n`);
      expect(previewIsUpToDate(out, project)).toBe(true);
      // Touching a file changes nothing; a test file is not bundled; a changed source is a change.
      fs.utimesSync(path.join(project, 'src', 'a.ts'), new Date(), new Date(Date.now() + 60_000));
      fs.writeFileSync(path.join(project, 'src', 'a.test.ts'), 'test');
      expect(previewIsUpToDate(out, project)).toBe(true);
      fs.writeFileSync(path.join(project, 'src', 'a.ts'), 'export const a = 2;');
      expect(previewIsUpToDate(out, project)).toBe(false);
      fs.writeFileSync(path.join(out, STAMP), `${inputsHash(project)}\n`);
      fs.writeFileSync(path.join(project, 'package-lock.json'), '{"changed":true}');
      expect(previewIsUpToDate(out, project)).toBe(false);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
