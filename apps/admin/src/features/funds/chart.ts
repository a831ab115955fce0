/**
 * The overview's monthly chart (money in and out of a fund, month by month), as chart.js data and
 * options. Pure: chart.js is imported for its types only (tested without a canvas).
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatInteger, formatVnd, type Locale } from '@lnob/ui';
import { chartBaseOptions } from '../statistics/chart-style';
import type { MonthRow } from './model';

export type MonthChartConfig = ChartConfiguration<'bar', number[], string>;

export interface MonthChartLabels {
  moneyIn: string;
  moneyOut: string;
  /** `Th{month}` / month abbreviations, one per month. */
  months: readonly string[];
}

const COLORS = { moneyIn: '#1e7d32', moneyOut: '#b3261e' } as const;

/** `T1`…`T12` (vi) or `Jan`…`Dec` (en). */
export function monthLabels(locale: Locale): string[] {
  const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return locale === 'en' ? en : en.map((_, i) => `T${i + 1}`);
}

/** A tooltip line: `Thu vào: 50.000.000 ₫`. */
function monthTooltip(label: string, value: number | null, locale: Locale): string {
  return `${label}: ${value === null || !Number.isFinite(value) ? '—' : formatVnd(Math.round(value), locale)}`;
}

export function monthChartConfig(rows: readonly MonthRow[], labels: MonthChartLabels, locale: Locale): MonthChartConfig {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => labels.months[r.month - 1]),
      datasets: [
        { label: labels.moneyIn, data: rows.map((r) => r.moneyIn), backgroundColor: COLORS.moneyIn },
        { label: labels.moneyOut, data: rows.map((r) => r.moneyOut), backgroundColor: COLORS.moneyOut },
      ],
    },
    options: {
      ...chartBaseOptions(locale),
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, ticks: { precision: 0, callback: (v) => formatInteger(Math.round(Number(v)), locale) } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => monthTooltip(item.dataset.label ?? '', item.parsed.y ?? null, locale) } },
      },
    },
  };
}
