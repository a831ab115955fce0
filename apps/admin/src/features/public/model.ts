/**
 * The public disclosure page's pure parts: which years and funds to offer, the CSV link, which child
 * areas to show, and the chart.js configuration of spending by category
 * (chart.js imported for its types only: tested without a canvas).
 */
import type { ChartConfiguration } from 'chart.js';
import { formatVnd, type Locale } from '@lnob/ui';
import { categoryLabel } from '../funds/labels';
import type { PublicFundListQuery, PublicFundReportQuery } from './operations';

export type PublicFundOption = PublicFundListQuery['publicFunds']['edges'][number]['node'];
export type PublicReport = PublicFundReportQuery['publicFundReport'];
export type PublicChild = PublicReport['children'][number];

/** The first year of the movement's 2021–2025 period: the earliest the page offers. */
const FIRST_YEAR = 2021;

/** Years from this one back to 2021, newest first. */
export function yearsUpTo(currentYear: number): number[] {
  const years: number[] = [];
  for (let y = currentYear; y >= FIRST_YEAR; y--) years.push(y);
  return years;
}

const LEVEL_ORDER: Record<string, number> = { CENTRAL: 0, PROVINCE: 1, DISTRICT: 2, COMMUNE: 3 };

/** Central first, then provinces, districts and communes, each by Vietnamese name. */
export function sortFunds(funds: readonly PublicFundOption[]): PublicFundOption[] {
  return [...funds].sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || a.name.localeCompare(b.name, 'vi'));
}

/** The fund to show: the one asked for when it is in the list, else the first. */
export function chosenFund(funds: readonly PublicFundOption[], asked: string | null): PublicFundOption | null {
  return funds.find((f) => f.id === asked) ?? funds[0] ?? null;
}

/** The report as CSV (the API's public route; no login needed). */
export function csvHref(fundId: string, year: number, peakMonth: boolean, locale: Locale): string {
  const q = new URLSearchParams({ period: String(year) });
  if (peakMonth) q.set('peakMonth', '1');
  q.set('lang', locale);
  return `/public/funds/${encodeURIComponent(fundId)}/report.csv?${q.toString()}`;
}

/** Child areas with any figure (money raised by their funds, or spent there), and how many others there are. */
export function activeChildren(children: readonly PublicChild[]): { shown: PublicChild[]; quiet: number } {
  const shown = children.filter((c) => c.raised !== 0 || c.spent !== 0 || c.disbursements !== 0);
  return { shown, quiet: children.length - shown.length };
}

export type SpendingChartConfig = ChartConfiguration<'bar', number[], string>;

const BAR_COLOR = '#0b57d0'; // --c-link

/** Horizontal bars, one per category with money spent, in the order the API gives (the domain's list). */
export function spendingChartConfig(rows: readonly { category: string; amount: number }[], label: string, locale: Locale): SpendingChartConfig {
  const shown = rows.filter((r) => r.amount > 0);
  return {
    type: 'bar',
    data: {
      labels: shown.map((r) => categoryLabel(r.category, locale)),
      datasets: [{ label, data: shown.map((r) => r.amount), backgroundColor: BAR_COLOR, borderRadius: 3 }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { beginAtZero: true, ticks: { callback: (v) => formatVnd(Math.round(Number(v)), locale) } },
        y: { grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => formatVnd(Math.round(Number(item.parsed.x)), locale) } },
      },
    },
  };
}
