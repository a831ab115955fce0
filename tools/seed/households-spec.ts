/**
 * What the household generator reproduces (domain-research.md §7.1) and what it assumes where
 * nothing was reported. Rates are fractions (0.0752 = 7.52 %).
 */
import type { RegionCode } from './people';
import type { Scale } from './national-spec';

export const REVIEW_YEARS = [2022, 2023, 2024, 2025] as const;
export type ReviewYear = (typeof REVIEW_YEARS)[number];

/**
 * National rates per review year: "tỷ lệ nghèo đa chiều" (poor + near-poor) / households and
 * "tỷ lệ hộ nghèo" poor / households. Reported: 2022–2024 both, 2025 the poor rate only (1.3 %).
 * Assumed: 2025 near-poor 1.65 % (the near-poor rate fell ×0.80 and ×0.77 the two years before:
 * 3.49 → 2.78 → 2.13 %, so ×0.77 again), hence a 2025 multidimensional rate of 2.95 %.
 */
export const NATIONAL_TARGETS: Record<ReviewYear, { multidimensional: number; poor: number; reported: { multidimensional: number | null; poor: number } }> = {
  2022: { multidimensional: 0.0752, poor: 0.0403, reported: { multidimensional: 0.0752, poor: 0.0403 } },
  2023: { multidimensional: 0.0571, poor: 0.0293, reported: { multidimensional: 0.0571, poor: 0.0293 } },
  2024: { multidimensional: 0.0406, poor: 0.0193, reported: { multidimensional: 0.0406, poor: 0.0193 } },
  2025: { multidimensional: 0.0295, poor: 0.013, reported: { multidimensional: null, poor: 0.013 } },
};

export interface RegionSpec {
  code: RegionCode;
  name: string;
  /** Provinces of the region on the old (63-province) tree. */
  provinces: number;
  /** 2024 multidimensional rate and poor + near-poor households, as reported. */
  multidimensional2024: number;
  count2024: number;
  /** 2024 poor rate where reported (only the northern mountains: 8.72 %); the others share one poor/multidim ratio. */
  poor2024: number | null;
  /** Share of ethnic-minority households (assumed, census orders of magnitude). */
  minorityShare: number;
  /** Hamlet words of the region's addresses. */
  hamletWords: string[];
}

export const REGIONS: readonly RegionSpec[] = [
  { code: 'NORTHERN_MIDLANDS_MOUNTAINS', name: 'Trung du và miền núi phía Bắc', provinces: 14, multidimensional2024: 0.1498, count2024: 486_623, poor2024: 0.0872, minorityShare: 0.55, hamletWords: ['Bản', 'Thôn', 'Xóm'] },
  { code: 'RED_RIVER_DELTA', name: 'Đồng bằng sông Hồng', provinces: 11, multidimensional2024: 0.014, count2024: 97_755, poor2024: null, minorityShare: 0.02, hamletWords: ['Thôn', 'Xóm'] },
  { code: 'NORTH_CENTRAL_CENTRAL_COAST', name: 'Bắc Trung Bộ và duyên hải miền Trung', provinces: 14, multidimensional2024: 0.0624, count2024: 360_614, poor2024: null, minorityShare: 0.1, hamletWords: ['Thôn', 'Xóm', 'Bản'] },
  { code: 'CENTRAL_HIGHLANDS', name: 'Tây Nguyên', provinces: 5, multidimensional2024: 0.0945, count2024: 152_970, poor2024: null, minorityShare: 0.36, hamletWords: ['Thôn', 'Buôn', 'Làng'] },
  { code: 'SOUTH_EAST', name: 'Đông Nam Bộ', provinces: 6, multidimensional2024: 0.0015, count2024: 7_585, poor2024: null, minorityShare: 0.05, hamletWords: ['Ấp', 'Khu phố'] },
  { code: 'MEKONG_DELTA', name: 'Đồng bằng sông Cửu Long', provinces: 13, multidimensional2024: 0.0314, count2024: 153_450, poor2024: null, minorityShare: 0.07, hamletWords: ['Ấp'] },
];

/**
 * Households of each scale at fraction 1. National: 28 million (the reported figures imply 26–31
 * million depending on the year); small: 50,000 on its 10 old provinces.
 */
export const FULL_HOUSEHOLDS: Record<Scale, number> = { national: 28_000_000, small: 50_000 };

/**
 * Default `--households` fraction: 0.1 of the country (2.8 million households, 4.9 million members,
 * 10.9 million reviews). Measured on the 2-core development machine (shared): 4.7–5.5 min into
 * MariaDB 10.11 (default 128 MiB buffer pool) plus ~53 s for the summary rebuild; 3.2 min into
 * SQLite plus ~30 s.
 */
export const DEFAULT_HOUSEHOLD_FRACTION = 0.1;

/** Provinces without any poor household in 2024 and 2025 (six were reported for 2024), scaled to the number of provinces. */
export const ZERO_POOR_PROVINCES_2024 = 6;

/**
 * The share of households each region gets. The reported 2024 regional counts over their rates
 * imply 27.6 million households and a national rate of 4.57 %, while the national figures imply
 * 31.0 million and 4.06 %: they cannot both hold with the regions' own household counts. The
 * generator keeps every reported RATE and bends the household SHARES as little as possible (the
 * exponential tilt of the implied shares, i.e. the closest distribution in relative entropy, whose
 * weighted rate is the national 4.06 %).
 */
export function regionHouseholdShares(): number[] {
  const denominators = REGIONS.map((r) => r.count2024 / r.multidimensional2024);
  const total = denominators.reduce((a, b) => a + b, 0);
  const implied = denominators.map((d) => d / total);
  const rates = REGIONS.map((r) => r.multidimensional2024);
  const tilt = (lambda: number) => {
    const w = implied.map((s, i) => s * Math.exp(-lambda * rates[i]));
    const z = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / z);
  };
  const rateOf = (w: number[]) => w.reduce((a, x, i) => a + x * rates[i], 0);
  const target = NATIONAL_TARGETS[2024].multidimensional;
  let lo = 0;
  let hi = 200;
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2;
    if (rateOf(tilt(mid)) > target) lo = mid;
    else hi = mid;
  }
  return tilt(lo);
}

/**
 * 2024 poor rate per region: as reported for the northern mountains; for the others one common
 * poor/multidimensional ratio, so that the national poor rate is the reported 1.93 %.
 */
export function regionPoorRates2024(shares: number[]): number[] {
  const known = REGIONS.reduce((a, r, i) => a + (r.poor2024 === null ? 0 : shares[i] * r.poor2024), 0);
  const rest = REGIONS.reduce((a, r, i) => a + (r.poor2024 === null ? shares[i] * r.multidimensional2024 : 0), 0);
  const ratio = (NATIONAL_TARGETS[2024].poor - known) / rest;
  return REGIONS.map((r) => r.poor2024 ?? r.multidimensional2024 * ratio);
}

/**
 * Households of average living standard (hộ có mức sống trung bình) are not reported: assumed
 * 0.6 × the multidimensional rate + 1.5 points.
 */
export const averageLivingRate = (multidimensional: number) => Math.min(1 - multidimensional, 0.6 * multidimensional + 0.015);
