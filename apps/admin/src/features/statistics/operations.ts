/** Typed documents of the statistics feature (./operations.graphql). */
export { PovertyStatisticsDocument } from '../../gql/documents/PovertyStatisticsDocument';
export { PovertyTrendDocument } from '../../gql/documents/PovertyTrendDocument';
export type { StatisticsBoundary, TrendPointFragment } from '../../gql/graphql';

/** The years of the year-over-year chart (Decree 07/2021 period). */
export const TREND_YEARS = [2022, 2023, 2024, 2025] as const;
