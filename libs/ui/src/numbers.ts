/**
 * Numbers as people read and type them, beside ./format (kept apart from it on purpose: only the
 * lazily loaded screens import this module, so the first paint does not carry it). Exact decimals
 * arrive from the API as text (`-1234.5`, never a float) and are shown in the house format of the
 * locale; what people type is read back into that exact text, or into a whole number.
 */
import { formatInteger, formatVnd, NEGATIVE_SIGN, type Locale } from './format';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** The digit-group separator and the decimal mark of a locale: vi `1.234,5`, en `1,234.5`. */
const marks = (locale: Locale): [group: string, mark: string] => (locale === 'en' ? [',', '.'] : ['.', ',']);

/** vi `-1.234,5`, en `-1,234.5`; anything that is not a decimal as it is. */
export function formatDecimalText(value: string, locale: Locale): string {
  const m = DECIMAL.exec(value.trim());
  if (!m) return value;
  const zero = !/[1-9]/.test(value);
  return `${m[1] === '-' && !zero ? NEGATIVE_SIGN : ''}${formatInteger(m[2], locale)}${m[3] ? marks(locale)[1] + m[3] : ''}`;
}

/**
 * An indicator's figure with the sign of its unit (an IndicatorUnit code): money as `1.234.567 ₫`,
 * percentages as `12,5 %` (en `12.5%`), points as `-0,5 điểm %`… other units without a sign (the
 * table says the unit).
 */
export function formatFigure(value: string, unit: string, locale: Locale): string {
  const text = formatDecimalText(value, locale);
  if (unit === 'VND' && /^-?\d+$/.test(value.trim())) return formatVnd(value.trim(), locale);
  if (unit === 'PERCENT') return locale === 'en' ? `${text}%` : `${text} %`;
  if (unit === 'POINT') return locale === 'en' ? `${text} pt` : `${text} điểm %`;
  return text;
}

/** A fraction's parts as `numerator / denominator`, each grouped in the locale (`425 / 10.000`). */
export function formatFraction(numerator: number, denominator: number, locale: Locale): string {
  return `${formatInteger(numerator, locale)} / ${formatInteger(denominator, locale)}`;
}

const GROUPED = [/^\d{1,3}(\.\d{3})+$/, /^\d{1,3}(,\d{3})+$/, /^\d{1,3}( \d{3})+$/];

/**
 * A whole number of 0 or more as a person types it: `1234567`, or grouped by three with dots
 * (`1.234.567`), commas or spaces. Groups must be of three digits, so `1,5` or `1.234,5` (a fraction)
 * are refused rather than misread. null when it is not a whole, non-negative, safe number.
 */
export function parseWholeInput(text: string): number | null {
  const s = text.replace(/\u00a0|\u202f/g, ' ').trim();
  if (!/^\d+$/.test(s) && !GROUPED.some((re) => re.test(s))) return null;
  const n = Number(s.replace(/[., ]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * What a person typed as a number, as exact decimal text (`1234.5`), or null when it is not one.
 * Digit groups and the decimal mark follow the locale (vi `1.234,5`, en `1,234.5`), but a lone
 * mark that cannot be a group separator (`12.5`, `0,25`) is read as the decimal mark either way.
 */
export function parseDecimalInput(text: string, locale: Locale): string | null {
  const s = text.replace(/\s+/g, '');
  const m = /^(-?)([0-9.,]+)$/.exec(s);
  if (!m || !/\d/.test(m[2])) return null;
  const [group, mark] = marks(locale);
  const body = m[2];
  const grouped = (part: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(part);
  let whole: string;
  let frac = '';
  if (!/[.,]/.test(body)) whole = body;
  else if (body.includes(group) && body.includes(mark)) {
    const at = body.lastIndexOf(mark);
    whole = body.slice(0, at);
    frac = body.slice(at + 1);
    if (!grouped(whole, group) || !/^\d+$/.test(frac)) return null;
    whole = whole.split(group).join('');
  } else if (body.includes(mark)) {
    const parts = body.split(mark);
    if (parts.length !== 2 || !/^\d+$/.test(parts[0]) || !/^\d+$/.test(parts[1])) return null;
    [whole, frac] = parts;
  } else if (grouped(body, group)) {
    whole = body.split(group).join('');
  } else {
    const parts = body.split(group);
    if (parts.length !== 2 || !/^\d+$/.test(parts[0]) || !/^\d+$/.test(parts[1])) return null;
    [whole, frac] = parts;
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const out = frac ? `${whole}.${frac}` : whole;
  return m[1] === '-' && /[1-9]/.test(out) ? `-${out}` : out;
}
