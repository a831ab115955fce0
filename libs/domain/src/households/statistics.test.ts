import { describe, expect, it } from 'vitest';
import type { HouseholdClass } from './classify';
import {
  effectiveHistory,
  factDelta,
  householdYearFacts,
  multidimensionalPovertyRate,
  poorRate,
  reviewStandings,
  zeroCounts,
  type ReviewStanding,
  type PovertyCounts,
  type ReviewFact,
} from './statistics';

const reviews = (...rows: [number, HouseholdClass][]): ReviewFact[] => rows.map(([year, c], i) => ({ id: i + 1, year, class: c }));
const counts = (over: Partial<PovertyCounts>): PovertyCounts => ({ ...zeroCounts(), households: 1, ...over });

describe('effectiveHistory', () => {
  it('keeps the latest review (highest id) of each year, sorted by year', () => {
    expect(
      effectiveHistory([
        { id: 5, year: 2023, class: 'NOT_POOR' },
        { id: 2, year: 2023, class: 'POOR' },
        { id: 1, year: 2022, class: 'NEAR_POOR' },
      ]),
    ).toEqual([
      { year: 2022, class: 'NEAR_POOR' },
      { year: 2023, class: 'NOT_POOR' },
    ]);
  });
});

describe('reviewStandings', () => {
  it.each<[string, ReviewFact[], Record<number, ReviewStanding>]>([
    ['no review', [], {}],
    ['one review: effective, newly poor', [{ id: 1, year: 2022, class: 'POOR' }], { 1: { effective: true, transition: 'NEWLY_POOR' } }],
    [
      'a correction supersedes the earlier review of its year',
      [
        { id: 1, year: 2022, class: 'POOR' },
        { id: 2, year: 2022, class: 'NEAR_POOR' },
      ],
      { 1: { effective: false, transition: null }, 2: { effective: true, transition: 'NEWLY_NEAR_POOR' } },
    ],
    [
      'transitions follow the effective reviews, whatever the row order',
      [
        { id: 4, year: 2024, class: 'POOR' },
        { id: 3, year: 2023, class: 'NOT_POOR' },
        { id: 2, year: 2022, class: 'NEAR_POOR' },
        { id: 1, year: 2022, class: 'POOR' },
      ],
      {
        1: { effective: false, transition: null },
        2: { effective: true, transition: 'NEWLY_NEAR_POOR' },
        3: { effective: true, transition: 'ESCAPED_NEAR_POVERTY' },
        4: { effective: true, transition: 'NEWLY_POOR' },
      },
    ],
    [
      'poor again after an escape: relapsed',
      reviews([2022, 'POOR'], [2023, 'NOT_POOR'], [2024, 'POOR']),
      { 1: { effective: true, transition: 'NEWLY_POOR' }, 2: { effective: true, transition: 'ESCAPED_POVERTY' }, 3: { effective: true, transition: 'RELAPSED' } },
    ],
  ])('%s', (_, rows, want) => {
    expect(Object.fromEntries(reviewStandings(rows))).toEqual(want);
  });
});

