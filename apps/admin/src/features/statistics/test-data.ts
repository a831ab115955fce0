/** Fixtures of the statistics tests. */
import type { TrendRow } from './trend';

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator ? numerator / denominator : null });

/** A year of the trend: both rates from the counts (multidimensional: poor and near-poor). */
export const row = (year: number, households: number, poor: number, nearPoor: number): TrendRow => ({
  year,
  households,
  poor,
  nearPoor,
  poorRate: rate(poor, households),
  multidimensionalPovertyRate: rate(poor + nearPoor, households),
});
