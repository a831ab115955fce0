/**
 * Poverty statistics of households (domain.md §5): what one household contributes to the counts of
 * each review year, and how those contributions change when its history or flags change. The API
 * keeps a summary table of these counts per area and year up to date with `factDelta` in the same
 * transaction as every review write, and rebuilds it from the reviews with `householdYearFacts`.
 */
import type { HouseholdClass } from './classify';
import { transitionsOfHistory, type Transition } from './transitions';

/** The counted measures, in a fixed order (the summary table's columns). */
export const POVERTY_MEASURES = [
  'households',
  'poor',
  'nearPoor',
  'averageLiving',
  'newlyPoor',
  'escapedPoverty',
  'escapedNearPoverty',
  'relapsed',
  'ethnicMinorityHouseholds',
  'ethnicMinorityPoor',
  'ethnicMinorityNearPoor',
] as const;
export type PovertyMeasure = (typeof POVERTY_MEASURES)[number];
export type PovertyCounts = Record<PovertyMeasure, number>;

export const zeroCounts = (): PovertyCounts => Object.fromEntries(POVERTY_MEASURES.map((k) => [k, 0])) as PovertyCounts;

/** Adds `b` × `factor` into `a` (in place) and returns `a`. */
export function addCounts(a: PovertyCounts, b: PovertyCounts, factor = 1): PovertyCounts {
  for (const k of POVERTY_MEASURES) a[k] += b[k] * factor;
  return a;
}

export const isZeroCounts = (c: PovertyCounts) => POVERTY_MEASURES.every((k) => c[k] === 0);

/** A review row as far as statistics care: the latest row (highest id) of a year is the effective one. */
export interface ReviewFact {
  id: number;
  year: number;
  class: HouseholdClass;
}

/** The effective review of each year: the latest one (highest id), corrections included. */
function effectiveByYear(reviews: readonly ReviewFact[]): Map<number, ReviewFact> {
  const latest = new Map<number, ReviewFact>();
  for (const r of reviews) if (!latest.has(r.year) || latest.get(r.year)!.id < r.id) latest.set(r.year, r);
  return latest;
}

/** The effective class per year (the latest review of each year, corrections included), sorted by year. */
export function effectiveHistory(reviews: readonly ReviewFact[]): { year: number; class: HouseholdClass }[] {
  return [...effectiveByYear(reviews).values()].sort((a, b) => a.year - b.year).map((r) => ({ year: r.year, class: r.class }));
}

/** How a review stands in its household's history. */
export interface ReviewStanding {
  /** The review that counts for its year (the latest recorded); earlier and corrected ones are history. */
  effective: boolean;
  /** For the effective review: the transition from the previous year; null on history rows. */
  transition: Transition | null;
}

/** The standing of every review of one household, by review id. */
export function reviewStandings(reviews: readonly ReviewFact[]): Map<number, ReviewStanding> {
  const effective = effectiveByYear(reviews);
  const transitions = new Map(transitionsOfHistory([...effective.values()]).map((t) => [t.year, t.transition]));
  return new Map(
    reviews.map((r) => {
      const isEffective = effective.get(r.year)!.id === r.id;
      return [r.id, { effective: isEffective, transition: isEffective ? (transitions.get(r.year) ?? null) : null }];
    }),
  );
}

/**
 * What one household counts for in each year it has an effective review: 1 reviewed household,
 * its class (poor, near-poor, average living standard), its transition from the previous year
 * (`transitionsOfHistory`: newly poor, escaped poverty, escaped near-poverty, relapsed) and the
 * ethnic-minority breakdown (the household's current flag applies to every year).
 * Years without a review count for nothing.
 */
export function householdYearFacts(reviews: readonly ReviewFact[], ethnicMinority: boolean): Map<number, PovertyCounts> {
  const history = effectiveHistory(reviews);
  const transitions = new Map(transitionsOfHistory(history).map((t) => [t.year, t.transition]));
  const out = new Map<number, PovertyCounts>();
  for (const { year, class: c } of history) {
    const t = transitions.get(year);
    const em = ethnicMinority ? 1 : 0;
    out.set(year, {
      households: 1,
      poor: c === 'POOR' ? 1 : 0,
      nearPoor: c === 'NEAR_POOR' ? 1 : 0,
      averageLiving: c === 'AVERAGE_LIVING_STANDARD' ? 1 : 0,
      newlyPoor: t === 'NEWLY_POOR' ? 1 : 0,
      escapedPoverty: t === 'ESCAPED_POVERTY' ? 1 : 0,
      escapedNearPoverty: t === 'ESCAPED_NEAR_POVERTY' ? 1 : 0,
      relapsed: t === 'RELAPSED' ? 1 : 0,
      ethnicMinorityHouseholds: em,
      ethnicMinorityPoor: c === 'POOR' ? em : 0,
      ethnicMinorityNearPoor: c === 'NEAR_POOR' ? em : 0,
    });
  }
  return out;
}

/** after − before per year, leaving out years that did not change; sorted by year. */
export function factDelta(before: ReadonlyMap<number, PovertyCounts>, after: ReadonlyMap<number, PovertyCounts>): { year: number; delta: PovertyCounts }[] {
  const years = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  const out: { year: number; delta: PovertyCounts }[] = [];
  for (const year of years) {
    const delta = addCounts(addCounts(zeroCounts(), after.get(year) ?? zeroCounts()), before.get(year) ?? zeroCounts(), -1);
    if (!isZeroCounts(delta)) out.push({ year, delta });
  }
  return out;
}

/**
 * A rate kept with its parts (domain.md §5: never only a percentage): `value` is
 * numerator / denominator, null when the denominator is 0.
 */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

export const rateOf = (numerator: number, denominator: number): Rate => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });

/** "Tỷ lệ nghèo đa chiều": (poor + near-poor) / households, as the ministry reports it. */
export const multidimensionalPovertyRate = (c: Pick<PovertyCounts, 'poor' | 'nearPoor' | 'households'>): Rate => rateOf(c.poor + c.nearPoor, c.households);

/** "Tỷ lệ hộ nghèo": poor / households. */
export const poorRate = (c: Pick<PovertyCounts, 'poor' | 'households'>): Rate => rateOf(c.poor, c.households);
