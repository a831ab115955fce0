/**
 * The fields of a money movement, checked all at once (BAD_USER_INPUT with every field error), and
 * whether a fund is open on a date. Decisions made here (documented in docs as rules):
 *
 * - the date it happened (`occurredOn`) is a real date, not after today (Vietnam time);
 * - amounts are positive whole đồng; a reversal gives none (it takes its original's);
 * - each kind uses its own channels (CHANNELS_BY_KIND): SMS 1400 only for donations, transfers in
 *   cash or by bank, a reversal names none; IN_KIND needs a valuation (what was given, and on what
 *   basis it was valued in VND), and only IN_KIND has one;
 * - a disbursement needs a category and a beneficiary; housing categories need a household;
 * - a transfer needs two different funds, of any levels (central → province → commune is usual, but
 *   the district level ended in 2025 and cities fund other provinces, so adjacency is not required);
 *   both must be open on the date (checkFundOpen);
 * - a district fund has no movement dated after 30/06/2025, corrections included (date the
 *   reversal on or before that day: `recordedAt` still says when it was entered).
 */
import { Problems, type FieldError } from '../errors';
import { isLocalDate, type LocalDate } from '../scalars/local-date';
import { isVnd } from '../scalars/vnd';
import { refuse, type Decision } from './reasons';
import {
  CHANNELS_BY_KIND,
  DISTRICT_FUNDS_LAST_DAY,
  HOUSING_CATEGORIES,
  isBeneficiaryKind,
  isChannel,
  isDisbursementCategory,
  isTransactionKind,
  type FundLevel,
} from './vocabulary';

export const RECEIPT_NUMBER_MAX_LENGTH = 64;
export const REFERENCE_MAX_LENGTH = 64;
export const MOVEMENT_NOTE_MAX_LENGTH = 500;
export const VALUATION_TEXT_MAX_LENGTH = 500;
export const REVERSAL_REASON_MAX_LENGTH = 500;

/** A movement as the API receives it (after scalar parsing); every field may be missing. */
export interface MovementInput {
  kind: unknown;
  /** The fund recording it; for a transfer, the fund the money leaves. */
  fundId?: string | null;
  amount?: unknown;
  occurredOn?: unknown;
  channel?: unknown;
  valuation?: { description?: string | null; basis?: string | null } | null;
  category?: unknown;
  receiptNumber?: string | null;
  reference?: string | null;
  note?: string | null;
  donorId?: string | null;
  pledgeId?: string | null;
  beneficiary?: { kind?: unknown; id?: string | null } | null;
  /** TRANSFER: the fund the money goes to. */
  toFundId?: string | null;
  /** REVERSAL: the transaction it reverses, and why. */
  reversesId?: string | null;
  reason?: string | null;
}

const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';
const given = (v: unknown): boolean => v !== null && v !== undefined;

/** Every field problem of a movement, paths `${prefix}.field`. `today` is the local date in Vietnam. */
export function movementProblems(m: MovementInput, today: LocalDate, prefix = 'input'): FieldError[] {
  return collect(m, today, prefix).fieldErrors;
}

/** Throws BAD_USER_INPUT with every problem of the movement (reason VALIDATION_FAILED unless all share one, e.g. INVALID_VND). */
export function assertValidMovement(m: MovementInput, today: LocalDate, prefix = 'input'): void {
  collect(m, today, prefix).throwIfAny();
}

