import type { CombinedError } from '@urql/core';
import { POVERTY_STANDARDS } from '@lnob/domain';
import { isPersonalDataWithheld } from '../../app/errors';

const FIRST_REVIEW_YEAR = Math.min(...POVERTY_STANDARDS.map((s) => s.reviewYears.from));
const LAST_REVIEW_YEAR = Math.max(...POVERTY_STANDARDS.map((s) => s.reviewYears.to));

/** The review years offered by the screens: those of the poverty standards known to libs/domain. */
export const REVIEW_YEARS: readonly number[] = Array.from({ length: LAST_REVIEW_YEAR - FIRST_REVIEW_YEAR + 1 }, (_, i) => FIRST_REVIEW_YEAR + i);

/** Paths (`households.edges.3.node.headName`) of the personal fields the API withheld in a result. */
export function withheldPaths(error: CombinedError | undefined | null): Set<string> {
  const out = new Set<string>();
  for (const e of error?.graphQLErrors ?? []) if (isPersonalDataWithheld(e) && e.path) out.add(e.path.join('.'));
  return out;
}

/** The effective class of a year (or the latest effective review when `year` is null), from a newest-first history. */
export function classOfYear<R extends { year: number; effective: boolean }>(reviews: readonly R[], year: number | null): R | undefined {
  return reviews.find((r) => r.effective && (year === null || r.year === year));
}

/** Digits of a typed amount (`1.500.000`, `1 500 000` → 1500000); null when empty or not a whole number. */
export function parseWhole(text: string): number | null {
  const t = text.replace(/[\s.,_]/g, '');
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}
