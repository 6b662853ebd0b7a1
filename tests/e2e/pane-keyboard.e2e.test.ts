/**
 * Issue 14 in a real browser, at 1,400 × 900: after every pane action the page itself never
 * scrolls (the pane scrolls inside its box; the header stays), and when a dialog closes the
 * focus is back on the control that opened it (or, when that control went with a renamed
 * scenario, on what stands for it) — never on the page body. Also: an empty workbook shows
 * Set up, and Export says what it did beside the Export buttons.
 */
import { PreviewPage } from './support/preview';

let preview: PreviewPage;

beforeAll(async () => {
  preview = await PreviewPage.open();
  await preview.page.setViewportSize({ width: 1400, height: 900 });
  await preview.waitForPane();
});

afterAll(async () => {
  await preview?.close();
});

/** The page's own scroll: none, ever (the grid and the pane scroll inside their boxes). */
async function expectNoPageScroll(after: string): Promise<void> {
  const page = await preview.page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, scrollY: window.scrollY };
  });
  expect({ after, ...page, scrolls: page.scrollHeight > page.clientHeight || page.scrollY !== 0 }).toEqual({
    after,
    ...page,
    scrolls: false,
  });
}

/** The accessible name (aria-label, else text) of the focused element. */
const focusedName = () =>
  preview.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'the page body';
    return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
  });

async function expectFocusOn(name: string): Promise<void> {
  await preview.page.waitForFunction(
    (expected) => {
      const el = document.activeElement as HTMLElement | null;
      return el !== null && el !== document.body && (el.getAttribute('aria-label') ?? el.textContent?.trim()) === expected;
    },
    name,
    { timeout: 15_000 },
  ).catch(() => undefined);
  expect(await focusedName()).toBe(name);
}

const pane = () => preview.pane();
const button = (name: string) => pane().getByRole('button', { name, exact: true });

