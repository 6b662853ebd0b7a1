import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, parseArgs, resolveRequestPath, startPreviewServer } from '../scripts/serve-preview';

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
    expect(parseArgs([], {})).toEqual({ build: true, once: false, port: 3000 });
    expect(parseArgs(['--no-build', '--once'], { PORT: '4000' })).toEqual({ build: false, once: true, port: 4000 });
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
});
