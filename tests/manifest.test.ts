/** @jest-environment jsdom */
/**
 * Structural checks of manifest.xml (Microsoft's online validator is unreachable offline):
 * resids resolve, the shared runtime is one page, namespace, requirement sets, element
 * order, permissions, https URLs, icons; and `office-addin-manifest info` can read it.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { APP_VERSION } from '../src/version';

const root = path.resolve(__dirname, '..');
const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, DEV_BASE_URL, DEV_ID, PROD_ID } = require('../scripts/manifest-url') as {
  rewriteManifest: (xml: string, base: string) => string;
  DEV_BASE_URL: string;
  DEV_ID: string;
  PROD_ID: string;
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const all = (localName: string) => Array.from(doc.getElementsByTagNameNS('*', localName));
const one = (localName: string) => {
  const found = all(localName);
  expect(found).toHaveLength(1);
  return found[0];
};
const resourceUrl = (resid: string) => {
  const url = all('Url').find((e) => e.getAttribute('id') === resid);
  if (!url) throw new Error(`no bt:Url ${resid}`);
  return url.getAttribute('DefaultValue');
};

describe('manifest.xml', () => {
  it('is well-formed XML in the Office add-in namespace', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(doc.documentElement.namespaceURI).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('keeps the schema order of the top-level elements', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'VersionOverrides'];
    const present = Array.from(doc.documentElement.children).map((e) => e.localName);
    expect(present.every((n) => order.includes(n))).toBe(true);
    const positions = present.map((n) => order.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('every resid resolves to exactly one resource', () => {
    const ids = [...all('Image'), ...all('Url'), ...all('String')]
      .map((e) => e.getAttribute('id'))
      .filter((id): id is string => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    const resids = Array.from(doc.querySelectorAll('*'))
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => r !== null);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(ids).toContain(r);
  });

  it('runs functions, pane and ribbon command in one shared runtime page', () => {
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const page = resourceUrl(runtime.getAttribute('resid') ?? '');
    const cf = all('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions');
    const cfPage = cf?.getElementsByTagNameNS('*', 'Page')[0].getElementsByTagNameNS('*', 'SourceLocation')[0];
    expect(resourceUrl(cfPage?.getAttribute('resid') ?? '')).toBe(page);
    expect(resourceUrl(one('FunctionFile').getAttribute('resid') ?? '')).toBe(page);
    const action = all('Action').find((e) => e.getAttribute('xsi:type') === 'ShowTaskpane');
    const actionSrc = action?.getElementsByTagNameNS('*', 'SourceLocation')[0];
    expect(resourceUrl(actionSrc?.getAttribute('resid') ?? '')).toBe(page);
    expect(one('DefaultSettings').getElementsByTagNameNS('*', 'SourceLocation')[0].getAttribute('DefaultValue')).toBe(page);
    expect(page).toBe('https://localhost:3000/taskpane.html');
    expect(resourceUrl('Functions.Script.Url')).toBe('https://localhost:3000/functions.js');
    expect(resourceUrl('Functions.Metadata.Url')).toBe('https://localhost:3000/functions.json');
  });

  it('uses the ESG namespace and requires SharedRuntime 1.1', () => {
    const ns = one('Namespace').getAttribute('resid');
    const str = all('String').find((e) => e.getAttribute('id') === ns);
    expect(str?.getAttribute('DefaultValue')).toBe('ESG');
    const sets = all('Set').map((e) => [e.getAttribute('Name'), e.getAttribute('MinVersion')]);
    expect(sets).toContainEqual(['SharedRuntime', '1.1']);
    const hosts = all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'));
    expect(hosts).toEqual(['Workbook', 'Workbook']);
  });

  it('asks only for ReadWriteDocument, names no extra AppDomains, and uses https everywhere', () => {
    expect(one('Permissions').textContent?.trim()).toBe('ReadWriteDocument');
    expect(all('AppDomain')).toHaveLength(0);
    const urls = Array.from(doc.querySelectorAll('[DefaultValue]'))
      .map((e) => e.getAttribute('DefaultValue') ?? '')
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://')).toBe(true);
  });

  it('has a Home-tab button that opens the pane, with 16/32/80 px icons that exist', () => {
    const tab = one('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const images = all('Image').filter((e) => e.getAttribute('id'));
    for (const img of images) {
      const url = img.getAttribute('DefaultValue') ?? '';
      const file = path.join(root, url.replace(DEV_BASE_URL, ''));
      const png = readFileSync(file);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
    for (const s of [16, 32, 64, 80]) expect(readFileSync(path.join(root, `assets/icon-${s}.png`)).length).toBeGreaterThan(50);
  });

  it("matches the package's version", () => {
    expect(one('Version').textContent).toBe(`${APP_VERSION}.0`);
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version).toBe(APP_VERSION);
  });

  it('rewrites every dev URL for a production base URL, and refuses a non-https one', () => {
    const prod = rewriteManifest(xml, 'https://addin.council.example/esg/');
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('https://addin.council.example/esg/functions.json');
    expect(() => rewriteManifest(xml, 'http://insecure.example/')).toThrow(/https/);
  });

  it('gives the development and production manifests different add-in Ids and names (issue 12, point 4)', () => {
    expect(one('Id').textContent).toBe(DEV_ID);
    expect(DEV_ID).toMatch(GUID);
    expect(PROD_ID).toMatch(GUID);
    expect(DEV_ID).not.toBe(PROD_ID);
    expect(one('DisplayName').getAttribute('DefaultValue')).toBe('School Funding Toolkit (dev)');
    const prod = new DOMParser().parseFromString(rewriteManifest(xml, 'https://addin.council.example/esg/'), 'application/xml');
    expect(Array.from(prod.getElementsByTagNameNS('*', 'Id')).map((e) => e.textContent)).toEqual([PROD_ID]);
    expect(Array.from(prod.getElementsByTagNameNS('*', 'DisplayName')).map((e) => e.getAttribute('DefaultValue'))).toEqual(['School Funding Toolkit']);
    // A manifest whose Id was edited by hand is refused rather than shipped with the dev Id.
    expect(() => rewriteManifest(xml.replace(DEV_ID, PROD_ID), 'https://addin.council.example/esg/')).toThrow(/exactly once/);
  });

  it('has no TaskpaneId: under the long-lived shared runtime the pane is the runtime page (issue 12, point 4)', () => {
    expect(all('TaskpaneId')).toHaveLength(0);
  });

  it('is readable by office-addin-manifest', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'node_modules/office-addin-manifest/cli.js'), 'info', 'manifest.xml'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('Name: School Funding Toolkit (dev)');
    expect(out).toContain(`Id: ${DEV_ID}`);
    expect(out).toContain('Permissions: ReadWriteDocument');
  });
});

describe('manifest.xml: what the add-in may reach (security, issue 6)', () => {
  /** Every URL in an attribute (other than an xmlns namespace name) or in element text. */
  const urlsIn = (d: Document) => {
    const urls: string[] = [];
    for (const e of Array.from(d.querySelectorAll('*'))) {
      for (const a of Array.from(e.attributes)) {
        if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
        urls.push(...(a.value.match(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi) ?? []));
      }
      for (const n of Array.from(e.childNodes)) {
        if (n.nodeType === 3) urls.push(...(n.textContent?.match(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi) ?? []));
      }
    }
    return urls;
  };

  it('asks for one permission, ReadWriteDocument, and no extended permissions', () => {
    expect(all('Permissions')).toHaveLength(1);
    expect(one('Permissions').textContent?.trim()).toBe('ReadWriteDocument');
    expect(all('ExtendedPermissions')).toHaveLength(0);
    expect(all('ExtendedPermission')).toHaveLength(0);
  });

  it('names no AppDomains at all, not even an empty list', () => {
    expect(all('AppDomains')).toHaveLength(0);
    expect(xml).not.toMatch(/<AppDomain/i);
  });

  it('every URL in any attribute or text is https and on the add-in’s own origin', () => {
    const urls = urlsIn(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(new URL(u).origin).toBe('https://localhost:3000');
  });

  it('a production manifest reaches only its own https origin', () => {
    const prod = new DOMParser().parseFromString(rewriteManifest(xml, 'https://addin.council.example/esg/'), 'application/xml');
    expect(prod.getElementsByTagName('parsererror')).toHaveLength(0);
    const urls = urlsIn(prod);
    expect(urls.length).toBe(urlsIn(doc).length);
    for (const u of urls) {
      expect(u.startsWith('https://addin.council.example/esg/')).toBe(true);
    }
    expect(Array.from(prod.getElementsByTagNameNS('*', 'Permissions')).map((p) => p.textContent?.trim())).toEqual(['ReadWriteDocument']);
  });
});
