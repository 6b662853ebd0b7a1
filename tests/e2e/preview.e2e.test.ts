/**
 * The preview in a real browser: typing ESG.* formulas, number formats, errors with
 * their messages, spills (also when their size comes from a cell), and no traffic
 * outside the page's own origin.
 */
import { PreviewPage } from './support/preview';

let preview: PreviewPage;

beforeAll(async () => {
  preview = await PreviewPage.open();
  await preview.waitForPane();
  await preview.screenshot('preview');
});

afterAll(async () => {
  await preview?.close();
});

describe('the preview page', () => {
  it('opens on the Set up demo model, calculated by the ESG functions', async () => {
    expect(await preview.page.getByRole('tab', { name: 'Inputs' }).getAttribute('aria-selected')).toBe('true');
    await preview.goTo('ESG_Total');
    const total = await preview.cellState(await preview.selectedAddress());
    expect(total.value).toBe('5391995.25'); // the July 2015 estimate (seed ¶41)
    expect(await preview.nameBox().inputValue()).toBe('ESG_Total');
  });

  it('types =ESG.GRANT into a cell and shows £5,391,995.25 with a £ format', async () => {
    await preview.showSheet('Try it');
    await preview.enter('B6', '=ESG.GRANT(44095,579,0,44769)');
    const raw = await preview.waitForCell('B6', { value: '5391995.25' });
    expect(raw.value).toBe('5391995.25'); // the council's total, to the penny

    await preview.goTo('B6');
    await preview.chooseFormat('Currency (£1,234.50)');
    expect((await preview.waitForCell('B6', { text: '£5,391,995.25' })).text).toBe('£5,391,995.25');
    await preview.chooseFormat('£000 (£1)');
    expect((await preview.waitForCell('B6', { text: '£5,392' })).text).toBe('£5,392');

    await preview.goTo('B6');
    await pwValue(preview.formulaBar(), '=ESG.GRANT(44095,579,0,44769)');
  });

  it('shows a bad input as #VALUE! with its message on hover and in the status bar', async () => {
    await preview.showSheet('Try it');
    await preview.enter('B8', '=ESG.GRANT(-3)');
    const state = await preview.waitForCell('B8', { text: '#VALUE!' });
    expect(state.text).toBe('#VALUE!');
    expect(state.title).toMatch(/can't be negative/);
    await preview.cell('B8').hover();
    await preview.goTo('B8');
    expect(await preview.status().textContent()).toContain(state.title);
    await preview.screenshot('preview-error');
  });

  it('spills ESG.PROJECT, and re-sizes the spill when its years cell changes', async () => {
    await preview.showSheet('Try it');
    await preview.enter('H2', '2');
    await preview.enter('A10', '=ESG.PROJECT(44095,579,0,44769,"2015-16",H2,7047.5)');
    expect((await preview.waitForCell('F13', { value: '4165730.25' })).value).toBe('4165730.25');
    expect((await preview.cellState('A13')).text).toBe('2017-18');
    expect((await preview.cellState('A14')).text).toBe('');

    await preview.enter('H2', '4');
    expect((await preview.waitForCell('A15', { text: '2019-20' })).text).toBe('2019-20');
    await preview.goTo('C12');
    expect(await preview.status().textContent()).toContain('spilled array A10:F15');
  });

  it('re-sizes the demo model\'s projection when "Years projected" changes', async () => {
    await preview.enter('ESG_ProjectionYears', '4'); // the name box goes to the Inputs sheet
    await preview.showSheet('ESG');
    expect((await preview.waitForCell('A19', { text: '2019-20' })).text).toBe('2019-20');
    expect((await preview.cellState('A17')).text).toBe('2017-18');
    expect((await preview.cellState('F17')).value).toBe('4165730.25'); // July 2017 estimate's total
    await preview.goTo('A14');
    await preview.screenshot('preview-spill');
  });

  it('is usable with the keyboard alone, like Excel', async () => {
    await preview.showSheet('Try it');
    await preview.goTo('D20');
    const keys = preview.page.keyboard;
    const selected = () => preview.selectedAddress();
    await keys.type('12');
    await keys.press('Tab');
    await keys.type('=D20*2');
    await keys.press('Enter');
    expect((await preview.waitForCell('E20', { value: '24' })).value).toBe('24');
    expect(await selected()).toBe('D21'); // Enter after Tab returns to the first column
    await keys.press('ArrowUp');
    await keys.press('F2');
    await keys.type('0');
    await keys.press('Enter');
    expect((await preview.waitForCell('E20', { value: '240' })).value).toBe('240');
    await keys.press('ArrowUp');
    await keys.type('5');
    await keys.press('Escape');
    expect((await preview.cellState('D20')).value).toBe('120');
    await keys.press('Delete');
    expect((await preview.waitForCell('E20', { value: '0' })).value).toBe('0');
    await keys.press('F6'); // next area: the sheet tabs
    expect(await preview.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
  });

  it('made no request outside its own origin and logged no error', () => {
    expect(preview.foreignRequests).toEqual([]);
    expect(preview.consoleErrors).toEqual([]);
  });
});

async function pwValue(locator: import('playwright-core').Locator, expected: string): Promise<void> {
  expect(await locator.inputValue()).toBe(expected);
}
