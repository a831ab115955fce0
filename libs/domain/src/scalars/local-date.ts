import { badInput } from '../errors';

/** A calendar date without time or zone, `YYYY-MM-DD`. Canonical strings compare correctly as strings. */
export type LocalDate = string;

export const LOCAL_DATE_MIN_YEAR = 1900;
export const LOCAL_DATE_MAX_YEAR = 2999;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Formats year, month (1–12) and day as `YYYY-MM-DD` without checking them. */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a string in strict `YYYY-MM-DD` form that names a real date in years 1900–2999. */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return (
    year >= LOCAL_DATE_MIN_YEAR &&
    year <= LOCAL_DATE_MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Returns `value` when it is a LocalDate, else throws BAD_USER_INPUT / INVALID_LOCAL_DATE. */
export function parseLocalDate(value: unknown): LocalDate {
  if (!isLocalDate(value)) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
    throw badInput('INVALID_LOCAL_DATE', `Not a date in YYYY-MM-DD form (years 1900–2999): ${shown}`);
  }
  return value;
}

/** Today's date in `timeZone` (default Vietnam, UTC+7, no daylight saving). */
export function todayLocal(now: Date = new Date(), timeZone = 'Asia/Ho_Chi_Minh'): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return formatLocalDate(part('year'), part('month'), part('day'));
}

/** Milliseconds since the epoch of midnight UTC on `d`. */
function toUtcMs(d: LocalDate): number {
  const v = parseLocalDate(d);
  return Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)) - 1, Number(v.slice(8, 10)));
}

function fromUtcMs(ms: number): LocalDate {
  const t = new Date(ms);
  return formatLocalDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * `d` plus `n` whole days (n may be negative). Throws INVALID_LOCAL_DATE when `d` is not a
 * LocalDate or the result falls outside years 1900–2999, and RangeError when `n` is not an integer.
 */
export function addDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addDays: ${n} is not a whole number of days`);
  return parseLocalDate(fromUtcMs(toUtcMs(d) + n * DAY_MS));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** Orders canonical LocalDates (plain string order is date order for `YYYY-MM-DD`). */
export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}
