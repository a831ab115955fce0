import { describe, expect, it } from 'vitest';
import { addGroupToTally, complianceOf, emptyTally, latestDuePeriod } from './compliance';
import type { ReportDates, ReportState } from './status';

const row = (name: string, state: ReportState, submittedOn: string | null = null, dueOn = '2024-12-10', opensOn = '2024-11-10') => ({ name, state, opensOn, dueOn, submittedOn }) satisfies ReportDates & { name: string };

describe('complianceOf', () => {
  // Eight reporters of one annual report due 10/12/2024.
  const rows = [
    row('never submitted', 'OPEN'),
    row('on time', 'SUBMITTED', '2024-12-10'),
    row('a day late', 'SUBMITTED', '2024-12-11'),
    row('returned', 'RETURNED', '2024-12-01'),
    row('approved, late', 'APPROVED', '2024-12-20'),
    row('accepted', 'ACCEPTED', '2024-12-02'),
    row('not opened (other due date)', 'OPEN', null, '2025-01-31', '2025-01-01'),
    row('submitted early', 'SUBMITTED', '2024-11-30'),
  ];

  it.each<[string, string, Record<string, number>, [string, string, number][]]>([
    [
      'before any due date',
      '2024-12-05',
      { expected: 8, submitted: 5, onTime: 3, late: 2, overdue: 0, notDue: 3, approved: 2, accepted: 1 },
      [['never submitted', 'DUE', 0], ['returned', 'RETURNED', 0], ['not opened (other due date)', 'NOT_DUE', 0]],
    ],
    [
      'on the due date',
      '2024-12-10',
      { expected: 8, submitted: 5, onTime: 3, late: 2, overdue: 0, notDue: 3, approved: 2, accepted: 1 },
      [['never submitted', 'DUE', 0], ['a day late', 'SUBMITTED_LATE', 1], ['approved, late', 'APPROVED', 10]],
    ],
    [
      'the day after',
      '2024-12-11',
      { expected: 8, submitted: 5, onTime: 3, late: 2, overdue: 2, notDue: 1, approved: 2, accepted: 1 },
      [['never submitted', 'OVERDUE', 1], ['returned', 'RETURNED', 1], ['on time', 'SUBMITTED', 0]],
    ],
    [
      'after the second due date',
      '2025-02-01',
      { expected: 8, submitted: 5, onTime: 3, late: 2, overdue: 3, notDue: 0, approved: 2, accepted: 1 },
      [['not opened (other due date)', 'OVERDUE', 1], ['never submitted', 'OVERDUE', 53]],
    ],
  ])('%s', (_n, asOf, tally, checks) => {
    const c = complianceOf(rows, asOf);
    const { rows: out, ...t } = c;
    expect(t).toEqual(tally);
    expect(t.expected).toBe(t.submitted + t.overdue + t.notDue);
    expect(t.submitted).toBe(t.onTime + t.late);
    for (const [name, status, late] of checks) {
      expect(out.find((x) => x.row.name === name), name).toMatchObject({ status, daysLate: late });
    }
  });

  it.each(['2024-12-05', '2024-12-10', '2024-12-11', '2025-02-01'])('grouped by state as SQL counts them, on %s: the same tallies', (asOf) => {
    const t = emptyTally();
    for (const state of ['OPEN', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ACCEPTED'] as const) {
      const g = rows.filter((x) => x.state === state);
      addGroupToTally(t, { state, count: g.length, onTime: g.filter((x) => x.submittedOn !== null && x.submittedOn <= x.dueOn).length, pastDue: g.filter((x) => x.dueOn < asOf).length });
    }
    const { rows: _rows, ...expected } = complianceOf(rows, asOf);
    expect(t).toEqual(expected);
  });

  it('no rows: all zero', () => {
    expect(complianceOf([], '2024-12-10')).toEqual({ expected: 0, submitted: 0, onTime: 0, late: 0, overdue: 0, notDue: 0, approved: 0, accepted: 0, rows: [] });
  });
});

describe('latestDuePeriod', () => {
  const half = [
    { period: '2024H1', dueOn: '2024-06-10' },
    { period: '2024H2', dueOn: '2024-12-10' },
    { period: '2025H1', dueOn: '2025-06-10' },
  ];
  it.each<[string, { period: string; dueOn: string }[], string, string | null]>([
    ['before the first due date: the first', half, '2024-06-09', '2024H1'],
    ['on the first due date', half, '2024-06-10', '2024H1'],
    ['the day after the second', half, '2024-12-11', '2024H2'],
    ['after all', half, '2026-01-01', '2025H1'],
    ['none', [], '2024-12-10', null],
    // An annual and a half-year obligation: 2024 (due 15/12) came due after 2024H2 (10/12).
    ['mixed frequencies', [...half, { period: '2024', dueOn: '2024-12-15' }], '2024-12-20', '2024'],
    // Two obligations for the same period with different days: it has come due with the first.
    ['same period, two due dates', [{ period: '2024', dueOn: '2024-12-15' }, { period: '2024', dueOn: '2024-12-10' }], '2024-12-12', '2024'],
  ])('%s', (_n, periods, asOf, expected) => {
    expect(latestDuePeriod(periods, asOf)).toBe(expected);
  });
});
