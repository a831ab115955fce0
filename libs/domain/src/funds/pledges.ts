/**
 * Pledges (cam kết): a donor promises an amount by a due date and fulfils it in one or more
 * PLEDGE_FULFILMENT movements. Status as of a date, first match wins:
 * FULFILLED (fulfilled ≥ amount) → OVERDUE (after the due date; the due date itself is not overdue)
 * → PARTIAL (something fulfilled) → OPEN. A fulfilment may not exceed what is outstanding
 * (PLEDGE_OVER_FULFILLED): the excess is a donation of its own.
 */
import { Problems, type FieldError } from '../errors';
import type { Label } from '../areas/kinds';
import { isLocalDate, type LocalDate } from '../scalars/local-date';
import { isVnd, type Vnd } from '../scalars/vnd';
import { sumVnd } from './ledger';
import { refuse, type Decision } from './reasons';

export const PLEDGE_STATUSES = ['OPEN', 'PARTIAL', 'FULFILLED', 'OVERDUE'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, Label> = {
  OPEN: { vi: 'Chưa thực hiện', en: 'Open' },
  PARTIAL: { vi: 'Đã thực hiện một phần', en: 'Partly fulfilled' },
  FULFILLED: { vi: 'Đã hoàn thành', en: 'Fulfilled' },
  OVERDUE: { vi: 'Quá hạn', en: 'Overdue' },
};

export interface PledgeFacts {
  amount: Vnd;
  pledgedOn: LocalDate;
  dueOn: LocalDate;
  /** Fulfilments not reversed. */
  fulfilments: readonly { amount: Vnd; occurredOn: LocalDate }[];
}

export interface PledgeStanding {
  status: PledgeStatus;
  /** Fulfilled by `asOf` (fulfilments dated after it do not count yet). */
  fulfilled: Vnd;
  /** amount − fulfilled, never below 0. */
  outstanding: Vnd;
}

export function pledgeStanding(p: PledgeFacts, asOf: LocalDate): PledgeStanding {
  const fulfilled = sumVnd(p.fulfilments.filter((f) => f.occurredOn <= asOf).map((f) => f.amount));
  const outstanding = Math.max(0, p.amount - fulfilled);
  const status: PledgeStatus = outstanding === 0 ? 'FULFILLED' : asOf > p.dueOn ? 'OVERDUE' : fulfilled > 0 ? 'PARTIAL' : 'OPEN';
  return { status, fulfilled, outstanding };
}

/** Every field problem of a new pledge: positive amount, real dates, pledged not after today, due not before pledged. */
export function pledgeProblems(
  i: { donorId?: string | null; amount?: unknown; pledgedOn?: unknown; dueOn?: unknown },
  today: LocalDate,
  prefix = 'input',
): FieldError[] {
  const p = new Problems();
  const at = (f: string) => `${prefix}.${f}`;
  p.check(at('donorId'), typeof i.donorId === 'string' && i.donorId.trim() !== '', 'a donor is required');
  if (!isVnd(i.amount)) p.add(at('amount'), 'a whole number of đồng is required', 'INVALID_VND');
  else p.check(at('amount'), i.amount > 0, 'must be more than 0 ₫');
  const pledged = isLocalDate(i.pledgedOn) ? i.pledgedOn : null;
  if (!pledged) p.add(at('pledgedOn'), 'a date in YYYY-MM-DD form is required', 'INVALID_LOCAL_DATE');
  else p.check(at('pledgedOn'), pledged <= today, `cannot be after today (${today})`);
  if (!isLocalDate(i.dueOn)) p.add(at('dueOn'), 'a date in YYYY-MM-DD form is required', 'INVALID_LOCAL_DATE');
  else if (pledged) p.check(at('dueOn'), i.dueOn >= pledged, 'cannot be before the pledge date');
  return p.fieldErrors;
}

/**
 * Whether a fulfilment of `amount` dated `occurredOn` fits the pledge: not dated before the pledge
 * (BAD_USER_INPUT / VALIDATION_FAILED) and not more than outstanding counting every fulfilment so far
 * (CONFLICT / PLEDGE_OVER_FULFILLED, figures amount and outstanding).
 */
export function checkFulfilment(p: PledgeFacts, amount: Vnd, occurredOn: LocalDate, prefix = 'input'): Decision<{ outstandingAfter: Vnd }> {
  if (occurredOn < p.pledgedOn) {
    const message = `a fulfilment cannot be dated before the pledge (${p.pledgedOn})`;
    return refuse('BAD_USER_INPUT', 'VALIDATION_FAILED', message, { pledgedOn: p.pledgedOn }, [{ path: `${prefix}.occurredOn`, message }]);
  }
  const outstanding = Math.max(0, p.amount - sumVnd(p.fulfilments.map((f) => f.amount)));
  if (amount > outstanding) {
    return refuse('CONFLICT', 'PLEDGE_OVER_FULFILLED', `${amount} ₫ exceeds the ${outstanding} ₫ outstanding on the pledge`, {
      amount,
      outstanding,
      excess: amount - outstanding,
    });
  }
  return { ok: true, outstandingAfter: outstanding - amount };
}
