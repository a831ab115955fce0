import { describe, expect, it } from 'vitest';
import { CRITERION_LEVELS, TRA_VINH_2021_2025, criteriaSetFor, criterionLevelOf, type CriterionResult, type EmulationCriterion } from './criteria';
import { combineResults, evaluateCriterion, evaluateLevel, nominationYearAt, yearsNeeded, type YearlyCounts } from './evaluate';

const criterion = (code: string): EmulationCriterion => TRA_VINH_2021_2025.criteria.find((c) => c.code === code)!;
/** year → [households, poor, nearPoor] */
const series = (o: Record<number, [number, number, number]>) => new Map<number, YearlyCounts>(Object.entries(o).map(([y, [households, poor, nearPoor]]) => [Number(y), { households, poor, nearPoor }]));

describe('province: multidimensional rate down ≥ 0.5 point in each of the 3 years before the nomination', () => {
  const c = criterion('PROVINCE_RATE_DOWN_3_YEARS');
  it.each<[string, Record<number, [number, number, number]>, number, CriterionResult]>([
    ['falls 0.6, 0.5, 0.5 (0.5 is enough: "từ … trở lên")', { 2022: [1000, 60, 40], 2023: [1000, 55, 39], 2024: [1000, 50, 39], 2025: [1000, 46, 38] }, 2026, 'MET'],
    ['exactly 0.5 on other denominators', { 2022: [2000, 150, 50], 2023: [2000, 140, 50], 2024: [4000, 220, 140], 2025: [4000, 210, 130] }, 2026, 'MET'],
    // 10 % → 237501 / 2500000 = 9.50004 %: a fall of 0.49996 prints as 0.5 and is not ≥ 0.5.
    ['0.49996 is not 0.5, though it prints so', { 2022: [100000, 12000, 0], 2023: [100000, 10500, 0], 2024: [100000, 10000, 0], 2025: [2500000, 200000, 37501] }, 2026, 'NOT_MET'],
    ['a year that rises', { 2022: [1000, 60, 40], 2023: [1000, 55, 38], 2024: [1000, 56, 38], 2025: [1000, 40, 30] }, 2026, 'NOT_MET'],
    ['a missing year', { 2022: [1000, 60, 40], 2024: [1000, 50, 39], 2025: [1000, 46, 38] }, 2026, 'INSUFFICIENT_DATA'],
    ['a missing year after one that already fell short', { 2022: [1000, 60, 40], 2023: [1000, 59, 40], 2025: [1000, 46, 38] }, 2026, 'NOT_MET'],
    ['no households in a year', { 2022: [1000, 60, 40], 2023: [0, 0, 0], 2024: [1000, 50, 39], 2025: [1000, 46, 38] }, 2026, 'INSUFFICIENT_DATA'],
    ['a nomination in 2025 needs 2021', { 2022: [1000, 60, 40], 2023: [1000, 55, 39], 2024: [1000, 50, 39], 2025: [1000, 46, 38] }, 2025, 'INSUFFICIENT_DATA'],
  ])('%s → %s', (_, s, year, result) => {
    expect(evaluateCriterion(c, series(s), year).result).toBe(result);
  });

  it('gives each year\'s rate with its parts and each change', () => {
    const e = evaluateCriterion(c, series({ 2022: [1000, 60, 40], 2023: [1000, 55, 39], 2024: [3000, 150, 117], 2025: [1000, 46, 38] }), 2026);
    expect(e.evidence.map((f) => [f.year, f.value, f.numerator, f.denominator])).toEqual([
      [2022, '10', 100, 1000],
      [2023, '9.4', 94, 1000],
      [2024, '8.9', 267, 3000],
      [2025, '8.4', 84, 1000],
      [2023, '-0.6', null, null],
      [2024, '-0.5', null, null],
      [2025, '-0.5', null, null],
    ]);
    expect(e.result).toBe('MET');
    expect(e.explanation).toContain('2023, 2024, 2025');
  });

  it('names the year that fell short', () => {
    const e = evaluateCriterion(c, series({ 2022: [1000, 60, 40], 2023: [1000, 55, 38], 2024: [1000, 56, 38], 2025: [1000, 40, 30] }), 2026);
    expect(e.explanation).toMatch(/2024: it rose by 0.1 point/);
    expect(e.explanationVi).toMatch(/2024: tăng 0,1 điểm/);
  });
});

