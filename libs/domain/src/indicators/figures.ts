/**
 * Indicator figures: a value (exact decimal text) with, for ratios, its numerator and denominator
 * (domain.md §5: never only a percentage); how parts add up (`aggregate`); what the registry
 * measures give for the poverty counts of a review year (`registryFigure`) and the ledger measures
 * for the transactions of a period (`ledgerFigure`); and which review year answers for a reporting
 * period (`registryReviewYear`).
 */
import { MONEY_IN_KINDS } from '../funds/vocabulary';
import type { PovertyCounts } from '../households/statistics';
import { formatLocalDate, type LocalDate } from '../scalars/local-date';
import type { Period } from '../scalars/period';
import { type IndicatorAggregation, type LedgerMeasure, type RegistryMeasure, REGISTRY_FLOW_MEASURES } from './codes';
import { COMPUTED_SCALE, divideDecimals, formatDecimal, ratioValue, sumDecimals, type DecimalLike } from './decimal';

export interface IndicatorFigure {
  /** Exact decimal text; null when unknown (no data, or a ratio over 0). */
  value: string | null;
  /** RATIO: the summed numerator (households…); null otherwise. */
  numerator: number | null;
  /** RATIO: the summed denominator; null otherwise. */
  denominator: number | null;
}

export const EMPTY_FIGURE: IndicatorFigure = { value: null, numerator: null, denominator: null };

/** A ratio figure: value = numerator / denominator × factor, rounded half-up to 4 decimals. */
export function ratioFigure(numerator: number, denominator: number, factor: number): IndicatorFigure {
  return { value: ratioValue(numerator, denominator, factor), numerator, denominator };
}

/** A count or amount figure. */
export function countFigure(value: DecimalLike): IndicatorFigure {
  return { value: formatDecimal(value), numerator: null, denominator: null };
}

/**
 * The figure of many parts (sub-areas, reports of member organizations): SUM adds the known values;
 * RATIO divides the summed numerators by the summed denominators of the parts that carry both
 * (never averages percentages); AVERAGE is the mean of the known values (4 decimals, half-up).
 * Parts without a value are left out; no known part gives an empty figure.
 */
export function aggregate(aggregation: IndicatorAggregation, parts: readonly IndicatorFigure[], factor = 1): IndicatorFigure {
  switch (aggregation) {
    case 'SUM': {
      const known = parts.filter((p) => p.value !== null).map((p) => p.value!);
      return known.length ? countFigure(sumDecimals(known)) : EMPTY_FIGURE;
    }
    case 'RATIO': {
      const known = parts.filter((p) => p.numerator !== null && p.denominator !== null);
      if (!known.length) return EMPTY_FIGURE;
      const n = known.reduce((a, p) => a + p.numerator!, 0);
      const d = known.reduce((a, p) => a + p.denominator!, 0);
      return ratioFigure(n, d, factor);
    }
    case 'AVERAGE': {
      const known = parts.filter((p) => p.value !== null).map((p) => p.value!);
      if (!known.length) return EMPTY_FIGURE;
      return countFigure(divideDecimals(sumDecimals(known), known.length, COMPUTED_SCALE)!);
    }
  }
}

/**
 * The figure of a registry measure for one area and review year from its poverty counts (`counts`)
 * and, for POOR_HOUSEHOLDS_REDUCED, those of the year before (`previous`; without them the figure
 * is empty). Rates use `factor` (100 for percentages).
 */
