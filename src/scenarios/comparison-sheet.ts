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
  const ops: WriteOp[] = [{ kind: 'setColumnWidth', sheet, address: rangeAddress({ row: 0, col: 2, rows: 1, cols: scenarios }), points: 110 }];
  for (const b of blocks) {
    b.rows.forEach((r, k) => {
      if (r.format) ops.push({ kind: 'setNumberFormat', sheet, address: rangeAddress({ row: b.row + k, col: 2, rows: 1, cols: scenarios }), format: r.format });
    });
  }
  return ops;
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
    },
    { kind: 'activateSheet', sheet },
  ];
}

