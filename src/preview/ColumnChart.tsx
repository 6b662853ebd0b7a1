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
const HEIGHT = 320;
const M = { left: 84, right: 16, top: 40, bottom: 72 };

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
  const all = data.series.flatMap((s) => s.values);
  const ys = ticks(Math.min(...all), Math.max(...all));
  const lo = ys[0];
  const hi = ys[ys.length - 1];
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const band = plotW / data.categories.length;
  const barW = Math.max(2, (band * 0.7) / data.series.length);
  const summary = data.series
    .map((s) => `${s.name}: ${s.values.map((v, i) => `${data.categories[i]} ${formatValue(v, '#,##0.##')}`).join(', ')}`)
    .join('; ');
  return (
    <svg className={styles.chart} width={WIDTH} height={HEIGHT} role="img" aria-label={`${chart.title}. ${summary}`} data-chart={chart.name}>
      <text x={WIDTH / 2} y={24} textAnchor="middle" fontSize={15} fontWeight={600} fill={tokens.colorNeutralForeground1}>
        {chart.title}
      </text>
      {ys.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={WIDTH - M.right} y1={y(t)} y2={y(t)} stroke={tokens.colorNeutralStroke2} />
          <text x={M.left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill={tokens.colorNeutralForeground2}>
            {formatValue(t, '#,##0.##').replace(/\.$/, '')}
          </text>
        </g>
      ))}
      {data.categories.map((c, i) => (
        <g key={`c${i}`}>
          {data.series.map((s, k) => {
            const v = s.values[i];
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
                <title>{`${s.name}, ${c}: ${formatValue(v, '#,##0.##').replace(/\.$/, '')}`}</title>
              </rect>
            );
          })}
          <text x={M.left + band * (i + 0.5)} y={M.top + plotH + 16} textAnchor="middle" fontSize={11} fill={tokens.colorNeutralForeground2}>
            {c}
          </text>
        </g>
      ))}
      {data.series.map((s, k) => {
        const perRow = 3;
        const x = M.left + (k % perRow) * (plotW / perRow);
        const ly = HEIGHT - M.bottom + 38 + Math.floor(k / perRow) * 16;
        return (
          <g key={`l${k}`}>
            <rect x={x} y={ly - 9} width={10} height={10} fill={PALETTE[k % PALETTE.length]} />
            <text x={x + 14} y={ly} fontSize={11} fill={tokens.colorNeutralForeground1}>
              {s.name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
