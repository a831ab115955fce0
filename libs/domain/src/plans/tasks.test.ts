import { describe, expect, it } from 'vitest';
import { assignmentDoneOn, assignmentStatus, checkAssignmentUpdate, checkTask, clampedDate, taskDueOn, taskOccurrences, type TaskDraft, type TaskSchedule } from './tasks';

const plan = { periodFrom: 2021, periodTo: 2025 };

describe('clampedDate: a day past the month\'s end is its last day', () => {
  it.each([
    [2024, 2, 31, '2024-02-29'], // leap year
    [2025, 2, 31, '2025-02-28'],
    [2100, 2, 29, '2100-02-28'], // not a leap year
    [2000, 2, 29, '2000-02-29'], // leap year (÷400)
    [2024, 4, 31, '2024-04-30'],
    [2024, 12, 31, '2024-12-31'],
    [2024, 6, 10, '2024-06-10'],
  ])('%i-%i day %i → %s', (y, m, d, want) => {
    expect(clampedDate(y, m, d)).toBe(want);
  });
});

describe('taskDueOn: the occurrence in force on a date', () => {
  const annual: TaskSchedule = { recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10 };
  const feb: TaskSchedule = { recurrence: 'ANNUAL', dueMonth: 2, dueDay: 29 };
  const half: TaskSchedule = { recurrence: 'SEMI_ANNUAL', dueDay: 10 };
  const quarter: TaskSchedule = { recurrence: 'QUARTERLY', dueDay: 31 };
  const month: TaskSchedule = { recurrence: 'MONTHLY', dueDay: 31 };
  it.each<[string, TaskSchedule, string, string | null]>([
    ['one-off', { recurrence: 'ONE_OFF', dueOn: '2022-09-30' }, '2024-01-01', '2022-09-30'],
    ['one-off without a date', { recurrence: 'ONE_OFF', dueOn: null }, '2024-01-01', null],
    ['annual, early in the year', annual, '2024-01-01', '2024-12-10'],
    ['annual, on the due day', annual, '2024-12-10', '2024-12-10'],
    ['annual, the day after', annual, '2024-12-11', '2024-12-10'],
    ['annual, last day of the year', annual, '2024-12-31', '2024-12-10'],
    ['annual, across the year end', annual, '2025-01-01', '2025-12-10'],
    ['annual, before the plan', annual, '2019-06-01', '2021-12-10'],
    ['annual, after the plan', annual, '2027-03-01', '2025-12-10'],
    ['29 February in a leap year', feb, '2024-01-15', '2024-02-29'],
    ['29 February in another year', feb, '2025-01-15', '2025-02-28'],
    ['half-year H1', half, '2024-03-01', '2024-06-10'],
    ['half-year H1, the day after', half, '2024-06-11', '2024-06-10'],
    ['half-year H2', half, '2024-07-01', '2024-12-10'],
    ['half-year across the year end', half, '2025-01-01', '2025-06-10'],
    ['quarter Q1, day 31 of March', quarter, '2024-02-15', '2024-03-31'],
    ['quarter Q2, day 31 of June → 30', quarter, '2024-04-01', '2024-06-30'],
    ['quarter Q3', quarter, '2024-09-30', '2024-09-30'],
    ['quarter Q4 across the year end', quarter, '2024-12-31', '2024-12-31'],
    ['quarter Q1 of the next year', quarter, '2025-01-01', '2025-03-31'],
    ['month: February, leap year', month, '2024-02-01', '2024-02-29'],
    ['month: February', month, '2025-02-10', '2025-02-28'],
    ['month: April', month, '2025-04-30', '2025-04-30'],
    ['month: December → January', month, '2025-01-01', '2025-01-31'],
    ['month: after the plan', month, '2026-05-01', '2025-12-31'],
    ['recurring without a day', { recurrence: 'MONTHLY', dueDay: null }, '2024-01-01', null],
  ])('%s', (_, task, asOf, want) => {
    expect(taskDueOn(task, asOf, plan)).toBe(want);
  });

  it('without the plan\'s years takes the period of the date', () => {
    expect(taskDueOn(annual, '2030-01-01')).toBe('2030-12-10');
  });

  it('lists every occurrence within the plan\'s years', () => {
    expect(taskOccurrences(annual, { periodFrom: 2024, periodTo: 2025 })).toEqual(['2024-12-10', '2025-12-10']);
    expect(taskOccurrences(half, { periodFrom: 2024, periodTo: 2024 })).toEqual(['2024-06-10', '2024-12-10']);
    expect(taskOccurrences(quarter, { periodFrom: 2024, periodTo: 2024 })).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    expect(taskOccurrences(month, { periodFrom: 2025, periodTo: 2025 })).toHaveLength(12);
    expect(taskOccurrences(month, { periodFrom: 2025, periodTo: 2025 })[1]).toBe('2025-02-28');
    expect(taskOccurrences({ recurrence: 'ONE_OFF', dueOn: '2024-06-10' }, plan)).toEqual(['2024-06-10']);
  });
});