describe('householdYearFacts', () => {
  it.each<[string, ReviewFact[], boolean, Record<number, Partial<PovertyCounts>>]>([
    ['no review: counts nothing', [], true, {}],
    ['first year poor: newly poor', reviews([2022, 'POOR']), false, { 2022: { poor: 1, newlyPoor: 1 } }],
    ['first year near-poor: not newly poor', reviews([2022, 'NEAR_POOR']), false, { 2022: { nearPoor: 1 } }],
    ['average living standard', reviews([2022, 'AVERAGE_LIVING_STANDARD']), false, { 2022: { averageLiving: 1 } }],
    ['not poor: only a reviewed household', reviews([2022, 'NOT_POOR']), false, { 2022: {} }],
    [
      'escape then relapse',
      reviews([2022, 'POOR'], [2023, 'NOT_POOR'], [2024, 'POOR']),
      false,
      { 2022: { poor: 1, newlyPoor: 1 }, 2023: { escapedPoverty: 1 }, 2024: { poor: 1, relapsed: 1 } },
    ],
    ['poor to near-poor is not an escape', reviews([2022, 'POOR'], [2023, 'NEAR_POOR']), false, { 2022: { poor: 1, newlyPoor: 1 }, 2023: { nearPoor: 1 } }],
    [
      'escaped near-poverty',
      reviews([2022, 'NEAR_POOR'], [2023, 'AVERAGE_LIVING_STANDARD']),
      false,
      { 2022: { nearPoor: 1 }, 2023: { averageLiving: 1, escapedNearPoverty: 1 } },
    ],
    ['a gap: no previous year, poor before → relapse', reviews([2022, 'POOR'], [2024, 'POOR']), false, { 2022: { poor: 1, newlyPoor: 1 }, 2024: { poor: 1, relapsed: 1 } }],
    [
      'ethnic minority breakdown',
      reviews([2022, 'POOR'], [2023, 'NEAR_POOR'], [2024, 'NOT_POOR']),
      true,
      {
        2022: { poor: 1, newlyPoor: 1, ethnicMinorityHouseholds: 1, ethnicMinorityPoor: 1 },
        2023: { nearPoor: 1, ethnicMinorityHouseholds: 1, ethnicMinorityNearPoor: 1 },
        2024: { escapedNearPoverty: 1, ethnicMinorityHouseholds: 1 },
      },
    ],
    [
      'a correction (later row of the same year) wins',
      [
        { id: 1, year: 2022, class: 'POOR' },
        { id: 3, year: 2022, class: 'NOT_POOR' },
        { id: 2, year: 2023, class: 'POOR' },
      ],
      false,
      { 2022: {}, 2023: { poor: 1, newlyPoor: 1 } },
    ],
  ])('%s', (_name, history, em, expected) => {
    const facts = householdYearFacts(history, em);
    expect(Object.fromEntries(facts)).toEqual(Object.fromEntries(Object.entries(expected).map(([y, c]) => [Number(y), counts(c)])));
  });
});

describe('factDelta', () => {
  it.each<[string, ReviewFact[], boolean, ReviewFact[], boolean, Record<number, Partial<PovertyCounts>>]>([
    ['nothing changed', reviews([2022, 'POOR']), false, reviews([2022, 'POOR']), false, {}],
    ['a first review adds the household', [], false, reviews([2022, 'POOR']), false, { 2022: { households: 1, poor: 1, newlyPoor: 1 } }],
    [
      'a correction of year Y also changes the transition of Y + 1',
      reviews([2022, 'POOR'], [2023, 'NOT_POOR']),
      false,
      [...reviews([2022, 'POOR'], [2023, 'NOT_POOR']), { id: 9, year: 2022, class: 'NOT_POOR' }],
      false,
      { 2022: { poor: -1, newlyPoor: -1 }, 2023: { escapedPoverty: -1 } },
    ],
    [
      'the ethnic-minority flag changes every reviewed year',
      reviews([2022, 'POOR'], [2023, 'NEAR_POOR']),
      false,
      reviews([2022, 'POOR'], [2023, 'NEAR_POOR']),
      true,
      { 2022: { ethnicMinorityHouseholds: 1, ethnicMinorityPoor: 1 }, 2023: { ethnicMinorityHouseholds: 1, ethnicMinorityNearPoor: 1 } },
    ],
  ])('%s', (_name, before, emBefore, after, emAfter, expected) => {
    const d = factDelta(householdYearFacts(before, emBefore), householdYearFacts(after, emAfter));
    expect(d).toEqual(Object.entries(expected).map(([y, c]) => ({ year: Number(y), delta: { ...zeroCounts(), ...c } })));
  });
});

describe('rates', () => {
  it.each<[number, number, number, [number, number, number | null], [number, number, number | null]]>([
    [10, 3, 2, [5, 10, 0.5], [3, 10, 0.3]],
    [0, 0, 0, [0, 0, null], [0, 0, null]],
    [4, 0, 0, [0, 4, 0], [0, 4, 0]],
  ])('households %i, poor %i, near-poor %i', (households, poor, nearPoor, md, p) => {
    expect(multidimensionalPovertyRate({ households, poor, nearPoor })).toEqual({ numerator: md[0], denominator: md[1], value: md[2] });
    expect(poorRate({ households, poor })).toEqual({ numerator: p[0], denominator: p[1], value: p[2] });
  });
});
