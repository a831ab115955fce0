/**
 * Code lists of indicators (chỉ tiêu) and targets (docs/plans.md "indicators"): units, directions,
 * aggregations, sources, the measures the registry and the ledger compute, target kinds and period
 * types, with Vietnamese and English labels. Stored as varchar and checked against these lists.
 */
import type { Label } from '../areas/kinds';
import { PERIOD_KINDS, type PeriodKind } from '../scalars/period';
import { oneOf } from '../codes';

export const INDICATOR_UNITS = ['PERCENT', 'POINT', 'HOUSEHOLD', 'PERSON', 'HOUSE', 'COMMUNE', 'HAMLET', 'DISTRICT', 'VND', 'COUNT'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** How values of sub-units (or parts) add up: SUM; RATIO of summed numerators and denominators; AVERAGE. */
export const INDICATOR_AGGREGATIONS = ['SUM', 'RATIO', 'AVERAGE'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

/** Where actual values come from: the household registry, the fund ledger (both computed), or reports. */
export const INDICATOR_SOURCES = ['REGISTRY', 'LEDGER', 'REPORTED'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/**
 * What the registry computes from the poverty statistics of an area and review year. Rates are
 * RATIO measures (numerator and denominator are households); the others are counts (SUM).
 * POOR_HOUSEHOLDS_EXITED is the year's "thoát nghèo" transitions; POOR_HOUSEHOLDS_REDUCED the net
 * fall of poor households against the year before (negative when they rose).
 */
export const REGISTRY_MEASURES = [
  'POOR_AND_NEAR_POOR_RATE',
  'POOR_RATE',
  'NEAR_POOR_RATE',
  'ETHNIC_MINORITY_POOR_RATE',
  'POOR_HOUSEHOLDS',
  'NEAR_POOR_HOUSEHOLDS',
  'POOR_AND_NEAR_POOR_HOUSEHOLDS',
  'ETHNIC_MINORITY_POOR_HOUSEHOLDS',
  'POOR_HOUSEHOLDS_EXITED',
  'POOR_HOUSEHOLDS_REDUCED',
] as const;
export type RegistryMeasure = (typeof REGISTRY_MEASURES)[number];

/** Registry measures that are rates (RATIO, numerator and denominator in households). */
export const REGISTRY_RATE_MEASURES: readonly RegistryMeasure[] = ['POOR_AND_NEAR_POOR_RATE', 'POOR_RATE', 'NEAR_POOR_RATE', 'ETHNIC_MINORITY_POOR_RATE'];
/** Registry measures that count what happened during a review year (not a stock at its end). */
export const REGISTRY_FLOW_MEASURES: readonly RegistryMeasure[] = ['POOR_HOUSEHOLDS_EXITED', 'POOR_HOUSEHOLDS_REDUCED'];

/**
 * What the ledger computes over the funds of the VFF committees in a scope, for the transactions
 * dated in a period (a reversal counts against what it reverses, on its own date): money raised
 * (donations and pledge fulfilments), money spent (disbursements), and the number of housing
 * disbursements for new houses and for repairs.
 */
export const LEDGER_MEASURES = ['FUND_RAISED', 'FUND_SPENT', 'HOUSES_BUILT', 'HOUSES_REPAIRED'] as const;
export type LedgerMeasure = (typeof LEDGER_MEASURES)[number];

export type IndicatorMeasure = RegistryMeasure | LedgerMeasure;

/**
 * LEVEL: reach the value by the end of the range; CHANGE_PER_PERIOD: change the value by this much in
 * each period (−0.5 = down half a point a year); TOTAL: the sum over the range (15,735 houses 2023–2025).
 */
export const TARGET_KINDS = ['LEVEL', 'CHANGE_PER_PERIOD', 'TOTAL'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** An indicator's period type: the reporting periods (YEAR `2024`, HALF `2024H1`, QUARTER `2024Q3`, MONTH `2024-10`). */
export const INDICATOR_PERIOD_TYPES = PERIOD_KINDS;
export type IndicatorPeriodType = PeriodKind;


export const isIndicatorUnit = oneOf(INDICATOR_UNITS);
export const isIndicatorDirection = oneOf(INDICATOR_DIRECTIONS);
export const isIndicatorAggregation = oneOf(INDICATOR_AGGREGATIONS);
export const isIndicatorSource = oneOf(INDICATOR_SOURCES);
export const isRegistryMeasure = oneOf(REGISTRY_MEASURES);
export const isLedgerMeasure = oneOf(LEDGER_MEASURES);
export const isTargetKind = oneOf(TARGET_KINDS);

export const INDICATOR_UNIT_LABELS: Record<IndicatorUnit, Label> = {
  PERCENT: { vi: 'Phần trăm (%)', en: 'Percent' },
  POINT: { vi: 'Điểm phần trăm', en: 'Percentage point' },
  HOUSEHOLD: { vi: 'Hộ', en: 'Households' },
  PERSON: { vi: 'Người', en: 'People' },
  HOUSE: { vi: 'Căn nhà', en: 'Houses' },
  COMMUNE: { vi: 'Xã', en: 'Communes' },
  HAMLET: { vi: 'Thôn, ấp, bản', en: 'Hamlets' },
  DISTRICT: { vi: 'Huyện', en: 'Districts' },
  VND: { vi: 'Đồng', en: 'VND (whole đồng)' },
  COUNT: { vi: 'Số lượng', en: 'Count' },
};

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, Label> = {
  LOWER_IS_BETTER: { vi: 'Càng thấp càng tốt', en: 'Lower is better' },
  HIGHER_IS_BETTER: { vi: 'Càng cao càng tốt', en: 'Higher is better' },
};

export const INDICATOR_AGGREGATION_LABELS: Record<IndicatorAggregation, Label> = {
  SUM: { vi: 'Cộng dồn', en: 'Sum of the parts' },
  RATIO: { vi: 'Tỷ lệ của tổng tử số trên tổng mẫu số', en: 'Ratio of the summed numerators and denominators' },
  AVERAGE: { vi: 'Bình quân', en: 'Average of the parts' },
};

export const INDICATOR_SOURCE_LABELS: Record<IndicatorSource, Label> = {
  REGISTRY: { vi: 'Tính từ cơ sở dữ liệu hộ nghèo, cận nghèo', en: 'Computed from the household registry' },
  LEDGER: { vi: 'Tính từ sổ Quỹ "Vì người nghèo"', en: 'Computed from the Fund for the Poor ledger' },
  REPORTED: { vi: 'Do đơn vị báo cáo', en: 'Reported by the organization' },
};

export const TARGET_KIND_LABELS: Record<TargetKind, Label> = {
  LEVEL: { vi: 'Đạt mức vào cuối kỳ', en: 'Reach the level by the end of the range' },
  CHANGE_PER_PERIOD: { vi: 'Thay đổi mỗi kỳ', en: 'Change in each period' },
  TOTAL: { vi: 'Tổng cả giai đoạn', en: 'Total over the range' },
};