describe('assignmentStatus: OVERDUE when not done after the due date', () => {
  it.each<[string, string | null, string, string]>([
    ['NOT_STARTED', '2024-12-10', '2024-12-09', 'NOT_STARTED'],
    ['NOT_STARTED', '2024-12-10', '2024-12-10', 'NOT_STARTED'], // the due day itself is on time
    ['NOT_STARTED', '2024-12-10', '2024-12-11', 'OVERDUE'],
    ['IN_PROGRESS', '2024-12-10', '2024-12-11', 'OVERDUE'],
    ['IN_PROGRESS', '2024-12-10', '2024-12-10', 'IN_PROGRESS'],
    ['DONE', '2024-12-10', '2025-06-01', 'DONE'],
    ['NOT_STARTED', null, '2030-01-01', 'NOT_STARTED'],
  ])('%s due %s on %s → %s', (recorded, due, asOf, want) => {
    expect(assignmentStatus(recorded, due, asOf)).toBe(want);
  });

  it('rolls over with a recurring task: overdue after 10/12, not due again on 01/01', () => {
    const task: TaskSchedule = { recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10 };
    expect(assignmentStatus('IN_PROGRESS', taskDueOn(task, '2024-12-31', plan), '2024-12-31')).toBe('OVERDUE');
    expect(assignmentStatus('IN_PROGRESS', taskDueOn(task, '2025-01-01', plan), '2025-01-01')).toBe('IN_PROGRESS');
    expect(assignmentStatus('IN_PROGRESS', taskDueOn(task, '2026-01-01', plan), '2026-01-01')).toBe('OVERDUE');
  });
});

describe('checkTask', () => {
  const base: TaskDraft = { title: 'Tổ chức tuyên truyền', recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10 };
  const paths = (t: Partial<TaskDraft>) => checkTask({ ...base, ...t } as TaskDraft, plan).map((e) => e.path);
  it.each<[string, Partial<TaskDraft>, string[]]>([
    ['a yearly task', {}, []],
    ['31 December', { dueDay: 31 }, []],
    ['29 February', { dueMonth: 2, dueDay: 29 }, []],
    ['30 February', { dueMonth: 2, dueDay: 30 }, ['input.dueDay']],
    ['31 April', { dueMonth: 4, dueDay: 31 }, ['input.dueDay']],
    ['month 13', { dueMonth: 13 }, ['input.dueMonth']],
    ['day 0', { dueDay: 0 }, ['input.dueDay']],
    ['no title', { title: ' ' }, ['input.title']],
    ['one-off with a date', { recurrence: 'ONE_OFF', dueOn: '2022-09-30', dueMonth: null, dueDay: null }, []],
    ['one-off without a date', { recurrence: 'ONE_OFF', dueMonth: null, dueDay: null }, ['input.dueOn']],
    ['one-off outside the plan', { recurrence: 'ONE_OFF', dueOn: '2026-01-10', dueMonth: null, dueDay: null }, ['input.dueOn']],
    ['one-off with a day', { recurrence: 'ONE_OFF', dueOn: '2022-09-30' }, ['input.dueMonth', 'input.dueDay']],
    ['monthly, day 31', { recurrence: 'MONTHLY', dueMonth: null, dueDay: 31 }, []],
    ['quarterly with a month', { recurrence: 'QUARTERLY', dueMonth: 3, dueDay: 15 }, ['input.dueMonth']],
    ['semi-annual without a day', { recurrence: 'SEMI_ANNUAL', dueMonth: null, dueDay: null }, ['input.dueDay']],
    ['an unknown recurrence', { recurrence: 'WEEKLY' }, ['input.recurrence']],
    [
      'assignees',
      { assignees: [{ organizationId: 1, role: 'LEAD' }, { organizationId: 1, role: 'COORDINATE' }, { organizationId: 2, role: 'HELP' }] },
      ['input.assignees[1].organizationId', 'input.assignees[2].role'],
    ],
  ])('%s', (_, t, want) => {
    expect(paths(t)).toEqual(want);
  });
});

describe('checkAssignmentUpdate', () => {
  it.each<[string, Parameters<typeof checkAssignmentUpdate>[0], string, string[]]>([
    ['done today', { status: 'DONE', doneOn: '2025-01-10' }, 'DONE', []],
    ['done tomorrow', { status: 'DONE', doneOn: '2025-01-11' }, 'DONE', ['input.doneOn']],
    ['a done date while in progress', { status: 'IN_PROGRESS', doneOn: '2025-01-01' }, 'IN_PROGRESS', ['input.doneOn']],
    ['recording OVERDUE', { status: 'OVERDUE' }, 'OVERDUE', ['input.status']],
    ['evidence of 5,001 characters', { evidence: 'x'.repeat(5001) }, 'IN_PROGRESS', ['input.evidence']],
  ])('%s', (_, u, resulting, want) => {
    expect(checkAssignmentUpdate(u, resulting, '2025-01-10').map((e) => e.path)).toEqual(want);
  });
});

describe('assignmentDoneOn: the day given, else the one recorded, else today — while DONE', () => {
  it.each<[string, string | null | undefined, string | null, string | null]>([
    ['DONE', '2024-05-02', '2024-04-01', '2024-05-02'],
    ['DONE', undefined, '2024-04-01', '2024-04-01'],
    ['DONE', null, null, '2024-06-10'],
    ['IN_PROGRESS', undefined, '2024-04-01', null],
    ['NOT_STARTED', null, null, null],
  ])('%s given %s, recorded %s → %s', (status, given, recorded, expected) => {
    expect(assignmentDoneOn(status, given, recorded, '2024-06-10')).toBe(expected);
  });
});
