/**
 * A fund's summary over a period from its entries grouped by what they belong to. Each group is the
 * fund's entries of one (kind, category, direction, side) — a reversal grouped with the kind and
 * category of what it reverses, so that it counts against it.
 */
import type { LocalDate } from '../scalars/local-date';
import type { Vnd } from '../scalars/vnd';
import { DISBURSEMENT_CATEGORIES, MONEY_IN_KINDS, type DisbursementCategory, type TransactionKind } from './vocabulary';

export interface EntryGroup {
  /** The kind of the transaction, or of the one a reversal reverses. */
  kind: TransactionKind;
  category: DisbursementCategory | null;
  direction: 'DEBIT' | 'CREDIT';
  /** TRANSFER: whether the fund received the original transfer. */
  incoming: boolean;
  /** Σ amounts of the group's entries (positive). */
  amount: Vnd;
  /** Transactions in the group, reversals counted −1. */
  count: number;
}

export interface FundSummary {
  from: LocalDate;
  to: LocalDate;
  openingBalance: Vnd;
  closingBalance: Vnd;
  /** Donations and pledge fulfilments, net of their reversals. */
  raised: Vnd;
  donations: number;
  spent: Vnd;
  spentByCategory: { category: DisbursementCategory; amount: Vnd; count: number }[];
  transferredIn: Vnd;
  transferredOut: Vnd;
}

export function summarizeEntryGroups(groups: readonly EntryGroup[], period: { from: LocalDate; to: LocalDate; openingBalance: Vnd; closingBalance: Vnd }): FundSummary {
  const signed = (g: EntryGroup) => (g.direction === 'DEBIT' ? g.amount : -g.amount);
  const sum = (pred: (g: EntryGroup) => boolean, sign = 1) => groups.filter(pred).reduce((a, g) => a + sign * signed(g), 0);
  const count = (pred: (g: EntryGroup) => boolean) => groups.filter(pred).reduce((a, g) => a + g.count, 0);
  const spentByCategory = DISBURSEMENT_CATEGORIES.map((category) => {
    const inCategory = (g: EntryGroup) => g.kind === 'DISBURSEMENT' && g.category === category;
    return { category, amount: sum(inCategory, -1), count: count(inCategory) };
  }).filter((c) => c.amount !== 0 || c.count !== 0);
  return {
    ...period,
    raised: sum((g) => MONEY_IN_KINDS.includes(g.kind)),
    // A reversed donation counts +1 (its DEBIT group) and −1 (the reversal's CREDIT group): net of reversals.
    donations: count((g) => MONEY_IN_KINDS.includes(g.kind)),
    spent: spentByCategory.reduce((a, c) => a + c.amount, 0),
    spentByCategory,
    // A transfer (or its reversal) counts in or out by the fund's side of the original.
    transferredIn: sum((g) => g.kind === 'TRANSFER' && g.incoming),
    transferredOut: sum((g) => g.kind === 'TRANSFER' && !g.incoming, -1),
  };
}
