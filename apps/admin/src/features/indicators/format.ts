/**
 * Indicator figures on screen and in forms. The API sends exact decimals as text (`-1234.5`, never
 * a float); these show them in the house format of the locale and read what people type back into
 * that exact text. Pure functions (format.test.ts).
 */
import { formatVnd, type Locale } from '@lnob/ui';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** vi `-1.234,5`, en `-1,234.5`; anything that is not a decimal as it is. */
export function formatDecimalText(value: string, locale: Locale): string {
  const m = DECIMAL.exec(value.trim());
  if (!m) return value;
  const whole = m[2].replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'en' ? ',' : '.');
  const zero = !/[1-9]/.test(value);
  return `${m[1] === '-' && !zero ? '-' : ''}${whole}${m[3] ? (locale === 'en' ? '.' : ',') + m[3] : ''}`;
}

/**
 * A figure with its unit: money as `1.234.567 ₫`, percentages as `12,5 %` (en `12.5%`), points as
 * `-0,5 điểm %`… other units without a sign (the table says the unit).
 */
export function formatFigure(value: string, unit: string, locale: Locale): string {
  const text = formatDecimalText(value, locale);
  if (unit === 'VND' && /^-?\d+$/.test(value.trim())) return formatVnd(value.trim(), locale);
  if (unit === 'PERCENT') return locale === 'en' ? `${text}%` : `${text} %`;
  if (unit === 'POINT') return locale === 'en' ? `${text} pt` : `${text} điểm %`;
  return text;
}

/** A ratio's parts as `numerator / denominator`, each in the house format of the locale (`425 / 10.000`). */
export const formatParts = (numerator: number, denominator: number, locale: Locale) => `${formatDecimalText(String(numerator), locale)} / ${formatDecimalText(String(denominator), locale)}`;

/**
 * What a person typed as a number, as exact decimal text (`1234.5`), or null when it is not one.
 * Digit groups and the decimal mark follow the locale (vi `1.234,5`, en `1,234.5`), but a lone
 * mark that cannot be a group separator (`12.5`, `0,25`) is read as the decimal mark either way.
 */
export function parseDecimalInput(text: string, locale: Locale): string | null {
  const s = text.replace(/\s+/g, '');
  const m = /^(-?)([0-9.,]+)$/.exec(s);
  if (!m || !/\d/.test(m[2])) return null;
  const [group, mark] = locale === 'en' ? [',', '.'] : ['.', ','];
  const body = m[2];
  const grouped = (part: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(part);
  let whole: string;
  let frac = '';
  const marks = [...body].filter((c) => c === '.' || c === ',');
  if (marks.length === 0) whole = body;
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

/** A whole number of 0 or more typed with or without digit groups (`1.234`, `1 234`), or null. */
export function parseWholeInput(text: string): number | null {
  const s = text.replace(/[\s.,]/g, '');
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}
