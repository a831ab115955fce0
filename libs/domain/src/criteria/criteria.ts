/**
 * Emulation criteria (tiêu chí thi đua) as data: the quantitative criteria a plan sets for the
 * collectives it will commend, per level, each a rule the registry's yearly poverty figures can
 * decide (evaluate.ts). Qualitative criteria (programmes, initiatives, credit policy) are judged
 * from evidence documents and are not listed here.
 */
import type { OrganizationKind, OrganizationLevel } from '../areas/kinds';

export const CRITERION_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET'] as const;
export type CriterionLevel = (typeof CRITERION_LEVELS)[number];

export const CRITERION_RESULTS = ['MET', 'NOT_MET', 'INSUFFICIENT_DATA'] as const;
export type CriterionResult = (typeof CRITERION_RESULTS)[number];

/** The rate a yearly-reduction rule follows: (poor + near-poor) / households, or poor / households. */
export type CriterionRate = 'POOR_AND_NEAR_POOR_RATE' | 'POOR_RATE';

export type CriterionRule =
  /**
   * The rate fell by at least `points` percentage points in EACH of the `years` consecutive review
   * years before the nomination (years N−`years` … N−1 for a nomination in year N, each against the
   * year before it).
   */
  | { kind: 'RATE_DOWN_EACH_YEAR'; rate: CriterionRate; points: string; years: number }
  /**
   * The measure fell by MORE than `percent` % between the start of the period (review year
   * `startYear`) and the last review before the nomination (N−1).
   */
  | { kind: 'DOWN_AGAINST_START'; measure: 'POOR_AND_NEAR_POOR_HOUSEHOLDS' | 'POOR_AND_NEAR_POOR_RATE'; percent: string; startYear: number };

export interface EmulationCriterion {
  /** Stable code, unique within its set. */
  code: string;
  level: CriterionLevel;
  titleVi: string;
  titleEn: string;
  /** The source's own words. */
  quoteVi: string;
  rule: CriterionRule;
}

export interface CriteriaSet {
  code: string;
  titleVi: string;
  titleEn: string;
  /** The plan's period (years, inclusive): reviews after `periodTo` do not count. */
  periodFrom: number;
  periodTo: number;
  /**
   * The plans it belongs to: a plan whose first issuer is of this kind and level working in the
   * area with this code, over a period ending in `periodTo`. Plans implementing such a plan
   * (directly or further down) inherit its criteria.
   */
  appliesTo: { issuerKind: OrganizationKind; issuerLevel: OrganizationLevel; issuerAreaCode: string; periodTo: number };
  /** Alternatives per level: a level's criteria are met when any one is met. */
  criteria: readonly EmulationCriterion[];
}

/**
 * "Đầu kỳ" of the 2021–2025 movement as the registry can measure it: the multidimensional poverty
 * standard of 2022–2025 (Decree 07/2021/NĐ-CP) is first applied to review year 2022; figures of the
 * 2016–2020 standard are not comparable, so the start of the period is review year 2022.
 */
const START_2022 = 2022;

/**
 * Seed 003 — Plan of the Trà Vinh People's Committee implementing Decision 666/QĐ-TTg, "IV. Tiêu chí
 * thi đua": the quantitative criterion of each level, in its two alternatives where it has two.
 * - a) province: "Giảm tỷ lệ hộ nghèo đa chiều từ 0,5%/năm trở lên, trong 03 năm liên tục trước khi
 *   trình khen thưởng hoặc quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ" — the
 *   multidimensional rate (poor + near-poor, as the ministry reports it: domain.md §5) down ≥ 0.5
 *   point in each of 3 consecutive years, or the number of poor + near-poor households down > 50 %.
 * - c) district: "giảm tỷ lệ hộ nghèo từ 4%/năm trở lên trong 03 năm liên tục trước khi trình khen
 *   thưởng hoặc quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ" — the poor-household
 *   rate ("tỷ lệ hộ nghèo", poor / households) down ≥ 4 points a year, or > 50 % as for provinces.
 * - d) commune: "Đối với xã khu vực III, xã khu vực II, xã khu vực I vùng đồng bào dân tộc thiểu số
 *   quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ" (the hub does not record
 *   the communes' region: the evaluation applies the rule to any commune).
 * - đ) hamlet: "Giảm tỷ lệ hộ nghèo và hộ cận nghèo trên 50% so với đầu kỳ" — the RATE of poor and
 *   near-poor households, halved (not their number).
 * "≥" (từ … trở lên) and ">" (trên) are kept exactly.
 */
