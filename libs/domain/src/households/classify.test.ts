import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { classificationProblems, classifyHousehold, tryClassifyHousehold, type HouseholdClass } from './classify';
import { DECREE_07_2021, DECREE_351_2025, indicatorCodes, POVERTY_STANDARDS, standardForReviewYear, type Residence } from './standards';

const codes07 = indicatorCodes(DECREE_07_2021);
const deprived = (n: number, codes = codes07) => codes.slice(0, n);

describe('the standard in force follows the review year', () => {
  it.each<[number, string | undefined]>([
    [2021, undefined],
    [2022, 'DECREE_07_2021'],
    [2025, 'DECREE_07_2021'],
    [2026, 'DECREE_07_2021'], // Decree 351/2025 keeps the 2022–2025 standard for 2026
    [2027, 'DECREE_351_2025'],
    [2030, 'DECREE_351_2025'],
    [2031, undefined],
  ])('review year %i → %s', (year, code) => {
    expect(standardForReviewYear(year)?.code).toBe(code);
  });

  it('has non-overlapping review years, 12 indicators each, and unique indicator codes', () => {
    const years = POVERTY_STANDARDS.flatMap((s) => Array.from({ length: s.reviewYears.to - s.reviewYears.from + 1 }, (_, k) => s.reviewYears.from + k));
    expect(new Set(years).size).toBe(years.length);
    for (const s of POVERTY_STANDARDS) {
      expect(indicatorCodes(s)).toHaveLength(12);
      expect(new Set(indicatorCodes(s)).size).toBe(12);
      expect(s.dimensions).toHaveLength(6);
    }
  });

  it('Decree 351/2025 drops information devices and adds waste treatment; its average band is unset', () => {
    const c351 = indicatorCodes(DECREE_351_2025);
    expect(c351).not.toContain('INFORMATION_DEVICES');
    expect(c351).toContain('WASTE_TREATMENT');
    expect(codes07.filter((c) => !c351.includes(c))).toEqual(['INFORMATION_DEVICES']);
    expect(DECREE_351_2025.averageLivingUpper).toBeNull();
    expect(DECREE_351_2025.incomeLine).toEqual({ RURAL: 2_200_000, URBAN: 2_800_000 });
  });
});

describe('classification by income (domain.md §5 table, boundaries as "≤")', () => {
  // year, residence, income, deprivations → class
  it.each<[number, Residence, number, number, HouseholdClass]>([
    // Decree 07/2021, rural: line 1,500,000, average band to 2,250,000
    [2024, 'RURAL', 0, 0, 'NEAR_POOR'],
    [2024, 'RURAL', 1_500_000, 3, 'POOR'],
    [2024, 'RURAL', 1_500_000, 2, 'NEAR_POOR'],
    [2024, 'RURAL', 1_500_000, 12, 'POOR'],
    [2024, 'RURAL', 1_500_001, 12, 'AVERAGE_LIVING_STANDARD'],
    [2024, 'RURAL', 2_250_000, 0, 'AVERAGE_LIVING_STANDARD'],
    [2024, 'RURAL', 2_250_001, 5, 'NOT_POOR'],
    // urban: line 2,000,000, band to 3,000,000
    [2022, 'URBAN', 2_000_000, 3, 'POOR'],
    [2022, 'URBAN', 2_000_000, 2, 'NEAR_POOR'],
    [2022, 'URBAN', 1_600_000, 0, 'NEAR_POOR'],
    [2022, 'URBAN', 2_000_001, 4, 'AVERAGE_LIVING_STANDARD'],
    [2022, 'URBAN', 3_000_000, 4, 'AVERAGE_LIVING_STANDARD'],
    [2022, 'URBAN', 3_000_001, 0, 'NOT_POOR'],
    // a rural income that is near-poor in the countryside is average in town? no: urban line is higher
    [2025, 'URBAN', 1_700_000, 3, 'POOR'],
    [2025, 'RURAL', 1_700_000, 3, 'AVERAGE_LIVING_STANDARD'],
    // 2026 still Decree 07
    [2026, 'RURAL', 1_500_000, 3, 'POOR'],
    [2026, 'RURAL', 2_000_000, 3, 'AVERAGE_LIVING_STANDARD'],
    // Decree 351/2025: rural 2,200,000, urban 2,800,000, no average band
    [2027, 'RURAL', 2_200_000, 3, 'POOR'],
    [2027, 'RURAL', 2_200_000, 2, 'NEAR_POOR'],
    [2027, 'RURAL', 2_200_001, 3, 'NOT_POOR'],
    [2030, 'URBAN', 2_800_000, 3, 'POOR'],
    [2030, 'URBAN', 2_800_001, 0, 'NOT_POOR'],
  ])('%i %s income %i with %i deprivations → %s', (year, residence, income, d, cls) => {
    const codes = year >= 2027 ? indicatorCodes(DECREE_351_2025) : codes07;
    const r = classifyHousehold({ reviewYear: year, residence, incomePerPersonPerMonth: income, deprivedIndicators: deprived(d, codes) });
    expect(r.class).toBe(cls);
    expect(r.deprivationCount).toBe(d);
    expect(r.measure).toBe('INCOME');
    expect(r.standardCode).toBe(standardForReviewYear(year)!.code);
  });

  it('reports the line and band it used', () => {
    expect(classifyHousehold({ reviewYear: 2024, residence: 'URBAN', incomePerPersonPerMonth: 2_500_000, deprivedIndicators: [] })).toEqual({
      class: 'AVERAGE_LIVING_STANDARD',
      standardCode: 'DECREE_07_2021',
      measure: 'INCOME',
      line: 2_000_000,
      atOrBelowLine: false,
      deprivationCount: 0,
      averageLivingUpper: 3_000_000,
    });
  });
});

