/**
 * The task pane page's Content-Security-Policy (src/taskpane/taskpane.html, copied into
 * dist/taskpane.html by the build; tests/security/bundles.test.ts checks the built copy):
 * scripts only from the add-in itself and Microsoft's Office.js CDN, no string evaluation,
 * no inline script, nothing loaded or contacted outside the add-in's own origin.
 *
 * A <meta> policy cannot set frame-ancestors; Office hosts the pane in its own frame anyway.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { cspProblems, metaCsp, OFFICE_JS, parseCsp, tags } from './scan';

const html = readFileSync(path.resolve(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');

test('the page has exactly one policy, and it is the strict one', () => {
  const policy = metaCsp(html);
  expect(policy).toBeDefined();
  expect(cspProblems(policy)).toEqual([]);
  expect(parseCsp(policy ?? '').get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
});

test('the policy comes before any script, so it applies to all of them', () => {
  const meta = html.search(/<meta[^>]+Content-Security-Policy/i);
  const firstScript = html.search(/<script\b/i);
  expect(meta).toBeGreaterThan(-1);
  expect(firstScript).toBeGreaterThan(meta);
});

test('the only script is office.js from the Microsoft CDN over https, with no inline code', () => {
  const scripts = tags(html, 'script');
  expect(scripts.map((s) => s.attrs.get('src'))).toEqual([OFFICE_JS]);
  for (const s of scripts) expect(s.body.trim()).toBe('');
  expect(html).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers
});

test('the checker rejects the policies it should (so a pass means something)', () => {
  const good = metaCsp(html);
  expect(cspProblems(undefined)).not.toEqual([]);
  const variants = [
    (p: string) => p.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
    (p: string) => p.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
    (p: string) => p.replace("script-src 'self'", "script-src 'self' https://cdn.example.com"),
    (p: string) => p.replace("script-src 'self'", "script-src 'self' https:"),
    (p: string) => p.replace("connect-src 'self'", "connect-src 'self' https://telemetry.example.com"),
    (p: string) => p.replace("default-src 'self'", 'default-src *'),
    (p: string) => p.replace("object-src 'none'", "object-src 'self'"),
    (p: string) => p.replace(/script-src[^;]*;/, ''),
  ];
  for (const change of variants) {
    const bad = change(good ?? '');
    expect(bad).not.toBe(good);
    expect(cspProblems(bad)).not.toEqual([]);
  }
});
