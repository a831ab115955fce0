import { describe, expect, it } from 'vitest';
import { daysLate, REPORT_STATUS_LABELS, REPORT_STATUSES, reportStatus, type ReportDates, type ReportState } from './status';

// An annual report: opens 10/11/2024, due 10/12/2024.
const r = (state: ReportState, submittedOn: string | null = null): ReportDates => ({ state, opensOn: '2024-11-10', dueOn: '2024-12-10', submittedOn });

describe('reportStatus and daysLate', () => {
  it.each<[string, ReportDates, string, string, number]>([
    ['open, the day before it opens', r('OPEN'), '2024-11-09', 'NOT_DUE', 0],
    ['open, the day it opens', r('OPEN'), '2024-11-10', 'DUE', 0],
    ['open, on the due date', r('OPEN'), '2024-12-10', 'DUE', 0],
    ['open, the day after the due date', r('OPEN'), '2024-12-11', 'OVERDUE', 1],
    ['open, a month late across the year end', r('OPEN'), '2025-01-10', 'OVERDUE', 31],
    ['submitted on the due date', r('SUBMITTED', '2024-12-10'), '2025-03-01', 'SUBMITTED', 0],
    ['submitted the day after the due date', r('SUBMITTED', '2024-12-11'), '2025-03-01', 'SUBMITTED_LATE', 1],
    ['submitted before it opened', r('SUBMITTED', '2024-11-01'), '2024-11-02', 'SUBMITTED', 0],
    ['submitted 22 days late, read much later', r('SUBMITTED', '2025-01-01'), '2026-01-01', 'SUBMITTED_LATE', 22],
    ['returned after an on-time submission, before the due date', r('RETURNED', '2024-12-01'), '2024-12-05', 'RETURNED', 0],
    ['returned: late again counts from the due date to today', r('RETURNED', '2024-12-01'), '2024-12-15', 'RETURNED', 5],
    ['approved after a late submission', r('APPROVED', '2024-12-13'), '2025-02-01', 'APPROVED', 3],
    ['accepted after an on-time submission', r('ACCEPTED', '2024-12-09'), '2025-02-01', 'ACCEPTED', 0],
  ])('%s', (_n, report, asOf, status, late) => {
    expect(reportStatus(report, asOf)).toBe(status);
    expect(daysLate(report, asOf)).toBe(late);
  });

  it('a leap day counts: due 28/02/2024, submitted 01/03/2024 is 2 days late', () => {
    const leap: ReportDates = { state: 'SUBMITTED', opensOn: '2024-01-29', dueOn: '2024-02-28', submittedOn: '2024-03-01' };
    expect(reportStatus(leap, '2024-03-01')).toBe('SUBMITTED_LATE');
    expect(daysLate(leap, '2024-03-01')).toBe(2);
    expect(daysLate({ ...leap, dueOn: '2025-02-28', submittedOn: '2025-03-01' }, '2025-03-01')).toBe(1);
  });

  it('labels every status', () => {
    expect(Object.keys(REPORT_STATUS_LABELS).sort()).toEqual([...REPORT_STATUSES].sort());
  });
});
