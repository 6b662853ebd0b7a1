/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { configure, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { HyperFormula } from 'hyperformula';
import { createHyperFormula } from '../../src/hf/engine';
import { chartData, ColumnChart, ticks, type ChartSpec } from '../../src/preview/ColumnChart';

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
    const img = screen.getByRole('img', { name: /^Outputs by scenario: ESG total £: July 2015 estimate 5,391,995\.25/ });
    expect(img).toBeInTheDocument();
    expect(container.querySelectorAll('rect[data-series]')).toHaveLength(4);
    expect(screen.getByText('ESG retained duties £')).toBeInTheDocument();
    const tall = container.querySelector('rect[data-series="ESG total £"][data-category="July 2015 estimate"]');
    const short = container.querySelector('rect[data-series="ESG retained duties £"][data-category="July 2015 estimate"]');
    expect(Number(tall?.getAttribute('height'))).toBeGreaterThan(Number(short?.getAttribute('height')));
  });
});

describe('readable at eight scenarios, counts on their own axis, a clean label (issue 14.14)', () => {
  const names = [
    'July 2015 estimate',
    'July 2017 estimate',
    'All academies',
    'Option D traded arm',
    'Half the primaries convert',
    'Secondary academies only',
    'Slow conversion to 2020',
    'Every school an academy by 2018',
  ];
  const eight = () =>
    createHyperFormula({
      [SHEET]: [
        ['Output', 'Label', ...names],
        ['ESG_Total', 'ESG total £', ...names.map((_, i) => 5_000_000 - i * 300_000)],
        ['Traded_FTE', 'Specialist fte on traded work', ...names.map((_, i) => 2.4 + i)],
      ],
    });
  const eightChart = () => chart({ source: `'${SHEET}'!B1:J3` });

  it('wraps each scenario name to its band: no line wider than the band, every word kept or marked', () => {
    hf = eight();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ColumnChart hf={hf} chart={eightChart()} />
      </FluentProvider>,
    );
    const band = (560 - 84 - 72) / names.length;
    for (const name of names) {
      const label = container.querySelector(`text[data-category-label="${name}"]`);
      expect(label).not.toBeNull();
      const lines = Array.from(label?.querySelectorAll('tspan') ?? []).map((t) => t.textContent ?? '');
      expect(lines.length).toBeGreaterThanOrEqual(1);
      for (const line of lines) expect(line.length * 6.2).toBeLessThanOrEqual(band);
      expect(label?.querySelector('title')?.textContent).toBe(name);
    }
  });

  it('puts a non-£ output (fte) on a right-hand axis, so its bars are visible', () => {
    hf = eight();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ColumnChart hf={hf} chart={eightChart()} />
      </FluentProvider>,
    );
    expect(container.querySelectorAll('[data-axis="secondary"]').length).toBeGreaterThan(1);
    const fte = Array.from(container.querySelectorAll('rect[data-series="Specialist fte on traded work"]'));
    expect(fte).toHaveLength(8);
    // The smallest, 2.4 fte, is drawn at least 10 px tall (on the £ axis it was a fraction of a pixel).
    expect(Math.min(...fte.map((r) => Number(r.getAttribute('height'))))).toBeGreaterThan(10);
    expect(screen.getByText('Specialist fte on traded work (right axis)')).toBeInTheDocument();
  });

  it('has an accessible label without stray dots', () => {
    hf = comparison();
    render(
      <FluentProvider theme={webLightTheme}>
        <ColumnChart hf={hf} chart={chart({ title: 'Outputs by scenario' })} />
      </FluentProvider>,
    );
    const img = screen.getByRole('img');
    expect(img).toHaveAccessibleName(
      'Outputs by scenario: ESG total £: July 2015 estimate 5,391,995.25, July 2017 estimate 4,165,730.25; ESG retained duties £: July 2015 estimate 1,341,645, July 2017 estimate 1,341,645',
    );
    expect(img.getAttribute('aria-label')).not.toMatch(/\d\.(,|;|$)|\.\./);
  });
});
