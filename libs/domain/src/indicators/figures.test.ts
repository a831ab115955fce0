import { describe, expect, it } from 'vitest';
import { makePeriod, parsePeriod } from '../scalars/period';
import { zeroCounts, type PovertyCounts } from '../households/statistics';
import type { LedgerMeasure, RegistryMeasure } from './codes';
import { aggregate, latestOfficialReviewYear, ledgerFigure, registryFigure, registryReviewYear, type IndicatorFigure, type LedgerGroup } from './figures';

const f = (value: string | null, numerator: number | null = null, denominator: number | null = null): IndicatorFigure => ({ value, numerator, denominator });

describe('aggregate', () => {
  it.each<[string, Parameters<typeof aggregate>[0], IndicatorFigure[], IndicatorFigure]>([
    ['SUM of counts', 'SUM', [f('10'), f('32'), f(null)], f('42')],
    ['SUM of VND beyond 2^53', 'SUM', [f('9007199254740993'), f('7')], f('9007199254741000')],
    ['SUM of nothing known', 'SUM', [f(null)], f(null)],
    // RATIO never averages percentages: (1 + 3) / (4 + 4) = 50 %, not (25 + 75) / 2 by luck — and (1+1)/(2+8) = 20 %, not (50 + 12.5)/2.
    ['RATIO of summed parts', 'RATIO', [f('50', 1, 2), f('12.5', 1, 8)], f('20', 2, 10)],
    ['RATIO over a zero denominator', 'RATIO', [f(null, 0, 0)], f(null, 0, 0)],
    ['RATIO leaves out parts without counts', 'RATIO', [f('10', 1, 10), f('99', null, null)], f('10', 1, 10)],
    ['AVERAGE, 4 decimals half-up', 'AVERAGE', [f('1'), f('2'), f('2')], f('1.6667')],
    ['AVERAGE of nothing', 'AVERAGE', [], f(null)],
  ])('%s', (_, aggregation, parts, out) => {
    expect(aggregate(aggregation, parts, 100)).toEqual(out);
  });
});

describe('registryFigure', () => {
  const c: PovertyCounts = { ...zeroCounts(), households: 400, poor: 30, nearPoor: 21, escapedPoverty: 12, ethnicMinorityHouseholds: 120, ethnicMinorityPoor: 18 };
  const before: PovertyCounts = { ...zeroCounts(), households: 410, poor: 41 };
  it.each<[RegistryMeasure, IndicatorFigure]>([
    ['POOR_AND_NEAR_POOR_RATE', f('12.75', 51, 400)],
    ['POOR_RATE', f('7.5', 30, 400)],
    ['NEAR_POOR_RATE', f('5.25', 21, 400)],
    ['ETHNIC_MINORITY_POOR_RATE', f('15', 18, 120)],
    ['POOR_HOUSEHOLDS', f('30')],
    ['NEAR_POOR_HOUSEHOLDS', f('21')],
    ['POOR_AND_NEAR_POOR_HOUSEHOLDS', f('51')],
    ['ETHNIC_MINORITY_POOR_HOUSEHOLDS', f('18')],
    ['POOR_HOUSEHOLDS_EXITED', f('12')],
    ['POOR_HOUSEHOLDS_REDUCED', f('11')],
  ])('%s', (measure, out) => {
    expect(registryFigure(measure, c, before)).toEqual(out);
  });

  it('needs the year before for a reduction, and never divides by 0', () => {
    expect(registryFigure('POOR_HOUSEHOLDS_REDUCED', c, null)).toEqual(f(null));
    expect(registryFigure('POOR_HOUSEHOLDS_REDUCED', before, c)).toEqual(f('-11'));
    expect(registryFigure('POOR_RATE', zeroCounts(), null)).toEqual(f(null, 0, 0));
  });
});

describe('ledgerFigure', () => {
  const groups: LedgerGroup[] = [
    { kind: 'DONATION', category: null, amount: 5_000_000, count: 3 },
    // A reversed donation: counted against what it reverses.
    { kind: 'DONATION', category: null, amount: -1_000_000, count: -1 },
    { kind: 'PLEDGE_FULFILMENT', category: null, amount: 2_000_000, count: 1 },
    { kind: 'DISBURSEMENT', category: 'HOUSING_NEW', amount: 120_000_000, count: 2 },
    { kind: 'DISBURSEMENT', category: 'HOUSING_REPAIR', amount: 30_000_000, count: 1 },
    { kind: 'DISBURSEMENT', category: 'TET_GIFT', amount: 1_500_000, count: 3 },
    { kind: 'TRANSFER', category: null, amount: 9_000_000, count: 1 },
  ];
  it.each<[LedgerMeasure, IndicatorFigure]>([
    ['FUND_RAISED', f('6000000')],
    ['FUND_SPENT', f('151500000')],
    ['HOUSES_BUILT', f('2')],
    ['HOUSES_REPAIRED', f('1')],
  ])('%s', (measure, out) => {
    expect(ledgerFigure(measure, groups)).toEqual(out);
  });

  it('is 0 over no transactions', () => {
    expect(ledgerFigure('FUND_RAISED', [])).toEqual(f('0'));
  });
});

describe('which review year answers for a period', () => {
  it.each<[string, number]>([
    ['2024-12-19', 2023],
    ['2024-12-20', 2024],
    ['2025-06-11', 2024],
    ['2026-11-21', 2025],
  ])('official results on %s: review %i', (date, year) => {
    expect(latestOfficialReviewYear(date)).toBe(year);
  });

  it.each<[string, number | null, number | null]>([
    // period, stock, flow
    ['2024', 2024, 2024],
    ['2024H1', 2023, null],
    ['2024H2', 2024, 2024],
    ['2024Q3', 2023, null],
    ['2024Q4', 2024, 2024],
    ['2024-11', 2023, null],
    ['2024-12', 2024, 2024],
  ])('%s: stock %s, flow %s', (period, stock, flow) => {
    const p = parsePeriod(period);
    expect(registryReviewYear('POOR_RATE', p)).toBe(stock);
    expect(registryReviewYear('POOR_HOUSEHOLDS_EXITED', p)).toBe(flow);
    expect(registryReviewYear('POOR_HOUSEHOLDS_REDUCED', makePeriod(p.kind, p.year, p.index))).toBe(flow);
  });
});
