/**
 * How much of a sheet the grid renders: the rows and columns that fill the grid's own box
 * (measured before the first paint; the window's size when the box has none), the used range
 * plus a margin when that is larger, the selection plus the margin, and more once the user
 * scrolls to the last rows or columns. A fixed 60 x 26 cells cost the preview's cold load
 * ~0.2 s of rendering cells nobody sees (bench: previewLoad).
 */
import { useLayoutEffect, useState, type RefObject, type UIEvent } from 'react';
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from './styles';

/** The narrowest a column is drawn unless the workbook sets a width (Grid.tsx). */
export const MIN_COL_PX = 72;
/** Blank rows and columns shown past the used range and past the selection. */
export const BLANK_ROWS = 10;
export const BLANK_COLS = 3;

export interface GridSize {
  readonly rows: number;
  readonly cols: number;
}

/** The rows and columns that fill the grid's box, once laid out (a header row and column included). */
export function boxFit(box: { clientWidth: number; clientHeight: number }): GridSize | undefined {
  if (box.clientHeight <= 0 || box.clientWidth <= 0) return undefined;
  return { rows: Math.ceil(box.clientHeight / ROW_HEIGHT), cols: Math.ceil(Math.max(0, box.clientWidth - ROW_HEADER_WIDTH) / MIN_COL_PX) + 1 };
}

/** The rows and columns that fill the browser window: the grid's box when it has none yet (an upper bound). */
export function windowFit(): GridSize {
  const height = typeof window === 'undefined' ? 900 : window.innerHeight;
  const width = typeof window === 'undefined' ? 1440 : window.innerWidth;
  return { rows: Math.ceil(height / ROW_HEIGHT) + 1, cols: Math.ceil(width / MIN_COL_PX) };
}

export interface GridSizeInput {
  readonly sheet: number;
  readonly used: { readonly width: number; readonly height: number };
  readonly selected: { readonly row: number; readonly col: number };
  readonly maxRows: number;
  readonly maxCols: number;
  /** The grid's scroll box, measured before the first paint and whenever it is resized. */
  readonly box?: RefObject<HTMLElement | null>;
}

/** The grid's size, and the scroll handler that grows it when the user reaches an edge. */
export function useGridSize({ sheet, used, selected, maxRows, maxCols, box }: GridSizeInput): GridSize & { onScroll: (e: UIEvent<HTMLElement>) => void } {
  // Before its box is measured the grid renders no cells; the layout effect below measures
  // the box and renders what fills it, before the browser paints. With no layout (a box not
  // shown, jsdom) the window's size stands in.
  const [fit, setFit] = useState<GridSize | undefined>(undefined);
  useLayoutEffect(() => {
    const el = box?.current;
    const measure = () => {
      const next = (el && boxFit(el)) ?? windowFit();
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
  }, [box]);
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