describe('district: poor-household rate down ≥ 4 points a year', () => {
  const c = criterion('DISTRICT_RATE_DOWN_3_YEARS');
  it.each<[Record<number, [number, number, number]>, CriterionResult]>([
    // poor only: 30 % → 26 % → 22 % → 18 % (near-poor ignored).
    [{ 2022: [500, 150, 100], 2023: [500, 130, 120], 2024: [500, 110, 140], 2025: [500, 90, 160] }, 'MET'],
    [{ 2022: [500, 150, 0], 2023: [500, 130, 0], 2024: [500, 111, 0], 2025: [500, 90, 0] }, 'NOT_MET'],
  ])('%j → %s', (s, result) => {
    expect(evaluateCriterion(c, series(s), 2026).result).toBe(result);
  });
});

describe('more than 50 % against the start of the period (2022)', () => {
  it.each<[string, string, Record<number, [number, number, number]>, CriterionResult, string | null]>([
    ['households halved exactly is not "trên 50%"', 'COMMUNE_HOUSEHOLDS_HALVED', { 2022: [400, 120, 80], 2025: [400, 60, 40] }, 'NOT_MET', '50'],
    ['households down by 50.5 %', 'COMMUNE_HOUSEHOLDS_HALVED', { 2022: [400, 120, 80], 2025: [400, 60, 39] }, 'MET', '50.5'],
    ['households rose', 'PROVINCE_HOUSEHOLDS_HALVED', { 2022: [400, 10, 10], 2025: [400, 15, 10] }, 'NOT_MET', '-25'],
    ['no figures at the start', 'DISTRICT_HOUSEHOLDS_HALVED', { 2023: [400, 120, 80], 2025: [400, 10, 10] }, 'INSUFFICIENT_DATA', null],
    ['nothing to reduce at the start', 'COMMUNE_HOUSEHOLDS_HALVED', { 2022: [400, 0, 0], 2025: [400, 0, 0] }, 'NOT_MET', null],
    // The hamlet's rule is on the RATE: 40/400 = 10 % → 20/400 = 5 % is exactly half.
    ['hamlet rate exactly halved', 'HAMLET_RATE_HALVED', { 2022: [400, 30, 10], 2025: [400, 15, 5] }, 'NOT_MET', '50'],
    // 10 % → 20/410 = 4.878 %: the count is halved exactly but the rate more than halved.
    ['hamlet rate more than halved while the count is exactly halved', 'HAMLET_RATE_HALVED', { 2022: [400, 30, 10], 2025: [410, 15, 5] }, 'MET', '51.2195'],
    ['hamlet without households at the end', 'HAMLET_RATE_HALVED', { 2022: [400, 30, 10], 2025: [0, 0, 0] }, 'INSUFFICIENT_DATA', null],
  ])('%s', (_, code, s, result, percent) => {
    const e = evaluateCriterion(criterion(code), series(s), 2026);
    expect(e.result).toBe(result);
    expect(e.evidence.find((f) => f.year === null)?.value ?? null).toBe(percent);
  });

  it('gives the start and end figures', () => {
    const e = evaluateCriterion(criterion('HAMLET_RATE_HALVED'), series({ 2022: [400, 30, 10], 2025: [410, 15, 5] }), 2026);
    expect(e.evidence.map((f) => [f.year, f.value, f.numerator, f.denominator])).toEqual([
      [2022, '10', 40, 400],
      [2025, '4.878', 20, 410],
      [null, '51.2195', null, null],
    ]);
  });

  it('needs a review after the start', () => {
    expect(evaluateCriterion(criterion('COMMUNE_HOUSEHOLDS_HALVED'), series({ 2022: [400, 120, 80] }), 2023).result).toBe('INSUFFICIENT_DATA');
  });
});

