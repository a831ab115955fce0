/**
 * Reporting obligations of a plan (chế độ báo cáo, docs/plans.md): who reports to whom, how often and
 * when. The reports rules (libs/domain/src/reports) turn them into periods and due dates.
 */
import type { Reason } from '../errors';
import { isOrganizationKind, isOrganizationLevel } from '../areas/kinds';
import { isLocalDate, type LocalDate } from '../scalars/local-date';
import { isPeriod } from '../scalars/period';
import { isReporterRule, isReportingFrequency } from './codes';
import type { PlanProblem } from './draft';
import type { PlanYears } from './tasks';

export const OBLIGATION_TITLE_MAX_LENGTH = 500;
/** At most this many months after a period's last month (e.g. an annual report due in January: ANNUAL dueMonth 12 is not enough). */
export const OBLIGATION_MONTH_OFFSET_MAX = 11;
export const OBLIGATION_INDICATORS_MAX = 100;
export const OBLIGATION_NAMED_REPORTERS_MAX = 500;

export interface ObligationDraft {
  title: string;
  reporterRule: string;
  reporterKind?: string | null;
  reporterLevel?: string | null;
  reporterIds?: number[] | null;
  frequency: string;
  dueDay?: number | null;
  dueMonth?: number | null;
  dueMonthOffset?: number | null;
  dueOn?: LocalDate | null;
  period?: string | null;
  firstYear?: number | null;
  lastYear?: number | null;
  indicatorIds?: number[] | null;
}

/** An obligation as stored: defaults filled in (years: the plan's; ONE_OFF: day of `dueOn`). */
export interface ObligationValues {
  dueDay: number;
  dueMonth: number | null;
  dueMonthOffset: number;
  dueOn: LocalDate | null;
  period: string | null;
  firstYear: number;
  lastYear: number;
}

const intIn = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

/**
 * Every problem of an obligation (paths under `prefix`): title; NAMED needs `reporterIds` (no
 * duplicates); SUBORDINATE_UNITS needs `reporterKind` (`reporterLevel` optional); MEMBER_ORGANIZATIONS
 * takes neither (its reporters are the recipient's member organizations); recurring frequencies need
 * `dueDay` 1–31; ANNUAL needs `dueMonth` 1–12; the others take no `dueMonth` but an optional
 * `dueMonthOffset` 0–11 (months after the period's last month); ONE_OFF needs `dueOn` (+ an optional
 * `period` reported on); `firstYear`–`lastYear` within the plan's years; indicators listed once.
 */
