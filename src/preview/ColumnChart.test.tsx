/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { configure, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../hf/engine';
import { chartData, ColumnChart, ticks, type ChartSpec } from './ColumnChart';

// A busy machine: wait for what the user sees for up to 20 s, never on jest's 5 s default.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

let hf: HyperFormula;
afterEach(() => hf?.destroy());

const SHEET = 'Scenario Comparison';
const comparison = () =>
  createHyperFormula({
    [SHEET]: [
      ['Output', 'Label', 'July 2015 estimate', 'July 2017 estimate'],
      ['ESG_Total', 'ESG total £', 5391995.25, 4165730.25],
      ['ESG_Retained', 'ESG retained duties £', 1341645, 1341645],
    ],
  });
const chart = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  name: 'Comparison',
  sheet: SHEET,
  source: `'${SHEET}'!B1:D3`,
  seriesBy: 'rows',
  title: 'Outputs by scenario',
  anchor: 'A6',
  ...over,
});

describe('chartData', () => {
  it('reads categories from the first row and series from the first column (by rows)', () => {
    hf = comparison();
    expect(chartData(hf, chart())).toEqual({
      categories: ['July 2015 estimate', 'July 2017 estimate'],
      series: [
        { name: 'ESG total £', values: [5391995.25, 4165730.25] },
        { name: 'ESG retained duties £', values: [1341645, 1341645] },
      ],
    });
  });

  it('transposes when the series are in columns, and is undefined for a bad range', () => {
    hf = comparison();
    expect(chartData(hf, chart({ seriesBy: 'columns' }))?.categories).toEqual(['ESG total £', 'ESG retained duties £']);
    expect(chartData(hf, chart({ source: 'Nowhere!A1:B2' }))).toBeUndefined();
  });
});

describe('ticks', () => {
  it('covers zero and the data with round steps', () => {
    expect(ticks(1341645, 5391995.25)).toEqual([0, 2e6, 4e6, 6e6]); // step: the first of 1, 2, 5 × 10^n ≥ range / 5
    expect(ticks(-3, 7)).toEqual([-4, -2, 0, 2, 4, 6, 8]);
    expect(ticks(0, 0)).toEqual([0]);
  });
});

describe('ColumnChart', () => {
  it('draws one bar per series and category, labelled for screen readers', () => {
    hf = comparison();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ColumnChart hf={hf} chart={chart()} />
      </FluentProvider>,
    );
    const img = screen.getByRole('img', { name: /^Outputs by scenario\. ESG total £: July 2015 estimate 5,391,995\.25/ });
    expect(img).toBeInTheDocument();
    expect(container.querySelectorAll('rect[data-series]')).toHaveLength(4);
    expect(screen.getByText('ESG retained duties £')).toBeInTheDocument();
    const tall = container.querySelector('rect[data-series="ESG total £"][data-category="July 2015 estimate"]');
    const short = container.querySelector('rect[data-series="ESG retained duties £"][data-category="July 2015 estimate"]');
    expect(Number(tall?.getAttribute('height'))).toBeGreaterThan(Number(short?.getAttribute('height')));
  });
});
