/**
 * The pure parts of the reconciliation tab (đối chiếu sao kê): the period of the summary, the share
 * matched in words (never a false 0 % or 100 %), which files may be sent, the import's problems and
 * skipped rows in words, the statuses and evidence of statement lines, and the manual match's
 * candidates (donations of the line's amount around its date).
 */
import { daysBetween, isPeriod, parsePeriod as parseDomainPeriod } from '@lnob/domain';
import { isMessageKey, formatFraction, formatPercent, t, type Locale } from '@lnob/ui';
import { uploadProblem, type FileProblem } from '../common/files';
import { oneOf } from '../common/filters';
import type { StatementLineStatus } from './operations';

// --- statuses and evidence -------------------------------------------------------------------

/** The line statuses in the filter's order. */
export const LINE_STATUSES: readonly StatementLineStatus[] = ['UNMATCHED', 'PROPOSED', 'CONFIRMED', 'OUTGOING'];

export const LINE_STATUS_TONE: Record<StatementLineStatus, 'neutral' | 'good' | 'bad' | 'warn'> = { UNMATCHED: 'bad', PROPOSED: 'warn', CONFIRMED: 'good', OUTGOING: 'neutral' };

/** A status from the URL, or undefined (all statuses). */
export const lineStatusOf = (text: string | null) => oneOf(LINE_STATUSES, text);

export function lineStatusLabel(status: string, locale: Locale): string {
  const key = `recon.status.${status}`;
  return isMessageKey(key) ? t(key, locale) : status;
}

/** AMOUNT, DATE, REFERENCE, NAME in words; an unknown code as it is. */
export function evidenceLabel(code: string, locale: Locale): string {
  const key = `recon.evidence.${code}`;
  return isMessageKey(key) ? t(key, locale) : code;
}

// --- the summary ------------------------------------------------------------------------------

export interface Share {
  numerator: number;
  denominator: number;
  value: number;
}

/**
 * The share matched as a percentage with one decimal, never rounded to a false "0 %" (something is
 * matched) or "100 %" (something is not): `0,04 %` shows as `0,1 %`, `99,97 %` as `99,9 %`.
 */
export function sharePercent(share: Share | null, locale: Locale): string {
  if (!share || share.denominator <= 0) return formatPercent(null, locale);
  if (share.numerator <= 0) return formatPercent(0, locale, 0);
  if (share.numerator >= share.denominator) return formatPercent(1, locale, 0);
  const tenths = Math.min(999, Math.max(1, Math.round(share.value * 1000)));
  return formatPercent(tenths / 1000, locale);
}

/** The exact fraction, `15 / 17` (in lowest terms, as the API gives it). */
export function shareFraction(share: Share, locale: Locale): string {
  return formatFraction(share.numerator, share.denominator, locale);
}

/** The period of the summary: `2025` or `2025-01`. */
export function periodOf(year: number, month: number | null): string {
  return month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

/** The year and month of a `period` URL value (a YEAR or MONTH period of @lnob/domain: `2025`, `2025-01`); `fallbackYear` when it is neither. */
export function parsePeriod(text: string | null, fallbackYear: number): { year: number; month: number | null } {
  const p = isPeriod(text) ? parseDomainPeriod(text) : null;
  if (p?.kind === 'YEAR') return { year: p.year, month: null };
  if (p?.kind === 'MONTH') return { year: p.year, month: p.index };
  return { year: fallbackYear, month: null };
}

// --- the import -------------------------------------------------------------------------------

/** Why a chosen file cannot be sent as a statement (the API reads CSV only), or null. */
export function statementFileProblem(file: { name: string; size: number }): FileProblem | null {
  return uploadProblem(file, ['.csv']);
}

/** A problem's reason in words; the API's own message for a reason newer than this table. */
export function problemText(p: { reason: string; message: string }, locale: Locale): string {
  const key = `recon.problem.${p.reason}`;
  return isMessageKey(key) ? t(key, locale) : p.message || p.reason;
}

/** Row numbers as runs: `[10, 12, 13, 14, 20]` → `10, 12–14, 20`. */
export function rowRuns(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join(', ');
}

/** The account offered first: the fund's only account, else none (the officer chooses). */
export function defaultAccount(accounts: readonly { accountNumber: string }[]): string {
  return accounts.length === 1 ? accounts[0].accountNumber : '';
}

// --- the manual match -------------------------------------------------------------------------

/** Days either side of the line's date searched for a donation of its amount (proposals use ±3). */
export const MANUAL_MATCH_DAYS = 15;

/** Whole days between two dates, either way round. */
export function daysApart(a: string, b: string): number {
  return Math.abs(daysBetween(a, b));
}

export interface CandidateRow {
  id: string;
  kind: string;
  amount: number;
  occurredOn: string;
  reversedBy: { id: string } | null;
}

/**
 * The donations a money-in line may be matched to by hand: money in (donations and pledge
 * fulfilments) of exactly its amount, not reversed, nearest its date first (then oldest, then id).
 */
export function matchCandidates<R extends CandidateRow>(rows: readonly R[], line: { amount: number; occurredOn: string }): (R & { daysApart: number })[] {
  const seen = new Set<string>();
  return rows
    .filter((r) => (r.kind === 'DONATION' || r.kind === 'PLEDGE_FULFILMENT') && r.amount === line.amount && r.reversedBy === null && !seen.has(r.id) && seen.add(r.id))
    .map((r) => ({ ...r, daysApart: daysApart(r.occurredOn, line.occurredOn) }))
    .sort((a, b) => a.daysApart - b.daysApart || a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
}
