/**
 * Scans the add-in's production bundles — what Office loads: dist/*.js (not the source
 * maps), taskpane.html and functions.json — for code that evaluates strings, network and
 * storage APIs, URLs outside an exact allow-list, and HyperFormula (GPL-3.0: preview, tests
 * and the calc CLI only, never the add-in).
 *
 * The bundles are dist/ when it is at least as new as every build input (CI runs
 * `npm run build` before `npm test`); otherwise this test builds them itself with
 * `webpack --mode production` into a temporary directory (never over dist/, which a dev
 * server may be serving) and removes it afterwards (built.ts).
 */
import { parse, tokenizer, type Token } from 'acorn';
import { JSDOM } from 'jsdom';
import { readdirSync } from 'fs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SYNTAX_ECMA_VERSION } = require('../../scripts/targets') as { SYNTAX_ECMA_VERSION: 2020 };
import { builtBundles } from './built';
import { cspProblems, EVAL_RULES, metaCsp, NETWORK_RULES, OFFICE_CDN, OFFICE_JS, scan, tags, unexpectedUrls } from './scan';

/**
 * Exact strings the eval scan lets through: none. (webpack's runtime used to find the global
 * object with `this||new Function("return this")()`; built for ES2020 it uses `globalThis`.)
 */
const EVAL_ALLOWED: string[] = [];

/** Exact strings the network and storage scan lets through: none. */
const NETWORK_ALLOWED: string[] = [];

/**
 * Exact URLs allowed in the JavaScript bundles, each only a string that is never requested:
 * - react.dev/errors/: React's production builds put "see https://react.dev/errors/<code>" in
 *   the text of an error they throw, so a developer can look the code up.
 * - the four w3.org URIs are XML namespace names that react-dom passes to createElementNS and
 *   setAttributeNS when it renders SVG/MathML (Fluent's icons are inline SVG): identifiers,
 *   not addresses.
 */
const JS_URLS_ALLOWED = [
  'https://react.dev/errors/',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/XML/1998/namespace',
];

/**
 * The page loads Office.js from Microsoft's CDN, as Office requires, and its policy names that
 * origin as the one script source besides the add-in's own.
 */
const HTML_URLS_ALLOWED = [OFFICE_JS, OFFICE_CDN];

const built = builtBundles();
const { read, mapSources, pageScripts } = built;

test('the scan covers the add-in: the bundles hold the engine and the functions', () => {
  expect(built.jsFiles).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
  const sources = built.jsFiles.flatMap((f) => mapSources(`${f}.map`));
  expect(sources.some((s) => s.includes('src/engine/esg.ts'))).toBe(true);
  expect(sources.some((s) => s.includes('src/functions/esg.ts'))).toBe(true);
  expect(sources.some((s) => s.includes('src/taskpane/'))).toBe(true);
});

test('no eval, new Function or string timers in any bundle', () => {
  const hits = new Map<string, number>();
  for (const f of built.jsFiles) {
    const { findings, allowedHits } = scan(read(f), EVAL_RULES, EVAL_ALLOWED);
    expect({ file: f, findings }).toEqual({ file: f, findings: [] });
    for (const [a, n] of allowedHits) hits.set(a, (hits.get(a) ?? 0) + n);
  }
  if (process.env.SCAN_REPORT) console.log('eval allow-list hits', Object.fromEntries(hits));
  // Each allow-list entry is still needed; delete any that no longer matches.
  for (const a of EVAL_ALLOWED) expect({ entry: a, hits: hits.get(a) }).not.toEqual({ entry: a, hits: 0 });
});

test('no network or storage API in any bundle', () => {
  for (const f of built.jsFiles) {
    const { findings } = scan(read(f), NETWORK_RULES, NETWORK_ALLOWED);
    expect({ file: f, findings }).toEqual({ file: f, findings: [] });
  }
});

test('no URL outside the allow-list in the bundles, the page or the function metadata', () => {
  const hits = new Map<string, number>();
  for (const f of built.jsFiles) {
    const { urls, allowedHits } = unexpectedUrls(read(f), JS_URLS_ALLOWED);
    expect({ file: f, urls }).toEqual({ file: f, urls: [] });
    for (const [a, n] of allowedHits) hits.set(a, (hits.get(a) ?? 0) + n);
  }
  if (process.env.SCAN_REPORT) console.log('URL allow-list hits', Object.fromEntries(hits));
  for (const a of JS_URLS_ALLOWED) expect({ entry: a, hits: hits.get(a) }).not.toEqual({ entry: a, hits: 0 });
  expect(unexpectedUrls(read('taskpane.html'), HTML_URLS_ALLOWED).urls).toEqual([]);
  expect(unexpectedUrls(read('functions.json'), []).urls).toEqual([]);
});

