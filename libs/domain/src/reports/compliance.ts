/**
 * Reporting compliance (who has reported, who is late) over the report instances of a plan and
 * period: the question staff ask every day of the cascade.
 */
import type { LocalDate } from '../scalars/local-date';
import { daysLate, isWithReporter, reportStatus, type ReportDates, type ReportState, type ReportStatus } from './status';

/** Tallies over the expected reports (one per reporter, obligation and period). */
export interface ComplianceTally {
  /** Reports expected: every instance. `expected = submitted + overdue + notDue`. */
  expected: number;
  /** Submitted and not returned (SUBMITTED, APPROVED or ACCEPTED). */
  submitted: number;
  /** Of the submitted: on or before the due date. */
  onTime: number;
  /** Of the submitted: after the due date. */
  late: number;
  /** With the reporter (never submitted, or returned) after the due date. */
  overdue: number;
  /** With the reporter and not yet past the due date (NOT_DUE, DUE, or RETURNED before the due date). */
  notDue: number;
  /** Approved by the recipient (APPROVED or, since, ACCEPTED). */
  approved: number;
  /** Accepted by the level above the recipient. */
  accepted: number;
}

export interface ComplianceRowResult<R> {
  row: R;
  status: ReportStatus;
  daysLate: number;
}

export function emptyTally(): ComplianceTally {
  return { expected: 0, submitted: 0, onTime: 0, late: 0, overdue: 0, notDue: 0, approved: 0, accepted: 0 };
}

/** Adds one report to a tally. */
export function tallyReport(t: ComplianceTally, r: ReportDates, asOf: LocalDate): void {
  t.expected++;
  if (isWithReporter(r.state)) {
    if (asOf > r.dueOn) t.overdue++;
    else t.notDue++;
    return;
  }
  t.submitted++;
  if (r.submittedOn !== null && r.submittedOn <= r.dueOn) t.onTime++;
  else t.late++;
  if (r.state === 'APPROVED' || r.state === 'ACCEPTED') t.approved++;
  if (r.state === 'ACCEPTED') t.accepted++;
}

/**
 * Adds a group of reports of one state to a tally, counted in SQL: `count` reports, of which
 * `onTime` were submitted on or before their due date and `pastDue` are due before `asOf`.
 * Gives the same tally as `tallyReport` on each report of the group.
 */
export function addGroupToTally(t: ComplianceTally, g: { state: ReportState; count: number; onTime: number; pastDue: number }): void {
  t.expected += g.count;
  if (isWithReporter(g.state)) {
    t.overdue += g.pastDue;
    t.notDue += g.count - g.pastDue;
    return;
  }
  t.submitted += g.count;
  t.onTime += g.onTime;
  t.late += g.count - g.onTime;
  if (g.state === 'APPROVED' || g.state === 'ACCEPTED') t.approved += g.count;
  if (g.state === 'ACCEPTED') t.accepted += g.count;
}

/** The tallies of a set of report instances on `asOf`, and each row's status and days late. */
export function complianceOf<R extends ReportDates>(rows: readonly R[], asOf: LocalDate): ComplianceTally & { rows: ComplianceRowResult<R>[] } {
  const t = emptyTally();
  const out: ComplianceRowResult<R>[] = [];
  for (const row of rows) {
    tallyReport(t, row, asOf);
    out.push({ row, status: reportStatus(row, asOf), daysLate: daysLate(row, asOf) });
  }
  return { ...t, rows: out };
}

/**
 * The period a plan's compliance is shown for by default: of the periods with instances, the
 * latest that has come due on `asOf` (its earliest due date ≤ asOf); when none has, the first to
 * come. Null without instances.
 */
export function latestDuePeriod(periods: readonly { period: string; dueOn: LocalDate }[], asOf: LocalDate): string | null {
  const firstDue = new Map<string, LocalDate>();
  for (const p of periods) {
    const d = firstDue.get(p.period);
    if (d === undefined || p.dueOn < d) firstDue.set(p.period, p.dueOn);
  }
  let best: [string, LocalDate] | null = null;
  let next: [string, LocalDate] | null = null;
  for (const [period, due] of firstDue) {
    if (due <= asOf) {
      if (!best || due > best[1] || (due === best[1] && period > best[0])) best = [period, due];
    } else if (!next || due < next[1] || (due === next[1] && period < next[0])) next = [period, due];
  }
  return (best ?? next)?.[0] ?? null;
}
