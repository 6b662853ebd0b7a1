/**
 * How much of a sheet the grid renders: the rows and columns that fill the grid's own box
 * (measured before the first paint; the window's size when the box has none), the used range
 * plus a margin when that is larger, the selection plus the margin, and more once the user
 * scrolls to the last rows or columns. A fixed 60 x 26 cells cost the preview's cold load
 * ~0.2 s of rendering cells nobody sees (bench: previewLoad).
 */
import { useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from './styles';

/** The narrowest a column is drawn unless the workbook sets a width (Grid.tsx). */
export const MIN_COL_PX = 72;
/** The narrowest and widest a column the workbook sets a width for is drawn. */
const MIN_SET_COL_PX = 24;
const MAX_SET_COL_PX = 640;

/** How wide a column is drawn whose width the workbook sets (CSS px). */
export const setColumnPx = (set: number): number => Math.max(MIN_SET_COL_PX, Math.min(MAX_SET_COL_PX, set));

/** A column's width when the workbook sets one (CSS px), by column index. */
export type SetWidthOf = (col: number) => number | undefined;

/**
 * How many columns, left to right, it takes to cover `px`: a column is at least MIN_COL_PX
 * wide unless the workbook sets it narrower (then it is drawn at that width).
 */
export function colsToCover(px: number, setWidthOf?: SetWidthOf, limit = 16_384): number {
  let cols = 0;
  for (let covered = 0; covered < px && cols < limit; cols += 1) {
    const set = setWidthOf?.(cols);
    covered += set === undefined ? MIN_COL_PX : Math.min(MIN_COL_PX, setColumnPx(set));
  }
  return cols;
}
/** Blank rows and columns shown past the used range and past the selection. */
export const BLANK_ROWS = 10;
export const BLANK_COLS = 3;

export interface GridSize {
  readonly rows: number;
  readonly cols: number;
}

/** The rows and columns that fill the grid's box, once laid out (a header row and column included). */
export function boxFit(box: { clientWidth: number; clientHeight: number }, setWidthOf?: SetWidthOf): GridSize | undefined {
  if (box.clientHeight <= 0 || box.clientWidth <= 0) return undefined;
  return { rows: Math.ceil(box.clientHeight / ROW_HEIGHT), cols: colsToCover(Math.max(0, box.clientWidth - ROW_HEADER_WIDTH), setWidthOf) + 1 };
}

/** The rows and columns that fill the browser window: the grid's box when it has none yet (an upper bound). */
export function windowFit(setWidthOf?: SetWidthOf): GridSize {
  const height = typeof window === 'undefined' ? 900 : window.innerHeight;
  const width = typeof window === 'undefined' ? 1440 : window.innerWidth;
  return { rows: Math.ceil(height / ROW_HEIGHT) + 1, cols: colsToCover(width, setWidthOf) };
}

export interface GridSizeInput {
  readonly sheet: number;
  readonly used: { readonly width: number; readonly height: number };
  readonly selected: { readonly row: number; readonly col: number };
  readonly maxRows: number;
  readonly maxCols: number;
  /** The grid's scroll box, measured before the first paint and whenever it is resized. */
  readonly box?: RefObject<HTMLElement | null>;
  /** The widths the workbook sets for this sheet's columns (narrow ones take more columns to fill the box). */
  readonly setWidthOf?: SetWidthOf;
}

/** The grid's size, and the scroll handler that grows it when the user reaches an edge. */
export function useGridSize({ sheet, used, selected, maxRows, maxCols, box, setWidthOf }: GridSizeInput): GridSize & { onScroll: (e: UIEvent<HTMLElement>) => void } {
  // Before its box is measured the grid renders no cells; the layout effect below measures
  // the box and renders what fills it, before the browser paints. With no layout (a box not
  // shown, jsdom) the window's size stands in.
  const [fit, setFit] = useState<GridSize | undefined>(undefined);
  const widths = useRef(setWidthOf);
  widths.current = setWidthOf;
  useLayoutEffect(() => {
    const el = box?.current;
    const measure = () => {
      const next = (el && boxFit(el, widths.current)) ?? windowFit(widths.current);
      setFit((prev) => (prev?.rows === next.rows && prev.cols === next.cols ? prev : next));
    };
    measure();
    // The box follows the window, and the page's layout (a pane opening): watch both.
    const observer = el && typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    if (el) observer?.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
    // Measured again for another sheet: its columns may be narrower.
  }, [box, sheet]);
  // How far the user has scrolled the grid out, on this sheet (another sheet starts afresh).
  const [reach, setReach] = useState({ sheet, rows: 0, cols: 0 });
  const reached = reach.sheet === sheet ? reach : { rows: 0, cols: 0 };
  if (fit === undefined) return { rows: 0, cols: 0, onScroll: () => undefined };
  const rows = Math.min(maxRows, Math.max(fit.rows, reached.rows, used.height + BLANK_ROWS, selected.row + BLANK_ROWS));
  const cols = Math.min(maxCols, Math.max(fit.cols, reached.cols, used.width + BLANK_COLS, selected.col + BLANK_COLS));

  const onScroll = (e: UIEvent<HTMLElement>) => {
    const el = e.currentTarget;
    const atBottom = rows < maxRows && el.scrollTop + el.clientHeight >= el.scrollHeight - 2 * ROW_HEIGHT;
    const atRight = cols < maxCols && el.scrollLeft + el.clientWidth >= el.scrollWidth - 2 * MIN_COL_PX;
    if (!atBottom && !atRight) return;
    setReach({ sheet, rows: atBottom ? rows + fit.rows : reached.rows, cols: atRight ? cols + fit.cols : reached.cols });
  };
  return { rows, cols, onScroll };
}
