/** @jest-environment jsdom */
/**
 * Issue 14.14: the preview's chart and Excel's native chart follow one rule — Compare's
 * `comparisonChartLayout` picks the series for the right-hand axis (by each output's format
 * or label), the HyperFormula adapter keeps that choice with the chart, and the preview
 * draws what the chart says rather than guessing again from the series' names.
 */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createHyperFormula } from '../../src/hf/engine';
import { ColumnChart, type ChartSpec } from '../../src/preview/ColumnChart';
import { comparisonChartLayout } from '../../src/scenarios/compare';

const SHEET = 'Scenario Comparison';
const rows = [
  { name: 'ESG_Total', label: 'ESG total', values: [5391995.25, 4165730.25], format: '£#,##0,' },
  { name: 'Pupils', label: 'Pupils converting', values: [7047.5, 6000], format: '#,##0.0' },
];

it('an output formatted in £ whose label has no "£" stays on the left; the count goes right, as in Excel', () => {
  const layout = comparisonChartLayout(rows, 2, 5);
  expect(layout.secondary).toEqual([1]);
  const hf = createHyperFormula({
    [SHEET]: [['Output', 'Label', 'July 2015 estimate', 'July 2017 estimate'], ...rows.map((r) => [r.name, r.label, ...r.values])],
  });
  const chart: ChartSpec = { name: 'C', sheet: SHEET, source: `'${SHEET}'!B1:D3`, seriesBy: 'rows', title: 'Outputs', anchor: 'A6', ...layout };
  try {
    render(
      <FluentProvider theme={webLightTheme}>
        <ColumnChart hf={hf} chart={chart} />
      </FluentProvider>,
    );
    expect(screen.getByText('Pupils converting (right axis)')).toBeInTheDocument();
    expect(screen.getByText('ESG total')).toBeInTheDocument();
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Pupils converting (right axis)');
  } finally {
    hf.destroy();
  }
});
