/**
 * The add-in's own production page (dist/taskpane.html, as Excel loads it) in Chromium: the
 * bundles the browser tests of the preview never run — the build-time Griffel styles, the
 * `tokens` rule in place of Fluent's table, and the lazy chunk (pane-more) behind the
 * Scenarios tab. Office.js is a stand-in served at its CDN address (the page's policy allows
 * that origin): Office is ready at once, the functions register, and the workbook cannot be
 * read (Excel.run rejects), which the pane must say.
 *
 * Uses dist/ as `npm run build` left it (CI builds before the browser tests); builds it when
 * it is missing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from './support/browser';

const ROOT = path.resolve(__dirname, '../..');
/** The built add-in (ADDIN_DIST: another build, to compare). */
const DIST = process.env.ADDIN_DIST ?? path.join(ROOT, 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Office.js as far as the page needs it, with a workbook that cannot be read. */
const FAKE_OFFICE_JS = `
window.__associated = [];
window.Office = {
  onReady: function (cb) { return Promise.resolve().then(function () { if (cb) cb({ host: 'Excel', platform: 'PC' }); return { host: 'Excel', platform: 'PC' }; }); },
  context: { platform: 'PC', requirements: { isSetSupported: function () { return false; } } },
  PlatformType: { Mac: 'Mac', PC: 'PC' },
  HostType: { Excel: 'Excel' },
};
window.CustomFunctions = {
  associate: function (id) { window.__associated.push.apply(window.__associated, typeof id === 'string' ? [id] : Object.keys(id)); },
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
};
window.Excel = { run: function () { return Promise.reject(new Error('No workbook in this test')); } };
`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.map': 'application/json' };

interface Served {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}

function serve(dir: string): Promise<Served> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'taskpane.html';
    requests.push(name);
    const file = path.join(dir, name);
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/taskpane.html`, requests, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

let browser: Browser;
let served: Served;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
  }
  served = await serve(DIST);
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_OFFICE_JS }));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(served.url);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe("the add-in's production page", () => {
  it('registers the functions and shows the pane, saying the workbook could not be read', async () => {
    await page.getByRole('tab', { name: 'Scenarios' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __associated: unknown[] }).__associated.length)).toBe(13);
    await page.getByText(/No workbook in this test/).first().waitFor();
    // The page's own scripts first; then only the lazy chunk (never anything else).
    const scripts = served.requests.filter((r) => r.endsWith('.js'));
    expect(scripts.slice(0, 2)).toEqual(['functions.js', 'taskpane.js']);
    for (const s of scripts.slice(2)) expect(s).toMatch(/^pane-more\.[0-9a-f]{8}\.js$/);
  });

  it('draws with the theme: the build-time styles and the tokens rule resolve to the theme colours and type', async () => {
    const styles = await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      const tab = document.querySelector('[role="tab"] .fui-Tab__content') as HTMLElement;
      const css = getComputedStyle(main);
      return {
        background: css.backgroundColor,
        color: css.color,
        gap: css.rowGap,
        tabFont: getComputedStyle(tab).fontSize,
        // A value Fluent's own styles take from `tokens` when their module loads.
        variable: getComputedStyle(document.querySelector('.fui-FluentProvider') as HTMLElement).getPropertyValue('--colorNeutralBackground1').trim(),
      };
    });
    expect(styles).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(36, 36, 36)', gap: '8px', tabFont: '14px', variable: '#ffffff' });
  });

  it('loads the rest on demand: the self-test dialog opens from the header and takes the focus', async () => {
    const check = page.getByRole('button', { name: 'Check this add-in' });
    // Until the chunk is there, the header shows the same button, disabled.
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]');
      return button !== null && !button.disabled;
    });
    await check.click();
    const dialog = page.getByRole('dialog', { name: 'Check this add-in' });
    await dialog.waitFor();
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the Functions tab, a lazily loaded one', async () => {
    await page.getByRole('tab', { name: 'Functions' }).click();
    await page.getByRole('heading', { name: 'Functions' }).waitFor();
    expect(await page.getByText('=ESG.PROJECT').count()).toBeGreaterThan(0);
  });

  it('logs no error but the unreadable workbook', () => {
    expect(errors.filter((e) => !/No workbook in this test/.test(e))).toEqual([]);
  });
});
