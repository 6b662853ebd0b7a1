/** @jest-environment jsdom */
/**
 * How much grid the preview renders: a window's worth of cells (not a fixed 60 × 26, which
 * cost the cold load ~0.2 s of rendering cells nobody sees), the used range plus a margin
 * when that is larger, and more as the user scrolls to the end, moves past it, or the
 * window grows. jsdom has no layout: the window's size and the grid's scroll metrics are set
 * here as a browser would report them.
 */
import '@testing-library/jest-dom';
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { HyperFormula, Sheets } from 'hyperformula';
import { createHyperFormula } from '../../src/hf/engine';
import { WorkbookView } from '../../src/preview/WorkbookView';
import { BLANK_COLS, BLANK_ROWS, MIN_COL_PX, windowFit } from '../../src/preview/useGridSize';
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from '../../src/preview/styles';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

let hf: HyperFormula;
afterEach(() => hf.destroy());

function setWindow(width: number, height: number): void {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true, writable: true });
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true, writable: true });
}

function setup(sheets: Sheets) {
  hf = createHyperFormula(sheets);
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView hf={hf} formatOf={() => undefined} />
    </FluentProvider>,
  );
  return user;
}

const grid = () => screen.getByRole('grid');
const rowCount = () => within(grid()).getAllByRole('rowheader').length;
const colCount = () => within(grid()).getAllByRole('columnheader').length;

/** What a browser reports of the grid's scroll box. */
function scrollMetrics(el: HTMLElement, m: { top: number; height: number; client: number; left?: number; width?: number; clientWidth?: number }): void {
  Object.defineProperty(el, 'scrollTop', { value: m.top, configurable: true });
  Object.defineProperty(el, 'scrollHeight', { value: m.height, configurable: true });
  Object.defineProperty(el, 'clientHeight', { value: m.client, configurable: true });
  Object.defineProperty(el, 'scrollLeft', { value: m.left ?? 0, configurable: true });
  Object.defineProperty(el, 'scrollWidth', { value: m.width ?? 3000, configurable: true });
  Object.defineProperty(el, 'clientWidth', { value: m.clientWidth ?? 1000, configurable: true });
}

describe('the grid renders what fills the window', () => {
  beforeEach(() => setWindow(720, 480));

  it('a window of 720 x 480 gets the rows and columns that fill it, not 60 x 26', () => {
    setup({ Inputs: [[1, 2]] });
    const fit = windowFit();
    expect(fit).toEqual({ rows: Math.ceil(480 / ROW_HEIGHT) + 1, cols: 10 });
    expect(rowCount()).toBe(fit.rows);
    expect(colCount()).toBe(fit.cols);
    expect(rowCount()).toBeLessThan(60);
  });

  it('a used range larger than the window is shown whole, with a margin below and to the right', () => {
    const data = Array.from({ length: 50 }, (_, r) => Array.from({ length: 14 }, (_, c) => r * 100 + c));
    setup({ Big: data });
    expect(rowCount()).toBe(50 + BLANK_ROWS);
    expect(colCount()).toBe(14 + BLANK_COLS);
    expect(within(grid()).getByRole('gridcell', { name: `N50, ${49 * 100 + 13}` })).toBeInTheDocument();
  });

  it('scrolled to its last rows, the grid grows by a window of rows; scrolled elsewhere, it does not', () => {
    setup({ Inputs: [[1]] });
    const before = rowCount();
    const el = grid();
    scrollMetrics(el, { top: 10, height: before * ROW_HEIGHT, client: 400 });
    fireEvent.scroll(el);
    expect(rowCount()).toBe(before);
    scrollMetrics(el, { top: before * ROW_HEIGHT - 400, height: before * ROW_HEIGHT, client: 400 });
    fireEvent.scroll(el);
    expect(rowCount()).toBe(before + windowFit().rows);
  });

  it('scrolled to its last columns, the grid grows by a window of columns', () => {
    setup({ Inputs: [[1]] });
    const before = colCount();
    const el = grid();
    scrollMetrics(el, { top: 0, height: 2000, client: 400, left: 600, width: 1000, clientWidth: 400 });
    fireEvent.scroll(el);
    expect(colCount()).toBe(before + windowFit().cols);
  });

  it('moving the selection past the last row renders more rows (the margin follows the selection)', async () => {
    const user = setup({ Inputs: [[1]] });
    const before = rowCount();
    await user.click(within(grid()).getByRole('gridcell', { name: /^A1\b/ }));
    for (let k = 0; k < before; k += 1) await user.keyboard('{ArrowDown}');
    expect(grid().querySelector('[aria-selected="true"]')).toHaveAttribute('data-address', `A${before + 1}`);
    expect(rowCount()).toBe(before + BLANK_ROWS);
  });

  it('a window that grows gets a grid that fills it', () => {
    setup({ Inputs: [[1]] });
    expect(rowCount()).toBe(windowFit().rows);
    act(() => {
      setWindow(1440, 960);
      window.dispatchEvent(new Event('resize'));
    });
    expect(rowCount()).toBe(Math.ceil(960 / ROW_HEIGHT) + 1);
    expect(colCount()).toBe(20);
  });
});

describe('once laid out, the grid renders what fills its own box', () => {
  const proto = HTMLElement.prototype;
  const saved = { h: Object.getOwnPropertyDescriptor(proto, 'clientHeight'), w: Object.getOwnPropertyDescriptor(proto, 'clientWidth') };
  let box = { width: 600, height: 300 };
  beforeEach(() => {
    setWindow(1440, 900);
    // A browser lays the grid's scroll box out at `box` (jsdom lays nothing out).
    Object.defineProperty(proto, 'clientHeight', { configurable: true, get(this: HTMLElement) { return this.getAttribute('role') === 'grid' ? box.height : 0; } });
    Object.defineProperty(proto, 'clientWidth', { configurable: true, get(this: HTMLElement) { return this.getAttribute('role') === 'grid' ? box.width : 0; } });
  });
  afterEach(() => {
    if (saved.h) Object.defineProperty(proto, 'clientHeight', saved.h);
    if (saved.w) Object.defineProperty(proto, 'clientWidth', saved.w);
  });

  it('columns the workbook makes narrower than usual: enough of them to fill the box', () => {
    // 30 px columns (a width Set up or the user set): 72 px a column would leave a blank strip
    // at the right, which no scroll could fill (a grid narrower than its box does not scroll).
    box = { width: 600, height: 300 };
    hf = createHyperFormula({ Inputs: [[1]] });
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookView hf={hf} formatOf={() => undefined} columnWidthOf={() => 30} />
      </FluentProvider>,
    );
    expect(colCount()).toBe(Math.ceil((600 - ROW_HEADER_WIDTH) / 30) + 1);
  });

  it("a box of 600 x 300 in a window of 1440 x 900: the box's rows and columns, not the window's", () => {
    box = { width: 600, height: 300 };
    setup({ Inputs: [[1]] });
    expect(rowCount()).toBe(Math.ceil(300 / ROW_HEIGHT));
    expect(colCount()).toBe(Math.ceil((600 - ROW_HEADER_WIDTH) / MIN_COL_PX) + 1);
    expect(rowCount()).toBeLessThan(windowFit().rows);
  });
});

