/**
 * A text scanner for the add-in's production bundles: code that evaluates strings, network
 * and storage APIs, and URLs. Allow-lists name exact strings (never a pattern or a host
 * wildcard), so that anything new in a bundle fails the scan until someone has looked at it.
 */

export interface Finding {
  readonly rule: string;
  readonly match: string;
  /** Some characters either side, to judge the finding. */
  readonly context: string;
}

export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
}

/** Code that turns a string into code: forbidden by the pages' CSP (no 'unsafe-eval'). */
export const EVAL_RULES: readonly Rule[] = [
  { name: 'eval(', pattern: /\beval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'Function("…") without new', pattern: /(?<!\bnew\s+)(?<![.\w$])Function\s*\(\s*["'`]/g },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
];

/** Ways a page can talk to a server, and storage outside the workbook. */
export const NETWORK_RULES: readonly Rule[] = [
  { name: 'fetch(', pattern: /\bfetch\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'importScripts', pattern: /\bimportScripts\b/g },
  { name: 'WebTransport', pattern: /\bWebTransport\b/g },
  { name: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/g },
  { name: 'Worker', pattern: /\bnew\s+(?:Shared)?Worker\s*\(/g },
  { name: 'localStorage', pattern: /\blocalStorage\b/g },
  { name: 'sessionStorage', pattern: /\bsessionStorage\b/g },
  { name: 'indexedDB', pattern: /\bindexedDB\b/g },
  { name: 'document.cookie', pattern: /\.cookie\b/g },
];

/** Absolute URLs (http, https, ws, wss, ftp; ended by a quote, space, bracket, `;` or `,`) and protocol-relative ones in a string literal. */
export const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'`()<>\\;,]*/gi;
export const PROTOCOL_RELATIVE_PATTERN = /["'`]\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

function context(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 60), index + length + 60);
}

/**
 * Removes every occurrence of each allowed exact string (counting them), then reports what
 * the rules still find.
 */
export function scan(
  text: string,
  rules: readonly Rule[],
  allowed: readonly string[],
): { findings: Finding[]; allowedHits: Map<string, number> } {
  const allowedHits = new Map<string, number>();
  let rest = text;
  for (const a of allowed) {
    const parts = rest.split(a);
    allowedHits.set(a, parts.length - 1);
    rest = parts.join(' ');
  }
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const m of rest.matchAll(rule.pattern)) {
      findings.push({ rule: rule.name, match: m[0], context: context(rest, m.index ?? 0, m[0].length) });
    }
  }
  return { findings, allowedHits };
}

/** Every URL in the text that is not exactly one of `allowed` (a URL may be a prefix the code completes, e.g. an error-doc URL). */
export function unexpectedUrls(text: string, allowed: readonly string[]): { urls: Finding[]; allowedHits: Map<string, number> } {
  const allowedHits = new Map<string, number>(allowed.map((a) => [a, 0]));
  const urls: Finding[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[0];
    if (allowedHits.has(url)) {
      allowedHits.set(url, (allowedHits.get(url) ?? 0) + 1);
    } else {
      urls.push({ rule: 'url', match: url, context: context(text, m.index ?? 0, url.length) });
    }
  }
  for (const m of text.matchAll(PROTOCOL_RELATIVE_PATTERN)) {
    urls.push({ rule: 'protocol-relative url', match: m[0], context: context(text, m.index ?? 0, m[0].length) });
  }
  return { urls, allowedHits };
}

/** The directives of a Content-Security-Policy: name → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The attributes of every tag named `tag` in an HTML text (quoted or minified, unquoted attributes). */
export function tags(html: string, tag: string): { attrs: Map<string, string>; body: string }[] {
  const out: { attrs: Map<string, string>; body: string }[] = [];
  const open = new RegExp(`<${tag}\\b([^>]*)>`, 'gi');
  for (const m of html.matchAll(open)) {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    }
    let body = '';
    if (tag.toLowerCase() === 'script') {
      const end = html.indexOf('</script>', (m.index ?? 0) + m[0].length);
      body = end < 0 ? '' : html.slice((m.index ?? 0) + m[0].length, end);
    }
    out.push({ attrs, body });
  }
  return out;
}

/** The Content-Security-Policy of an HTML page's <meta http-equiv>; undefined when it has none. */
export function metaCsp(html: string): string | undefined {
  const metas = tags(html, 'meta').filter((t) => t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return undefined;
  return metas[0].attrs.get('content');
}

/** The only script origin besides the add-in's own: Office.js on Microsoft's CDN. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
export const OFFICE_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;

/**
 * What is wrong with a page's policy, as sentences (empty when it is right). The policy must
 * allow scripts only from the add-in ('self') and the Office CDN, never evaluate strings,
 * and keep everything else to the add-in's own origin.
 */
export function cspProblems(policy: string | undefined): string[] {
  if (policy === undefined) return ['the page has no Content-Security-Policy meta tag (exactly one is expected)'];
  const d = parseCsp(policy);
  const problems: string[] = [];
  const exactly = (name: string, expected: readonly string[]) => {
    const actual = d.get(name);
    if (actual === undefined) problems.push(`${name} is missing`);
    else if ([...actual].sort().join(' ') !== [...expected].sort().join(' ')) {
      problems.push(`${name} is "${actual.join(' ')}", expected "${expected.join(' ')}"`);
    }
  };
  exactly('default-src', ["'self'"]);
  exactly('script-src', ["'self'", OFFICE_CDN]);
  exactly('connect-src', ["'self'"]);
  exactly('object-src', ["'none'"]);
  exactly('base-uri', ["'self'"]);
  exactly('form-action', ["'none'"]);
  // Fluent UI (Griffel) and React inject styles at run time; styles cannot run code.
  const style = d.get('style-src') ?? [];
  for (const s of style) if (!["'self'", "'unsafe-inline'"].includes(s)) problems.push(`style-src allows ${s}`);
  for (const name of ['img-src', 'font-src']) {
    for (const s of d.get(name) ?? []) if (!["'self'", 'data:'].includes(s)) problems.push(`${name} allows ${s}`);
  }
  for (const [name, sources] of d) {
    for (const s of sources) {
      if (s === "'unsafe-eval'" || s === "'wasm-unsafe-eval'") problems.push(`${name} allows ${s}`);
      if (s.includes('*')) problems.push(`${name} has a wildcard source ${s}`);
      if (/^http:/i.test(s)) problems.push(`${name} allows plain http: ${s}`);
      if (name === 'script-src' && (s === "'unsafe-inline'" || s === 'data:' || s === 'blob:')) problems.push(`script-src allows ${s}`);
    }
  }
  return problems;
}
