/**
 * Workbooks that travel, in a real browser: Prepare a copy to send lists the ESG.* cells,
 * replaces them by their values (the ESG total keeps showing £5,391,995.25, now as a
 * constant) and keeps the formulas on "ESG Formulas"; Restore formulas puts them back
 * (a switch moves the total again); a cell typed over since Prepare is refused and named.
 * Screenshots for docs/guide.md only with UPDATE_SCREENSHOTS=1.
 */
import { PreviewPage } from './support/preview';

const JULY_2015_TOTAL = '5391995.25';
const JULY_2017_TOTAL = '4165730.25';
const SHOOT = process.env.UPDATE_SCREENSHOTS === '1';

let preview: PreviewPage;

beforeAll(async () => {
  preview = await PreviewPage.open();
  await preview.waitForPane();
});

afterAll(async () => {
  await preview?.close();
});

const button = (name: string | RegExp) => preview.pane().getByRole('button', { name });
const dialog = () => preview.page.getByRole('alertdialog');
const formulaBar = () => preview.page.getByRole('textbox', { name: 'Formula Bar' });

async function formulaOf(name: string): Promise<string> {
  await preview.goTo(name);
  return formulaBar().inputValue();
}

async function prepare(shoot = false): Promise<void> {
  await button('Prepare a copy to send…').click();
  await dialog().getByRole('table', { name: 'ESG.* cells to replace by their values' }).waitFor();
  if (SHOOT && shoot) await preview.screenshot('travel-prepare-list', { height: 900 });
  await dialog().getByRole('button', { name: /^Replace \d+ formulas by values$/ }).click();
  await preview.pane().getByText('Ready to send: now save a copy').waitFor();
  await dialog().waitFor({ state: 'detached' });
}

/** The accessible name (aria-label, else text) of the focused element, once it is `name` (or after 15 s). */
async function focusedAfter(name: string): Promise<string> {
  const read = () =>
    preview.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'the page body';
      return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
    });
  await preview.page
    .waitForFunction(
      (expected) => {
        const el = document.activeElement as HTMLElement | null;
        return el !== null && el !== document.body && (el.getAttribute('aria-label') ?? el.textContent?.trim()) === expected;
      },
      name,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  return read();
}

/** The page's own scroll at 1,400 × 900: none (the pane scrolls inside its box). */
const pageScrolls = () =>
  preview.page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return el.scrollHeight > el.clientHeight || window.scrollY !== 0;
  });

describe('the review dialogs and the keyboard (issue 14.7), at 1,400 × 900', () => {
  it("Cancel gives the focus back to Prepare's button; the page does not scroll", async () => {
    await preview.page.setViewportSize({ width: 1400, height: 900 });
    await button('Prepare a copy to send…').click();
    await dialog().getByRole('table', { name: 'ESG.* cells to replace by their values' }).waitFor();
    expect(await pageScrolls()).toBe(false);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await focusedAfter('Prepare a copy to send…')).toBe('Prepare a copy to send…');
    expect(await pageScrolls()).toBe(false);
  });
});

describe('Share a workbook: prepare a copy to send, restore formulas', () => {
  it('replaces every ESG.* formula by the value it shows and keeps the formulas on a sheet', async () => {
    expect(await formulaOf('ESG_Total')).toMatch(/^=.*ESG\.|^=SUM|^=/);
    const before = await formulaOf('ESG_Total');
    await prepare(true);
    // The dialog closed after the work: the focus is back on the button that opened it.
    expect(await focusedAfter('Prepare a copy to send…')).toBe('Prepare a copy to send…');
    expect(await pageScrolls()).toBe(false);
    expect(await preview.valueOf('ESG_Total')).toBe(JULY_2015_TOTAL);
    expect(await formulaOf('ESG_Total')).toBe(JULY_2015_TOTAL);
    expect(before).not.toBe(JULY_2015_TOTAL);
    if (SHOOT) await preview.screenshotPane('travel-prepared');
    await preview.showSheet('ESG Formulas');
    await preview.cell('C4').waitFor();
    expect((await preview.cellState('A3')).text).toBe('Sheet');
    expect((await preview.cellState('C4')).text).toMatch(/^=ESG\./);
    if (SHOOT) await preview.screenshot('travel-kept-sheet');
  });

  it('restores every formula: a switch moves the total again', async () => {
    await button('Restore formulas…').click();
    await dialog().getByRole('table', { name: 'Formulas to put back' }).waitFor();
    if (SHOOT) await preview.screenshot('travel-restore-list', { height: 900 });
    await dialog().getByRole('button', { name: /^Restore \d+ formulas$/ }).click();
    await preview.pane().getByText('Formulas restored').waitFor();
    await dialog().waitFor({ state: 'detached' });
    expect(await formulaOf('ESG_Total')).toMatch(/^=/);
    await button('Switch to "July 2017 estimate"').click();
    expect(await preview.waitForNamed('ESG_Total', JULY_2017_TOTAL)).toBe(JULY_2017_TOTAL);
    await button('Revert last switch').click();
    expect(await preview.waitForNamed('ESG_Total', JULY_2015_TOTAL)).toBe(JULY_2015_TOTAL);
    expect(await preview.page.getByRole('tab', { name: 'ESG Formulas' }).count()).toBe(0);
  });

  it('refuses, and names, a cell typed over since Prepare', async () => {
    await prepare();
    await preview.enter('ESG_Total', '42');
    await button('Restore formulas…').click();
    await dialog().getByText(/changed since Prepare and will not be restored/).waitFor();
    await dialog().getByRole('button', { name: /^Restore \d+ formulas$/ }).click();
    await preview.pane().getByText('1 cell not restored').waitFor();
    expect(await preview.valueOf('ESG_Total')).toBe('42');
    expect(preview.consoleErrors).toEqual([]);
    expect(preview.foreignRequests).toEqual([]);
  });

  it('marks the workbook: a plain-text line on Inputs for anyone without the add-in', async () => {
    await button('Open the add-in with this workbook').click();
    await preview.pane().getByText('Workbook marked').waitFor();
    await preview.pane().getByText('This workbook opens the add-in for colleagues who have it.').waitFor();
    await preview.showSheet('Inputs');
    await preview.page.getByText(/^The ESG\.\* cells in this workbook need the School Funding Toolkit/).first().waitFor();
  });
});
