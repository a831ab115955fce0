import { badInput } from '../errors';
import { isLocalDate } from './local-date';

/**
 * `DateTime` is an instant. Input must be ISO-8601 / RFC 3339 with seconds and an explicit zone:
 * `2024-10-17T08:00:00Z`, `2024-10-17T15:00:00+07:00`, `2024-10-17T08:00:00.123Z`. Upper-case `T`
 * and `Z` only; fractions beyond milliseconds are truncated. Output is always UTC (`…Z`).
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

function invalid(value: unknown) {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
  return badInput('INVALID_DATE_TIME', `Not an ISO-8601 date-time with offset or Z: ${shown}`);
}

/**
 * Parses an ISO-8601 string with explicit offset (or a valid `Date`, copied) into a `Date`.
 * Rejects date-only strings, strings without an offset, impossible dates and times
 * (2023-02-29, 24:00, leap second 60) and offsets beyond ±23:59: BAD_USER_INPUT / INVALID_DATE_TIME.
 */
export function parseDateTime(value: unknown): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalid(value);
    return new Date(value.getTime());
  }
  if (typeof value !== 'string') throw invalid(value);
  const m = DATE_TIME.exec(value);
  if (!m || !isLocalDate(m[1])) throw invalid(value);
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const [offH, offM] = m[6] ? [0, 0] : [Number(m[8]), Number(m[9])];
  if (hour > 23 || minute > 59 || second > 59 || offH > 23 || offM > 59) throw invalid(value);
  const ms = m[5] ? Number(m[5].slice(0, 3).padEnd(3, '0')) : 0;
  const sign = m[7] === '-' ? -1 : 1;
  const local = Date.UTC(Number(m[1].slice(0, 4)), Number(m[1].slice(5, 7)) - 1, Number(m[1].slice(8, 10)), hour, minute, second, ms);
  return new Date(local - sign * (offH * 60 + offM) * 60_000);
}

/** True for input `parseDateTime` accepts. */
export function isDateTime(value: unknown): boolean {
  try {
    parseDateTime(value);
    return true;
  } catch {
    return false;
  }
}

/** The UTC ISO string of an instant, e.g. `2024-10-17T08:00:00.000Z`. Throws RangeError on an invalid Date. */
export function formatDateTime(d: Date): string {
  return d.toISOString();
}
