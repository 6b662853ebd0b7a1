/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { configure, act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { HyperFormula, Sheets } from 'hyperformula';
import { createHyperFormula } from '../../src/hf/engine';
import { createFormatStore, type FormatStore } from '../../src/preview/formats';
import { WorkbookView } from '../../src/preview/WorkbookView';

// A busy machine: wait for what the user sees for up to 20 s, never on jest's 5 s default.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

let hf: HyperFormula;
let formats: FormatStore;

function setup(sheets: Sheets = { Inputs: [[1, 2]] }) {
  hf = createHyperFormula(sheets);
  formats = createFormatStore();
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView
        hf={hf}
        formatOf={formats.formatOf}
        setFormat={formats.setFormat}
        subscribe={formats.subscribe}
        maxRows={24} // small grids keep jsdom's role queries fast
        maxCols={8}
      />
    </FluentProvider>,
  );
  return user;
}

afterEach(() => hf.destroy());

const grid = () => screen.getByRole('grid');
const cell = (name: string | RegExp) => within(grid()).getByRole('gridcell', { name });
const selectedCell = () => grid().querySelector('[role="gridcell"][aria-selected="true"]');
const nameBox = () => screen.getByRole('combobox', { name: 'Name Box' });

describe('WorkbookView', () => {
  it('shows column letters, row numbers and the sheet tabs', () => {
    setup({ Inputs: [[1]], Budget: [] });
    expect(within(grid()).getByRole('columnheader', { name: 'A' })).toBeInTheDocument();
    expect(within(grid()).getAllByRole('rowheader')[0]).toHaveTextContent('1');
    expect(screen.getByRole('tab', { name: 'Inputs' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Budget' })).toBeInTheDocument();
  });

  it('commits a formula typed into the selected cell with Enter, and moves down', async () => {
    const user = setup();
    await user.click(cell('C1'));
    await user.keyboard('=A1+B1{Enter}');
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 2 })).toBe('=A1+B1');
    expect(cell('C1, 3')).toBeInTheDocument();
    expect(selectedCell()).toHaveAttribute('data-address', 'C2');
  });

  it('evaluates ESG functions typed into a cell', async () => {
    const user = setup();
    await user.click(cell('A3'));
    await user.keyboard('=ESG.GRANT(44095,579,0,44769){Enter}');
    expect(cell(/^A3,/)).toHaveAttribute('data-value', '5391995.25');
  });

  // Tab between cells is covered in the browser test: in jsdom Fluent's focus manager
  // (tabster) moves the focus on Tab before the grid sees the key.
  it('moves the selection with the arrow keys, Enter and Shift+Enter', async () => {
    const user = setup();
    await user.click(cell('A1, 1'));
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(selectedCell()).toHaveAttribute('data-address', 'B3');
    expect(nameBox()).toHaveValue('B3');
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(selectedCell()).toHaveAttribute('data-address', 'A2');
    await user.keyboard('{Enter}{Enter}');
    expect(selectedCell()).toHaveAttribute('data-address', 'A4');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(selectedCell()).toHaveAttribute('data-address', 'A3');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(selectedCell()).toHaveAttribute('data-address', 'A1');
    expect(grid()).toHaveFocus();
  });

  it('cancels an edit with Escape and edits the existing content with F2', async () => {
    const user = setup();
    await user.click(cell('A1, 1'));
    await user.keyboard('99{Escape}');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(1);
    expect(grid()).toHaveFocus();
    await user.keyboard('{F2}');
    const editor = screen.getByRole('textbox', { name: 'Edit cell A1' });
    expect(editor).toHaveValue('1');
    await user.keyboard('5{Enter}');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(15);
  });

  it('commits by arrow key when typing, and clears with Delete', async () => {
    const user = setup();
    await user.click(cell('B1, 2'));
    await user.keyboard('7{ArrowRight}');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(7);
    expect(selectedCell()).toHaveAttribute('data-address', 'C1');
    await user.keyboard('{ArrowLeft}{Delete}');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBeNull();
  });

  it('shows the selected cell\'s formula in the formula bar and commits an edit made there', async () => {
    const user = setup({ Inputs: [[1, 2, '=A1+B1']] });
    await user.click(cell('C1, 3'));
    const bar = screen.getByRole('textbox', { name: 'Formula Bar' });
    expect(bar).toHaveValue('=A1+B1');
    await user.click(bar);
    await user.clear(bar);
    await user.type(bar, '=A1*B1*10{Enter}');
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 2 })).toBe('=A1*B1*10');
    expect(cell('C1, 20')).toBeInTheDocument();
    expect(grid()).toHaveFocus();
  });

  it('refuses a formula it cannot parse, saying so, and keeps the edit', async () => {
    const user = setup();
    await user.click(cell('C1'));
    await user.keyboard('=SUM(A1{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/problem with this formula/);
    expect(screen.getByRole('textbox', { name: 'Edit cell C1' })).toHaveValue('=SUM(A1');
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 2 })).toBeUndefined();
  });

  it('goes to an address, a sheet!address or a defined name typed in the name box', async () => {
    const user = setup({ Inputs: [[1], [], [], [], [], [null, 4]], Budget: [] });
    act(() => {
      hf.addNamedExpression('Years', '=Inputs!$B$6');
    });
    await user.click(nameBox());
    await user.keyboard('{Control>}a{/Control}C4{Enter}');
    expect(selectedCell()).toHaveAttribute('data-address', 'C4');
    expect(grid()).toHaveFocus();

    await user.click(nameBox());
    await user.keyboard('{Control>}a{/Control}years{Enter}');
    expect(selectedCell()).toHaveAttribute('data-address', 'B6');
    expect(nameBox()).toHaveValue('Years'); // the name box names the cell

    await user.click(nameBox());
    await user.keyboard('{Control>}a{/Control}Budget!D2{Enter}');
    expect(screen.getByRole('tab', { name: 'Budget' })).toHaveAttribute('aria-selected', 'true');
    expect(selectedCell()).toHaveAttribute('data-address', 'D2');

    await user.click(nameBox());
    await user.keyboard('{Control>}a{/Control}Nowhere{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('"Nowhere" is not a cell address or a defined name.');
  });

  it('shows an error value like Excel, with its message as the tooltip and in the status bar', async () => {
    const user = setup({ Inputs: [['=ESG.GRANT(-3)']] });
    const error = cell('A1, #VALUE!');
    expect(error).toHaveAttribute('title', expect.stringMatching(/can't be negative/));
    expect(error).toHaveAccessibleDescription(/can't be negative/);
    await user.click(error);
    expect(screen.getByRole('status')).toHaveTextContent(/A1: #VALUE! — .*can't be negative/);
  });

  it('shows number formats read through formatOf, and sets one with the picker', async () => {
    const user = setup({ Inputs: [[5391995.25]] });
    act(() => formats.setFormat(0, 0, 0, '£#,##0,'));
    expect(cell('A1, £5,392')).toBeInTheDocument();
    await user.click(cell('A1, £5,392'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Number format' }), 'Currency (£1,234.50)');
    expect(cell('A1, £5,391,995.25')).toBeInTheDocument();
    expect(formats.formatOf(0, 0, 0)).toBe('£#,##0.00');
  });

  it('re-renders after a change made to HyperFormula by someone else', () => {
    setup();
    act(() => {
      hf.setCellContents({ sheet: 0, row: 4, col: 0 }, '=ESG.PROJECT(44095,579,0,44769,"2015-16",2,7047.5)');
    });
    expect(cell('F8, 4165730.25')).toBeInTheDocument();
    expect(cell('A8, 2017-18')).toBeInTheDocument();
  });

  it('switches sheets with the tabs', async () => {
    const user = setup({ Inputs: [[1]], Budget: [['Budget line']] });
    await user.click(screen.getByRole('tab', { name: 'Budget' }));
    expect(screen.getByRole('grid', { name: 'Sheet Budget' })).toBeInTheDocument();
    expect(cell('A1, Budget line')).toBeInTheDocument();
  });
});
