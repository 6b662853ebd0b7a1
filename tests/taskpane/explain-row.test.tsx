/** @jest-environment jsdom */
/**
 * Issue 14.17: Explain starts on the row the user is on. The selected cell's row within a
 * spill (ESG.PROJECT's year) travels from the host — Excel (Office.js spill parent) and the
 * preview (HyperFormula) — to the panel, which shows that row's result and steps first, the
 * rest collapsed, and lets the user pick another row.
 */
import '@testing-library/jest-dom';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { explainFormula, explainSelectedCell, type ExplainHost } from '../../src/explain';
import { num } from '../../src/engine/explain/format';
import { createHyperFormula } from '../../src/hf/engine';
import { previewCellHost } from '../../src/preview/cells';
import type { CellHost, ExplainedCell } from '../../src/taskpane/cells';
import { ExplainCell } from '../../src/taskpane/explain/ExplainCell';
import { PaneTabContext } from '../../src/taskpane/paneTab';
import { OfficeSelection, type ExcelRun } from '../../src/workbook/office/selection';
import { FakeExcel, FakeWorkbook } from '../support/fake-excel';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

const PROJECT = '=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)';
const values: ExplainHost = { resolve: () => null };

describe('the host says which row of the spill is selected', () => {
  it('Excel: a cell two rows below the anchor is row 2; the anchor row 0; a plain cell none', async () => {
    const book = new FakeWorkbook();
    book.addSheet('ESG');
    // A14:C16 spilled by A14's projection; C16 holds 87.
    book.spill('ESG', 13, 0, PROJECT, [
      ['Year', 'Pupils', 'ESG'],
      ['2015-16', 1, 2],
      ['2016-17', 3, 87],
    ]);
    book.setValue('ESG', 'B3', 579);
    book.active = { sheet: 'ESG', address: 'C16' };
    const selection = new OfficeSelection(new FakeExcel(book).run as unknown as ExcelRun);
    expect(await explainSelectedCell(selection)).toMatchObject({ cell: 'ESG!A14', row: 2 });
    book.active = { sheet: 'ESG', address: 'A14' };
    expect(await explainSelectedCell(selection)).toMatchObject({ cell: 'ESG!A14', row: 0 });
    book.active = { sheet: 'ESG', address: 'B3' };
    expect((await explainSelectedCell(selection)).row).toBeUndefined();
  });

  it('the preview: the grid cell on the 2016-17 row of a projection is row 2', async () => {
    const hf = createHyperFormula();
    hf.addSheet('ESG');
    const sheet = hf.getSheetId('ESG') ?? 0;
    hf.setCellContents({ sheet, row: 3, col: 0 }, PROJECT);
    let selected = { sheet, row: 5, col: 4 };
    const host = previewCellHost(hf, () => selected);
    expect(await host.explainSelected()).toMatchObject({ cell: 'ESG!A4', row: 2 });
    selected = { sheet, row: 3, col: 0 };
    expect(await host.explainSelected()).toMatchObject({ cell: 'ESG!A4', row: 0 });
  });
});

class SpillHost implements CellHost {
  row = 2;
  listener: (() => void) | undefined;
  async explainSelected(): Promise<ExplainedCell> {
    return { cell: 'ESG!A14', row: this.row, explanation: await explainFormula(PROJECT, values) };
  }
  async insertFormula() {}
  async selectionAddress() {
    return 'ESG!A14';
  }
  async definedNames() {
    return [];
  }
  onSelectionChanged(listener: () => void) {
    this.listener = listener;
    return () => (this.listener = undefined);
  }
}

function renderExplain(host: CellHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneTabContext.Provider value="explain">
        <ExplainCell host={host} />
      </PaneTabContext.Provider>
    </FluentProvider>,
  );
}

const openGroups = () => Array.from(document.querySelectorAll('details[open] > summary')).map((s) => s.textContent);

describe('Explain starts on the selected row (issue 14.17)', () => {
  it("shows the selected year's result and steps first, the other years collapsed, and follows a new row", async () => {
    const host = new SpillHost();
    renderExplain(host);
    const mine = await screen.findByRole('table', { name: 'Result for 2016-17' });
    // The cell's own figures for that year: the row of the result the function returns.
    const x = await explainFormula(PROJECT, values);
    if (x.kind !== 'explained' || !Array.isArray(x.explanation.result)) throw new Error('no table');
    const row = (x.explanation.result as unknown[][])[2];
    expect(row[0]).toBe('2016-17');
    const total = within(mine).getByText('Total £').closest('tr');
    expect(total).toHaveTextContent(num(row[5] as number));
    // The full table is there, collapsed under it.
    expect(screen.getByRole('table', { name: 'Result table', hidden: true }).closest('details')).not.toHaveAttribute('open');
    expect(openGroups()).toEqual(['2016-17']);
    expect(Array.from(document.querySelectorAll('details > summary')).map((s) => s.textContent).slice(0, 3)).toEqual(['2016-17', '2015-16', '2017-18']);
    expect(screen.getByRole('combobox', { name: 'Row' })).toHaveValue('2016-17');

    host.row = 3; // the user moves down a row of the spill
    act(() => host.listener?.());
    await screen.findByRole('table', { name: 'Result for 2017-18' });
    expect(openGroups()).toEqual(['2017-18']);
  });

  it('the header row (or no row) starts on the first year', async () => {
    const host = new SpillHost();
    host.row = 0;
    renderExplain(host);
    await screen.findByRole('table', { name: 'Result for 2015-16' });
    expect(openGroups()).toEqual(['2015-16']);
  });

  it('another row can be picked: its result and steps come first', async () => {
    const user = userEvent.setup({ delay: null });
    renderExplain(new SpillHost());
    await screen.findByRole('table', { name: 'Result for 2016-17' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Row' }), '2017-18');
    await waitFor(() => expect(openGroups()).toEqual(['2017-18']));
    expect(screen.getByRole('table', { name: 'Result for 2017-18' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Result for 2016-17' })).toBeNull();
  });
});
