import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { comparePeriods, periodRange, previousPeriod, shiftPeriod, targetFor, targetProblems, targetProgress, type TargetSpec } from './targets';

describe('period arithmetic', () => {
  it.each<[string, number, string]>([
    ['2024', -1, '2023'],
    ['2024H1', -1, '2023H2'],
    ['2024Q1', 5, '2025Q2'],
    ['2024-01', -1, '2023-12'],
    ['2024-12', 1, '2025-01'],
  ])('%s shifted by %i is %s', (p, n, out) => {
    expect(shiftPeriod(p, n)).toBe(out);
  });

  it('lists ranges and compares', () => {
    expect(periodRange('2022', '2025')).toEqual(['2022', '2023', '2024', '2025']);
    expect(periodRange('2024H2', '2025H1')).toEqual(['2024H2', '2025H1']);
    expect(periodRange('2025', '2024')).toEqual([]);
    expect(previousPeriod('2023Q1')).toBe('2022Q4');
    expect(comparePeriods('2024-02', '2024-10')).toBe(-1);
    expect(() => periodRange('2024', '2024H1')).toThrow(RangeError);
    expect(() => periodRange('2000-01', '2024-01')).toThrow(RangeError);
  });
});

describe('targetProblems', () => {
  const paths = (t: Parameters<typeof targetProblems>[0], type: 'YEAR' | 'HALF' = 'YEAR') => {
    try {
      targetProblems(t, type).throwIfAny();
      return [];
    } catch (e) {
      return isDomainError(e) ? e.fieldErrors.map((f) => f.path) : ['?'];
    }
  };
  it.each<[string, Parameters<typeof targetProblems>[0], string[]]>([
    ['a good LEVEL', { kind: 'LEVEL', fromPeriod: '2021', toPeriod: '2025', value: '1.3' }, []],
    ['a good CHANGE', { kind: 'CHANGE_PER_PERIOD', fromPeriod: '2022', toPeriod: '2025', value: '-0.5' }, []],
    ['everything wrong at once', { kind: 'SOMETIMES', fromPeriod: '2024H1', toPeriod: 'soon', value: '1,5' }, ['input.kind', 'input.fromPeriod', 'input.toPeriod', 'input.value']],
    ['reversed range', { kind: 'TOTAL', fromPeriod: '2025', toPeriod: '2023', value: '15735' }, ['input.toPeriod']],
    ['a negative total', { kind: 'TOTAL', fromPeriod: '2023', toPeriod: '2025', value: '-1' }, ['input.value']],
    ['too long a note', { kind: 'LEVEL', fromPeriod: '2023', toPeriod: '2025', value: '1', note: 'x'.repeat(2001) }, ['input.note']],
  ])('%s', (_, t, out) => {
    expect(paths(t)).toEqual(out);
  });

  it('wants the indicator\'s period type', () => {
    expect(paths({ kind: 'LEVEL', fromPeriod: '2024', toPeriod: '2024', value: '1' }, 'HALF')).toEqual(['input.fromPeriod', 'input.toPeriod']);
  });
});

const level: TargetSpec = { kind: 'LEVEL', fromPeriod: '2021', toPeriod: '2025', value: '1.30' };
const change: TargetSpec = { kind: 'CHANGE_PER_PERIOD', fromPeriod: '2023', toPeriod: '2025', value: '-0.5' };
const total: TargetSpec = { kind: 'TOTAL', fromPeriod: '2023', toPeriod: '2025', value: '15735' };

describe('targetFor', () => {
  it.each<[TargetSpec, string, string | null]>([
    [level, '2024', null],
    [level, '2025', '1.3'],
    [level, '2026', null],
    [change, '2022', null],
    [change, '2023', '-0.5'],
    [change, '2025', '-0.5'],
    [total, '2024', null],
    [total, '2025', '15735'],
  ])('%j in %s asks %s', (t, period, value) => {
    expect(targetFor(t, period)?.value ?? null).toBe(value);
  });

  it('is null for a period of another type', () => {
    expect(targetFor(change, '2024H1')).toBeNull();
  });
});

const m = (o: Record<string, string | null>) => new Map(Object.entries(o));

describe('targetProgress', () => {
  it.each<[string, TargetSpec, Record<string, string | null>, 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER', { achieved: string | null; met: boolean | null }]>([
    ['LEVEL reached (lower is better)', level, { '2025': '1.3' }, 'LOWER_IS_BETTER', { achieved: '1.3', met: true }],
    ['LEVEL missed', level, { '2025': '1.31' }, 'LOWER_IS_BETTER', { achieved: '1.31', met: false }],
    ['LEVEL unknown', level, { '2024': '1.2' }, 'LOWER_IS_BETTER', { achieved: null, met: null }],
    ['CHANGE each year ≤ −0.5', change, { '2022': '5', '2023': '4.5', '2024': '3.9', '2025': '3.4' }, 'LOWER_IS_BETTER', { achieved: '-0.5', met: true }],
    ['CHANGE one year rose', change, { '2022': '5', '2023': '4.5', '2024': '4.6', '2025': '3.4' }, 'LOWER_IS_BETTER', { achieved: '0.1', met: false }],
    ['CHANGE fails early though a year is missing', change, { '2022': '5', '2023': '4.8', '2025': '3.4' }, 'LOWER_IS_BETTER', { achieved: '-0.2', met: false }],
    ['CHANGE undecided without the base year', change, { '2023': '4.5', '2024': '3.9', '2025': '3.4' }, 'LOWER_IS_BETTER', { achieved: '-0.5', met: null }],
    ['TOTAL reached early', total, { '2023': '9000', '2024': '7000' }, 'HIGHER_IS_BETTER', { achieved: '16000', met: true }],
    ['TOTAL short, range complete', total, { '2023': '5000', '2024': '5000', '2025': '5734' }, 'HIGHER_IS_BETTER', { achieved: '15734', met: false }],
    ['TOTAL short so far', total, { '2023': '5000' }, 'HIGHER_IS_BETTER', { achieved: '5000', met: null }],
  ])('%s', (_, t, actuals, direction, out) => {
    expect(targetProgress(t, m(actuals), direction)).toMatchObject(out);
  });

  it('gives the changes, the missing periods and the share of a total', () => {
    const c = targetProgress(change, m({ '2022': '5', '2023': '4.5', '2025': '3.4' }), 'LOWER_IS_BETTER');
    expect(c.changes).toEqual([
      { period: '2023', change: '-0.5' },
      { period: '2024', change: null },
      { period: '2025', change: null },
    ]);
    expect(c.missing).toEqual(['2024']);
    expect(targetProgress(total, m({ '2023': '5245' }), 'HIGHER_IS_BETTER').percent).toBe('33.3333');
  });
});
