/**
 * Dates and amounts as Vietnamese bank exports write them.
 *
 * Dates: `dd/MM/yyyy` (also `-` or `.` between, one-digit day or month), optionally followed by a
 * time `HH:mm` or `HH:mm:ss` (ignored: the statement's day is the bank's local day), or ISO
 * `yyyy-MM-dd[ HH:mm[:ss]]`. Two-digit years are refused (ambiguous).
 *
 * Amounts: whole đồng with an optional sign (`+500.000`, `-500.000`, `(500.000)` for a negative),
 * an optional currency before or after (`VND`, `VNĐ`, `đ`, `₫`), spaces ignored, thousands grouped by
 * `.` or by `,` (`1.234.567`, `1,234,567`; a single group such as `1.234` is 1,234 đồng), and an
 * optional decimal part in the other separator that must be all zeros (`1,234,567.00`,
 * `1.234.567,00`). Anything else is refused: never guessed, never rounded.
 */
import { formatLocalDate, isLocalDate, type LocalDate } from '../scalars/local-date';
import type { Vnd } from '../scalars/vnd';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** The date of a statement cell, or null when it is not one. */
export function parseStatementDate(raw: string): LocalDate | null {
  const s = raw.trim();
  let m = DMY.exec(s);
  let date: string | null = null;
  if (m) date = formatLocalDate(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = YMD.exec(s))) date = formatLocalDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return date !== null && isLocalDate(date) ? date : null;
}

export type AmountProblem = 'INVALID_AMOUNT' | 'FRACTIONAL_AMOUNT' | 'AMOUNT_OUT_OF_RANGE';
export type AmountResult = { ok: true; value: Vnd } | { ok: false; reason: AmountProblem };

const CURRENCY = /^(?:vnd|vnđ|đ|₫)|(?:vnd|vnđ|đ|₫)$/iu;
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;
const WITH_DECIMALS = /^(\d{1,3}(?:([.,])\d{3})*|\d+)([.,])(\d+)$/;

/** The amount of a statement cell (signed), or why not. An empty cell is INVALID_AMOUNT. */
export function parseStatementAmount(raw: string): AmountResult {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  let negative = false;
  // One sign (parentheses count as one), before or after a leading currency: `-500`, `-VND 500`, `VND -500`.
  let signs = 0;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
    signs++;
  }
  const takeSign = () => {
    if (!/^[+-]/.test(s)) return;
    negative = negative !== (s[0] === '-');
    s = s.slice(1);
    signs++;
  };
  takeSign();
  s = s.replace(CURRENCY, '');
  takeSign();
  if (signs > 1) return { ok: false, reason: 'INVALID_AMOUNT' };
  let digits: string;
  if (/^\d+$/.test(s)) digits = s;
  else if (GROUPED_DOT.test(s) || GROUPED_COMMA.test(s)) digits = s.replace(/[.,]/g, '');
  else {
    const m = WITH_DECIMALS.exec(s);
    if (!m || m[2] === m[3]) return { ok: false, reason: 'INVALID_AMOUNT' };
    if (!/^0+$/.test(m[4])) return { ok: false, reason: 'FRACTIONAL_AMOUNT' };
    digits = m[1].replace(/[.,]/g, '');
  }
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'AMOUNT_OUT_OF_RANGE' };
  return { ok: true, value: negative && value !== 0 ? -value : value };
}
