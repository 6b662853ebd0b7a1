/**
 * The cell grid: column letters, row numbers, formatted values, the selected cell, the
 * spilled array it belongs to, and the in-cell editor. Keyboard handling lives in
 * WorkbookView; this component only renders and reports clicks.
 */
import { memo, useMemo, type CSSProperties, type ReactNode, type FocusEvent, type KeyboardEvent, type MouseEvent, type Ref, type UIEvent } from 'react';
import { mergeClasses, tokens, useUncontrolledFocus } from '@fluentui/react-components';
import type { HyperFormula } from 'hyperformula';
import { a1, columnLetters, readCell, type CellRange, type CellView, type FormatOf } from './model';
import { isTextFormat } from './format';
import { ColumnChart, type ChartSpec } from './ColumnChart';
import { ROW_HEADER_WIDTH, useWorkbookStyles } from './styles';
import { MIN_COL_PX, setColumnPx } from './useGridSize';

export interface CellEditorProps {
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: (event: FocusEvent<HTMLInputElement>) => void;
  inputRef: Ref<HTMLInputElement>;
}

export interface GridProps {
  hf: HyperFormula;
  sheet: number;
  sheetName: string;
  formatOf: FormatOf;
  columnWidthOf?: (sheet: number, col: number) => number | undefined;
  version: number;
  /** Charts of this sheet, drawn over the grid at their anchor cells. */
  charts?: readonly ChartSpec[];
  rows: number;
  cols: number;
  selected: { row: number; col: number };
  spill?: CellRange;
  /** The in-cell editor, when editing in the cell. */
  editor?: CellEditorProps;
  /** Draft shown in the selected cell while editing in the formula bar. */
  draft?: string;
  gridRef: Ref<HTMLDivElement>;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Told when the grid scrolls (it grows when scrolled to an edge: ./useGridSize.ts). */
  onScroll?: (event: UIEvent<HTMLDivElement>) => void;
  onCellMouseDown: (row: number, col: number, event: MouseEvent) => void;
  onCellDoubleClick: (row: number, col: number) => void;
}

export function cellId(sheet: number, row: number, col: number): string {
  return `cell-${sheet}-${a1(row, col)}`;
}

const MAX_COL_PX = 340;
const CHAR_PX = 7.6;

/** Text whose right neighbour is empty overflows into it, as in Excel. */
function overflows(row: CellView[], col: number): boolean {
  return row[col].kind === 'text' && col + 1 < row.length && row[col + 1].kind === 'empty';
}

/** Fits the column to what it shows, except text that can overflow into the next cell. */
function widthFor(views: CellView[][], col: number): number {
  let chars = 0;
  for (const row of views) {
    if (row[col] && !overflows(row, col)) chars = Math.max(chars, row[col].text.length);
  }
  return Math.round(Math.min(MAX_COL_PX, Math.max(MIN_COL_PX, chars * CHAR_PX + 14)));
}

/** How far (px) a cell's text may run: its own width plus the empty cells to its right. */
function overflowWidth(row: CellView[], col: number, widths: readonly number[]): number {
  let w = widths[col];
  for (let c = col + 1; c < row.length && row[c].kind === 'empty'; c++) w += widths[c];
  return w;
}

function edgeShadows(row: number, col: number, range: CellRange | undefined): string[] {
  if (!range || row < range.top || row > range.bottom || col < range.left || col > range.right) return [];
  const c = tokens.colorPaletteBlueBorderActive;
  const out: string[] = [];
  if (row === range.top) out.push(`inset 0 1px 0 ${c}`);
  if (row === range.bottom) out.push(`inset 0 -1px 0 ${c}`);
  if (col === range.left) out.push(`inset 1px 0 0 ${c}`);
  if (col === range.right) out.push(`inset -1px 0 0 ${c}`);
  return out;
}

