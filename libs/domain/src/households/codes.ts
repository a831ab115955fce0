/**
 * Code lists of the household registry (sổ theo dõi hộ nghèo, hộ cận nghèo): housing status,
 * household status and review kind, with Vietnamese and English labels. Stored as varchar and
 * checked against these lists, so adding a code needs no migration.
 */
import type { Sex } from './people';
import type { Residence } from './standards';

/** Housing status of a household (tình trạng nhà ở). */
export const HOUSING_STATUSES = ['SOLID', 'TEMPORARY', 'DILAPIDATED', 'REPAIRED', 'NEWLY_BUILT'] as const;
export type HousingStatus = (typeof HOUSING_STATUSES)[number];

export const HOUSING_STATUS_LABELS: Record<HousingStatus, { vi: string; en: string }> = {
  SOLID: { vi: 'Nhà kiên cố', en: 'Solid house' },
  TEMPORARY: { vi: 'Nhà tạm', en: 'Temporary house' },
  DILAPIDATED: { vi: 'Nhà dột nát, hư hỏng', en: 'Dilapidated house' },
  REPAIRED: { vi: 'Nhà đã được sửa chữa', en: 'Repaired house' },
  NEWLY_BUILT: { vi: 'Nhà mới xây dựng (Đại đoàn kết)', en: 'Newly built house' },
};

/** Whether a household is still on the registry (tình trạng hộ). */
export const HOUSEHOLD_STATUSES = ['ACTIVE', 'MOVED', 'MERGED', 'DISSOLVED'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, { vi: string; en: string }> = {
  ACTIVE: { vi: 'Đang cư trú', en: 'Active' },
  MOVED: { vi: 'Đã chuyển đi', en: 'Moved away' },
  MERGED: { vi: 'Đã nhập hộ khác', en: 'Merged into another household' },
  DISSOLVED: { vi: 'Đã giải thể (không còn thành viên)', en: 'Dissolved' },
};

/**
 * Kind of review (rà soát): the yearly periodic review (định kỳ, 1 September – 14 December) — one per
 * household and year, corrections aside — and the regular review (thường xuyên) during the year.
 */
export const REVIEW_KINDS = ['PERIODIC', 'REGULAR'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_KIND_LABELS: Record<ReviewKind, { vi: string; en: string }> = {
  PERIODIC: { vi: 'Rà soát định kỳ hằng năm', en: 'Periodic (yearly) review' },
  REGULAR: { vi: 'Rà soát thường xuyên', en: 'Regular (in-year) review' },
};

export const SEX_LABELS: Record<Sex, { vi: string; en: string }> = {
  MALE: { vi: 'Nam', en: 'Male' },
  FEMALE: { vi: 'Nữ', en: 'Female' },
};

export const RESIDENCE_LABELS: Record<Residence, { vi: string; en: string }> = {
  RURAL: { vi: 'Nông thôn', en: 'Rural' },
  URBAN: { vi: 'Thành thị', en: 'Urban' },
};

export const isHousingStatus = (v: unknown): v is HousingStatus => (HOUSING_STATUSES as readonly unknown[]).includes(v);
export const isHouseholdStatus = (v: unknown): v is HouseholdStatus => (HOUSEHOLD_STATUSES as readonly unknown[]).includes(v);
export const isReviewKind = (v: unknown): v is ReviewKind => (REVIEW_KINDS as readonly unknown[]).includes(v);

/** Longest address and free-text fields of a household, in characters. */
export const ADDRESS_MAX_LENGTH = 255;
export const ETHNICITY_MAX_LENGTH = 64;
export const DECISION_NUMBER_MAX_LENGTH = 64;
export const REVIEW_NOTES_MAX_LENGTH = 2000;
