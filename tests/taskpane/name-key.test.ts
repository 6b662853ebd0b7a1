/**
 * Names are compared by ONE rule, `nameKey` (workbook/port.ts: NFKC, case-insensitive like
 * Excel, trimmed), in the pane, the preview and travel too — never by a hand-written
 * `a.toLowerCase() === b.toLowerCase()`, which disagrees with the service on "ﬁ" vs "fi",
 * full-width letters or padded names.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { nameKey } from '../../src/workbook/port';

const ROOT = path.resolve(__dirname, '../..');
const DIRS = ['src/taskpane', 'src/preview', 'src/travel'];
/** An ad-hoc case-insensitive comparison: `x.toLowerCase() ===` or `=== y.toLowerCase()` (a search box's text is not a name). */
const AD_HOC = /\.toLowerCase\(\)\s*[!=]==|[!=]==\s*[\w.?()[\]]+\.toLowerCase\(\)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

it('no ad-hoc case-insensitive name comparison in the pane, the preview or travel', () => {
  const found = DIRS.flatMap((d) => sources(path.join(ROOT, d))).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (AD_HOC.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(found).toEqual([]);
});

it('the check would catch the forms that were there', () => {
  expect(AD_HOC.test("const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();")).toBe(true);
  expect(AD_HOC.test('ready?.inputs.find((i) => i.name.toLowerCase() === input.toLowerCase())')).toBe(true);
  expect(AD_HOC.test("const q = query.trim().toLowerCase();")).toBe(false);
});

it('nameKey treats what Excel treats as one name as one', () => {
  expect(nameKey(' All academies ')).toBe(nameKey('all ACADEMIES'));
  expect(nameKey('Ｏｐｔｉｏｎ Ｄ')).toBe(nameKey('option d'));
});
