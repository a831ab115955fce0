import { describe, expect, it } from 'vitest';
import { isInPeakMonth, peakMonthWindow, rangeContains, summaryRange } from './periods';

describe('peak month 17/10–18/11', () => {
  it.each([
    [2024, '2024-10-17', '2024-11-18'],
    [2025, '2025-10-17', '2025-11-18'],
  ])('%i → %s … %s', (year, from, to) => {
    expect(peakMonthWindow(year)).toEqual({ from, to });
  });

  it.each<[string, boolean]>([
    ['2024-10-16', false],
    ['2024-10-17', true],
    ['2024-11-01', true],
    ['2024-11-18', true],
    ['2024-11-19', false],
    ['2025-01-01', false],
  ])('%s in the peak month: %s', (date, inside) => {
    expect(isInPeakMonth(date)).toBe(inside);
    expect(rangeContains(peakMonthWindow(Number(date.slice(0, 4))), date)).toBe(inside);
  });

  it.each([1899, 3000, 2024.5])('refuses year %s', (year) => {
    expect(() => peakMonthWindow(year)).toThrow(RangeError);
  });
});

describe('summaryRange', () => {
  it.each<[string, string, string, string | null]>([
    ['2024', '2024-01-01', '2024-12-31', '2023-12-31'],
    ['2024H1', '2024-01-01', '2024-06-30', '2023-12-31'],
    ['2024H2', '2024-07-01', '2024-12-31', '2024-06-30'],
    ['2024Q1', '2024-01-01', '2024-03-31', '2023-12-31'],
    ['2025Q3', '2025-07-01', '2025-09-30', '2025-06-30'],
    ['2024-02', '2024-02-01', '2024-02-29', '2024-01-31'], // leap year
    ['2025-02', '2025-02-01', '2025-02-28', '2025-01-31'],
    ['2024-03', '2024-03-01', '2024-03-31', '2024-02-29'],
    ['1900', '1900-01-01', '1900-12-31', null],
  ])('%s → %s … %s, opening balance as of %s', (period, from, to, openingAsOf) => {
    expect(summaryRange(period)).toEqual({ from, to, openingAsOf });
  });

  it('takes a parsed period too, and refuses a bad one', () => {
    expect(summaryRange({ start: '2024-10-17', end: '2024-11-18' })).toEqual({ from: '2024-10-17', to: '2024-11-18', openingAsOf: '2024-10-16' });
    expect(() => summaryRange('2024Q5')).toThrow(expect.objectContaining({ reason: 'INVALID_PERIOD' }));
  });
});
