/**
 * The indicator catalogue (danh mục chỉ tiêu): the indicators the seed plans set targets on or ask
 * reports about (domain.md §4, §6), as data. The hub inserts the codes missing from its `indicator`
 * table at every start, demo data or not; adding an indicator is adding an entry here.
 *
 * Sources of the entries:
 * - seed 003 (Trà Vinh, 2021–2025): multidimensional poverty rate down 0.5 point a year; ethnic-
 *   minority poor-household rate down more than 1 point a year; 2/2 extremely difficult communes and
 *   5/10 hamlets leave that status; criteria on poverty rates and poor + near-poor households;
 * - Decision 666/QĐ-TTg: poverty rate −1 to −1.5 points a year; 30 % of poor districts exit;
 * - seed 002 (Quảng Nam Veterans, 2024): help reduce 2,900 poor households in 2024; support building
 *   and repairing 15,735 houses 2023–2025; no member left in a temporary or dilapidated house by 2025;
 * - seeds 000, 001, 004: money raised for and spent from the Fund for the Poor, houses built and
 *   repaired, households sponsored (nhận đỡ đầu), scholarships.
 */
import type { IndicatorAggregation, IndicatorDirection, IndicatorMeasure, IndicatorPeriodType, IndicatorSource, IndicatorUnit } from './codes';

export interface IndicatorDefinition {
  /** Stable code, unique: reports, targets and integrators refer to it. */
  code: string;
  nameVi: string;
  nameEn: string;
  /** English, with the Vietnamese term: how it is computed or what to report. */
  description: string;
  unit: IndicatorUnit;
  /** 100 for a percentage of a ratio, 1 otherwise. */
  factor: number;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  source: IndicatorSource;
  /** What the registry or ledger computes (null for REPORTED). */
  measure: IndicatorMeasure | null;
  periodType: IndicatorPeriodType;
}

const rate = (code: IndicatorMeasure & string, nameVi: string, nameEn: string, description: string): IndicatorDefinition => ({
  code,
  nameVi,
  nameEn,
  description,
  unit: 'PERCENT',
  factor: 100,
  direction: 'LOWER_IS_BETTER',
  aggregation: 'RATIO',
  source: 'REGISTRY',
  measure: code,
  periodType: 'YEAR',
});

const count = (
  code: string,
  nameVi: string,
  nameEn: string,
  description: string,
  unit: IndicatorUnit,
  direction: IndicatorDirection,
  source: IndicatorSource,
  measure: IndicatorMeasure | null,
): IndicatorDefinition => ({ code, nameVi, nameEn, description, unit, factor: 1, direction, aggregation: 'SUM', source, measure, periodType: 'YEAR' });

