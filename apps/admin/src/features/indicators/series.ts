/**
 * An indicator's series shaped for the chart: actual figures as bars, targets as a dashed line, one
 * label per period. The figures arrive as exact decimal text; the chart draws numbers (the table
 * beside it shows the exact text). Pure functions: chart.js is imported for its types only.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatFigure, formatPeriod, type Locale } from '@lnob/ui';
import { chartBaseOptions } from '../statistics/chart-style';

export interface SeriesPoint {
  period: string;
  actual: string | null;
  target: string | null;
}

export interface SeriesLabels {
  actual: string;
  target: string;
  axis: string;
}

export type SeriesChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

/** A decimal text as a number for drawing; null for no figure (a gap). */
export function plotted(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export function seriesChartData(points: readonly SeriesPoint[], labels: SeriesLabels, locale: Locale): SeriesChartConfig['data'] {
  return {
    labels: points.map((p) => formatPeriod(p.period, locale)),
    datasets: [
      { type: 'bar', label: labels.actual, data: points.map((p) => plotted(p.actual)), backgroundColor: '#0b57d0', order: 2 },
      {
        type: 'line',
        label: labels.target,
        data: points.map((p) => plotted(p.target)),
        borderColor: '#b3261e',
        backgroundColor: '#b3261e',
        borderDash: [6, 3],
        borderWidth: 2,
        pointRadius: 4,
        spanGaps: false,
        order: 1,
      },
    ],
  };
}

/** A tooltip line: `Thực hiện: 12,5 %`, or `—` where there is no figure. */
export function seriesTooltip(label: string, value: number | null, unit: string, locale: Locale): string {
  return `${label}: ${value === null || !Number.isFinite(value) ? '—' : formatFigure(String(value), unit, locale)}`;
}

export function seriesChartConfig(points: readonly SeriesPoint[], unit: string, labels: SeriesLabels, locale: Locale): SeriesChartConfig {
  return {
    type: 'bar',
    data: seriesChartData(points, labels, locale),
    options: {
      ...chartBaseOptions(locale),
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, title: { display: true, text: labels.axis }, ticks: { callback: (v) => formatFigure(String(v), unit, locale) } },
      },
      plugins: {
        // actual first, as in the table
        legend: { position: 'bottom', labels: { sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar' | 'line'>) => seriesTooltip(item.dataset.label ?? '', item.parsed.y ?? null, unit, locale) } },
      },
    },
  };
}
