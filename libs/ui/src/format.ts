/**
 * Display formatting for the front ends (architecture.md §Front ends): Vietnamese first, English
 * second; money `1.234.567 ₫`, dates dd/MM/yyyy. Pure functions, no React, no Intl dependency for
 * money (exact for any size of amount).
 */
import { isLocalDate, parseLocalDate, parsePeriod } from '@lnob/domain';

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

/** The sign put in front of negative amounts: ASCII hyphen-minus (copies into spreadsheets as a number). */
export const NEGATIVE_SIGN = '-';

const WHOLE = /^-?[0-9]+$/;

/** Groups an unsigned string of digits by three from the right with `sep`. */
function groupDigits(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * Splits an amount of whole đồng into sign and digits, exactly. Accepts an integer number, a bigint,
 * or a string of an optional '-' and ASCII digits (the API sends amounts beyond 2^53 as strings).
 * Throws RangeError for anything else (fractions, NaN, Infinity, '1e6', '1.000', '').
 */
function splitAmount(amount: number | string | bigint): { negative: boolean; digits: string } {
  let text: string;
  if (typeof amount === 'bigint') {
    text = amount.toString();
  } else if (typeof amount === 'number') {
    if (!Number.isInteger(amount)) throw new RangeError(`Not a whole VND amount: ${amount}`);
    // BigInt() prints the exact value of the double (no exponent notation for large numbers).
    text = BigInt(amount).toString();
  } else if (typeof amount === 'string' && WHOLE.test(amount)) {
    text = amount;
  } else {
    throw new RangeError(`Not a whole VND amount: ${JSON.stringify(String(amount).slice(0, 40))}`);
  }
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '');
  // -0 and '-000' are zero, shown without a sign.
  return { negative: negative && digits !== '0', digits };
}

/**
 * Formats an amount of VND. vi: `1.234.567 ₫` (dot groups, a space, then ₫); en: `₫1,234,567`.
 * Negative amounts start with {@link NEGATIVE_SIGN}: `-1.234.567 ₫`, `-₫1,234,567`.
 */
export function formatVnd(amount: number | string | bigint, locale: Locale = DEFAULT_LOCALE): string {
  const { negative, digits } = splitAmount(amount);
  const sign = negative ? NEGATIVE_SIGN : '';
  return locale === 'en' ? `${sign}₫${groupDigits(digits, ',')}` : `${sign}${groupDigits(digits, '.')} ₫`;
}

/** Formats a number with the locale's digit grouping (`1.234.567` / `1,234,567`); integers only, exact. */
export function formatInteger(value: number | string | bigint, locale: Locale = DEFAULT_LOCALE): string {
  const { negative, digits } = splitAmount(value);
  return `${negative ? NEGATIVE_SIGN : ''}${groupDigits(digits, locale === 'en' ? ',' : '.')}`;
}

/**
 * Formats a LocalDate `YYYY-MM-DD` as `dd/MM/yyyy` (both locales: the house style for dates).
 * Throws the domain's INVALID_LOCAL_DATE error for anything that is not a real date.
 * (Not to be confused with `formatLocalDate(year, month, day)` of @lnob/domain, which builds the ISO form.)
 */
export function formatLocalDate(date: string): string {
  const iso = parseLocalDate(date);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Formats a reporting period (`2024`, `2024H1`, `2024Q3`, `2024-10`) for people:
 * vi `Năm 2024`, `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024`, `Quý III/2024`, `Tháng 10/2024`;
 * en `Year 2024`, `First half of 2024`, `Second half of 2024`, `Q3 2024`, `October 2024`.
 * Throws the domain's INVALID_PERIOD error for anything else.
 */
export function formatPeriod(period: string, locale: Locale = DEFAULT_LOCALE): string {
  const { kind, year, index } = parsePeriod(period);
  const en = locale === 'en';
  switch (kind) {
    case 'YEAR':
      return en ? `Year ${year}` : `Năm ${year}`;
    case 'HALF':
      if (en) return `${index === 1 ? 'First' : 'Second'} half of ${year}`;
      return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'QUARTER':
      return en ? `Q${index} ${year}` : `Quý ${ROMAN[index - 1]}/${year}`;
    case 'MONTH':
      return en ? `${EN_MONTHS[index - 1]} ${year}` : `Tháng ${index}/${year}`;
  }
}

const DISPLAY_DATE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/**
 * Parses what a person types in a date field, `dd/MM/yyyy` (also `d/M/yyyy`, `.` or `-` as
 * separators), into a LocalDate `YYYY-MM-DD`; null when it is not a real date.
 */
export function parseDisplayDate(text: string): string | null {
  const m = DISPLAY_DATE.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

/** Vietnam is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Formats an instant (`DateTime`, ISO-8601) as Vietnam wall-clock time `dd/MM/yyyy HH:mm` (both
 * locales; with `seconds`, `HH:mm:ss`). Returns the input unchanged when it is not a date.
 */
export function formatTimestamp(iso: string, opts: { seconds?: boolean } = {}): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const t = new Date(ms + VIETNAM_OFFSET_MS);
  const time = `${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}${opts.seconds ? `:${pad2(t.getUTCSeconds())}` : ''}`;
  return `${pad2(t.getUTCDate())}/${pad2(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${time}`;
}

/** The first instant of a LocalDate in Vietnam, as a DateTime string: `2024-06-01T00:00:00+07:00`. */
export function startOfVietnamDay(date: string): string {
  return `${parseLocalDate(date)}T00:00:00.000+07:00`;
}

/** The last millisecond of a LocalDate in Vietnam: `2024-06-01T23:59:59.999+07:00`. */
export function endOfVietnamDay(date: string): string {
  return `${parseLocalDate(date)}T23:59:59.999+07:00`;
}

/**
 * Formats a fraction as a percentage with `digits` decimals: vi `12,3 %`, en `12.3%`; `—` for null
 * (a rate over zero households).
 */
export function formatPercent(fraction: number | null | undefined, locale: Locale = DEFAULT_LOCALE, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  const fixed = (Math.round(fraction * 100 * 10 ** digits) / 10 ** digits).toFixed(digits);
  const [whole, decimals] = fixed.split('.');
  const sep = locale === 'en' ? '.' : ',';
  const num = `${formatInteger(whole, locale)}${decimals ? sep + decimals : ''}`;
  return locale === 'en' ? `${num}%` : `${num} %`;
}

/** A rate with its parts, never only the percentage: vi `12,3 % (123 / 1.000)`, en `12.3% (123 / 1,000)`. */
export function formatRate(rate: { numerator: number; denominator: number; value: number | null }, locale: Locale = DEFAULT_LOCALE): string {
  return `${formatPercent(rate.value, locale)} (${formatInteger(rate.numerator, locale)} / ${formatInteger(rate.denominator, locale)})`;
}