describe('classification by the review scores (Circular 07/2021: A ≤ 140 / 175, B ≥ 30)', () => {
  it.each<[Residence, number, number, HouseholdClass]>([
    ['RURAL', 140, 30, 'POOR'],
    ['RURAL', 140, 20, 'NEAR_POOR'],
    ['RURAL', 141, 120, 'NOT_POOR'], // the average band is defined on income: give income to identify it
    ['URBAN', 175, 30, 'POOR'],
    ['URBAN', 175, 0, 'NEAR_POOR'],
    ['URBAN', 176, 30, 'NOT_POOR'],
  ])('%s A=%i B=%i → %s', (residence, a, b, cls) => {
    const r = classifyHousehold({ reviewYear: 2024, residence, scoreA: a, scoreB: b });
    expect(r.class).toBe(cls);
    expect(r.measure).toBe('SCORE_A');
    expect(r.deprivationCount).toBe(b / 10);
  });

  it('accepts codes and score B together when they agree', () => {
    expect(classifyHousehold({ reviewYear: 2024, residence: 'RURAL', scoreA: 100, deprivedIndicators: deprived(3), scoreB: 30 }).class).toBe('POOR');
  });
});

describe('inputs that cannot be classified: every problem at once', () => {
  const paths = (i: Parameters<typeof classificationProblems>[0]) => classificationProblems(i).map((e) => e.path);

  it.each<[string, Parameters<typeof classificationProblems>[0], string[]]>([
    ['no standard for the year', { reviewYear: 2019, residence: 'RURAL', incomePerPersonPerMonth: 1, deprivedIndicators: [] }, ['input.reviewYear']],
    ['neither income nor score A', { reviewYear: 2024, residence: 'RURAL', deprivedIndicators: [] }, ['input.incomePerPersonPerMonth']],
    ['both income and score A', { reviewYear: 2024, residence: 'RURAL', incomePerPersonPerMonth: 1, scoreA: 1, deprivedIndicators: [] }, ['input.incomePerPersonPerMonth']],
    ['fractional income', { reviewYear: 2024, residence: 'RURAL', incomePerPersonPerMonth: 1.5, deprivedIndicators: [] }, ['input.incomePerPersonPerMonth']],
    ['negative income', { reviewYear: 2024, residence: 'RURAL', incomePerPersonPerMonth: -1, deprivedIndicators: [] }, ['input.incomePerPersonPerMonth']],
    ['no deprivation data', { reviewYear: 2024, residence: 'RURAL', incomePerPersonPerMonth: 1 }, ['input.deprivedIndicators']],
    ['unknown and repeated indicators', { reviewYear: 2024, residence: 'RURAL', incomePerPersonPerMonth: 1, deprivedIndicators: ['NUTRITION', 'WASTE_TREATMENT', 'NUTRITION'] }, ['input.deprivedIndicators[1]', 'input.deprivedIndicators[2]']],
    ['an indicator of the other standard', { reviewYear: 2028, residence: 'RURAL', incomePerPersonPerMonth: 1, deprivedIndicators: ['INFORMATION_DEVICES'] }, ['input.deprivedIndicators[0]']],
    ['score B not a multiple of 10', { reviewYear: 2024, residence: 'RURAL', scoreA: 100, scoreB: 25 }, ['input.scoreB']],
    ['score B above 120', { reviewYear: 2024, residence: 'RURAL', scoreA: 100, scoreB: 130 }, ['input.scoreB']],
    ['score B disagreeing with the codes', { reviewYear: 2024, residence: 'RURAL', scoreA: 100, scoreB: 20, deprivedIndicators: deprived(3) }, ['input.scoreB']],
    ['score A under Decree 351 (no known score-A line)', { reviewYear: 2027, residence: 'RURAL', scoreA: 100, deprivedIndicators: [] }, ['input.scoreA']],
    ['everything wrong', { reviewYear: 2040, residence: 'SUBURBAN' as Residence, scoreB: 5 }, ['input.reviewYear', 'input.residence', 'input.incomePerPersonPerMonth']],
  ])('%s', (_name, input, expected) => {
    expect(paths(input)).toEqual(expected);
    let err: unknown;
    try {
      classifyHousehold(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('BAD_USER_INPUT');
    const preview = tryClassifyHousehold(input);
    expect(preview.ok).toBe(false);
  });

  it('names the reasons', () => {
    try {
      classifyHousehold({ reviewYear: 2024, residence: 'RURAL', incomePerPersonPerMonth: 1, deprivedIndicators: ['WASTE_TREATMENT'] });
    } catch (e) {
      expect((e as DomainError).reason).toBe('UNKNOWN_INDICATOR');
    }
    try {
      classifyHousehold({ reviewYear: 2019, residence: 'RURAL', incomePerPersonPerMonth: 1, deprivedIndicators: [] });
    } catch (e) {
      expect((e as DomainError).reason).toBe('NO_POVERTY_STANDARD');
    }
  });
});
