import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { formatPeriod, isPeriod, makePeriod, parsePeriod, periodContains, periodOf, periodsPerYear, type PeriodKind } from './period';

function failure(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? `${e.code}/${e.reason}` : String(e);
  }
}

describe('parsePeriod', () => {
  it.each<[string, PeriodKind, number, number, string, string]>([
    ['2024', 'YEAR', 2024, 1, '2024-01-01', '2024-12-31'],
    ['1900', 'YEAR', 1900, 1, '1900-01-01', '1900-12-31'],
    ['2999', 'YEAR', 2999, 1, '2999-01-01', '2999-12-31'],
    ['2024H1', 'HALF', 2024, 1, '2024-01-01', '2024-06-30'],
    ['2024H2', 'HALF', 2024, 2, '2024-07-01', '2024-12-31'],
    ['2024Q1', 'QUARTER', 2024, 1, '2024-01-01', '2024-03-31'],
    ['2024Q2', 'QUARTER', 2024, 2, '2024-04-01', '2024-06-30'],
    ['2024Q3', 'QUARTER', 2024, 3, '2024-07-01', '2024-09-30'],
    ['2024Q4', 'QUARTER', 2024, 4, '2024-10-01', '2024-12-31'],
    ['2024-01', 'MONTH', 2024, 1, '2024-01-01', '2024-01-31'],
    ['2024-02', 'MONTH', 2024, 2, '2024-02-01', '2024-02-29'],
    ['2023-02', 'MONTH', 2023, 2, '2023-02-01', '2023-02-28'],
    ['2024-04', 'MONTH', 2024, 4, '2024-04-01', '2024-04-30'],
    ['2024-10', 'MONTH', 2024, 10, '2024-10-01', '2024-10-31'],
    ['2024-12', 'MONTH', 2024, 12, '2024-12-01', '2024-12-31'],
  ])('%s → %s %i #%i [%s, %s]', (input, kind, year, index, start, end) => {
    expect(parsePeriod(input)).toEqual({ kind, year, index, start, end });
    expect(formatPeriod(parsePeriod(input))).toBe(input);
    expect(isPeriod(input)).toBe(true);
  });

  it.each<unknown>([
    '', '24', '02024', '1899', '3000', '2024H0', '2024H3', '2024h1', '2024Q0', '2024Q5', '2024q1',
    '2024-00', '2024-13', '2024-1', '2024-001', '2024-10-01', '2024M10', '2024 ', ' 2024', '2024-H1',
    2024, null, undefined, { kind: 'YEAR', year: 2024 },
  ])('rejects %j', (input) => {
    expect(failure(() => parsePeriod(input))).toBe('BAD_USER_INPUT/INVALID_PERIOD');
    expect(isPeriod(input)).toBe(false);
  });
});

describe('makePeriod', () => {
  it.each<[PeriodKind, number]>([
    ['YEAR', 1],
    ['HALF', 2],
    ['QUARTER', 4],
    ['MONTH', 12],
  ])('%s has %i periods a year', (kind, count) => {
    expect(periodsPerYear(kind)).toBe(count);
    expect(failure(() => makePeriod(kind, 2024, count))).toBe('ok');
    expect(failure(() => makePeriod(kind, 2024, count + 1))).toBe('BAD_USER_INPUT/INVALID_PERIOD');
    expect(failure(() => makePeriod(kind, 2024, 0))).toBe('BAD_USER_INPUT/INVALID_PERIOD');
  });

  it.each<[PeriodKind, number, number]>([
    ['YEAR', 1899, 1],
    ['YEAR', 3000, 1],
    ['MONTH', 2024, 1.5],
    ['WEEK' as PeriodKind, 2024, 1],
  ])('rejects %s %d #%d', (kind, year, index) => {
    expect(failure(() => makePeriod(kind, year, index))).toBe('BAD_USER_INPUT/INVALID_PERIOD');
  });
});

describe('periodContains', () => {
  it.each([
    ['2024', '2024-01-01', true],
    ['2024', '2024-12-31', true],
    ['2024', '2023-12-31', false],
    ['2024', '2025-01-01', false],
    ['2024H1', '2024-06-30', true],
    ['2024H1', '2024-07-01', false],
    ['2024H2', '2024-07-01', true],
    ['2024Q1', '2024-03-31', true],
    ['2024Q2', '2024-03-31', false],
    ['2024-02', '2024-02-29', true],
    ['2024-02', '2024-03-01', false],
    ['2024-02', '2024-01-31', false],
  ])('%s contains %s: %s', (period, date, expected) => {
    expect(periodContains(parsePeriod(period), date)).toBe(expected);
  });
});

describe('periodOf', () => {
  it.each<[PeriodKind, string, string]>([
    ['YEAR', '2024-10-17', '2024'],
    ['HALF', '2024-06-30', '2024H1'],
    ['HALF', '2024-07-01', '2024H2'],
    ['QUARTER', '2024-01-01', '2024Q1'],
    ['QUARTER', '2024-03-31', '2024Q1'],
    ['QUARTER', '2024-04-01', '2024Q2'],
    ['QUARTER', '2024-09-30', '2024Q3'],
    ['QUARTER', '2024-12-31', '2024Q4'],
    ['MONTH', '2024-02-29', '2024-02'],
    ['MONTH', '2025-07-01', '2025-07'],
  ])('%s of %s is %s', (kind, date, expected) => {
    const p = periodOf(kind, date);
    expect(formatPeriod(p)).toBe(expected);
    expect(periodContains(p, date)).toBe(true);
  });

  it('rejects an invalid date', () => {
    expect(failure(() => periodOf('MONTH', '2023-02-29'))).toBe('BAD_USER_INPUT/INVALID_LOCAL_DATE');
  });
});