export function registryFigure(measure: RegistryMeasure, counts: PovertyCounts, previous: PovertyCounts | null, factor = 100): IndicatorFigure {
  switch (measure) {
    case 'POOR_AND_NEAR_POOR_RATE':
      return ratioFigure(counts.poor + counts.nearPoor, counts.households, factor);
    case 'POOR_RATE':
      return ratioFigure(counts.poor, counts.households, factor);
    case 'NEAR_POOR_RATE':
      return ratioFigure(counts.nearPoor, counts.households, factor);
    case 'ETHNIC_MINORITY_POOR_RATE':
      return ratioFigure(counts.ethnicMinorityPoor, counts.ethnicMinorityHouseholds, factor);
    case 'POOR_HOUSEHOLDS':
      return countFigure(counts.poor);
    case 'NEAR_POOR_HOUSEHOLDS':
      return countFigure(counts.nearPoor);
    case 'POOR_AND_NEAR_POOR_HOUSEHOLDS':
      return countFigure(counts.poor + counts.nearPoor);
    case 'ETHNIC_MINORITY_POOR_HOUSEHOLDS':
      return countFigure(counts.ethnicMinorityPoor);
    case 'POOR_HOUSEHOLDS_EXITED':
      return countFigure(counts.escapedPoverty);
    case 'POOR_HOUSEHOLDS_REDUCED':
      return previous ? countFigure(previous.poor - counts.poor) : EMPTY_FIGURE;
  }
}

/**
 * Ledger transactions grouped by what they belong to: a reversal counts against what it reverses
 * (its kind and category, amount subtracted, count −1).
 */
export interface LedgerGroup {
  /** The kind of the transaction, or of the one a reversal reverses. */
  kind: string;
  category: string | null;
  /** Σ amounts (VND), reversals subtracted. */
  amount: number;
  /** Transactions, reversals counted −1. */
  count: number;
}

/**
 * The figure of a ledger measure over groups of transactions: FUND_RAISED the donations and pledge
 * fulfilments; FUND_SPENT the disbursements; HOUSES_BUILT / HOUSES_REPAIRED the number of housing
 * disbursements for new houses / for repairs (net of reversals).
 */
export function ledgerFigure(measure: LedgerMeasure, groups: readonly LedgerGroup[]): IndicatorFigure {
  const sum = (pred: (g: LedgerGroup) => boolean, f: (g: LedgerGroup) => number) => groups.filter(pred).reduce((a, g) => a + f(g), 0);
  switch (measure) {
    case 'FUND_RAISED':
      return countFigure(sum((g) => (MONEY_IN_KINDS as readonly string[]).includes(g.kind), (g) => g.amount));
    case 'FUND_SPENT':
      return countFigure(sum((g) => g.kind === 'DISBURSEMENT', (g) => g.amount));
    case 'HOUSES_BUILT':
      return countFigure(sum((g) => g.kind === 'DISBURSEMENT' && g.category === 'HOUSING_NEW', (g) => g.count));
    case 'HOUSES_REPAIRED':
      return countFigure(sum((g) => g.kind === 'DISBURSEMENT' && g.category === 'HOUSING_REPAIR', (g) => g.count));
  }
}

/** The day the official results of a year's periodic review are out (Decision 24/2021/QĐ-TTg: by 20/12). */
export const REVIEW_RESULTS_DAY = { month: 12, day: 20 } as const;

/** The latest review year whose official results are out on `date` (its year from 20/12, else the year before). */
export function latestOfficialReviewYear(date: LocalDate): number {
  const year = Number(date.slice(0, 4));
  return date >= formatLocalDate(year, REVIEW_RESULTS_DAY.month, REVIEW_RESULTS_DAY.day) ? year : year - 1;
}

/**
 * The review year whose registry figures answer for a reporting period, or null:
 * - a stock (households, rates): the latest review with official results by the period's last day
 *   (`2024`, `2024H2`, `2024Q4`, `2024-12` → 2024; `2024H1`, `2024Q3` → 2023);
 * - a flow (escaped in the year, reduced against the year before): the review whose results day
 *   (20/12) falls inside the period (`2024`, `2024H2`, `2024Q4`, `2024-12` → 2024; other periods → null).
 */
export function registryReviewYear(measure: RegistryMeasure, period: Pick<Period, 'start' | 'end'>): number | null {
  if (REGISTRY_FLOW_MEASURES.includes(measure)) {
    const y = Number(period.end.slice(0, 4));
    const day = formatLocalDate(y, REVIEW_RESULTS_DAY.month, REVIEW_RESULTS_DAY.day);
    return period.start <= day && day <= period.end ? y : null;
  }
  return latestOfficialReviewYear(period.end);
}
