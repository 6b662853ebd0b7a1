/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ScenarioService } from '../scenarios';
import { createPreviewWorkbook, TRY_SHEET, type PreviewWorkbook } from './previewWorkbook';
import { PanePlaceholder } from './PanePlaceholder';
import { PreviewApp } from './PreviewApp';

let workbook: PreviewWorkbook;
afterEach(() => workbook?.hf.destroy());

function renderApp() {
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp
        workbook={{
          hf: workbook.hf,
          formatOf: workbook.formatOf,
          setFormat: workbook.setFormat,
          subscribe: workbook.subscribe,
          columnWidthOf: workbook.columnWidthOf,
          chartsOf: workbook.chartsOf,
        }}
        workbookActiveSheet={() => workbook.adapter.activeSheet()}
        pane={<PanePlaceholder />}
      />
    </FluentProvider>,
  );
}

describe('the preview page', () => {
  it('opens on the Set up demo model with its £ formats, and a scratch sheet', async () => {
    workbook = await createPreviewWorkbook();
    expect(workbook.setup.kind).toBe('set-up');
    renderApp();
    expect(screen.getByRole('tab', { name: 'Inputs' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: TRY_SHEET })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Task pane' })).toHaveTextContent('Scenarios');
    const esg = workbook.hf.getSheetId('ESG') ?? -1;
    const total = workbook.hf.getCellValue({ sheet: esg, row: 8, col: 4 });
    expect(total).toBe(5391995.25);
    expect(workbook.formatOf(esg, 8, 4)).toMatch(/£/);
  });

  it('follows the sheet the workbook activates, and draws the comparison chart', async () => {
    workbook = await createPreviewWorkbook();
    renderApp();
    await act(async () => {
      const outcome = await new ScenarioService(workbook.adapter, { waitForCalculation: async () => undefined }).compare();
      expect(outcome.kind).not.toMatch(/refus|fail/);
    });
    expect(screen.getByRole('tab', { name: 'Scenario Comparison' })).toHaveAttribute('aria-selected', 'true');
    const grid = screen.getByRole('grid', { name: 'Sheet Scenario Comparison' });
    expect(within(grid).getByRole('img', { name: /July 2017 estimate 4,165,730\.25/ })).toBeInTheDocument();
  });
});
