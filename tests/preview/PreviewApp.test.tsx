/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { configure, act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ScenarioService } from '../../src/scenarios';
import { browserPlatform, createPaneActions } from '../../src/taskpane/actions';
import { createPreviewWorkbook, TRY_SHEET, viewOf, type PreviewWorkbook } from '../../src/preview/previewWorkbook';
import { PreviewApp } from '../../src/preview/PreviewApp';
import { PreviewPane } from '../../src/preview/PreviewPane';

// A busy machine: wait for what the user sees for up to 20 s, never on jest's 5 s default.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

let workbook: PreviewWorkbook;
afterEach(() => workbook?.hf.destroy());

/** The preview with the real pane, once the pane has read the scenarios. */
async function renderApp() {
  const adapter = workbook.adapter;
  const actions = createPaneActions({
    service: new ScenarioService(adapter, { waitForCalculation: async () => undefined }),
    port: adapter,
    platform: browserPlatform(),
  });
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp
        workbook={{
          ...viewOf(workbook),
          maxRows: 30, // small grids keep jsdom's role queries fast
          maxCols: 10,
        }}
        workbookActiveSheet={() => workbook.adapter.activeSheet()}
        pane={(selection) => <PreviewPane hf={workbook.hf} actions={actions} selection={selection} />}
      />
    </FluentProvider>,
  );
  await waitFor(() => expect(pane().querySelector('[data-pane-ready="true"]')).not.toBeNull());
  return user;
}

const pane = () => screen.getByRole('complementary', { name: 'Task pane' });

async function goTo(user: ReturnType<typeof userEvent.setup>, reference: string) {
  const box = screen.getByRole('combobox', { name: 'Name Box' });
  await user.click(box);
  await user.keyboard(`{Control>}a{/Control}${reference}{Enter}`);
}

describe('the preview page', () => {
  it('opens on the Set up demo model with its £ formats, a scratch sheet, and the scenario pane', async () => {
    workbook = await createPreviewWorkbook();
    expect(workbook.setup.kind).toBe('set-up');
    await renderApp();
    expect(screen.getByRole('tab', { name: 'Inputs' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: TRY_SHEET })).toBeInTheDocument();
    const scenarios = within(pane()).getByRole('list', { name: 'Scenarios' });
    expect(within(scenarios).getByRole('button', { name: 'Switch to "July 2017 estimate"' })).toBeInTheDocument();
    const esg = workbook.hf.getSheetId('ESG') ?? -1;
    const total = workbook.hf.getCellValue({ sheet: esg, row: 8, col: 4 });
    expect(total).toBe(5391995.25);
    expect(workbook.formatOf(esg, 8, 4)).toMatch(/£/);
  });

  it('follows the sheet the workbook activates, and draws the comparison chart', async () => {
    workbook = await createPreviewWorkbook();
    await renderApp();
    await act(async () => {
      const outcome = await new ScenarioService(workbook.adapter, { waitForCalculation: async () => undefined }).compare();
      expect(outcome.kind).not.toMatch(/refus|fail/);
    });
    expect(screen.getByRole('tab', { name: 'Scenario Comparison' })).toHaveAttribute('aria-selected', 'true');
    const grid = screen.getByRole('grid', { name: 'Sheet Scenario Comparison' });
    expect(within(grid).getByRole('img', { name: /July 2017 estimate 4,165,730\.25/ })).toBeInTheDocument();
  });

  it("explains the grid's selected cell, and follows the selection and the values", async () => {
    workbook = await createPreviewWorkbook();
    const user = await renderApp();
    await goTo(user, 'ESG_Total');
    await user.click(within(pane()).getByRole('tab', { name: 'Explain' }));
    expect(await within(pane()).findByRole('heading', { name: 'ESG.GRANT in ESG!E9', level: 3 })).toBeInTheDocument();
    expect(within(pane()).getByRole('table', { name: 'Steps' })).toBeInTheDocument();
    expect(within(pane()).getByLabelText('Result value')).toHaveTextContent('5,391,995.25');

    // A switch changes the inputs: the explanation follows the values.
    await act(async () => {
      await new ScenarioService(workbook.adapter, { waitForCalculation: async () => undefined }).switchTo('July 2017 estimate');
    });
    await waitFor(() => expect(within(pane()).getByLabelText('Result value')).toHaveTextContent('4,165,730.25'));

    await goTo(user, 'ESG!C5');
    expect(await within(pane()).findByRole('heading', { name: 'ESG.GRANT in ESG!C5', level: 3 })).toBeInTheDocument();
    await goTo(user, 'ESG!B5');
    expect(await within(pane()).findByText('The formula does not call an ESG function.')).toBeInTheDocument();
  });

  it('inserts a function into the selected cell, using a defined name and the selected cell', async () => {
    workbook = await createPreviewWorkbook();
    const user = await renderApp();
    await user.click(within(pane()).getByRole('tab', { name: 'Insert' }));
    await user.click(within(pane()).getByRole('button', { name: /ESG\.GRANT/ }));
    const form = within(pane()).getByRole('form', { name: 'Arguments of ESG.GRANT' });
    await goTo(user, 'ESG_Mainstream'); // on Inputs
    const mainstream = String(workbook.hf.getNamedExpression('ESG_Mainstream')?.expression).replace(/[=$]/g, ''); // Inputs!B…
    await user.click(within(form).getByRole('button', { name: 'Use the selected cell for mainstream' }));
    expect(within(form).getByRole('textbox', { name: /^mainstream/ })).toHaveValue(mainstream);
    await user.type(within(form).getByRole('textbox', { name: /^special/ }), 'ESG_Special');
    await user.type(within(form).getByRole('textbox', { name: /^academies/ }), '44769');
    expect(within(form).getByRole('status', { name: 'Formula preview' })).toHaveTextContent(`=ESG.GRANT(${mainstream},ESG_Special,,44769)`);

    await user.click(screen.getByRole('tab', { name: TRY_SHEET }));
    await goTo(user, 'B6');
    await user.click(within(form).getByRole('button', { name: 'Insert into the selected cell' }));
    // Wait on what the user sees (the confirmation), then check the workbook.
    expect(await within(form).findByText(`Inserted =ESG.GRANT(${mainstream},ESG_Special,,44769)`)).toBeInTheDocument();
    const tryIt = workbook.hf.getSheetId(TRY_SHEET) ?? -1;
    expect(workbook.hf.getCellValue({ sheet: tryIt, row: 5, col: 1 })).toBe(5391995.25);
    expect(workbook.hf.getCellFormula({ sheet: tryIt, row: 5, col: 1 })).toBe(`=ESG.GRANT(${mainstream},ESG_Special,,44769)`);
  });
});
