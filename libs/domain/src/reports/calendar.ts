/**
 * When reports are due (docs/plans.md "reports/"): the periods an obligation asks for, each period's
 * due date, and the day its report opens.
 */
import { addDays, maxDate, minDate, parseLocalDate, type LocalDate } from '../scalars/local-date';
import type { ReportingFrequency } from '../plans/codes';
import { clampedDate } from '../plans/tasks';
import { formatPeriod, makePeriod, parsePeriod, periodsPerYear, type Period, type PeriodKind } from '../scalars/period';

/** The kind of period each recurring frequency reports on. */
export const FREQUENCY_PERIOD_KIND: Record<Exclude<ReportingFrequency, 'ONE_OFF'>, PeriodKind> = {
  ANNUAL: 'YEAR',
  SEMI_ANNUAL: 'HALF',
  QUARTERLY: 'QUARTER',
  MONTHLY: 'MONTH',
};

/** A report opens this many days before it is due (or on its period's first day, if that is later). */
export const REPORT_OPENS_DAYS_BEFORE_DUE = 30;

/** What the calendar needs of a reporting obligation (reporting_obligation columns). */
export interface ObligationSchedule {
  frequency: ReportingFrequency;
  /** Day of the month a recurring report is due (clamped to the month's end). */
  dueDay: number | null;
  /** ANNUAL: the month of the period's year; ignored by the other frequencies. */
  dueMonth: number | null;
  /** SEMI_ANNUAL / QUARTERLY / MONTHLY: months after the period's last month (0 = in it). */
  dueMonthOffset?: number | null;
  /** ONE_OFF: the due date. */
  dueOn?: LocalDate | null;
  /** ONE_OFF: the period reported on (default: the year of `dueOn`). */
  period?: string | null;
}

/**
 * The periods an obligation asks for, in order: every year (half, quarter, month) of
 * `firstYear`–`lastYear` inclusive; ONE_OFF: its one period (`oneOff.period`, or the year of
 * `oneOff.dueOn`). Throws INVALID_PERIOD for years outside 1900–2999; an empty list when
 * `lastYear < firstYear`.
 */
export function reportingPeriods(
  frequency: ReportingFrequency,
  firstYear: number,
  lastYear: number,
  oneOff?: { period?: string | null; dueOn?: LocalDate | null } | null,
): string[] {
  if (frequency === 'ONE_OFF') {
    if (oneOff?.period) return [formatPeriod(parsePeriod(oneOff.period))];
    if (oneOff?.dueOn) return [parseLocalDate(oneOff.dueOn).slice(0, 4)];
    return [];
  }
  const kind = FREQUENCY_PERIOD_KIND[frequency];
  const out: string[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (let i = 1; i <= periodsPerYear(kind); i++) out.push(formatPeriod(makePeriod(kind, year, i)));
  }
  return out;
}

/**
 * The due date of an obligation's report for `period`:
 * ANNUAL — `dueDay`/`dueMonth` of the period's year (December when no month is set);
 * SEMI_ANNUAL, QUARTERLY, MONTHLY — `dueDay` of the period's last month plus `dueMonthOffset` months;
 * ONE_OFF — its `dueOn`. Days past a month's end are clamped to it (31 → 30/04, 28 or 29/02).
 */
export function reportDueOn(o: ObligationSchedule, period: string | Period): LocalDate {
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  if (o.frequency === 'ONE_OFF') {
    if (!o.dueOn) throw new RangeError('reportDueOn: a ONE_OFF obligation needs its dueOn');
    return parseLocalDate(o.dueOn);
  }
  const day = o.dueDay ?? 1;
  if (o.frequency === 'ANNUAL') return clampedDate(p.year, o.dueMonth ?? 12, day);
  const lastMonth = Number(p.end.slice(5, 7));
  return clampedDate(p.year, lastMonth + (o.dueMonthOffset ?? 0), day);
}

/**
 * The day a report opens: 30 days before it is due, or the period's first day if that is later.
 * (Never after the due date: a report due before its period starts opens on its due date.)
 */
export function reportOpensOn(period: string | Period, dueOn: LocalDate): LocalDate {
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  return minDate(dueOn, maxDate(addDays(dueOn, -REPORT_OPENS_DAYS_BEFORE_DUE), p.start));
}

/** One report instance's calendar: the period's bounds, the day it opens and the day it is due. */
export interface ReportCalendar {
  period: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  opensOn: LocalDate;
  dueOn: LocalDate;
}

/** Every report instance of an obligation between its first and last year, with its dates. */
export function obligationCalendar(o: ObligationSchedule & { firstYear: number; lastYear: number }): ReportCalendar[] {
  return reportingPeriods(o.frequency, o.firstYear, o.lastYear, o).map((s) => {
    const p = parsePeriod(s);
    const dueOn = reportDueOn(o, p);
    return { period: s, periodStart: p.start, periodEnd: p.end, opensOn: reportOpensOn(p, dueOn), dueOn };
  });
}
