/**
 * The fund ledger (architecture.md "Data layer"): append-only, double-entry. Every transaction is a
 * group of entries, each a positive whole-VND amount debited or credited to one account; a group's
 * debits equal its credits. An account's balance is Σ debits − Σ credits, so a fund's balance is
 * what it holds, and a donor's is minus what it gave.
 *
 * | kind                        | debit                    | credit                  |
 * |-----------------------------|--------------------------|-------------------------|
 * | DONATION, PLEDGE_FULFILMENT | FUND (the fund)          | DONOR                   |
 * | DISBURSEMENT                | BENEFICIARY              | FUND (the fund)         |
 * | TRANSFER                    | FUND (to) or OTHER_FUND  | FUND (from) or OTHER_FUND |
 * | REVERSAL                    | the original's entries with debit and credit swapped    ||
 */
import type { FieldError } from '../errors';
import { isVnd, type Vnd } from '../scalars/vnd';
import { refuse, type Decision } from './reasons';
import {
  isAccountKind,
  isEntryDirection,
  type AccountKind,
  type BeneficiaryKind,
  type Currency,
  type EntryDirection,
} from './vocabulary';

export interface AccountRef {
  kind: AccountKind;
  /** The id of the fund, donor, outside fund or bank account; for a beneficiary see beneficiaryAccountId. */
  id: string;
}

export interface LedgerEntry {
  account: AccountRef;
  direction: EntryDirection;
  /** Positive whole đồng. */
  amount: Vnd;
  currency: Currency;
}

/** Adds VND amounts exactly; throws RangeError when an operand or the sum leaves the safe-integer range. */
export function sumVnd(amounts: Iterable<Vnd>): Vnd {
  let total = 0;
  for (const a of amounts) {
    if (!isVnd(a)) throw new RangeError(`not a whole VND amount: ${a}`);
    total += a;
    if (!Number.isSafeInteger(total)) throw new RangeError('VND sum beyond the safe-integer range');
  }
  return total;
}

/** The account id of a beneficiary: its kind and id, `HOUSEHOLD:42`, so households and events never collide. */
export function beneficiaryAccountId(kind: BeneficiaryKind, id: string): string {
  return `${kind}:${id}`;
}

export const fundAccount = (fundId: string): AccountRef => ({ kind: 'FUND', id: fundId });

/** +amount for a debit, −amount for a credit. */
export function signedAmount(e: Pick<LedgerEntry, 'direction' | 'amount'>): Vnd {
  return e.direction === 'DEBIT' ? e.amount : -e.amount;
}

const entry = (account: AccountRef, direction: EntryDirection, amount: Vnd): LedgerEntry => ({ account, direction, amount, currency: 'VND' });

/** What a new (non-reversal) movement moves; the amount is checked by entryGroupProblems. */
export type MovementSpec =
  | { kind: 'DONATION' | 'PLEDGE_FULFILMENT'; fundId: string; donorId: string; amount: Vnd }
  | { kind: 'DISBURSEMENT'; fundId: string; beneficiary: { kind: BeneficiaryKind; id: string }; amount: Vnd }
  | {
      kind: 'TRANSFER';
      fromFundId: string;
      toFundId: string;
      amount: Vnd;
      /** Which side, if any, is a fund outside the hub (booked on an OTHER_FUND account). */
      outside?: 'FROM' | 'TO' | null;
    };

/** The entry group of a movement (debit first, then credit). */
export function buildEntries(spec: MovementSpec): LedgerEntry[] {
  switch (spec.kind) {
    case 'DONATION':
    case 'PLEDGE_FULFILMENT':
      return [entry(fundAccount(spec.fundId), 'DEBIT', spec.amount), entry({ kind: 'DONOR', id: spec.donorId }, 'CREDIT', spec.amount)];
    case 'DISBURSEMENT': {
      const beneficiary: AccountRef = { kind: 'BENEFICIARY', id: beneficiaryAccountId(spec.beneficiary.kind, spec.beneficiary.id) };
      return [entry(beneficiary, 'DEBIT', spec.amount), entry(fundAccount(spec.fundId), 'CREDIT', spec.amount)];
    }
    case 'TRANSFER': {
      const to: AccountRef = { kind: spec.outside === 'TO' ? 'OTHER_FUND' : 'FUND', id: spec.toFundId };
      const from: AccountRef = { kind: spec.outside === 'FROM' ? 'OTHER_FUND' : 'FUND', id: spec.fromFundId };
      return [entry(to, 'DEBIT', spec.amount), entry(from, 'CREDIT', spec.amount)];
    }
  }
}

/** The entries of a reversal: the original's, same accounts and amounts, debit and credit swapped. */
export function reversalEntries(original: readonly LedgerEntry[]): LedgerEntry[] {
  return original.map((e) => entry({ ...e.account }, e.direction === 'DEBIT' ? 'CREDIT' : 'DEBIT', e.amount));
}

