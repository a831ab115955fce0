import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  addDays,
  compareLocalDates,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isLocalDate,
  maxDate,
  minDate,
  parseLocalDate,
  todayLocal,
} from './local-date';

function failure(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? `${e.code}/${e.reason}` : (e as Error).name;
  }
}

describe('parseLocalDate', () => {
  it.each([
    '1900-01-01',
    '2999-12-31',
    '2024-02-29', // leap year
    '2000-02-29', // divisible by 400
    '2023-02-28',
    '2025-06-30',
    '2025-07-01',
    '2024-04-30',
    '2024-12-31',
  ])('accepts %s', (d) => {
    expect(parseLocalDate(d)).toBe(d);
    expect(isLocalDate(d)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['Feb 29 in a common year', '2023-02-29'],
    ['Feb 29 in 1900 (divisible by 100)', '1900-02-29'],
    ['Feb 29 in 2100', '2100-02-29'],
    ['Feb 30', '2024-02-30'],
    ['April 31', '2024-04-31'],
    ['day 0', '2024-01-00'],
    ['day 32', '2024-01-32'],
    ['month 0', '2024-00-10'],
    ['month 13', '2024-13-01'],
    ['year 1899', '1899-12-31'],
    ['year 3000', '3000-01-01'],
    ['no zero padding', '2024-1-5'],
    ['slashes', '2024/01/05'],
    ['Vietnamese order', '05/01/2024'],
    ['a date-time', '2024-01-05T00:00:00Z'],
    ['surrounding space', ' 2024-01-05'],
    ['trailing newline', '2024-01-05\n'],
    ['five-digit year', '12024-01-05'],
    ['empty', ''],
    ['a Date', new Date('2024-01-05')],
    ['a number', 20240105],
    ['null', null],
  ])('rejects %s', (_name, input) => {
    expect(failure(() => parseLocalDate(input))).toBe('BAD_USER_INPUT/INVALID_LOCAL_DATE');
    expect(isLocalDate(input)).toBe(false);
  });
});

describe('calendar helpers', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%i) is %s', (y, expected) => {
    expect(isLeapYear(y)).toBe(expected);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2024, 1, 31],
    [2024, 4, 30],
    [2024, 9, 30],
    [2024, 12, 31],
  ])('daysInMonth(%i, %i) is %i', (y, m, expected) => {
    expect(daysInMonth(y, m)).toBe(expected);
  });
});

describe('todayLocal', () => {
  it.each([
    ['2024-10-16T16:59:59Z', 'Asia/Ho_Chi_Minh', '2024-10-16'],
    ['2024-10-16T17:00:00Z', 'Asia/Ho_Chi_Minh', '2024-10-17'], // midnight in Vietnam (UTC+7)
    ['2024-12-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '2025-01-01'],
    ['2024-12-31T17:00:00Z', 'UTC', '2024-12-31'],
    ['2024-03-01T02:00:00Z', 'America/New_York', '2024-02-29'],
  ])('at %s in %s is %s', (instant, zone, expected) => {
    expect(todayLocal(new Date(instant), zone)).toBe(expected);
  });

  it('defaults to now and returns a LocalDate', () => {
    expect(isLocalDate(todayLocal())).toBe(true);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-07-01', -1, '2025-06-30'],
    ['2024-01-15', 0, '2024-01-15'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-03-31', -31, '2024-02-29'],
  ])('%s + %i → %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it.each<[string, string, number, string]>([
    ['past 2999', '2999-12-31', 1, 'BAD_USER_INPUT/INVALID_LOCAL_DATE'],
    ['before 1900', '1900-01-01', -1, 'BAD_USER_INPUT/INVALID_LOCAL_DATE'],
    ['an invalid date', '2023-02-29', 1, 'BAD_USER_INPUT/INVALID_LOCAL_DATE'],
    ['fractional days', '2024-01-01', 0.5, 'RangeError'],
  ])('rejects %s', (_name, d, n, expected) => {
    expect(failure(() => addDays(d, n))).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-01-01', '2024-01-01', 0],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2024-01-01', -366],
    ['2025-06-30', '2025-07-01', 1],
  ])('%s → %s is %i days', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe('comparisons', () => {
  it.each<[string, string, -1 | 0 | 1, string, string]>([
    ['2024-01-01', '2024-01-02', -1, '2024-01-02', '2024-01-01'],
    ['2024-01-02', '2024-01-01', 1, '2024-01-02', '2024-01-01'],
    ['2024-05-05', '2024-05-05', 0, '2024-05-05', '2024-05-05'],
    ['2024-12-31', '2025-01-01', -1, '2025-01-01', '2024-12-31'],
    ['1999-12-31', '2000-01-01', -1, '2000-01-01', '1999-12-31'],
  ])('%s vs %s', (a, b, cmp, max, min) => {
    expect(compareLocalDates(a, b)).toBe(cmp);
    expect(maxDate(a, b)).toBe(max);
    expect(minDate(a, b)).toBe(min);
  });
});