describe('levels', () => {
  it.each<[CriterionResult[], CriterionResult]>([
    [['MET', 'NOT_MET'], 'MET'],
    [['INSUFFICIENT_DATA', 'MET'], 'MET'],
    [['NOT_MET', 'INSUFFICIENT_DATA'], 'INSUFFICIENT_DATA'],
    [['NOT_MET', 'NOT_MET'], 'NOT_MET'],
    [[], 'INSUFFICIENT_DATA'],
  ])('%j → %s', (results, out) => {
    expect(combineResults(results)).toBe(out);
  });

  it('a province meets its criteria by the 50 % alternative when the yearly one fails', () => {
    const s = series({ 2022: [1000, 300, 100], 2023: [1000, 200, 80], 2024: [1000, 200, 85], 2025: [1000, 120, 70] });
    const r = evaluateLevel(TRA_VINH_2021_2025, 'PROVINCE', s, 2026);
    expect(r.criteria.map((c) => [c.code, c.result])).toEqual([
      ['PROVINCE_RATE_DOWN_3_YEARS', 'NOT_MET'],
      ['PROVINCE_HOUSEHOLDS_HALVED', 'MET'],
    ]);
    expect(r.result).toBe('MET');
  });

  it('has criteria for every level', () => {
    for (const level of CRITERION_LEVELS) expect(TRA_VINH_2021_2025.criteria.some((c) => c.level === level)).toBe(true);
    expect(criterionLevelOf('CENTRAL')).toBeNull();
    expect(criterionLevelOf('DISTRICT')).toBe('DISTRICT');
  });

  it.each<[string, number]>([
    ['2025-06-11', 2025],
    ['2025-12-19', 2025],
    ['2025-12-20', 2026],
    ['2026-11-21', 2026],
    ['2031-01-01', 2026],
  ])('a nomination on %s is in %i', (asOf, year) => {
    expect(nominationYearAt(TRA_VINH_2021_2025, asOf)).toBe(year);
  });

  it('reads the years the rules compare', () => {
    expect(yearsNeeded(TRA_VINH_2021_2025.criteria.filter((c) => c.level === 'PROVINCE'), 2026)).toEqual([2022, 2023, 2024, 2025]);
    expect(yearsNeeded(TRA_VINH_2021_2025.criteria.filter((c) => c.level === 'HAMLET'), 2025)).toEqual([2022, 2024]);
  });
});

describe('which plans carry the criteria', () => {
  const tv = { issuerKind: 'PEOPLES_COMMITTEE', issuerLevel: 'PROVINCE', issuerAreaCode: '84', periodFrom: 2021, periodTo: 2025 };
  it.each<[string, Parameters<typeof criteriaSetFor>[0], string | null]>([
    ['the Trà Vinh People\'s Committee plan', [tv], 'TRA_VINH_2021_2025'],
    ['a district plan implementing it', [{ ...tv, issuerLevel: 'DISTRICT', issuerAreaCode: '849' }, tv], 'TRA_VINH_2021_2025'],
    ['the Quảng Nam People\'s Committee plan', [{ ...tv, issuerAreaCode: '49' }], null],
    ['a Trà Vinh VFF plan', [{ ...tv, issuerKind: 'VFF_COMMITTEE' }], null],
    ['a Trà Vinh plan of another period', [{ ...tv, periodFrom: 2026, periodTo: 2030 }], null],
  ])('%s', (_, chain, code) => {
    expect(criteriaSetFor(chain)?.code ?? null).toBe(code);
  });
});
