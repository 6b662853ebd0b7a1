/** @jest-environment jsdom */
/**
 * The "Send to someone without the add-in" section of the pane over the demo model in
 * HyperFormula: the list before anything is written, Prepare, the Save-a-copy advice,
 * Restore with a refused cell named, and marking the workbook.
 */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TravelService } from '../../src/travel';
import { createPaneActions } from '../../src/taskpane/actions';
import { App } from '../../src/taskpane/App';
import { HyperFormulaFormulas } from '../../src/workbook/hf/HyperFormulaFormulas';
import { previewStartup } from '../../src/preview/startup';
import { cellOf, demo } from '../scenarios/support/demo';
import { recordingPlatform } from '../taskpane/support';

jest.setTimeout(60_000);

async function mount() {
  const d = await demo();
  const travel = new TravelService({ port: d.wb, formulas: new HyperFormulaFormulas(d.wb), startup: previewStartup() });
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <App actions={createPaneActions({ service: d.service, port: d.wb, platform: recordingPlatform(), travel })} />
    </FluentProvider>,
  );
  // The first read of a cold test run can be slow on a busy machine: wait for what the user sees.
  await screen.findByRole('list', { name: 'Scenarios' }, { timeout: 30_000 });
  const total = cellOf(d.hf, 'ESG_Total');
  return { d, user, total };
}

/**
 * Under jsdom, tabster marks a modal dialog opened after another one has closed as
 * aria-hidden (focus is inside it, and it is operable); in Chromium it is not — the browser
 * test (tests/e2e/travel.e2e.test.ts) opens the same two dialogs by their accessible roles.
 */
const SECOND_MODAL = { hidden: true } as const;

/** The dialog has closed and the pane behind it is no longer hidden from assistive technology. */
const noDialog = () =>
  waitFor(() => {
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

describe('Send to someone without the add-in', () => {
  it('lists the ESG.* cells, replaces them on confirmation, and restores them', async () => {
    const { d, user, total } = await mount();
    const formula = d.hf.getCellFormula(total);
    const value = d.hf.getCellValue(total);
    expect(formula).toMatch(/ESG\.|SUM/);

    await user.click(screen.getByRole('button', { name: 'Prepare a copy to send…' }));
    const dialog = await screen.findByRole('alertdialog');
    const table = within(dialog).getByRole('table', { name: 'ESG.* cells to replace by their values' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);
    expect(within(table).getAllByText(/=ESG\.GRANT\(/).length).toBeGreaterThan(0);
    // Nothing is written before the user chooses.
    const anyEsg = d.hf.getSheetFormulas(d.hf.getSheetId('ESG')!).flat().filter((f) => typeof f === 'string' && f.includes('ESG.'));
    expect(anyEsg.length).toBeGreaterThan(0);

    await user.click(within(dialog).getByRole('button', { name: /^Replace \d+ formulas by values$/ }));
    expect(await screen.findByText('Ready to send: now save a copy')).toBeInTheDocument();
    expect(screen.getByText(/Save a Copy/)).toBeInTheDocument();
    await noDialog();
    const esgSheet = d.hf.getSheetId('ESG')!;
    expect(d.hf.getSheetFormulas(esgSheet).flat().filter((f) => typeof f === 'string' && f.includes('ESG.'))).toEqual([]);
    expect(d.hf.getSheetNames()).toContain('ESG Formulas');
    expect(d.hf.getCellValue(total)).toBe(value);

    await user.click(screen.getByRole('button', { name: 'Restore formulas…' }));
    const restoreDialog = await screen.findByRole('alertdialog');
    await user.click(within(restoreDialog).getByRole('button', { name: /^Restore \d+ formulas$/, ...SECOND_MODAL }));
    expect(await screen.findByText('Formulas restored')).toBeInTheDocument();
    await noDialog();
    expect(d.hf.getSheetFormulas(esgSheet).flat().filter((f) => typeof f === 'string' && f.includes('ESG.'))).toEqual(anyEsg);
    expect(d.hf.getSheetNames()).not.toContain('ESG Formulas');
  });

  it('names a cell changed since Prepare and leaves it as the person typed it', async () => {
    const { d, user } = await mount();
    await user.click(screen.getByRole('button', { name: 'Prepare a copy to send…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: /^Replace/ }));
    await screen.findByText('Ready to send: now save a copy');
    await noDialog();
    const first = cellOf(d.hf, 'ESG_Total');
    const label = `${d.hf.getSheetName(first.sheet)}!${d.hf.simpleCellAddressToString(first, first.sheet)}`;
    d.hf.setCellContents(first, [[42]]);
    await user.click(screen.getByRole('button', { name: 'Restore formulas…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/changed since Prepare and will not be restored/)).toHaveTextContent(label);
    await user.click(within(dialog).getByRole('button', { name: /^Restore/, ...SECOND_MODAL }));
    expect(await screen.findByText('1 cell not restored')).toBeInTheDocument();
    expect(d.hf.getCellValue(first)).toBe(42);
    expect(d.hf.getSheetNames()).toContain('ESG Formulas');
  });

  it('marks the workbook: a line on Inputs, and says the add-in now opens with it', async () => {
    const { d, user } = await mount();
    await user.click(screen.getByRole('button', { name: 'Open the add-in with this workbook' }));
    expect(await screen.findByText('Workbook marked')).toBeInTheDocument();
    expect(await screen.findByText('This workbook opens the add-in for colleagues who have it.')).toBeInTheDocument();
    const inputs = d.hf.getSheetValues(d.hf.getSheetId('Inputs')!);
    expect(inputs.flat().filter((v) => typeof v === 'string' && v.startsWith('The ESG.* cells in this workbook need the School Funding Toolkit'))).toHaveLength(1);
  });
});