/** An entry as read from storage or built by hand: nothing assumed. */
export interface UncheckedEntry {
  account: { kind: unknown; id: unknown };
  direction: unknown;
  amount: unknown;
  currency: unknown;
}

/**
 * Every problem of an entry group, paths `entries[i].field`: at least 2 entries; accounts of a known
 * kind with a non-empty id; DEBIT or CREDIT; amounts positive safe integers; currency VND; debits equal
 * credits. Empty when the group may be written. A non-empty answer for a group the server built is a bug.
 */
export function entryGroupProblems(entries: readonly UncheckedEntry[]): FieldError[] {
  const out: FieldError[] = [];
  if (entries.length < 2) out.push({ path: 'entries', message: `a transaction has at least 2 entries, got ${entries.length}` });
  let debits = 0;
  let credits = 0;
  let summable = true;
  entries.forEach((e, i) => {
    const at = (f: string) => `entries[${i}].${f}`;
    if (!isAccountKind(e.account?.kind)) out.push({ path: at('account.kind'), message: 'not an account kind' });
    if (typeof e.account?.id !== 'string' || e.account.id.trim() === '') out.push({ path: at('account.id'), message: 'an account id is required' });
    if (!isEntryDirection(e.direction)) {
      out.push({ path: at('direction'), message: 'must be DEBIT or CREDIT' });
      summable = false;
    }
    if (e.currency !== 'VND') out.push({ path: at('currency'), message: 'the only currency is VND' });
    if (!isVnd(e.amount) || e.amount <= 0) {
      out.push({ path: at('amount'), message: 'a positive whole number of đồng within the safe-integer range' });
      summable = false;
    } else if (e.direction === 'DEBIT') debits += e.amount;
    else if (e.direction === 'CREDIT') credits += e.amount;
  });
  if (summable && !(Number.isSafeInteger(debits) && Number.isSafeInteger(credits))) {
    out.push({ path: 'entries', message: 'the amounts add up beyond the safe-integer range' });
  } else if (summable && debits !== credits) {
    out.push({ path: 'entries', message: `debits (${debits}) and credits (${credits}) differ by ${debits - credits}: a group must sum to zero` });
  }
  return out;
}

/** The net change each entry group makes to every FUND account: fund id → Σ signed amounts (zero changes omitted). */
export function fundDeltas(entries: readonly LedgerEntry[]): Map<string, Vnd> {
  const out = new Map<string, Vnd>();
  for (const e of entries) {
    if (e.account.kind !== 'FUND') continue;
    out.set(e.account.id, sumVnd([out.get(e.account.id) ?? 0, signedAmount(e)]));
  }
  for (const [id, d] of [...out]) if (d === 0) out.delete(id);
  return out;
}

/** The balance of an account over entries: Σ debits − Σ credits. */
export function accountBalance(entries: readonly LedgerEntry[], account: AccountRef): Vnd {
  return sumVnd(entries.filter((e) => e.account.kind === account.kind && e.account.id === account.id).map(signedAmount));
}

/**
 * The balance rule: a fund never goes below zero. `delta` is the signed change (negative for money
 * out). Refuses CONFLICT / FUND_BALANCE_INSUFFICIENT with the fund, its balance, the amount going
 * out and the shortfall. Money in is always allowed.
 */
export function checkFundBalance(fundId: string, balance: Vnd, delta: Vnd): Decision<{ balanceAfter: Vnd }> {
  const balanceAfter = sumVnd([balance, delta]);
  if (delta >= 0 || balanceAfter >= 0) return { ok: true, balanceAfter };
  return refuse(
    'CONFLICT',
    'FUND_BALANCE_INSUFFICIENT',
    `Fund ${fundId} holds ${balance} ₫, ${-delta} ₫ cannot go out (short by ${-balanceAfter} ₫)`,
    { fundId, balance, amount: -delta, shortfall: -balanceAfter },
  );
}

/**
 * The balance rule for a whole group: every fund it touches, at its current balance (`balances`:
 * fund id → balance; a fund missing there holds 0). The first fund (in entry order) that would go
 * below zero is refused.
 */
export function checkGroupBalances(entries: readonly LedgerEntry[], balances: ReadonlyMap<string, Vnd>): Decision<{ balancesAfter: Map<string, Vnd> }> {
  const balancesAfter = new Map<string, Vnd>();
  for (const [fundId, delta] of fundDeltas(entries)) {
    const d = checkFundBalance(fundId, balances.get(fundId) ?? 0, delta);
    if (!d.ok) return d;
    balancesAfter.set(fundId, d.balanceAfter);
  }
  return { ok: true, balancesAfter };
}
