/**
 * Where a household may be registered, and when a review may be recorded: the rules shared by
 * `registerHousehold`, `recordReview` and the review import.
 */
import type { ReviewKind } from './codes';

/** Units a household may be registered in whatever they hold; any other unit only while it has no sub-units. */
export const HOUSEHOLD_UNIT_KINDS: readonly string[] = ['HAMLET', 'COMMUNE', 'WARD', 'SPECIAL_ZONE'];

/** Whether units of this kind need a sub-unit check before a household is registered in them. */
export const needsSubUnitCheck = (areaKind: string): boolean => !HOUSEHOLD_UNIT_KINDS.includes(areaKind);

/** Why a household may not be registered in this unit (KIND_NOT_ALLOWED), or null. */
export function householdUnitProblem(areaKind: string, hasSubUnits: boolean): string | null {
  return needsSubUnitCheck(areaKind) && hasSubUnits ? 'register households in a hamlet, commune or ward, or in a unit without sub-units' : null;
}

export interface RecordedReview {
  id: number;
  year: number;
  kind: string;
}

/** The review a new one of (year, kind) would correct: the latest recorded of that year and kind, or null. */
export function reviewToCorrect<R extends RecordedReview>(reviews: readonly R[], year: number, kind: ReviewKind): R | null {
  return reviews.filter((r) => r.year === year && r.kind === kind).reduce<R | null>((a, r) => (a && a.id > r.id ? a : r), null);
}

/**
 * Why a review of (year, kind) may not be recorded next to `previous` (the review it would correct):
 * a correction with nothing to correct (VALIDATION_FAILED, on `correction`); a second PERIODIC review
 * of a year not sent as a correction (REVIEW_EXISTS).
 */
export function reviewRecordingProblems(
  previous: RecordedReview | null,
  i: { year: number; kind: ReviewKind; correction?: boolean | null },
): { rule: 'NOTHING_TO_CORRECT' | 'REVIEW_EXISTS'; message: string }[] {
  const out: { rule: 'NOTHING_TO_CORRECT' | 'REVIEW_EXISTS'; message: string }[] = [];
  if (i.correction && !previous) out.push({ rule: 'NOTHING_TO_CORRECT', message: `there is no ${i.kind} review of ${i.year} to correct` });
  if (i.kind === 'PERIODIC' && previous && !i.correction) {
    out.push({ rule: 'REVIEW_EXISTS', message: `a periodic review of ${i.year} exists: send it as a correction` });
  }
  return out;
}

/** The facts a review records (what a correction would change). */
export interface ReviewFacts {
  incomePerPersonPerMonth: number | null;
  scoreA: number | null;
  scoreB: number | null;
  deprivedIndicators: readonly string[] | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  notes: string | null;
}

/** Whether two reviews hold the same facts (indicators in any order): a correction between them changes nothing. */
export function sameReviewFacts(a: ReviewFacts, b: ReviewFacts): boolean {
  const set = (xs: readonly string[] | null) => (xs === null ? null : [...xs].sort().join(','));
  return (
    a.incomePerPersonPerMonth === b.incomePerPersonPerMonth &&
    a.scoreA === b.scoreA &&
    a.scoreB === b.scoreB &&
    set(a.deprivedIndicators) === set(b.deprivedIndicators) &&
    a.decisionNumber === b.decisionNumber &&
    a.decisionDate === b.decisionDate &&
    a.notes === b.notes
  );
}