export function checkObligation(o: ObligationDraft, years: PlanYears, prefix = 'input'): PlanProblem[] {
  const out: PlanProblem[] = [];
  const add = (path: string, message: string, reason: Reason = 'VALIDATION_FAILED') => out.push({ path: `${prefix}.${path}`, message, reason });
  if (o.title == null || o.title.trim() === '') add('title', 'required');
  else if (o.title.trim().length > OBLIGATION_TITLE_MAX_LENGTH) add('title', `at most ${OBLIGATION_TITLE_MAX_LENGTH} characters`);

  const named = o.reporterIds ?? [];
  if (!isReporterRule(o.reporterRule)) add('reporterRule', 'not a reporter rule');
  else if (o.reporterRule === 'NAMED') {
    if (named.length === 0) add('reporterIds', 'name at least one reporting organization');
    else if (named.length > OBLIGATION_NAMED_REPORTERS_MAX) add('reporterIds', `at most ${OBLIGATION_NAMED_REPORTERS_MAX} organizations`);
    else if (new Set(named).size !== named.length) add('reporterIds', 'an organization is listed twice');
  } else if (named.length > 0) add('reporterIds', 'only for the NAMED rule');
  if (o.reporterRule === 'SUBORDINATE_UNITS') {
    if (o.reporterKind == null) add('reporterKind', 'which kind of subordinate unit reports');
  } else if (o.reporterKind != null) add('reporterKind', 'only for the SUBORDINATE_UNITS rule');
  if (o.reporterKind != null && !isOrganizationKind(o.reporterKind)) add('reporterKind', 'not an organization kind');
  if (o.reporterLevel != null) {
    if (!isOrganizationLevel(o.reporterLevel)) add('reporterLevel', 'not an organization level');
    else if (o.reporterRule !== 'SUBORDINATE_UNITS') add('reporterLevel', 'only for the SUBORDINATE_UNITS rule');
  }

  if (!isReportingFrequency(o.frequency)) add('frequency', 'not a reporting frequency');
  else if (o.frequency === 'ONE_OFF') {
    if (o.dueOn == null) add('dueOn', 'a one-off report needs its due date');
    else if (!isLocalDate(o.dueOn)) add('dueOn', 'a date YYYY-MM-DD', 'INVALID_LOCAL_DATE');
    else {
      const y = Number(o.dueOn.slice(0, 4));
      if (y < years.periodFrom || y > years.periodTo + 1) add('dueOn', `within the plan's years ${years.periodFrom}–${years.periodTo} (or early in the year after)`);
    }
    if (o.period != null && !isPeriod(o.period)) add('period', 'a period such as 2024, 2024H1, 2024Q3 or 2024-10', 'INVALID_PERIOD');
    if (o.dueMonth != null) add('dueMonth', 'only for an annual report');
    if (o.dueMonthOffset) add('dueMonthOffset', 'only for a recurring report');
  } else {
    if (o.dueOn != null) add('dueOn', 'only for a one-off report');
    if (o.period != null) add('period', 'only for a one-off report');
    if (!intIn(o.dueDay, 1, 31)) add('dueDay', 'a day of the month from 1 to 31');
    if (o.frequency === 'ANNUAL') {
      if (!intIn(o.dueMonth, 1, 12)) add('dueMonth', 'a month from 1 to 12');
      if (o.dueMonthOffset) add('dueMonthOffset', 'an annual report names its month (dueMonth)');
    } else {
      if (o.dueMonth != null) add('dueMonth', 'only for an annual report: the others are due in (or months after, see dueMonthOffset) the period\'s last month');
      if (o.dueMonthOffset != null && !intIn(o.dueMonthOffset, 0, OBLIGATION_MONTH_OFFSET_MAX)) add('dueMonthOffset', `0 to ${OBLIGATION_MONTH_OFFSET_MAX} months`);
    }
  }

  const first = o.firstYear ?? years.periodFrom;
  const last = o.lastYear ?? years.periodTo;
  const firstOk = intIn(first, years.periodFrom, years.periodTo);
  const lastOk = intIn(last, years.periodFrom, years.periodTo);
  if (!firstOk) add('firstYear', `within the plan's years ${years.periodFrom}–${years.periodTo}`);
  if (!lastOk) add('lastYear', `within the plan's years ${years.periodFrom}–${years.periodTo}`);
  if (firstOk && lastOk && first > last) add('lastYear', 'must not be before firstYear');

  const indicators = o.indicatorIds ?? [];
  if (indicators.length > OBLIGATION_INDICATORS_MAX) add('indicatorIds', `at most ${OBLIGATION_INDICATORS_MAX} indicators`);
  else if (new Set(indicators).size !== indicators.length) add('indicatorIds', 'an indicator is listed twice');
  return out;
}

/** The stored values of a valid obligation: defaults filled in. */
export function obligationValues(o: ObligationDraft, years: PlanYears): ObligationValues {
  const oneOff = o.frequency === 'ONE_OFF';
  return {
    dueDay: oneOff ? Number(o.dueOn!.slice(8, 10)) : o.dueDay!,
    dueMonth: o.frequency === 'ANNUAL' ? o.dueMonth! : null,
    dueMonthOffset: oneOff || o.frequency === 'ANNUAL' ? 0 : (o.dueMonthOffset ?? 0),
    dueOn: oneOff ? o.dueOn! : null,
    period: oneOff ? (o.period ?? null) : null,
    firstYear: o.firstYear ?? years.periodFrom,
    lastYear: o.lastYear ?? years.periodTo,
  };
}
