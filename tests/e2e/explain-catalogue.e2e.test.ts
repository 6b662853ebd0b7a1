/**
 * Issue 14.15 in a real browser: for every function of the catalogue, a valid call and a
 * call with one argument too many are typed into a cell of the preview; Explain (following
 * the selection) must show what the cell shows — the same number (to the last digit: both
 * are exact), the same table cell by cell for a spill, the same error code and message.
 */
import type { Locator } from 'playwright-core';
import { CATALOGUE, type CatalogueName } from '../../src/engine';
import { PreviewPage } from './support/preview';
import { VALID_CALLS as VALID } from '../support/valid-calls';

jest.setTimeout(600_000);


const CASES = CATALOGUE.flatMap((e) => {
  const args = VALID[e.name as CatalogueName];
  return [`=ESG.${e.name}(${args.join(',')})`, `=ESG.${e.name}(${[...args, '1'].join(',')})`];
});

let preview: PreviewPage;

beforeAll(async () => {
  preview = await PreviewPage.open();
  await preview.waitForPane();
  await preview.showSheet('Try it');
  await preview.paneTab('Explain');
});

afterAll(async () => {
  await preview?.close();
});

const panel = () => preview.pane().getByRole('tabpanel', { name: 'Explain' });

/** The grid's raw value as Explain writes it: numbers exact with thousands separators, TRUE/FALSE. */
function asShown(raw: string): string {
  if (raw === '') return '';
  if (/^(true|false)$/i.test(raw)) return raw.toUpperCase();
  const n = Number(raw);
  if (!Number.isFinite(n) || raw.trim() === '') return raw;
  const [whole, fraction] = String(Math.abs(n)).split('.');
  return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

const column = (c: number) => String.fromCharCode(66 + c); // B, C, …

async function tableTexts(table: Locator): Promise<string[][]> {
  return table.evaluate((t) => Array.from(t.querySelectorAll('tr')).map((tr) => Array.from(tr.querySelectorAll('td,th')).map((td) => td.textContent ?? '')));
}

test('the cases cover every function of the catalogue', () => {
  expect(new Set(CASES.map((f) => /^=ESG\.([A-Z.]+)\(/.exec(f)?.[1])).size).toBe(CATALOGUE.length);
});

test.each(CASES)('Explain of %s equals the cell', async (formula) => {
  await preview.enter('B2', formula);
  await preview.goTo('B2');
  const name = /^=(ESG\.[A-Z.]+)\(/.exec(formula)?.[1] ?? '';
  await panel().getByRole('heading', { name: `${name} in 'Try it'!B2` }).waitFor({ timeout: 20_000 });
  await panel().getByLabel('Formula').filter({ hasText: formula }).first().waitFor();
  const cell = await preview.cellState('B2');

  if (cell.kind === 'error') {
    // The same code, and the cell's message (its tooltip) word for word.
    const text = (await panel().textContent()) ?? '';
    expect(text).toContain(cell.text);
    expect(text).toContain(cell.title ?? '(no message)');
  } else {
    const table = panel().getByRole('table', { name: 'Result table', includeHidden: true });
    if ((await table.count()) === 0) {
      expect(await panel().getByLabel('Result value').textContent()).toBe(asShown(cell.value));
    } else {
      const rows = await tableTexts(table);
      const grid: string[][] = [];
      for (let r = 0; r < rows.length; r++) {
        const row: string[] = [];
        for (let c = 0; c < rows[r].length; c++) row.push(asShown((await preview.cellState(`${column(c)}${2 + r}`)).value));
        grid.push(row);
      }
      expect(rows).toEqual(grid);
      // The spill ends where the table does.
      expect((await preview.cellState(`B${2 + rows.length}`)).value).toBe('');
    }
  }
  await preview.goTo('B2');
  await preview.page.keyboard.press('Delete');
  await preview.waitForCell('B2', { value: '' });
});