function collect(m: MovementInput, today: LocalDate, prefix: string): Problems {
  const p = new Problems();
  const at = (f: string) => `${prefix}.${f}`;
  if (!isTransactionKind(m.kind)) return p.add(at('kind'), 'not a transaction kind');
  const kind = m.kind;
  const reversal = kind === 'REVERSAL';
  p.check(at('fundId'), !blank(m.fundId), 'a fund is required');

  if (!isLocalDate(m.occurredOn)) p.add(at('occurredOn'), 'a date in YYYY-MM-DD form is required', 'INVALID_LOCAL_DATE');
  else p.check(at('occurredOn'), m.occurredOn <= today, `cannot be after today (${today})`);

  if (reversal) {
    p.check(at('amount'), !given(m.amount), "a reversal takes its original's amount: give none");
    p.check(at('channel'), !given(m.channel), "a reversal takes its original's channel: give none");
  } else if (!isVnd(m.amount)) p.add(at('amount'), 'a whole number of đồng is required', 'INVALID_VND');
  else p.check(at('amount'), m.amount > 0, 'must be more than 0 ₫');

  if (!reversal) {
    const allowed = CHANNELS_BY_KIND[kind];
    if (!isChannel(m.channel)) p.add(at('channel'), `one of ${allowed.join(', ')} is required`);
    else p.check(at('channel'), allowed.includes(m.channel), `${kind} cannot use ${m.channel}; allowed: ${allowed.join(', ')}`);
  }
  if (m.channel === 'IN_KIND') {
    const v = m.valuation;
    p.check(at('valuation.description'), !blank(v?.description), 'say what was given in kind');
    p.check(at('valuation.basis'), !blank(v?.basis), 'say how it was valued in VND (invoice, market price…)');
    for (const f of ['description', 'basis'] as const) {
      p.check(at(`valuation.${f}`), (v?.[f] ?? '').length <= VALUATION_TEXT_MAX_LENGTH, `at most ${VALUATION_TEXT_MAX_LENGTH} characters`);
    }
  } else p.check(at('valuation'), !given(m.valuation), 'only an IN_KIND movement has a valuation');

  p.check(at('receiptNumber'), (m.receiptNumber ?? '').length <= RECEIPT_NUMBER_MAX_LENGTH, `at most ${RECEIPT_NUMBER_MAX_LENGTH} characters`);
  p.check(at('reference'), (m.reference ?? '').length <= REFERENCE_MAX_LENGTH, `at most ${REFERENCE_MAX_LENGTH} characters`);
  p.check(at('note'), (m.note ?? '').length <= MOVEMENT_NOTE_MAX_LENGTH, `at most ${MOVEMENT_NOTE_MAX_LENGTH} characters`);

  if (kind === 'DONATION' || kind === 'PLEDGE_FULFILMENT') p.check(at('donorId'), !blank(m.donorId), 'a donor is required');
  if (kind === 'PLEDGE_FULFILMENT') p.check(at('pledgeId'), !blank(m.pledgeId), 'the pledge it fulfils is required');

  if (kind === 'DISBURSEMENT') {
    if (!isDisbursementCategory(m.category)) p.add(at('category'), 'a disbursement category is required');
    if (!isBeneficiaryKind(m.beneficiary?.kind)) p.add(at('beneficiary.kind'), 'HOUSEHOLD, EVENT or COMMUNITY_PROJECT is required');
    else if (isDisbursementCategory(m.category) && HOUSING_CATEGORIES.includes(m.category)) {
      p.check(at('beneficiary.kind'), m.beneficiary!.kind === 'HOUSEHOLD', `${m.category} goes to a household`);
    }
    p.check(at('beneficiary.id'), !blank(m.beneficiary?.id), 'a beneficiary is required');
  } else p.check(at('category'), !given(m.category), 'only a disbursement has a category');

  if (kind === 'TRANSFER') {
    if (p.check(at('toFundId'), !blank(m.toFundId), 'the receiving fund is required') && !blank(m.fundId)) {
      p.check(at('toFundId'), m.toFundId !== m.fundId, 'a transfer needs two different funds');
    }
  } else p.check(at('toFundId'), !given(m.toFundId), 'only a transfer has a receiving fund');

  if (reversal) {
    p.check(at('reversesId'), !blank(m.reversesId), 'the transaction it reverses is required');
    if (p.check(at('reason'), !blank(m.reason), 'say why it is reversed')) {
      p.check(at('reason'), m.reason!.length <= REVERSAL_REASON_MAX_LENGTH, `at most ${REVERSAL_REASON_MAX_LENGTH} characters`);
    }
  } else p.check(at('reversesId'), !given(m.reversesId), 'only a reversal reverses a transaction');
  return p;
}

export interface FundFacts {
  id: string;
  level: FundLevel;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

/** Why a fund takes no movement dated `date`, or null when it is open then. */
export function fundClosedProblem(fund: FundFacts, date: LocalDate): string | null {
  if (date < fund.validFrom) return `fund ${fund.id} opened on ${fund.validFrom}`;
  if (fund.validTo !== null && date > fund.validTo) return `fund ${fund.id} closed on ${fund.validTo}`;
  if (fund.level === 'DISTRICT' && date > DISTRICT_FUNDS_LAST_DAY) return `district funds have no movement after ${DISTRICT_FUNDS_LAST_DAY}`;
  return null;
}

/** CONFLICT / FUND_CLOSED when a fund the movement touches (both, for a transfer) is not open on `date`. */
export function checkFundOpen(funds: readonly FundFacts[], date: LocalDate): Decision {
  for (const f of funds) {
    const problem = fundClosedProblem(f, date);
    if (problem) return refuse('CONFLICT', 'FUND_CLOSED', problem, { fundId: f.id, date, validFrom: f.validFrom, validTo: f.validTo });
  }
  return { ok: true };
}