export const TRA_VINH_2021_2025: CriteriaSet = {
  code: 'TRA_VINH_2021_2025',
  titleVi: 'Tiêu chí thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021 - 2025 của tỉnh Trà Vinh',
  titleEn: 'Emulation criteria "For the Poor – Leave No One Behind" 2021–2025 of Trà Vinh province',
  periodFrom: 2021,
  periodTo: 2025,
  appliesTo: { issuerKind: 'PEOPLES_COMMITTEE', issuerLevel: 'PROVINCE', issuerAreaCode: '84', periodTo: 2025 },
  criteria: [
    {
      code: 'PROVINCE_RATE_DOWN_3_YEARS',
      level: 'PROVINCE',
      titleVi: 'Giảm tỷ lệ hộ nghèo đa chiều từ 0,5%/năm trở lên trong 03 năm liên tục trước khi trình khen thưởng',
      titleEn: 'Multidimensional poverty rate down by at least 0.5 point a year in each of the 3 consecutive years before the nomination',
      quoteVi: 'Giảm tỷ lệ hộ nghèo đa chiều từ 0,5%/năm trở lên, trong 03 năm liên tục trước khi trình khen thưởng',
      rule: { kind: 'RATE_DOWN_EACH_YEAR', rate: 'POOR_AND_NEAR_POOR_RATE', points: '0.5', years: 3 },
    },
    {
      code: 'PROVINCE_HOUSEHOLDS_HALVED',
      level: 'PROVINCE',
      titleVi: 'Quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ',
      titleEn: 'Poor and near-poor households down by more than 50 % against the start of the period',
      quoteVi: 'quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ',
      rule: { kind: 'DOWN_AGAINST_START', measure: 'POOR_AND_NEAR_POOR_HOUSEHOLDS', percent: '50', startYear: START_2022 },
    },
    {
      code: 'DISTRICT_RATE_DOWN_3_YEARS',
      level: 'DISTRICT',
      titleVi: 'Giảm tỷ lệ hộ nghèo từ 4%/năm trở lên trong 03 năm liên tục trước khi trình khen thưởng',
      titleEn: 'Poor-household rate down by at least 4 points a year in each of the 3 consecutive years before the nomination',
      quoteVi: 'giảm tỷ lệ hộ nghèo từ 4%/năm trở lên trong 03 năm liên tục trước khi trình khen thưởng',
      rule: { kind: 'RATE_DOWN_EACH_YEAR', rate: 'POOR_RATE', points: '4', years: 3 },
    },
    {
      code: 'DISTRICT_HOUSEHOLDS_HALVED',
      level: 'DISTRICT',
      titleVi: 'Quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ',
      titleEn: 'Poor and near-poor households down by more than 50 % against the start of the period',
      quoteVi: 'quy mô hộ nghèo và hộ cận nghèo giảm trên 50% so với đầu kỳ',
      rule: { kind: 'DOWN_AGAINST_START', measure: 'POOR_AND_NEAR_POOR_HOUSEHOLDS', percent: '50', startYear: START_2022 },
    },
    {
      code: 'COMMUNE_HOUSEHOLDS_HALVED',
      level: 'COMMUNE',
      titleVi: 'Xã khu vực III, II, I vùng đồng bào dân tộc thiểu số: quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ',
      titleEn: 'Communes of regions III, II and I of ethnic-minority areas: poor and near-poor households down by more than 50 % against the start of the period',
      quoteVi: 'Đối với xã khu vực III, xã khu vực II, xã khu vực I vùng đồng bào dân tộc thiểu số quy mô hộ nghèo và hộ cận nghèo đa chiều giảm trên 50% so với đầu kỳ',
      rule: { kind: 'DOWN_AGAINST_START', measure: 'POOR_AND_NEAR_POOR_HOUSEHOLDS', percent: '50', startYear: START_2022 },
    },
    {
      code: 'HAMLET_RATE_HALVED',
      level: 'HAMLET',
      titleVi: 'Giảm tỷ lệ hộ nghèo và hộ cận nghèo trên 50% so với đầu kỳ',
      titleEn: 'Rate of poor and near-poor households down by more than 50 % against the start of the period',
      quoteVi: 'Giảm tỷ lệ hộ nghèo và hộ cận nghèo trên 50% so với đầu kỳ',
      rule: { kind: 'DOWN_AGAINST_START', measure: 'POOR_AND_NEAR_POOR_RATE', percent: '50', startYear: START_2022 },
    },
  ],
};

/** Every criteria set the hub knows. */
export const CRITERIA_SETS: readonly CriteriaSet[] = [TRA_VINH_2021_2025];

/** A plan as far as criteria care: its first issuer and period. */
export interface PlanForCriteria {
  issuerKind: string;
  issuerLevel: string;
  /** Code of the first issuer's area (null: central). */
  issuerAreaCode: string | null;
  periodFrom: number;
  periodTo: number;
}

/** The set a plan belongs to: the first of `chain` (the plan, then the plan it implements, …) that a set applies to. */
export function criteriaSetFor(chain: readonly PlanForCriteria[], sets: readonly CriteriaSet[] = CRITERIA_SETS): CriteriaSet | null {
  for (const plan of chain) {
    const set = sets.find(
      (s) =>
        s.appliesTo.issuerKind === plan.issuerKind &&
        s.appliesTo.issuerLevel === plan.issuerLevel &&
        s.appliesTo.issuerAreaCode === plan.issuerAreaCode &&
        s.appliesTo.periodTo === plan.periodTo,
    );
    if (set) return set;
  }
  return null;
}

/** The criteria level of an area or organization level (none for central). */
export function criterionLevelOf(level: OrganizationLevel): CriterionLevel | null {
  return level === 'CENTRAL' ? null : level;
}
