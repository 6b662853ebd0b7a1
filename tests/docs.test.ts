/**
 * docs/functions.md is generated (npm run docs) and must be up to date; docs/guide.md must
 * link to things that exist.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { FUNCTIONS_DOC, renderFunctionsDoc } from '../scripts/docs';
import { REGISTRY } from '../src/functions/registry';

const DOCS = join(__dirname, '..', 'docs');

let generated = '';
beforeAll(async () => {
  generated = await renderFunctionsDoc();
}, 60_000);

test('docs/functions.md is up to date: run `npm run docs` after changing a function, its JSDoc or an example', () => {
  expect(existsSync(FUNCTIONS_DOC)).toBe(true);
  // Compared line by line so that a failure shows the first line that differs.
  expect(readFileSync(FUNCTIONS_DOC, 'utf8').split('\n')).toEqual(generated.split('\n'));
});

test('the reference has every function, its arguments and a worked example with the seed figures', () => {
  for (const spec of REGISTRY) {
    expect(generated).toContain(`## ESG.${spec.name}\n`);
    for (const p of spec.params) expect(generated).toContain(`| \`${p.name}\` |`);
    expect(generated).toContain(`${spec.example}\n`);
  }
  // Seed 001, paragraph 41: the July 2015 total and the July 2017 projection's last total.
  expect(generated).toContain('gives **5,391,995.25**');
  expect(generated).toContain('| 2017-18 | 30,579 | 58,864 | 1,341,645 | 2,824,085.25 | 4,165,730.25 |');
  expect(generated).toContain('- General element (maintained pupils): `87 × (44,095 + 4.25 × 579 + 3.75 × 0)` = 4,050,350.25');
});

describe('docs/guide.md', () => {
  const guide = readFileSync(join(DOCS, 'guide.md'), 'utf8');
  const headings = new Set(
    [...guide.matchAll(/^#+ (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')),
  );

  test('uses the screenshots the browser tests produce', () => {
    const images = [...guide.matchAll(/!\[[^\]]*\]\((images\/[^)]+)\)/g)].map((m) => m[1]);
    expect(images).toEqual([
      'images/pane-scenarios.png',
      'images/compare-sheet.png',
      // Issue 15: the prepare/restore round trip (tests/e2e/travel.e2e.test.ts takes them).
      'images/travel-prepare-list.png',
      'images/travel-prepared.png',
      'images/travel-kept-sheet.png',
      'images/travel-restore-list.png',
      'images/explain.png',
      'images/insert.png',
      'images/preview.png',
    ]);
    for (const image of images) expect(existsSync(join(DOCS, image))).toBe(true);
  });

  test('its links go somewhere', () => {
    for (const [, target] of guide.matchAll(/\]\(([^)]+)\)/g)) {
      if (target.startsWith('images/')) continue;
      const [file, hash] = target.split('#');
      if (file !== '') expect(existsSync(join(DOCS, file))).toBe(true);
      if (file === '' && hash !== undefined) expect(headings.has(hash)).toBe(true);
    }
    expect(generated).toContain('(guide.md#explain-a-figure)');
    expect(headings.has('explain-a-figure')).toBe(true);
  });
});
