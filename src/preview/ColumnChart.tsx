/**
 * A clustered column chart drawn in SVG from a range of the workbook, the preview's
 * stand-in for the native Excel chart Compare puts on the comparison sheet. With
 * `seriesBy: 'rows'` the first row holds the category labels and the first column the
 * series names (Excel's layout); with 'columns' the other way round.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatValue } from './format';

export interface ChartSpec {
  readonly name: string;
  readonly sheet: string;
  /** The data range, e.g. `'Scenario Comparison'!B12:F16`. */
  readonly source: string;
  readonly seriesBy: 'rows' | 'columns';
  readonly title: string;
  /** Top-left cell, e.g. `A18`. */
  readonly anchor: string;
  /** Series (by index) on the right-hand axis, as Compare asked of Excel (scenarios/compare.ts). */
  readonly secondary?: readonly number[];
}

export interface ChartData {
  categories: string[];
  series: { name: string; values: number[] }[];
}

const label = (v: unknown): string => (v === null || v === undefined ? '' : v instanceof DetailedCellError ? v.value : String(v));
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Reads a chart's categories and series from the workbook; undefined if its range is not readable. */
export function chartData(hf: HyperFormula, chart: ChartSpec): ChartData | undefined {
  const sheet = hf.getSheetId(chart.sheet);
  if (sheet === undefined) return undefined;
  const range = hf.simpleCellRangeFromString(chart.source.replace(/\$/g, ''), sheet);
  if (!range || hf.getSheetName(range.start.sheet) === undefined) return undefined;
  let grid: unknown[][] = hf.getRangeValues(range);
  if (chart.seriesBy === 'columns') grid = grid[0]?.map((_, c) => grid.map((row) => row[c])) ?? [];
  const [header = [], ...rows] = grid;
  return {
    categories: header.slice(1).map(label),
    series: rows.map((row) => ({ name: label(row[0]), values: row.slice(1).map(num) })),
  };
}

/** Round tick steps: 1, 2 or 5 × 10^n, about five ticks. */
export function ticks(min: number, max: number): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi === lo) return [0];
  const raw = (hi - lo) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  if (out[out.length - 1] < hi) out.push(out[out.length - 1] + step);
  return out;
}

const PALETTE = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteTealBorderActive,
];

const useStyles = makeStyles({
  chart: {
    display: 'block',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    fontFamily: tokens.fontFamilyBase,
  },
});

const WIDTH = 560;
const M = { left: 84, right: 16, top: 40 };
const FONT = 11;
/** About how wide a character of the 11 px label font is. */
const CHAR_W = 6.2;

/** A number as the chart writes it: grouped, up to two decimals, no stray point. */
export function chartNumber(v: number): string {
  return formatValue(v, '#,##0.##').replace(/\.$/, '');
}

/** A series in £ (its label says so) goes on the main axis; others (pupils, fte) on a second one. */
export function isMoney(name: string): boolean {
  return /£/.test(name);
}

/**
 * A category label broken into lines that fit `width` px (at most `maxLines`, the last
 * shortened with "…"), so eight scenario names stay readable side by side.
 */
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
  const perLine = Math.max(4, Math.floor(width / CHAR_W));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= perLine) line = next;
    else {
      if (line !== '') lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
  return kept;
}

/**
 * The series on the right-hand axis: those the chart names (Compare decides, for Excel and
 * here alike); for a chart that names none, the non-£ series beside £ ones (by their labels).
 */
export function rightAxisSeries(chart: Pick<ChartSpec, 'secondary'>, data: ChartData): Set<number> {
  if (chart.secondary !== undefined) return new Set(chart.secondary.filter((i) => i >= 0 && i < data.series.length));
  const money = data.series.some((s) => isMoney(s.name));
  return new Set(data.series.flatMap((s, i) => (money && !isMoney(s.name) ? [i] : [])));
}

/** The chart in words for a screen reader: title, then each series' values by category. */
export function chartSummary(title: string, data: ChartData, right: ReadonlySet<number> = rightAxisSeries({}, data)): string {
  const series = data.series
    .map((s, k) => `${s.name}${right.has(k) ? ' (right axis)' : ''}: ${s.values.map((v, i) => `${data.categories[i]} ${chartNumber(v)}`).join(', ')}`)
    .join('; ');
  return `${title.replace(/[.:;\s]+$/, '')}: ${series}`;
}

interface Axis {
  readonly ticks: number[];
  readonly y: (v: number) => number;
}

function axis(values: readonly number[], top: number, plotH: number): Axis {
  const ts = ticks(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 0);
  const lo = ts[0];
  const hi = ts[ts.length - 1];
  return { ticks: ts, y: (v: number) => top + plotH - ((v - lo) / (hi - lo || 1)) * plotH };
}

