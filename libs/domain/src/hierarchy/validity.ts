import { badInput, conflict } from '../errors';
import type { LocalDate } from '../scalars/local-date';

/**
 * When an area or organization exists: from `validFrom` to `validTo`, both inclusive;
 * `validTo: null` means still valid. Every district-level unit, for example, has validTo 2025-06-30.
 * Dates are canonical LocalDates, so string comparison is date comparison.
 */
export interface Validity {
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

/** True when `date` lies within the validity. */
export function isValidOn(v: Validity, date: LocalDate): boolean {
  return v.validFrom <= date && (v.validTo === null || date <= v.validTo);
}

/** A message when the validity is inconsistent (validTo before validFrom), else null. */
export function validityProblems(v: Validity): string | null {
  if (v.validTo !== null && v.validTo < v.validFrom) {
    return `validTo (${v.validTo}) is before validFrom (${v.validFrom})`;
  }
  return null;
}

/** True when `inner` lies entirely within `outer` (e.g. a parent's validity covers its child's). */
export function covers(outer: Validity, inner: Validity): boolean {
  if (inner.validFrom < outer.validFrom) return false;
  if (outer.validTo === null) return true;
  return inner.validTo !== null && inner.validTo <= outer.validTo;
}

/** True when the two validities share at least one day. */
export function overlaps(a: Validity, b: Validity): boolean {
  return (b.validTo === null || a.validFrom <= b.validTo) && (a.validTo === null || b.validFrom <= a.validTo);
}

/**
 * Closes an open validity: `lastDay` becomes its (inclusive) validTo. Throws CONFLICT /
 * ALREADY_CLOSED when it is already closed, and BAD_USER_INPUT / INVALID_VALIDITY (field `validTo`)
 * when `lastDay` is before validFrom.
 */
export function closeOn(v: Validity, lastDay: LocalDate): Validity {
  if (v.validTo !== null) throw conflict('ALREADY_CLOSED', `Already closed on ${v.validTo}`);
  const closed = { validFrom: v.validFrom, validTo: lastDay };
  const problem = validityProblems(closed);
  if (problem) throw badInput('INVALID_VALIDITY', problem, [{ path: 'validTo', message: problem }]);
  return closed;
}