test('HyperFormula (GPL-3.0) is in no add-in bundle', () => {
  for (const f of [...built.jsFiles, ...readdirSync(built.dir).filter((x) => x.endsWith('.LICENSE.txt'))]) {
    const text = read(f);
    expect({ file: f, hyperformula: /hyperformula|handsontable/i.test(text) }).toEqual({ file: f, hyperformula: false });
    expect(text).not.toContain('gpl-v3');
  }
  for (const f of built.jsFiles) {
    const gpl = mapSources(`${f}.map`).filter((s) => /node_modules\/hyperformula\/|src\/hf\/|src\/workbook\/hf\/|src\/preview\//.test(s));
    expect({ file: f, gpl }).toEqual({ file: f, gpl: [] });
  }
});

test('the built page keeps the strict policy and loads only its own bundles and office.js', () => {
  const html = read('taskpane.html');
  expect(cspProblems(metaCsp(html))).toEqual([]);
  const scripts = tags(html, 'script');
  const srcs = scripts.map((s) => s.attrs.get('src') ?? '');
  expect(srcs[0]).toBe(OFFICE_JS);
  for (const s of scripts) expect(s.body.trim()).toBe('');
  for (const src of srcs.slice(1)) {
    expect(src).toMatch(/^[\w~.-]+\.js$/); // relative: served from the add-in's own origin
    expect(built.jsFiles).toContain(src);
  }
});

test('the scanner finds what it looks for (so an empty result means something)', () => {
  const sample = [
    'a=eval("1+1");',
    'b=new Function("return 1");',
    'c=Function("x","return x");',
    'setTimeout("go()",1);',
    'fetch("/x");',
    'new XMLHttpRequest;',
    'new WebSocket(u);',
    'navigator.sendBeacon(u,d);',
    'new EventSource(u);',
    'importScripts("w.js");',
    'localStorage.setItem(k,v);',
    'document.cookie="a=1";',
    'u="https://evil.example/collect";',
    'v="//cdn.example.com/x.js";',
  ].join('\n');
  const evalRules = scan(sample, EVAL_RULES, []).findings.map((f) => f.rule);
  expect(evalRules).toEqual(expect.arrayContaining(EVAL_RULES.map((r) => r.name)));
  const network = new Set(scan(sample, NETWORK_RULES, []).findings.map((f) => f.rule));
  for (const r of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts', 'localStorage', 'document.cookie']) {
    expect(network).toContain(r);
  }
  expect(unexpectedUrls(sample, JS_URLS_ALLOWED).urls.map((u) => u.match)).toEqual([
    'https://evil.example/collect',
    '"//cdn.example.com',
  ]);
  // An allow-listed string hides only itself: the same call elsewhere is still found.
  const allowed = 'this||new Function("return this")()';
  expect(scan(`${allowed};new Function("x")`, EVAL_RULES, [allowed]).findings).toHaveLength(1);
  // Allow-listed URLs are exact: a longer URL on the same host is not allowed.
  expect(unexpectedUrls('"https://react.dev/errors/";"https://react.dev/evil"', JS_URLS_ALLOWED).urls).toHaveLength(1);
});

describe('one webpack runtime in the page (issue 12, point 5)', () => {
  /**
   * Runs the built page's scripts in jsdom, as Office's web view would, with an Office.js
   * whose onReady never fires (no pane is drawn) and a CustomFunctions.associate that counts.
   */
  function loadPage() {
    const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
      runScripts: 'outside-only',
      url: 'https://localhost:3000/taskpane.html',
    });
    const names: string[] = [];
    const win = dom.window as unknown as Record<string, unknown> & { eval: (code: string) => unknown };
    win.Office = { onReady: () => new Promise(() => undefined), context: {} };
    win.CustomFunctions = {
      associate: (id: string | Record<string, unknown>) => {
        names.push(...(typeof id === 'string' ? [id] : Object.keys(id)));
      },
      Error: class {},
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
    };
    for (const src of pageScripts()) win.eval(read(src));
    return { names, dom };
  }

  it('associates each function in functions.json exactly once', () => {
    const declared = (JSON.parse(read('functions.json')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(declared).toHaveLength(13);
    const { names, dom } = loadPage();
    dom.window.close();
    expect(names).toHaveLength(13);
    expect([...names].sort()).toEqual([...declared].sort());
  });

  it('has one webpack runtime: the pane is a chunk of the runtime in functions.js, and each module is bundled once', () => {
    expect(pageScripts()).toEqual(['functions.js', 'taskpane.js']);
    // A webpack runtime starts as an IIFE holding the module registry; a chunk only pushes
    // its modules onto the shared webpackChunk array.
    expect(read('taskpane.js')).toMatch(/^(\/\*![^]*?\*\/\s*)?("use strict";)?\(\S*webpackChunk/);
    const owners = new Map<string, string[]>();
    for (const f of built.jsFiles) for (const src of mapSources(`${f}.map`)) owners.set(src, [...(owners.get(src) ?? []), f]);
    const twice = [...owners].filter(([src, files]) => files.length > 1 && /src\/(engine|functions)\//.test(src));
    expect(twice).toEqual([]);
  });
});

describe('the first load holds what the Scenarios tab needs, and no more (issue 13, point 1)', () => {
  const sourcesOf = (files: string[]) => files.flatMap((f) => mapSources(`${f}.map`));
  const holds = (sources: string[], part: string) => sources.some((s) => s.includes(part));

  it("the page's scripts carry the pane's shell, the scenario list and the two reads behind it", () => {
    const first = sourcesOf(pageScripts());
    for (const part of ['src/taskpane/App.tsx', 'src/taskpane/scenarios/ScenarioList.tsx', 'src/scenarios/list.ts', 'src/scenarios/history.ts', 'src/workbook/office/']) {
      expect({ part, first: holds(first, part) }).toEqual({ part, first: true });
    }
  });

  it('dialogs, Compare, the other actions, Set up, travel, the self-test, Explain/Insert and Griffel\'s style compiler are not in it', () => {
    const first = sourcesOf(pageScripts());
    const later = sourcesOf(built.jsFiles.filter((f) => !pageScripts().includes(f)));
    const deferred = [
      'src/taskpane/scenarios/NameDialog.tsx',
      'src/taskpane/compare/CompareView.tsx',
      'src/taskpane/selftest/SelfTestDialog.tsx',
      'src/taskpane/explain/',
      'src/scenarios/switch.ts',
      'src/scenarios/setup',
      'src/travel/prepare.ts',
      'src/selftest/',
      'node_modules/@fluentui/react-dialog/',
    ];
    for (const part of deferred) expect({ part, first: holds(first, part), later: holds(later, part) }).toEqual({ part, first: false, later: true });
    // Our makeStyles are compiled at build time (webpack.config.js): no style compiler anywhere.
    for (const part of ['node_modules/stylis/', 'node_modules/rtl-css-js/', '@griffel/core/src/runtime/resolveStyleRules']) {
      expect({ part, bundled: holds([...first, ...later], part) }).toEqual({ part, bundled: false });
    }
  });
});

describe('syntax every supported Office web view parses (issue 12, point 8)', () => {
  it(`every bundle parses as ECMAScript ${SYNTAX_ECMA_VERSION} (no class static blocks, ??=, class fields)`, () => {
    for (const f of built.jsFiles) {
      let error = '';
      try {
        parse(read(f), { ecmaVersion: SYNTAX_ECMA_VERSION, sourceType: 'script' });
      } catch (err) {
        const text = read(f);
        const pos = (err as { pos?: number }).pos ?? 0;
        error = `${(err as Error).message}: …${text.slice(Math.max(0, pos - 60), pos + 60)}…`;
      }
      expect({ file: f, error }).toEqual({ file: f, error: '' });
    }
  });

  it('no regular expression literal uses lookbehind (a syntax error in Safari before 16.4)', () => {
    for (const f of built.jsFiles) {
      const lookbehind: string[] = [];
      for (const t of tokenizer(read(f), { ecmaVersion: SYNTAX_ECMA_VERSION }) as Iterable<Token & { value?: { pattern?: string } }>) {
        const pattern = t.type.label === 'regexp' ? t.value?.pattern ?? '' : '';
        if (/\(\?<[=!]/.test(pattern)) lookbehind.push(pattern);
      }
      expect({ file: f, lookbehind }).toEqual({ file: f, lookbehind: [] });
    }
  });

  it('the check catches what it looks for', () => {
    expect(() => parse('class A { static { this.x = 1; } }', { ecmaVersion: SYNTAX_ECMA_VERSION })).toThrow();
    expect(() => parse('a ??= b;', { ecmaVersion: SYNTAX_ECMA_VERSION })).toThrow();
    expect(() => parse('class A { x = 1 }', { ecmaVersion: SYNTAX_ECMA_VERSION })).toThrow();
    expect(() => parse('a?.b ?? c;', { ecmaVersion: SYNTAX_ECMA_VERSION })).not.toThrow();
  });
});