export function ColumnChart({ hf, chart }: { hf: HyperFormula; chart: ChartSpec }) {
  const styles = useStyles();
  const data = chartData(hf, chart);
  if (!data || data.categories.length === 0 || data.series.length === 0) {
    return (
      <svg className={styles.chart} width={WIDTH} height={80} role="img" aria-label={`${chart.title}: no data`}>
        <text x={12} y={44} fontSize={13} fill={tokens.colorNeutralForeground3}>{`${chart.title}: the chart's range has no data`}</text>
      </svg>
    );
  }
  // £ series on the left axis; counts (pupils, fte) on their own right axis, so a bar of
  // 2.4 fte is not drawn invisibly on a scale of millions of pounds.
  const onRight = rightAxisSeries(chart, data);
  // Every series on the right would leave the main axis empty: then they are all on the left.
  const secondary = onRight.size < data.series.length ? data.series.filter((_, k) => onRight.has(k)) : [];
  const primary = data.series.filter((s) => !secondary.includes(s));
  const right = secondary.length > 0 ? 72 : M.right;
  const plotW = WIDTH - M.left - right;
  const band = plotW / data.categories.length;
  const labels = data.categories.map((c) => wrapLabel(c, band - 4));
  const labelLines = Math.max(1, ...labels.map((l) => l.length));
  const legendRows = Math.ceil(data.series.length / 2);
  const bottom = 20 + labelLines * (FONT + 2) + 12 + legendRows * 16;
  const plotH = 220;
  const HEIGHT = M.top + plotH + bottom;
  const left = axis(primary.flatMap((s) => s.values), M.top, plotH);
  const second = secondary.length > 0 ? axis(secondary.flatMap((s) => s.values), M.top, plotH) : undefined;
  const yOf = (name: string) => (second !== undefined && secondary.some((s) => s.name === name) ? second.y : left.y);
  const barW = Math.max(2, (band * 0.7) / data.series.length);
  return (
    <svg
      className={styles.chart}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={chartSummary(chart.title, data, onRight)}
      data-chart={chart.name}
    >
      <text x={WIDTH / 2} y={24} textAnchor="middle" fontSize={15} fontWeight={600} fill={tokens.colorNeutralForeground1}>
        {chart.title}
      </text>
      {left.ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={WIDTH - right} y1={left.y(t)} y2={left.y(t)} stroke={tokens.colorNeutralStroke2} />
          <text x={M.left - 6} y={left.y(t) + 4} textAnchor="end" fontSize={FONT} fill={tokens.colorNeutralForeground2}>
            {chartNumber(t)}
          </text>
        </g>
      ))}
      {second?.ticks.map((t) => (
        <text key={`r${t}`} x={WIDTH - right + 6} y={second.y(t) + 4} textAnchor="start" fontSize={FONT} fill={tokens.colorNeutralForeground2} data-axis="secondary">
          {chartNumber(t)}
        </text>
      ))}
      {data.categories.map((c, i) => (
        <g key={`c${i}`}>
          {data.series.map((s, k) => {
            const v = s.values[i];
            const y = yOf(s.name);
            const top = Math.min(y(v), y(0));
            return (
              <rect
                key={k}
                x={M.left + band * i + band * 0.15 + barW * k}
                y={top}
                width={barW - 1}
                height={Math.max(0, Math.abs(y(v) - y(0)))}
                fill={PALETTE[k % PALETTE.length]}
                data-series={s.name}
                data-category={c}
              >
                <title>{`${s.name}, ${c}: ${chartNumber(v)}`}</title>
              </rect>
            );
          })}
          <text
            x={M.left + band * (i + 0.5)}
            y={M.top + plotH + 16}
            textAnchor="middle"
            fontSize={FONT}
            fill={tokens.colorNeutralForeground2}
            data-category-label={c}
          >
            {labels[i].map((line, n) => (
              <tspan key={n} x={M.left + band * (i + 0.5)} dy={n === 0 ? 0 : FONT + 2}>
                {line}
              </tspan>
            ))}
            <title>{c}</title>
          </text>
        </g>
      ))}
      {data.series.map((s, k) => {
        const perRow = 2;
        const x = M.left + (k % perRow) * (plotW / perRow);
        const ly = M.top + plotH + 20 + labelLines * (FONT + 2) + 12 + Math.floor(k / perRow) * 16;
        return (
          <g key={`l${k}`}>
            <rect x={x} y={ly - 9} width={10} height={10} fill={PALETTE[k % PALETTE.length]} />
            <text x={x + 14} y={ly} fontSize={FONT} fill={tokens.colorNeutralForeground1}>
              {second !== undefined && secondary.includes(s) ? `${s.name} (right axis)` : s.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
