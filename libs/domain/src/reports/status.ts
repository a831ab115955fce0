/**
 * A report's recorded state (what the workflow did) and its status (what staff see on a date).
 */
import { daysBetween, type LocalDate } from '../scalars/local-date';
import type { Label } from '../areas/kinds';

/** Recorded workflow states of a report (`report.state`). */
export const REPORT_STATES = ['OPEN', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ACCEPTED'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** What a report shows on a date: its state, with OPEN and SUBMITTED told apart by the due date. */
export const REPORT_STATUSES = ['NOT_DUE', 'DUE', 'OVERDUE', 'SUBMITTED', 'SUBMITTED_LATE', 'RETURNED', 'APPROVED', 'ACCEPTED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, Label> = {
  NOT_DUE: { vi: 'Chưa đến kỳ', en: 'Not due yet' },
  DUE: { vi: 'Đến hạn', en: 'Due' },
  OVERDUE: { vi: 'Quá hạn', en: 'Overdue' },
  SUBMITTED: { vi: 'Đã nộp', en: 'Submitted' },
  SUBMITTED_LATE: { vi: 'Nộp muộn', en: 'Submitted late' },
  RETURNED: { vi: 'Bị trả lại', en: 'Returned' },
  APPROVED: { vi: 'Đã duyệt', en: 'Approved' },
  ACCEPTED: { vi: 'Đã tiếp nhận', en: 'Accepted' },
};

/** The facts a status depends on. */
export interface ReportDates {
  state: ReportState;
  opensOn: LocalDate;
  dueOn: LocalDate;
  /** The day (Asia/Ho_Chi_Minh) of the latest submission; null before the first. */
  submittedOn: LocalDate | null;
}

/** Whether the report waits for its reporter (never submitted, or returned to it). */
export function isWithReporter(state: ReportState): boolean {
  return state === 'OPEN' || state === 'RETURNED';
}

/**
 * The status on `asOf`: OPEN → NOT_DUE before `opensOn`, DUE from `opensOn` to `dueOn` inclusive,
 * OVERDUE after; SUBMITTED → SUBMITTED when `submittedOn ≤ dueOn`, else SUBMITTED_LATE; RETURNED,
 * APPROVED and ACCEPTED show as themselves.
 */
export function reportStatus(r: ReportDates, asOf: LocalDate): ReportStatus {
  switch (r.state) {
    case 'OPEN':
      return asOf < r.opensOn ? 'NOT_DUE' : asOf <= r.dueOn ? 'DUE' : 'OVERDUE';
    case 'SUBMITTED':
      return r.submittedOn !== null && r.submittedOn <= r.dueOn ? 'SUBMITTED' : 'SUBMITTED_LATE';
    default:
      return r.state;
  }
}

/**
 * Days past the due date: for a report with its reporter (OPEN, or RETURNED for a new submission)
 * `asOf − dueOn`; once submitted (SUBMITTED, APPROVED, ACCEPTED) `submittedOn − dueOn`. Never negative.
 */
export function daysLate(r: ReportDates, asOf: LocalDate): number {
  const until = isWithReporter(r.state) || r.submittedOn === null ? asOf : r.submittedOn;
  return Math.max(0, daysBetween(r.dueOn, until));
}
