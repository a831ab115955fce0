/**
 * Dates of fund reports: the peak month (tháng cao điểm) from the Day for the Poor, 17/10, to 18/11
 * of each year (domain-research.md §4.2), and summary periods (`2024`, `2024H1`, `2024Q3`,
 * `2024-10`) as inclusive date ranges with the day whose closing balance opens them.
 */
import { addDays, formatLocalDate, LOCAL_DATE_MAX_YEAR, LOCAL_DATE_MIN_YEAR, parseLocalDate, type LocalDate } from '../scalars/local-date';
import { parsePeriod, type Period } from '../scalars/period';

export interface DateRange {
  /** Inclusive. */
  from: LocalDate;
  /** Inclusive. */
  to: LocalDate;
}

/** Ngày vì người nghèo (since 2000). */
export const DAY_FOR_THE_POOR = { month: 10, day: 17 } as const;
export const PEAK_MONTH_END = { month: 11, day: 18 } as const;

/** 17/10–18/11 of `year`, both inclusive; RangeError outside years 1900–2999. */
export function peakMonthWindow(year: number): DateRange {
  if (!Number.isInteger(year) || year < LOCAL_DATE_MIN_YEAR || year > LOCAL_DATE_MAX_YEAR) throw new RangeError(`not a year: ${year}`);
  return {
    from: formatLocalDate(year, DAY_FOR_THE_POOR.month, DAY_FOR_THE_POOR.day),
    to: formatLocalDate(year, PEAK_MONTH_END.month, PEAK_MONTH_END.day),
  };
}

export function isInPeakMonth(date: LocalDate): boolean {
  const w = peakMonthWindow(Number(parseLocalDate(date).slice(0, 4)));
  return w.from <= date && date <= w.to;
}

export function rangeContains(r: DateRange, date: LocalDate): boolean {
  return r.from <= date && date <= r.to;
}

export interface SummaryRange extends DateRange {
  /** The day before `from`: its closing balance is the period's opening balance (số dư đầu kỳ); null before 1900. */
  openingAsOf: LocalDate | null;
}

/** The inclusive dates of a summary period (a Period or its string; INVALID_PERIOD otherwise). */
export function summaryRange(period: string | Pick<Period, 'start' | 'end'>): SummaryRange {
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  const openingAsOf = p.start === `${LOCAL_DATE_MIN_YEAR}-01-01` ? null : addDays(p.start, -1);
  return { from: p.start, to: p.end, openingAsOf };
}
