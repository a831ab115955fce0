/**
 * Reconciliation of a bank statement with the recorded donations (issue 5 §4). A statement line and
 * a donation are a candidate pair when the line is money in of exactly the donation's amount, and
 * either their dates are at most `windowDays` apart or the references agree. Points
 * (MATCH_POINTS): equal amount 40; date 30 − 5 per day apart (within the window); reference 50 (equal
 * after dropping spaces and case, or the donation's reference of ≥ 6 characters found in the line's
 * description); donor name 25 (its folded words found in a row among the description's words, or a
 * name of ≥ 2 words and ≥ 8 letters found run together in the description without spaces). Proposals are one-to-one,
 * taken greedily: highest score first, then fewest days apart, then input order. An officer confirms
 * or rejects them; rejected pairs are passed back in `exclude` and never proposed again.
 */
import { daysBetween, type LocalDate } from '../scalars/local-date';
import type { Vnd } from '../scalars/vnd';
import { foldVietnamese } from '../text/fold';
import { sumVnd } from './ledger';

export const MATCH_WINDOW_DAYS = 3;
export const MATCH_POINTS = { AMOUNT: 40, DATE_SAME_DAY: 30, DATE_PER_DAY: 5, REFERENCE: 50, NAME: 25 } as const;
export const MATCH_EVIDENCE = ['AMOUNT', 'DATE', 'REFERENCE', 'NAME'] as const;
export type MatchEvidence = (typeof MATCH_EVIDENCE)[number];

export interface StatementLineRef {
  id: string;
  date: LocalDate;
  /** Signed; only money in (> 0) is matched. */
  amount: Vnd;
  description: string;
  reference: string | null;
}

export interface DonationRef {
  id: string;
  amount: Vnd;
  occurredOn: LocalDate;
  reference: string | null;
  /** The donor's name as recorded (anonymous donors included: matching is not public). */
  donorName: string | null;
}

export interface MatchCandidate {
  lineId: string;
  donationId: string;
  score: number;
  evidence: MatchEvidence[];
  daysApart: number;
}

const compact = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, '');
const words = (s: string) => foldVietnamese(s).split(/[^a-z0-9]+/).filter((w) => w !== '');

function referenceAgrees(line: StatementLineRef, d: DonationRef): boolean {
  const ref = d.reference ? compact(d.reference) : '';
  if (ref === '') return false;
  if (line.reference && compact(line.reference) === ref) return true;
  return ref.length >= 6 && compact(line.description).includes(ref);
}

function nameFound(description: string, name: string | null): boolean {
  if (!name) return false;
  const n = words(name);
  const desc = words(description);
  if (n.length > 0 && desc.some((_, i) => n.every((w, k) => desc[i + k] === w))) return true;
  const c = compact(name);
  return n.length >= 2 && c.length >= 8 && compact(description).includes(c);
}

/** The candidate pair of a line and a donation, or null when they cannot match. */
export function scoreMatch(line: StatementLineRef, d: DonationRef, windowDays = MATCH_WINDOW_DAYS): MatchCandidate | null {
  if (line.amount <= 0 || line.amount !== d.amount) return null;
  const daysApart = Math.abs(daysBetween(d.occurredOn, line.date));
  const inWindow = daysApart <= windowDays;
  const reference = referenceAgrees(line, d);
  if (!inWindow && !reference) return null;
  const evidence: MatchEvidence[] = ['AMOUNT'];
  let score = MATCH_POINTS.AMOUNT;
  if (inWindow) {
    evidence.push('DATE');
    score += Math.max(0, MATCH_POINTS.DATE_SAME_DAY - MATCH_POINTS.DATE_PER_DAY * daysApart);
  }
  if (reference) {
    evidence.push('REFERENCE');
    score += MATCH_POINTS.REFERENCE;
  }
  if (nameFound(line.description, d.donorName)) {
    evidence.push('NAME');
    score += MATCH_POINTS.NAME;
  }
  return { lineId: line.id, donationId: d.id, score, evidence, daysApart };
}

export interface MatchProposal {
  matches: MatchCandidate[];
  /** Money-in lines with no proposal, in input order. */
  unmatchedLines: string[];
  /** Donations with no proposal, in input order. */
  unmatchedDonations: string[];
  /** Lines of money out or of 0 ₫: not matched against donations. */
  outgoingLines: string[];
}

export function proposeMatches(
  lines: readonly StatementLineRef[],
  donations: readonly DonationRef[],
  options: { windowDays?: number; exclude?: readonly { lineId: string; donationId: string }[] } = {},
): MatchProposal {
  const excluded = new Set((options.exclude ?? []).map((p) => JSON.stringify([p.lineId, p.donationId])));
  const byAmount = new Map<Vnd, { d: DonationRef; order: number }[]>();
  donations.forEach((d, order) => {
    const same = byAmount.get(d.amount);
    if (same) same.push({ d, order });
    else byAmount.set(d.amount, [{ d, order }]);
  });
  const candidates: { c: MatchCandidate; lineOrder: number; donationOrder: number }[] = [];
  lines.forEach((line, lineOrder) => {
    for (const { d, order } of byAmount.get(line.amount) ?? []) {
      if (excluded.has(JSON.stringify([line.id, d.id]))) continue;
      const c = scoreMatch(line, d, options.windowDays ?? MATCH_WINDOW_DAYS);
      if (c) candidates.push({ c, lineOrder, donationOrder: order });
    }
  });
  candidates.sort(
    (a, b) => b.c.score - a.c.score || a.c.daysApart - b.c.daysApart || a.lineOrder - b.lineOrder || a.donationOrder - b.donationOrder,
  );
  const usedLines = new Set<string>();
  const usedDonations = new Set<string>();
  const matches: MatchCandidate[] = [];
  for (const { c } of candidates) {
    if (usedLines.has(c.lineId) || usedDonations.has(c.donationId)) continue;
    usedLines.add(c.lineId);
    usedDonations.add(c.donationId);
    matches.push(c);
  }
  return {
    matches,
    unmatchedLines: lines.filter((l) => l.amount > 0 && !usedLines.has(l.id)).map((l) => l.id),
    unmatchedDonations: donations.filter((d) => !usedDonations.has(d.id)).map((d) => d.id),
    outgoingLines: lines.filter((l) => l.amount <= 0).map((l) => l.id),
  };
}

export interface Fraction {
  numerator: number;
  denominator: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * How much of the money in is matched to a statement: Σ amounts of the matched donations over
 * Σ amounts of all the donations given (the caller chooses which: e.g. a fund's money in over a
 * period), with the share as an exact fraction in lowest terms; null share when there is no money in.
 */
export function reconciledShare(
  donations: readonly { id: string; amount: Vnd }[],
  matchedDonationIds: Iterable<string>,
): { amountIn: Vnd; matched: Vnd; share: Fraction | null } {
  const matchedIds = new Set(matchedDonationIds);
  const amountIn = sumVnd(donations.map((d) => d.amount));
  const matched = sumVnd(donations.filter((d) => matchedIds.has(d.id)).map((d) => d.amount));
  if (amountIn === 0) return { amountIn, matched, share: null };
  const g = gcd(matched, amountIn);
  return { amountIn, matched, share: { numerator: matched / g, denominator: amountIn / g } };
}