describe('no page scroll, focus back on the opener (1,400 × 900)', () => {
  it('on load', async () => {
    await expectNoPageScroll('load');
  });

  it('switch, then Revert', async () => {
    await button('Switch to "July 2017 estimate"').click();
    await pane().getByText('Switched to "July 2017 estimate"').waitFor();
    await expectNoPageScroll('switch');
    await button('Revert last switch').click();
    await pane().getByText('Last switch reverted').waitFor();
    await expectNoPageScroll('revert');
  });

  it('New from current values…: Cancel gives the focus back to its button', async () => {
    await button('New from current values…').click();
    const dialog = preview.page.getByRole('dialog');
    await dialog.waitFor();
    await expectNoPageScroll('new dialog open');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn('New from current values…');
    await expectNoPageScroll('new dialog closed');
  });

  it('Delete…: opens on Cancel (Enter deletes nothing) and gives the focus back to Delete…', async () => {
    await button('More actions for "Option D traded arm"').click();
    await pane().getByRole('group', { name: 'Actions for "Option D traded arm"' }).getByRole('button', { name: 'Delete…' }).click();
    const dialog = preview.page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectFocusOn('Cancel');
    await preview.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn('Delete…');
    expect(await pane().getByRole('listitem').filter({ hasText: 'Option D traded arm' }).count()).toBe(1);
    await expectNoPageScroll('delete cancelled');
  });

  it('Rename…: after renaming, the focus is on the renamed scenario’s More button', async () => {
    await pane().getByRole('group', { name: 'Actions for "Option D traded arm"' }).getByRole('button', { name: 'Rename…' }).click();
    const dialog = preview.page.getByRole('dialog');
    const field = dialog.getByRole('textbox', { name: /Scenario name/ });
    await field.fill('Option D (traded arm)  ');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane().getByText('Renamed to "Option D (traded arm)"').waitFor();
    await expectFocusOn('More actions for "Option D (traded arm)"');
    await expectNoPageScroll('rename');
  });

  it('the unsaved-edits choice: opens on Cancel, and Cancel gives the focus back to Switch', async () => {
    await preview.enter('ESG_Mainstream', '45000');
    // The pane notices the edit without Refresh (issue 12.6).
    await pane().getByText('Unsaved changes').waitFor();
    const open = button('Switch to "July 2017 estimate"');
    await open.focus();
    await preview.page.keyboard.press('Enter');
    const dialog = preview.page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectFocusOn('Cancel');
    await expectNoPageScroll('unsaved dialog');
    await preview.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn('Switch to "July 2017 estimate"');
    expect(await preview.valueOf('ESG_Mainstream')).toBe('45000');
    await preview.enter('ESG_Mainstream', '44095');
    await pane().getByText('Unsaved changes').waitFor({ state: 'detached' });
  });

  it('Export: says what happened beside the Export buttons; the page does not scroll', async () => {
    const share = pane().getByRole('region', { name: 'Share scenarios with another workbook' });
    await share.getByRole('button', { name: 'Export (CSV)' }).click();
    await share.getByText(/^Download of scenarios-.*\.csv started$/).waitFor();
    await expectNoPageScroll('export');
  });

  it('Compare, Explain, Insert and Functions tabs', async () => {
    for (const tab of ['Compare', 'Explain', 'Insert', 'Functions', 'Scenarios']) {
      await preview.paneTab(tab);
      await expectNoPageScroll(`${tab} tab`);
    }
  });

  it('Duplicate…: Cancel gives the focus back to Duplicate…', async () => {
    await button('More actions for "July 2017 estimate"').click();
    await pane().getByRole('group', { name: 'Actions for "July 2017 estimate"' }).getByRole('button', { name: 'Duplicate…' }).click();
    const dialog = preview.page.getByRole('dialog');
    await dialog.waitFor();
    await expectNoPageScroll('duplicate dialog open');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn('Duplicate…');
    await expectNoPageScroll('duplicate dialog closed');
  });

  it("Compare: the sheet's rows keep their inputs' formats — pupils 44,095, shares 70% — and the page does not scroll", async () => {
    await preview.paneTab('Compare');
    await pane().getByRole('button', { name: /^Compare \d+ scenarios$/ }).click();
    await preview.page.getByRole('grid', { name: 'Sheet Scenario Comparison' }).waitFor({ timeout: 30_000 });
    await pane().getByText(/put back/).first().waitFor({ timeout: 30_000 });
    await expectNoPageScroll('compare');
    // Column C is the first scenario, "July 2015 estimate" (seed ¶41: 44,095 pupils; ¶23: 70%).
    const rowOf = async (input: string) => (await preview.grid().locator(`[role="gridcell"][data-value="${input}"]`).first().getAttribute('data-address'))?.slice(1);
    expect(await preview.cell('C4').textContent()).toBe('July 2015 estimate');
    expect((await preview.cellState(`C${await rowOf('ESG_Mainstream')}`)).text).toBe('44,095');
    expect((await preview.cellState(`C${await rowOf('ESG_CoreShare')}`)).text).toBe('70%');
  });

  it('Explain on a row of the projection starts on that year; the page does not scroll', async () => {
    await preview.goTo('ESG!F16'); // ESG.PROJECT spills from A14: header, 2015-16, 2016-17 …
    await preview.paneTab('Explain');
    const panel = pane().getByRole('tabpanel', { name: 'Explain' });
    await panel.getByRole('table', { name: 'Result for 2016-17' }).waitFor();
    expect(await panel.getByRole('combobox', { name: 'Row' }).inputValue()).toBe('2016-17');
    expect(await panel.locator('details[open] > summary').allTextContents()).toEqual(['2016-17']);
    await expectNoPageScroll('explain a projection row');
    await preview.paneTab('Scenarios');
  });

  it("Import: the conflicts dialog gives the focus back to Import; replacing the active scenario leaves nothing unsaved", async () => {
    const file = (mainstream: number) => ({
      name: 'scenarios.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'esg-scenarios',
          version: 1,
          exportedAt: '2026-12-03T00:00:00.000Z',
          active: 'July 2015 estimate',
          inputs: [{ name: 'ESG_Mainstream', description: '' }],
          scenarios: [{ name: 'July 2015 estimate', values: { ESG_Year: '2015-16', ESG_Mainstream: mainstream, ESG_Special: 579, ESG_PRU: 0, ESG_Academies: 44769, ESG_CoreShare: 0.7, ESG_CorePlusShare: 0.2, ESG_TradedShare: 0.1 } }],
        }),
      ),
    });
    const importFile = async (mainstream: number) => {
      const chooser = preview.page.waitForEvent('filechooser');
      await button('Import from a file…').click();
      await (await chooser).setFiles(file(mainstream));
    };
    const dialog = preview.page.getByRole('dialog', { name: 'Scenarios that already exist' });

    await importFile(44000);
    await dialog.waitFor();
    await expectNoPageScroll('import dialog open');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn('Import from a file…');

    await importFile(44000);
    await dialog.waitFor();
    await dialog.getByText(/This is the active scenario/).waitFor();
    await dialog.getByRole('radio', { name: "Replace them with the file's values" }).check();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane().getByText(/its inputs took the imported values/).waitFor();
    await expectFocusOn('Import from a file…');
    await expectNoPageScroll('import replace');
    expect(await pane().getByText('Unsaved changes').count()).toBe(0);
    expect(await preview.waitForNamed('ESG_Mainstream', '44000')).toBe('44000');
    // And back, the same way: the seed's value again.
    await importFile(44095);
    await dialog.getByRole('radio', { name: "Replace them with the file's values" }).check();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await preview.waitForNamed('ESG_Mainstream', '44095')).toBe('44095');
  });
});

describe('an empty workbook', () => {
  it('shows Set up, which writes the demo model', async () => {
    await preview.page.goto(`${preview.url}?workbook=empty`);
    await pane().getByText('No scenarios in this workbook yet').waitFor();
    await expectNoPageScroll('empty workbook');
    await pane().getByRole('button', { name: 'Set up the demo model' }).click();
    await pane().getByText('Demo model set up').waitFor({ timeout: 30_000 });
    await pane().getByRole('list', { name: 'Scenarios' }).waitFor();
    await expectNoPageScroll('set up');
  });
});
