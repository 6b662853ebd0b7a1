/**
 * The task pane beside the preview workbook, in a real browser: switch scenario, revert,
 * the keyboard alone, Compare (sheet and chart), Explain and Insert, and an unsaved edit
 * stopping a switch. Figures are the council report's (seed 001 ¶41): the ESG total is
 * £5,391,995.25 for the July 2015 estimate and £4,165,730.25 for the July 2017 estimate.
 * The tests run in order on one page, each leaving the workbook on "July 2015 estimate".
 */
import { PreviewPage } from './support/preview';

const JULY_2015_TOTAL = '5391995.25';
const JULY_2017_TOTAL = '4165730.25';

let preview: PreviewPage;

beforeAll(async () => {
  preview = await PreviewPage.open();
  await preview.waitForPane();
});

afterAll(async () => {
  await preview?.close();
});

const switchButton = (name: string) => preview.pane().getByRole('button', { name: `Switch to "${name}"` });

describe('the task pane in the preview', () => {
  it('switches to "July 2017 estimate" and the ESG total changes to £4,165,730.25', async () => {
    expect(await preview.valueOf('ESG_Total')).toBe(JULY_2015_TOTAL);
    await switchButton('July 2017 estimate').click();
    expect(await preview.waitForNamed('ESG_Total', JULY_2017_TOTAL)).toBe(JULY_2017_TOTAL);
    const active = preview.pane().getByRole('listitem').filter({ has: preview.page.getByText('Active', { exact: true }) });
    await expect(active.textContent()).resolves.toContain('July 2017 estimate');
    await preview.screenshot('pane-scenarios');
  });

  it('Revert restores £5,391,995.25', async () => {
    await preview.pane().getByRole('button', { name: 'Revert last switch' }).click();
    expect(await preview.waitForNamed('ESG_Total', JULY_2015_TOTAL)).toBe(JULY_2015_TOTAL);
  });

  it('switches and reverts with the keyboard alone', async () => {
    await preview.goTo('ESG_Total');
    const keys = preview.page.keyboard;
    // F6 moves from the grid through the page's areas to the task pane.
    for (let i = 0; i < 4 && !(await preview.pane().evaluate((el) => el.contains(document.activeElement))); i++) await keys.press('F6');
    expect(await preview.pane().evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await preview.tabTo('Switch to "July 2017 estimate"')).toBe(true);
    await keys.press('Enter');
    expect(await preview.waitForNamed('ESG_Total', JULY_2017_TOTAL)).toBe(JULY_2017_TOTAL);

    for (let i = 0; i < 4 && !(await preview.pane().evaluate((el) => el.contains(document.activeElement))); i++) await keys.press('F6');
    expect(await preview.tabTo('Revert last switch')).toBe(true);
    await keys.press('Enter');
    expect(await preview.waitForNamed('ESG_Total', JULY_2015_TOTAL)).toBe(JULY_2015_TOTAL);
  });

  it('Compare writes the "Scenario Comparison" sheet with the totals and a chart', async () => {
    await preview.paneTab('Compare');
    // Pounds only in the chart: leave out the staff-time output.
    await preview.pane().getByRole('checkbox', { name: /Traded_FTE/ }).uncheck();
    await preview.pane().getByRole('button', { name: /^Compare \d+ scenarios$/ }).click();
    await preview.page.getByRole('grid', { name: 'Sheet Scenario Comparison' }).waitFor({ timeout: 15_000 });
    const grid = preview.grid();
    await grid.locator(`[role="gridcell"][data-value="${JULY_2017_TOTAL}"]`).first().waitFor();
    expect(await grid.locator(`[role="gridcell"][data-value="${JULY_2015_TOTAL}"]`).count()).toBeGreaterThan(0);
    const chart = grid.getByRole('img', { name: /July 2017 estimate 4,165,730\.25/ });
    await chart.waitFor();
    await preview.pane().getByText(/put back/).first().waitFor();
    await preview.scrollToTop();
    await preview.screenshot('compare-sheet', { height: 1000 });
    // The workbook is put back on the scenario that was active.
    expect(await preview.waitForNamed('ESG_Total', JULY_2015_TOTAL)).toBe(JULY_2015_TOTAL);
  });

  it('Explain shows how the selected ESG total was worked out: arguments, rates, steps and result', async () => {
    await preview.goTo('ESG_Total');
    await preview.paneTab('Explain');
    const panel = preview.pane().getByRole('tabpanel', { name: 'Explain' });
    await panel.getByRole('heading', { name: 'ESG.GRANT in ESG!E9' }).waitFor();
    expect(await panel.getByRole('table', { name: 'Steps' }).getByRole('row').count()).toBeGreaterThan(2);
    expect(await panel.getByRole('table', { name: 'Rates used' }).textContent()).toContain('2015-16');
    expect(await panel.getByLabel('Result value').textContent()).toBe('5,391,995.25');
    const args = await panel.getByRole('table', { name: 'Arguments' }).textContent();
    expect(args).toContain('ESG_Mainstream');
    expect(args).toContain('44,095');

    // It follows the selection.
    await preview.goTo('ESG!D9');
    await panel.getByRole('heading', { name: 'ESG.GRANT in ESG!D9' }).waitFor();
    expect(await panel.getByLabel('Result value').textContent()).toBe('4,050,350.25'); // ¶41: the general element
    await preview.goTo('ESG_Total');
    await panel.getByRole('heading', { name: 'ESG.GRANT in ESG!E9' }).waitFor();
    await preview.screenshotPane('explain');
  });

  it('Insert builds ESG.GRANT from its arguments and writes it into the selected cell, which computes', async () => {
    await preview.showSheet('Try it');
    await preview.goTo('B6');
    await preview.paneTab('Insert');
    const panel = preview.pane().getByRole('tabpanel', { name: 'Insert' });
    await panel.getByRole('searchbox', { name: 'Search functions' }).fill('grant');
    await panel.getByRole('button', { name: /^ESG\.GRANT\b/ }).click();
    const form = panel.getByRole('form', { name: 'Arguments of ESG.GRANT' });
    await form.getByRole('textbox', { name: /^mainstream/ }).fill('44095');
    await form.getByRole('textbox', { name: /^special/ }).fill('579');
    await form.getByRole('textbox', { name: /^academies/ }).fill('44,769');
    expect(await form.getByRole('status', { name: 'Formula preview' }).textContent()).toBe('=ESG.GRANT(44095,579,,44769)');
    await form.getByRole('button', { name: 'Insert into the selected cell' }).click();
    expect((await preview.waitForCell('B6', { value: JULY_2015_TOTAL })).value).toBe(JULY_2015_TOTAL);
    await form.getByText('Inserted =ESG.GRANT(44095,579,,44769)').waitFor();
    await preview.goTo('B6');
    expect(await preview.formulaBar().inputValue()).toBe('=ESG.GRANT(44095,579,,44769)');
    await preview.screenshotPane('insert');
  });

  it('an unsaved edit of an input stops the switch, and the dialog names that input', async () => {
    await preview.enter('ESG_Mainstream', '45000');
    await preview.paneTab('Scenarios');
    await switchButton('July 2017 estimate').click();
    const dialog = preview.page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').first().textContent()).toBe('An input has a value "July 2015 estimate" doesn\'t store');
    const changed = await dialog.getByRole('table', { name: 'Inputs that differ' }).textContent();
    expect(changed).toContain('Maintained primary and secondary pupils');
    expect(changed).toContain('45,000');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await preview.valueOf('ESG_Mainstream')).toBe('45000'); // nothing was switched
    await preview.enter('ESG_Mainstream', '44095');
    expect(await preview.waitForNamed('ESG_Total', JULY_2015_TOTAL)).toBe(JULY_2015_TOTAL);
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(preview.foreignRequests).toEqual([]);
    expect(preview.consoleErrors).toEqual([]);
  });
});
