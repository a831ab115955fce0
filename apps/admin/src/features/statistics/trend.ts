/**
 * The year-over-year figures of the statistics page, shaped for the chart (chart.js data and options)
 * and for its data table. Pure functions: chart.js is imported for its types only, so they are
 * tested without a canvas (trend.test.ts).
 */
import type { ChartConfiguration, Tick, TooltipItem } from 'chart.js';
import { formatInteger, formatPercent, type Locale } from '@lnob/ui';
import { chartBaseOptions } from './chart-style';
import type { TrendPointFragment } from './operations';

/** One year of the chart: the counts and both rates (with numerator and denominator). */
export type TrendRow = Pick<TrendPointFragment, 'year' | 'households' | 'poor' | 'nearPoor' | 'poorRate' | 'multidimensionalPovertyRate'>;

/** The chart's texts in the current language (legend, axis titles). */
export interface TrendLabels {
  poor: string;
  nearPoor: string;
  poorRate: string;
  mdRate: string;
  /** Title of the left axis (households). */
  countAxis: string;
  /** Title of the right axis (%). */
  rateAxis: string;
}

/** Poor and near-poor as stacked bars on the household axis, the two rates as lines on the % axis. */
export type TrendChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

export const COUNT_AXIS = 'count';
export const RATE_AXIS = 'rate';

const COLORS = {
  poor: '#b3261e', // --c-bad
  nearPoor: '#e8a317',
  poorRate: '#0b57d0', // --c-link
  mdRate: '#5b3fa8',
} as const;

/**
 * The years of a trend answer (`{ y2022: …, y2023: … }`, any aliases), oldest first. Years the API
 * did not answer (null) are left out.
 */
export function trendRows(data: Readonly<Record<string, TrendRow | string | null | undefined>>): TrendRow[] {
  return Object.values(data)
    .filter((v): v is TrendRow => typeof v === 'object' && v !== null && typeof v.year === 'number')
    .sort((a, b) => a.year - b.year);
}

/** chart.js data: one label per year; a year without reviewed households has no rate (a gap in the lines). */
export function trendChartData(rows: readonly TrendRow[], labels: TrendLabels): TrendChartConfig['data'] {
  const line = (label: string, color: string, values: (number | null)[], dashed: boolean) =>
    ({
      type: 'line',
      label,
      data: values,
      yAxisID: RATE_AXIS,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      borderDash: dashed ? [6, 3] : [],
      pointRadius: 4,
      pointHoverRadius: 6,
      spanGaps: false,
      order: 1, // drawn over the bars
    }) as const;
  return {
    labels: rows.map((r) => String(r.year)),
    datasets: [
      { type: 'bar', label: labels.poor, data: rows.map((r) => r.poor), yAxisID: COUNT_AXIS, stack: 'households', backgroundColor: COLORS.poor, pointStyle: 'rect', order: 2 },
      { type: 'bar', label: labels.nearPoor, data: rows.map((r) => r.nearPoor), yAxisID: COUNT_AXIS, stack: 'households', backgroundColor: COLORS.nearPoor, pointStyle: 'rect', order: 2 },
      line(labels.poorRate, COLORS.poorRate, rows.map((r) => r.poorRate.value), false),
      line(labels.mdRate, COLORS.mdRate, rows.map((r) => r.multidimensionalPovertyRate.value), true),
    ],
  };
}

/** Decimals of the % axis: whole percentages unless its steps are finer than one percent. */
export function rateTickDigits(ticks: readonly Pick<Tick, 'value'>[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1].value - ticks[0].value) : 1;
  return step >= 0.01 - 1e-9 ? 0 : 1;
}

/** A tooltip line: `Hộ nghèo: 1.234` or `Tỷ lệ hộ nghèo: 12,3 %`. */
export function trendTooltip(datasetLabel: string, axis: string | undefined, value: number | null, locale: Locale): string {
  const shown = value === null || !Number.isFinite(value) ? '—' : axis === RATE_AXIS ? formatPercent(value, locale) : formatInteger(Math.round(value), locale);
  return `${datasetLabel}: ${shown}`;
}

/** chart.js options: two y axes, numbers and percentages in the house format of the locale. */
export function trendChartOptions(labels: TrendLabels, locale: Locale): NonNullable<TrendChartConfig['options']> {
  return {
    ...chartBaseOptions(locale),
    scales: {
      x: { stacked: true, grid: { display: false } },
      [COUNT_AXIS]: {
        type: 'linear',
        position: 'left',
        stacked: true,
        beginAtZero: true,
        title: { display: true, text: labels.countAxis },
        ticks: { precision: 0, callback: (v) => formatInteger(Math.round(Number(v)), locale) },
      },
      [RATE_AXIS]: {
        type: 'linear',
        position: 'right',
        beginAtZero: true,
        suggestedMax: 0.1,
        grid: { drawOnChartArea: false },
        title: { display: true, text: labels.rateAxis },
        ticks: { callback: (v, _i, ticks) => formatPercent(Number(v), locale, rateTickDigits(ticks)) },
      },
    },
    plugins: {
      // legend in dataset order (bars first), each with its marker: squares for bars, dots for lines
      legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 10, boxHeight: 10, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'bar' | 'line'>) => trendTooltip(item.dataset.label ?? '', item.dataset.yAxisID, item.parsed.y ?? null, locale),
        },
      },
    },
  };
}

/** The whole chart.js configuration of the year-over-year chart. */
export function trendChartConfig(rows: readonly TrendRow[], labels: TrendLabels, locale: Locale): TrendChartConfig {
  return { type: 'bar', data: trendChartData(rows, labels), options: trendChartOptions(labels, locale) };
}