export function Grid(props: GridProps) {
  const styles = useWorkbookStyles();
  const { hf, sheet, formatOf, version, rows, cols } = props;
  const views = useMemo(() => {
    void version; // re-read whenever HyperFormula (or the formats) changed
    return Array.from({ length: rows }, (_, row) =>
      Array.from({ length: cols }, (_, col) => readCell(hf, { sheet, row, col }, formatOf)),
    );
  }, [hf, sheet, formatOf, version, rows, cols]);
  const { columnWidthOf } = props;
  const widths = useMemo(
    () =>
      Array.from({ length: cols }, (_, c) => {
        const set = columnWidthOf?.(sheet, c);
        return set === undefined ? widthFor(views, c) : setColumnPx(set);
      }),
    [views, cols, sheet, columnWidthOf],
  );
  const { selected } = props;
  const chartsByRow = useMemo(() => {
    void version;
    const out = new Map<number, { col: number; node: ReactNode }[]>();
    for (const chart of props.charts ?? []) {
      const at = hf.simpleCellAddressFromString(chart.anchor.replace(/\$/g, ''), sheet);
      if (!at || at.sheet !== sheet || at.row >= rows || at.col >= cols) continue;
      out.set(at.row, [...(out.get(at.row) ?? []), { col: at.col, node: <ColumnChart hf={hf} chart={chart} /> }]);
    }
    return out;
  }, [hf, sheet, props.charts, version, rows, cols]);
  // Tab moves between cells here (as in Excel), so Fluent's focus manager must leave it alone.
  const uncontrolledFocus = useUncontrolledFocus();

  return (
    <div
      ref={props.gridRef}
      className={styles.scroller}
      role="grid"
      aria-label={`Sheet ${props.sheetName}`}
      aria-rowcount={rows + 1}
      aria-colcount={cols + 1}
      aria-multiselectable={false}
      aria-activedescendant={props.editor ? undefined : cellId(sheet, selected.row, selected.col)}
      tabIndex={0}
      onKeyDown={props.onKeyDown}
      onScroll={props.onScroll}
      data-region="grid"
      {...uncontrolledFocus}
    >
      <table className={styles.table} role="presentation" style={{ width: ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0) }}>
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead role="rowgroup">
          <tr role="row" aria-rowindex={1}>
            <td className={styles.corner} role="presentation" />
            {widths.map((_, c) => (
              <th
                key={c}
                role="columnheader"
                aria-colindex={c + 2}
                className={mergeClasses(styles.colHeader, c === selected.col && styles.headerActive)}
              >
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {views.map((rowViews, r) => (
            <GridRow
              key={r}
              row={r}
              sheet={sheet}
              views={rowViews}
              widths={widths}
              formatOf={formatOf}
              selectedCol={r === selected.row ? selected.col : -1}
              spill={props.spill && r >= props.spill.top && r <= props.spill.bottom ? props.spill : undefined}
              editor={r === selected.row ? props.editor : undefined}
              draft={r === selected.row ? props.draft : undefined}
              charts={chartsByRow.get(r)}
              version={version}
              onCellMouseDown={props.onCellMouseDown}
              onCellDoubleClick={props.onCellDoubleClick}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface GridRowProps {
  row: number;
  sheet: number;
  views: CellView[];
  widths: readonly number[];
  formatOf: FormatOf;
  selectedCol: number;
  spill?: CellRange;
  editor?: CellEditorProps;
  draft?: string;
  charts?: { col: number; node: ReactNode }[];
  /** Re-renders the row's charts when the workbook changes. */
  version: number;
  onCellMouseDown: GridProps['onCellMouseDown'];
  onCellDoubleClick: GridProps['onCellDoubleClick'];
}

const GridRow = memo(function GridRow(p: GridRowProps) {
  const styles = useWorkbookStyles();
  const active = p.selectedCol >= 0;
  return (
    <tr role="row" aria-rowindex={p.row + 2}>
      <th role="rowheader" className={mergeClasses(styles.rowHeader, active && styles.headerActive)}>
        {p.row + 1}
      </th>
      {p.views.map((view, col) => {
        const isSelected = col === p.selectedCol;
        const address = a1(p.row, col);
        const shadows = edgeShadows(p.row, col, p.spill);
        if (isSelected) shadows.unshift(`inset 0 0 0 2px ${tokens.colorBrandStroke1}`);
        const style: CSSProperties | undefined = shadows.length ? { boxShadow: shadows.join(', ') } : undefined;
        const align =
          view.kind === 'error' ? styles.error
          : view.kind === 'boolean' ? styles.centre
          : view.kind === 'number' && !isTextFormat(p.formatOf(p.sheet, p.row, col)) ? styles.number
          : styles.text;
        const editing = isSelected && p.editor !== undefined;
        const drafting = isSelected && p.draft !== undefined;
        const shown = drafting ? p.draft : view.text;
        const spills = !editing && !drafting && overflows(p.views, col);
        const charts = p.charts?.filter((c) => c.col === col) ?? [];
        const hasChart = charts.length > 0;
        return (
          <td
            key={col}
            id={cellId(p.sheet, p.row, col)}
            role="gridcell"
            aria-colindex={col + 2}
            aria-selected={isSelected}
            aria-label={view.text ? `${address}, ${view.text}` : address}
            title={view.kind === 'error' ? view.message || view.text : undefined}
            data-address={address}
            data-value={view.value === null ? '' : String(view.value)}
            data-kind={view.kind}
            className={mergeClasses(
              styles.cell,
              align,
              isSelected && styles.selectedCell,
              (spills || hasChart) && styles.overflowCell,
              hasChart && styles.chartAnchor,
              editing && styles.editingCell,
            )}
            style={style}
            onMouseDown={(e) => p.onCellMouseDown(p.row, col, e)}
            onDoubleClick={() => p.onCellDoubleClick(p.row, col)}
          >
            {editing ? (
              <input
                ref={p.editor?.inputRef}
                className={styles.editor}
                style={{ width: `max(100%, ${(p.editor?.value.length ?? 0) + 3}ch)` }}
                aria-label={`Edit cell ${address}`}
                value={p.editor?.value ?? ''}
                spellCheck={false}
                autoComplete="off"
                onChange={(e) => p.editor?.onChange(e.target.value)}
                onKeyDown={p.editor?.onKeyDown}
                onBlur={p.editor?.onBlur}
              />
            ) : spills ? (
              <span className={styles.overflowText} style={{ maxWidth: overflowWidth(p.views, col, p.widths) - 8 }}>
                {shown}
              </span>
            ) : (
              shown
            )}
            {charts.map((c, i) => (
              <div key={i} className={styles.chart}>
                {c.node}
              </div>
            ))}
          </td>
        );
      })}
    </tr>
  );
});
