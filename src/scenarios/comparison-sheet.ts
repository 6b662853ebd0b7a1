/**
 * The 'Scenario Comparison' sheet Compare writes: inputs then outputs as rows, one column per
 * scenario, a line saying when it was made and what was restored, each row in its own
 * number format, and a clustered column chart of the outputs.
 */
import { cellAddress, qualifiedAddress, rangeAddress } from '../workbook/a1';
import type { CellValue, WriteOp } from '../workbook/port';
import { excelTime, LOG_TIME_FORMAT } from './log';
import { COMPARISON_CHART, DESCRIPTION_COLUMN, INPUT_COLUMN, LABEL_COLUMN, OUTPUT_COLUMN } from './layout';
import { MESSAGES } from './messages';
import type { ComparisonRow } from './types';

/** The width of the scenario columns, and each row in its own input's or output's number format. */
function valueFormats(sheet: string, scenarios: number, blocks: readonly { row: number; rows: readonly ComparisonRow[] }[]): WriteOp[] {
  if (scenarios === 0) return [];
  const ops: WriteOp[] = [{ kind: 'setColumnWidth', sheet, address: rangeAddress({ row: 0, col: 2, rows: 1, cols: scenarios }), points: SCENARIO_COLUMN_POINTS }];
  for (const b of blocks) {
    b.rows.forEach((r, k) => {
      if (r.format) ops.push({ kind: 'setNumberFormat', sheet, address: rangeAddress({ row: b.row + k, col: 2, rows: 1, cols: scenarios }), format: r.format });
    });
  }
  return ops;
}

/** Whether an output is an amount in £ (its format or its label says so): those share the main axis. */
const isMoney = (row: ComparisonRow): boolean => /£/.test(row.format ?? '') || /£/.test(row.label);

/** Points per scenario column (`valueFormats`) and per column A and B: the chart spans them. */
const SCENARIO_COLUMN_POINTS = 110;
/** The chart covers at least columns A to F and 20 rows; wider with more scenarios (one column each). */
const CHART_MIN_COLUMNS = 6;
const CHART_ROWS = 20;

/**
 * The comparison chart's layout in Excel: one category per scenario, as wide as the table so
 * each scenario name has a column's width (labels kept horizontal wrap rather than collide),
 * and — when the outputs mix £ amounts with counts or shares (fte, pupils, %) — the latter
 * on a secondary axis on the right, where their bars are visible.
 */
export function comparisonChartLayout(outputs: readonly ComparisonRow[], scenarios: number, firstRow: number) {
  const money = outputs.flatMap((r, i) => (isMoney(r) ? [i] : []));
  const others = outputs.flatMap((r, i) => (isMoney(r) ? [] : [i]));
  const mixed = money.length > 0 && others.length > 0;
  const secondaryTitle = [...new Set(others.map((i) => outputs[i].label))].join(', ');
  return {
    end: cellAddress(firstRow + CHART_ROWS - 1, Math.max(CHART_MIN_COLUMNS, 2 + scenarios) - 1),
    horizontalLabels: true,
    ...(mixed ? { secondary: others, axisTitles: { primary: '£', secondary: secondaryTitle } } : {}),
  };
}

/** The write batch of the comparison sheet. */
export function comparisonSheet(
  sheet: string,
  exists: boolean,
  madeAt: string,
  active: string,
  scenarios: readonly string[],
  inputs: readonly ComparisonRow[],
  outputs: readonly ComparisonRow[],
  partial: readonly { readonly scenario: string; readonly inputs: readonly string[] }[] = [],
): WriteOp[] {
  const width = 2 + scenarios.length;
  const pad = (row: CellValue[]): CellValue[] => [...row, ...Array.from({ length: width - row.length }, () => '')];
  const rows: CellValue[][] = [
    pad([MESSAGES.compareTitle()]),
    // The time as an Excel date-time (sortable, in the reader's terms), then what was restored.
    pad([MESSAGES.compareMadeLabel(), excelTime(new Date(madeAt)), MESSAGES.compareRestoredLine(active)]),
    pad([partial.length === 0 ? MESSAGES.compareNoPartial() : MESSAGES.comparePartial(partial)]),
    [INPUT_COLUMN, DESCRIPTION_COLUMN, ...scenarios],
    ...inputs.map((r) => pad([r.name, r.label, ...r.values])),
    pad([]),
  ];
  const outputsHeader = rows.length; // zero-based row of the outputs' header
  rows.push([OUTPUT_COLUMN, LABEL_COLUMN, ...scenarios], ...outputs.map((r) => pad([r.name, r.label, ...r.values])));
  const lastRow = rows.length - 1;
  return [
    exists ? { kind: 'clearSheet', sheet } : { kind: 'addSheet', sheet },
    { kind: 'setCells', sheet, address: 'A1', cells: rows },
    { kind: 'setColumnWidth', sheet, address: 'A1:B1', points: 160 },
    { kind: 'setNumberFormat', sheet, address: 'B2', format: LOG_TIME_FORMAT },
    ...valueFormats(sheet, scenarios.length, [
      { row: 4, rows: inputs },
      { row: outputsHeader + 1, rows: outputs },
    ]),
    {
      kind: 'addColumnChart',
      sheet,
      name: COMPARISON_CHART,
      // Labels (column B) name the series; the header row's scenario names are the categories.
      source: qualifiedAddress(sheet, { row: outputsHeader, col: 1, rows: outputs.length + 1, cols: width - 1 }),
      seriesBy: 'rows',
      title: MESSAGES.compareChartTitle(),
      anchor: cellAddress(lastRow + 2, 0),
      ...comparisonChartLayout(outputs, scenarios.length, lastRow + 2),
    },
    { kind: 'activateSheet', sheet },
  ];
}