export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  // Registry: rates (numerator and denominator are households of the area's subtree, review year).
  rate(
    'POOR_AND_NEAR_POOR_RATE',
    'Tỷ lệ hộ nghèo đa chiều (hộ nghèo và hộ cận nghèo)',
    'Multidimensional poverty rate (poor and near-poor households)',
    'Tỷ lệ nghèo đa chiều as the ministry reports it: (poor + near-poor households) / reviewed households × 100, from the registry.',
  ),
  rate('POOR_RATE', 'Tỷ lệ hộ nghèo', 'Poor-household rate', 'Tỷ lệ hộ nghèo: poor households / reviewed households × 100, from the registry.'),
  rate('NEAR_POOR_RATE', 'Tỷ lệ hộ cận nghèo', 'Near-poor household rate', 'Tỷ lệ hộ cận nghèo: near-poor households / reviewed households × 100, from the registry.'),
  rate(
    'ETHNIC_MINORITY_POOR_RATE',
    'Tỷ lệ hộ nghèo dân tộc thiểu số',
    'Ethnic-minority poor-household rate',
    'Tỷ lệ hộ nghèo dân tộc thiểu số: ethnic-minority poor households / reviewed ethnic-minority households × 100, from the registry.',
  ),
  // Registry: counts.
  count('POOR_HOUSEHOLDS', 'Số hộ nghèo', 'Poor households', 'Số hộ nghèo at the review, from the registry.', 'HOUSEHOLD', 'LOWER_IS_BETTER', 'REGISTRY', 'POOR_HOUSEHOLDS'),
  count('NEAR_POOR_HOUSEHOLDS', 'Số hộ cận nghèo', 'Near-poor households', 'Số hộ cận nghèo at the review, from the registry.', 'HOUSEHOLD', 'LOWER_IS_BETTER', 'REGISTRY', 'NEAR_POOR_HOUSEHOLDS'),
  count(
    'POOR_AND_NEAR_POOR_HOUSEHOLDS',
    'Quy mô hộ nghèo và hộ cận nghèo',
    'Poor and near-poor households',
    'Quy mô hộ nghèo và hộ cận nghèo: poor + near-poor households at the review, from the registry (the base of the "more than 50 % against the start" criteria).',
    'HOUSEHOLD',
    'LOWER_IS_BETTER',
    'REGISTRY',
    'POOR_AND_NEAR_POOR_HOUSEHOLDS',
  ),
  count(
    'ETHNIC_MINORITY_POOR_HOUSEHOLDS',
    'Số hộ nghèo dân tộc thiểu số',
    'Ethnic-minority poor households',
    'Số hộ nghèo dân tộc thiểu số at the review, from the registry.',
    'HOUSEHOLD',
    'LOWER_IS_BETTER',
    'REGISTRY',
    'ETHNIC_MINORITY_POOR_HOUSEHOLDS',
  ),
  count(
    'POOR_HOUSEHOLDS_EXITED',
    'Số hộ thoát nghèo trong năm',
    'Households that escaped poverty in the year',
    'Số hộ thoát nghèo: poor at the previous review, neither poor nor near-poor at this one, from the registry.',
    'HOUSEHOLD',
    'HIGHER_IS_BETTER',
    'REGISTRY',
    'POOR_HOUSEHOLDS_EXITED',
  ),
  count(
    'POOR_HOUSEHOLDS_REDUCED',
    'Số hộ nghèo giảm trong năm',
    'Net fall in poor households in the year',
    'Số hộ nghèo giảm: poor households of the previous review minus those of this one (negative when they rose), from the registry; seed 002 targets 2,900 in 2024.',
    'HOUSEHOLD',
    'HIGHER_IS_BETTER',
    'REGISTRY',
    'POOR_HOUSEHOLDS_REDUCED',
  ),
  // Ledger (the funds of the VFF committees in the scope).
  count('FUND_RAISED', 'Số tiền vận động Quỹ "Vì người nghèo"', 'Money raised for the Fund for the Poor', 'Tiền ủng hộ: donations and pledge fulfilments into the funds of the VFF committees in the scope, in whole đồng, from the ledger.', 'VND', 'HIGHER_IS_BETTER', 'LEDGER', 'FUND_RAISED'),
  count('FUND_SPENT', 'Số tiền chi hỗ trợ từ Quỹ "Vì người nghèo"', 'Money spent from the Fund for the Poor', 'Tiền chi hỗ trợ: disbursements from the funds of the VFF committees in the scope, in whole đồng, from the ledger.', 'VND', 'HIGHER_IS_BETTER', 'LEDGER', 'FUND_SPENT'),
  count('HOUSES_BUILT', 'Số nhà Đại đoàn kết xây mới', 'Houses built', 'Nhà Đại đoàn kết xây mới: housing disbursements for new houses from the funds in the scope, from the ledger.', 'HOUSE', 'HIGHER_IS_BETTER', 'LEDGER', 'HOUSES_BUILT'),
  count('HOUSES_REPAIRED', 'Số nhà được sửa chữa', 'Houses repaired', 'Nhà sửa chữa: housing disbursements for repairs from the funds in the scope, from the ledger.', 'HOUSE', 'HIGHER_IS_BETTER', 'LEDGER', 'HOUSES_REPAIRED'),
  // Reported.
  count(
    'HOUSES_SUPPORTED',
    'Số nhà ở được hỗ trợ xây mới, sửa chữa (mọi nguồn)',
    'Houses built or repaired with support (all sources)',
    'Nhà ở được hỗ trợ xây mới, sửa chữa from every source (budget, fund, enterprises), as reported; seed 002: 15,735 houses 2023–2025 (Resolution 13/2023/NQ-HĐND of Quảng Nam).',
    'HOUSE',
    'HIGHER_IS_BETTER',
    'REPORTED',
    null,
  ),
  count(
    'MEMBER_TEMPORARY_HOUSES',
    'Số nhà tạm, nhà dột nát của hội viên, đoàn viên',
    'Temporary or dilapidated houses of members',
    'Nhà tạm, nhà dột nát still lived in by the organization\'s members, as reported; seed 002: none left by 2025.',
    'HOUSE',
    'LOWER_IS_BETTER',
    'REPORTED',
    null,
  ),
  count(
    'EXTREMELY_DIFFICULT_COMMUNES_EXITED',
    'Số xã thoát khỏi tình trạng đặc biệt khó khăn',
    'Extremely difficult communes that left that status',
    'Xã đặc biệt khó khăn thoát khỏi tình trạng đặc biệt khó khăn, as reported; seed 003: 2 of 2 (Hàm Giang, Ngãi Xuyên).',
    'COMMUNE',
    'HIGHER_IS_BETTER',
    'REPORTED',
    null,
  ),
  count(
    'EXTREMELY_DIFFICULT_HAMLETS_EXITED',
    'Số thôn, ấp thoát khỏi tình trạng đặc biệt khó khăn',
    'Extremely difficult hamlets that left that status',
    'Thôn, ấp đặc biệt khó khăn thoát khỏi tình trạng đặc biệt khó khăn, as reported; seed 003: 5 of 10 hamlets.',
    'HAMLET',
    'HIGHER_IS_BETTER',
    'REPORTED',
    null,
  ),
  count('POOR_DISTRICTS_EXITED', 'Số huyện nghèo thoát nghèo', 'Poor districts that exited poverty', 'Huyện nghèo thoát khỏi tình trạng nghèo, as reported; Decision 666/QĐ-TTg: 30 % of poor districts.', 'DISTRICT', 'HIGHER_IS_BETTER', 'REPORTED', null),
  count(
    'HOUSEHOLDS_SPONSORED',
    'Số hộ nghèo, cận nghèo được nhận đỡ đầu',
    'Poor and near-poor households sponsored',
    'Hộ nghèo, hộ cận nghèo được tổ chức, cá nhân nhận đỡ đầu giúp thoát nghèo, as reported (seed 004: commitments to sponsor households).',
    'HOUSEHOLD',
    'HIGHER_IS_BETTER',
    'REPORTED',
    null,
  ),
  count('SCHOLARSHIPS_AWARDED', 'Số suất học bổng trao cho học sinh, sinh viên nghèo', 'Scholarships awarded to poor students', 'Suất học bổng cho học sinh, sinh viên nghèo vượt khó, as reported (seeds 001, 004).', 'COUNT', 'HIGHER_IS_BETTER', 'REPORTED', null),
  count('TET_GIFTS_GIVEN', 'Số suất quà Tết tặng người nghèo', 'Tết gifts given to the poor', 'Suất quà Tết cho hộ nghèo, hộ có hoàn cảnh khó khăn, as reported (seeds 000, 002).', 'COUNT', 'HIGHER_IS_BETTER', 'REPORTED', null),
];

/** The catalogue entry of a code, or undefined. */
export function catalogueEntry(code: string): IndicatorDefinition | undefined {
  return INDICATOR_CATALOGUE.find((i) => i.code === code);
}
