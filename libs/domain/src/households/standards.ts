/**
 * Poverty standards (chuẩn nghèo đa chiều) as data: income lines, the average-living-standard band,
 * the review's score thresholds, and the indicators in their dimensions. The standard in force
 * follows the REVIEW YEAR. Adding the next standard = adding an entry here (and its tests); nothing
 * outside libs/domain changes. Sources: shared/docs/domain.md §5, domain-research.md §1.
 */

/** Rural (nông thôn) or urban (thành thị; "đô thị" in Decree 351/2025). */
export type Residence = 'RURAL' | 'URBAN';

export interface Labels {
  vi: string;
  en: string;
}

export interface PovertyIndicator {
  /** Stable code, versioned by the standard that lists it (reviews store these codes). */
  code: string;
  labels: Labels;
}

export interface PovertyDimension {
  code: string;
  labels: Labels;
  indicators: PovertyIndicator[];
}

export interface PovertyStandard {
  code: string;
  /** The legal instrument, as cited. */
  decree: string;
  labels: Labels;
  /** Review years this standard applies to (inclusive). */
  reviewYears: { from: number; to: number };
  /** Poverty line, VND per person per month: at or below it is poor or near-poor. */
  incomeLine: Record<Residence, number>;
  /** Upper bound of the average-living-standard band (mức sống trung bình); null where the law is not known. */
  averageLivingUpper: Record<Residence, number> | null;
  /** The review's proxy score A that stands for the income line (at or below); null where not known. */
  scoreALine: Record<Residence, number> | null;
  /** Score B points per deprived indicator (Circular 07/2021: 10). */
  scoreBPerIndicator: number;
  /** Deprivations that make an income-poor household poor rather than near-poor (≥). */
  deprivationThreshold: number;
  dimensions: PovertyDimension[];
}

const L = (vi: string, en: string): Labels => ({ vi, en });
const ind = (code: string, vi: string, en: string): PovertyIndicator => ({ code, labels: L(vi, en) });

const EMPLOYMENT: PovertyDimension = {
  code: 'EMPLOYMENT',
  labels: L('Việc làm', 'Employment'),
  indicators: [ind('EMPLOYMENT', 'Việc làm', 'Employment'), ind('DEPENDANTS', 'Người phụ thuộc trong hộ gia đình', 'Dependants in the household')],
};
const HEALTH: PovertyDimension = {
  code: 'HEALTH',
  labels: L('Y tế', 'Health'),
  indicators: [ind('NUTRITION', 'Dinh dưỡng', 'Nutrition'), ind('HEALTH_INSURANCE', 'Bảo hiểm y tế', 'Health insurance')],
};
const EDUCATION: PovertyDimension = {
  code: 'EDUCATION',
  labels: L('Giáo dục', 'Education'),
  indicators: [
    ind('ADULT_EDUCATION', 'Trình độ giáo dục của người lớn', 'Adult education'),
    ind('CHILD_SCHOOL_ATTENDANCE', 'Tình trạng đi học của trẻ em', 'Child school attendance'),
  ],
};
const HOUSING: PovertyDimension = {
  code: 'HOUSING',
  labels: L('Nhà ở', 'Housing'),
  indicators: [ind('HOUSING_QUALITY', 'Chất lượng nhà ở', 'Housing quality'), ind('FLOOR_AREA', 'Diện tích nhà ở bình quân đầu người', 'Floor area per person')],
};

/** Decree 07/2021/NĐ-CP: reviews of 2022–2025, and of 2026 (Decree 351/2025 keeps it for 2026). */
export const DECREE_07_2021: PovertyStandard = {
  code: 'DECREE_07_2021',
  decree: 'Nghị định 07/2021/NĐ-CP',
  labels: L('Chuẩn nghèo đa chiều giai đoạn 2022–2025', 'Multidimensional poverty standard 2022–2025'),
  reviewYears: { from: 2022, to: 2026 },
  incomeLine: { RURAL: 1_500_000, URBAN: 2_000_000 },
  averageLivingUpper: { RURAL: 2_250_000, URBAN: 3_000_000 },
  scoreALine: { RURAL: 140, URBAN: 175 },
  scoreBPerIndicator: 10,
  deprivationThreshold: 3,
  dimensions: [
    EMPLOYMENT,
    HEALTH,
    EDUCATION,
    HOUSING,
    {
      code: 'WATER_SANITATION',
      labels: L('Nước sinh hoạt và vệ sinh', 'Domestic water and sanitation'),
      indicators: [ind('DOMESTIC_WATER', 'Nguồn nước sinh hoạt', 'Domestic water source'), ind('HYGIENIC_LATRINE', 'Nhà tiêu hợp vệ sinh', 'Hygienic latrine')],
    },
    {
      code: 'INFORMATION',
      labels: L('Thông tin', 'Information'),
      indicators: [
        ind('TELECOM_USE', 'Sử dụng dịch vụ viễn thông', 'Use of telecom services'),
        ind('INFORMATION_DEVICES', 'Phương tiện phục vụ tiếp cận thông tin', 'Information devices'),
      ],
    },
  ],
};

/**
 * Decree 351/2025/NĐ-CP: reviews of 2027–2030. Its average-living band and the score-A equivalents of
 * its lines were not found: unset, not guessed (reviews of those years give income directly).
 */
export const DECREE_351_2025: PovertyStandard = {
  code: 'DECREE_351_2025',
  decree: 'Nghị định 351/2025/NĐ-CP',
  labels: L('Chuẩn nghèo đa chiều giai đoạn 2026–2030', 'Multidimensional poverty standard 2026–2030'),
  reviewYears: { from: 2027, to: 2030 },
  incomeLine: { RURAL: 2_200_000, URBAN: 2_800_000 },
  averageLivingUpper: null,
  scoreALine: null,
  scoreBPerIndicator: 10,
  deprivationThreshold: 3,
  dimensions: [
    EMPLOYMENT,
    HEALTH,
    EDUCATION,
    HOUSING,
    {
      code: 'INFORMATION',
      labels: L('Thông tin', 'Information'),
      indicators: [ind('TELECOM_USE', 'Sử dụng dịch vụ viễn thông', 'Use of telecom services')],
    },
    {
      code: 'WATER_SANITATION_ENVIRONMENT',
      labels: L('Nước sinh hoạt, vệ sinh và môi trường', 'Domestic water, sanitation and environment'),
      indicators: [
        ind('DOMESTIC_WATER', 'Nguồn nước sinh hoạt', 'Domestic water source'),
        ind('HYGIENIC_LATRINE', 'Nhà tiêu hợp vệ sinh', 'Hygienic latrine'),
        ind('WASTE_TREATMENT', 'Xử lý rác thải', 'Waste treatment'),
      ],
    },
  ],
};

/** Every standard, oldest first. Review years must not overlap (a test checks it). */
export const POVERTY_STANDARDS: readonly PovertyStandard[] = [DECREE_07_2021, DECREE_351_2025];

export function povertyStandard(code: string): PovertyStandard | undefined {
  return POVERTY_STANDARDS.find((s) => s.code === code);
}

/** The standard in force for a review year, or undefined when none is known (before 2022, after 2030). */
export function standardForReviewYear(year: number): PovertyStandard | undefined {
  return POVERTY_STANDARDS.find((s) => year >= s.reviewYears.from && year <= s.reviewYears.to);
}

/** The indicator codes of a standard, in legal order. */
export function indicatorCodes(s: PovertyStandard): string[] {
  return s.dimensions.flatMap((d) => d.indicators.map((i) => i.code));
}
