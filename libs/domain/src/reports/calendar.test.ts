import { describe, expect, it } from 'vitest';
import { obligationCalendar, reportDueOn, reportingPeriods, reportOpensOn, type ObligationSchedule } from './calendar';

describe('reportingPeriods', () => {
  it.each<[string, ObligationSchedule['frequency'], number, number, { period?: string | null; dueOn?: string | null } | undefined, string[]]>([
    ['annual over a plan period', 'ANNUAL', 2021, 2025, undefined, ['2021', '2022', '2023', '2024', '2025']],
    ['annual, one year', 'ANNUAL', 2024, 2024, undefined, ['2024']],
    ['semi-annual across a year end', 'SEMI_ANNUAL', 2024, 2025, undefined, ['2024H1', '2024H2', '2025H1', '2025H2']],
    ['quarterly across a year end', 'QUARTERLY', 2024, 2025, undefined, ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4']],
    ['last year before the first', 'ANNUAL', 2025, 2024, undefined, []],
    ['one-off with its period', 'ONE_OFF', 2024, 2025, { period: '2024Q4', dueOn: '2024-11-10' }, ['2024Q4']],
    ['one-off without a period: the year of its due date', 'ONE_OFF', 2021, 2025, { period: null, dueOn: '2025-06-11' }, ['2025']],
    ['one-off without either', 'ONE_OFF', 2021, 2025, undefined, []],
  ])('%s', (_n, frequency, first, last, oneOff, expected) => {
    expect(reportingPeriods(frequency, first, last, oneOff)).toEqual(expected);
  });

  it('monthly across a year end: 24 months in order', () => {
    const months = reportingPeriods('MONTHLY', 2024, 2025);
    expect(months).toHaveLength(24);
    expect(months.slice(10, 14)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('refuses years outside 1900–2999', () => {
    expect(() => reportingPeriods('ANNUAL', 1899, 1900)).toThrow(expect.objectContaining({ reason: 'INVALID_PERIOD' }));
  });
});

const o = (frequency: ObligationSchedule['frequency'], dueDay: number | null, dueMonth: number | null = null, dueMonthOffset = 0, dueOn: string | null = null): ObligationSchedule => ({
  frequency,
  dueDay,
  dueMonth,
  dueMonthOffset,
  dueOn,
});

describe('reportDueOn', () => {
  it.each<[string, ObligationSchedule, string, string]>([
    // Seed 000 and 001: "before 10/12 each year"; seed 003 "before 15/12".
    ['annual 10/12', o('ANNUAL', 10, 12), '2024', '2024-12-10'],
    ['annual 15/12', o('ANNUAL', 15, 12), '2023', '2023-12-15'],
    ['annual without a month: December', o('ANNUAL', 10), '2024', '2024-12-10'],
    ['annual 31/04 clamps to 30/04', o('ANNUAL', 31, 4), '2024', '2024-04-30'],
    ['annual 29/02 of a leap year', o('ANNUAL', 29, 2), '2024', '2024-02-29'],
    ['annual 29/02 of a common year clamps to 28/02', o('ANNUAL', 29, 2), '2025', '2025-02-28'],
    ['annual 29/02 of 2100 (not a leap year)', o('ANNUAL', 31, 2), '2100', '2100-02-28'],
    ['annual 29/02 of 2000 (a leap year)', o('ANNUAL', 31, 2), '2000', '2000-02-29'],
    // Seed 002: half-year report on 10/06.
    ['semi-annual H1 on the 10th of June', o('SEMI_ANNUAL', 10), '2024H1', '2024-06-10'],
    ['semi-annual H2 on the 10th of December', o('SEMI_ANNUAL', 10), '2024H2', '2024-12-10'],
    ['semi-annual H2 one month later crosses the year end', o('SEMI_ANNUAL', 10, null, 1), '2024H2', '2025-01-10'],
    ['semi-annual H1 on the 31st clamps to 30/06', o('SEMI_ANNUAL', 31), '2024H1', '2024-06-30'],
    ['quarterly Q1 on the 31st: 31/03', o('QUARTERLY', 31), '2025Q1', '2025-03-31'],
    ['quarterly Q1 offset 2 on the 31st: 31/05', o('QUARTERLY', 31, null, 2), '2025Q1', '2025-05-31'],
    ['quarterly Q3 on the 31st clamps to 30/09', o('QUARTERLY', 31), '2024Q3', '2024-09-30'],
    ['quarterly Q4 offset 1 on the 31st: 31/01 next year', o('QUARTERLY', 31, null, 1), '2024Q4', '2025-01-31'],
    ['quarterly Q4 offset 2 on the 31st: 28/02 next year', o('QUARTERLY', 31, null, 2), '2024Q4', '2025-02-28'],
    ['quarterly Q4 offset 2 on the 31st before a leap year: 29/02', o('QUARTERLY', 31, null, 2), '2023Q4', '2024-02-29'],
    // Decision 24/2021: monthly reports on the 5th of the next month.
    ['monthly on the 5th of the next month', o('MONTHLY', 5, null, 1), '2024-03', '2024-04-05'],
    ['monthly December, next month: January', o('MONTHLY', 5, null, 1), '2024-12', '2025-01-05'],
    ['monthly February on the 30th clamps (leap)', o('MONTHLY', 30), '2024-02', '2024-02-29'],
    ['monthly February on the 30th clamps (common)', o('MONTHLY', 30), '2025-02', '2025-02-28'],
    ['monthly dueMonth is ignored outside ANNUAL', o('MONTHLY', 5, 7), '2024-03', '2024-03-05'],
    ['one-off: its date', o('ONE_OFF', null, null, 0, '2025-06-11'), '2025', '2025-06-11'],
  ])('%s', (_n, obligation, period, expected) => {
    expect(reportDueOn(obligation, period)).toBe(expected);
  });

  it('a ONE_OFF obligation needs its date', () => {
    expect(() => reportDueOn(o('ONE_OFF', null), '2025')).toThrow(RangeError);
  });
});

describe('reportOpensOn', () => {
  it.each<[string, string, string, string]>([
    ['30 days before an annual due date', '2024', '2024-12-10', '2024-11-10'],
    ['30 days before crosses a month end', '2024H1', '2024-06-10', '2024-05-11'],
    ['30 days before across February of a leap year', '2024Q1', '2024-03-15', '2024-02-14'],
    ['30 days before across February of a common year', '2025Q1', '2025-03-15', '2025-02-13'],
    ['the period starts later: its first day', '2024-03', '2024-03-20', '2024-03-01'],
    ['due on the period start: opens that day', '2024-03', '2024-03-01', '2024-03-01'],
    ['due next month, 30 days before is inside the period', '2024-12', '2025-01-05', '2024-12-06'],
    ['due long after the period', '2024H2', '2025-03-10', '2025-02-08'],
    ['due before its period starts: opens on the due date', '2025', '2024-12-20', '2024-12-20'],
  ])('%s', (_n, period, dueOn, expected) => {
    expect(reportOpensOn(period, dueOn)).toBe(expected);
  });
});

describe('obligationCalendar', () => {
  it('every frequency across a year end: periods, bounds, opening and due dates', () => {
    const cal = (s: ObligationSchedule) => obligationCalendar({ ...s, firstYear: 2024, lastYear: 2025 });
    expect(cal(o('ANNUAL', 10, 12)).map((c) => [c.period, c.opensOn, c.dueOn])).toEqual([
      ['2024', '2024-11-10', '2024-12-10'],
      ['2025', '2025-11-10', '2025-12-10'],
    ]);
    expect(cal(o('SEMI_ANNUAL', 10)).map((c) => [c.period, c.periodStart, c.periodEnd, c.opensOn, c.dueOn])).toEqual([
      ['2024H1', '2024-01-01', '2024-06-30', '2024-05-11', '2024-06-10'],
      ['2024H2', '2024-07-01', '2024-12-31', '2024-11-10', '2024-12-10'],
      ['2025H1', '2025-01-01', '2025-06-30', '2025-05-11', '2025-06-10'],
      ['2025H2', '2025-07-01', '2025-12-31', '2025-11-10', '2025-12-10'],
    ]);
    expect(cal(o('QUARTERLY', 20, null, 1)).slice(3, 5).map((c) => [c.period, c.opensOn, c.dueOn])).toEqual([
      ['2024Q4', '2024-12-21', '2025-01-20'],
      ['2025Q1', '2025-03-21', '2025-04-20'],
    ]);
    expect(cal(o('MONTHLY', 5, null, 1)).slice(11, 13).map((c) => [c.period, c.opensOn, c.dueOn])).toEqual([
      ['2024-12', '2024-12-06', '2025-01-05'],
      ['2025-01', '2025-01-06', '2025-02-05'],
    ]);
    expect(cal({ ...o('ONE_OFF', null, null, 0, '2025-06-11'), period: '2025H1' })).toEqual([
      { period: '2025H1', periodStart: '2025-01-01', periodEnd: '2025-06-30', opensOn: '2025-05-12', dueOn: '2025-06-11' },
    ]);
  });
});
