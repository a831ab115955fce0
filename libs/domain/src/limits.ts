import { badInput } from './errors';

/** Page size used when a connection query gives no `first`. */
export const PAGE_SIZE_DEFAULT = 20;
/** Largest `first` a connection query accepts. */
export const PAGE_SIZE_MAX = 100;
/** Most keys one DataLoader batch sends to the database (keeps IN lists bounded). */
export const LOADER_BATCH_MAX = 500;
/** Deepest selection nesting a request may have. */
export const QUERY_DEPTH_MAX = 15;
/** Highest estimated cost a request may have. */
export const QUERY_COMPLEXITY_MAX = 50000;
/** Longest name (organization, area, plan…), in characters. */
export const NAME_MAX_LENGTH = 255;
/** Longest short name / abbreviation, in characters. */
export const SHORT_NAME_MAX_LENGTH = 64;
/** Longest code (statistical unit code, organization code…), in characters. */
export const CODE_MAX_LENGTH = 32;

/**
 * The page size to use for a connection: the default when `first` is absent, `first` itself
 * when 0 ≤ first ≤ PAGE_SIZE_MAX. Anything else (negative, too large, not an integer) throws
 * BAD_USER_INPUT / PAGE_SIZE_EXCEEDED with a field error at `first`. Never silently clamps.
 */
export function clampPageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE_MAX) {
    const message = `first must be an integer between 0 and ${PAGE_SIZE_MAX}`;
    throw badInput('PAGE_SIZE_EXCEEDED', message, [{ path: 'first', message }]);
  }
  return first;
}
