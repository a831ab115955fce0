/**
 * The pure parts of the Fund for the Poor screens: amounts typed as `1.234.567`, which way a ledger
 * row moved money for the fund viewed (and who was on the other side), the months of the overview,
 * a donor found by the donor picker and the typed error's figures. The code lists' labels are in
 * ./labels.
 */
import type { CombinedError } from '@urql/core';
import { isValidOn, type Validity } from '@lnob/domain';
import { formatInteger, parseWholeInput, type Locale } from '@lnob/ui';
import { beneficiaryKindLabel } from './labels';
import type { FundOverviewQuery, LedgerRowFragment, MonthFieldsFragment, TransactionKind } from './operations';

// --- amounts -----------------------------------------------------------------------------------

/**
 * An amount of whole đồng as a person types it: `1.234.567` (Vietnamese grouping), `1,234,567`
 * (English), `1 234 567`, `1234567` (@lnob/ui parseWholeInput), optionally followed by `₫`, `đ`, `d`
 * or `VND`. Groups must be of three digits, so `1.5` or `1.234,5` (a fraction) are refused rather
 * than misread. null when it is not a whole, non-negative, safe amount.
 */
export function parseAmountInput(text: string): number | null {
  return parseWholeInput(text.replace(/\u00a0|\u202f/g, ' ').trim().replace(/\s*(₫|đ|d|vnd|vnđ)$/i, ''));
}

/** The digits of an amount grouped for the field (`1.234.567`, en `1,234,567`); '' for null. */
export function formatAmountInput(amount: number | null, locale: Locale): string {
  return amount === null ? '' : formatInteger(amount, locale);
}

// --- the ledger --------------------------------------------------------------------------------

export type Direction = 'IN' | 'OUT';

type Movement = { kind: TransactionKind; fund: { id: string } | null; reverses?: { kind: TransactionKind } | null };

/**
 * Which way a transaction moved money for the fund `fundId`: donations and fulfilments in,
 * disbursements out, a transfer out of the sender and into the receiver, a reversal the other way
 * of what it reverses. null when it cannot be told (a reversal whose original is not visible).
 */
export function direction(tx: Movement, fundId: string): Direction | null {
  switch (tx.kind) {
    case 'DONATION':
    case 'PLEDGE_FULFILMENT':
      return 'IN';
    case 'DISBURSEMENT':
      return 'OUT';
    case 'TRANSFER':
      return tx.fund?.id === fundId ? 'OUT' : 'IN';
    case 'REVERSAL': {
      if (!tx.reverses) return null;
      const original = direction({ kind: tx.reverses.kind, fund: tx.fund }, fundId);
      return original === null ? null : original === 'IN' ? 'OUT' : 'IN';
    }
  }
}

/** Who gave, who or what received, or the other fund: the "content" of a row. */
export function counterparty(tx: Pick<LedgerRowFragment, 'kind' | 'donor' | 'anonymous' | 'beneficiaryKind' | 'beneficiaryName' | 'household' | 'fund' | 'counterFund'>, fundId: string, locale: Locale): string {
  switch (tx.kind) {
    case 'DONATION':
    case 'PLEDGE_FULFILMENT':
      return tx.donor?.name ?? '';
    case 'DISBURSEMENT':
      if (tx.beneficiaryKind === 'HOUSEHOLD') return [beneficiaryKindLabel('HOUSEHOLD', locale), tx.household?.area?.name].filter(Boolean).join(' · ');
      return tx.beneficiaryName ?? '';
    case 'TRANSFER':
      return (tx.fund?.id === fundId ? tx.counterFund?.name : tx.fund?.name) ?? '';
    case 'REVERSAL':
      return '';
  }
}

// --- the overview ------------------------------------------------------------------------------

export const MONTH_ALIASES = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12'] as const;
export type MonthAlias = (typeof MONTH_ALIASES)[number];

/** The variables of the overview query for a year: the year, its period and its twelve months. */
export function overviewVariables(fundId: string, year: number) {
  const months = Object.fromEntries(MONTH_ALIASES.map((m, i) => [m, `${year}-${String(i + 1).padStart(2, '0')}`])) as Record<MonthAlias, string>;
  return { id: fundId, year, period: String(year), ...months };
}

export interface MonthRow {
  month: number;
  raised: number;
  spent: number;
  transferredIn: number;
  transferredOut: number;
  /** raised + transferred in */
  moneyIn: number;
  /** spent + transferred out */
  moneyOut: number;
}

/** The twelve months of an overview answer, January first. */
export function monthRows(data: Pick<FundOverviewQuery, MonthAlias>): MonthRow[] {
  return MONTH_ALIASES.map((alias, i) => {
    const m: MonthFieldsFragment = data[alias];
    return { month: i + 1, raised: m.raised, spent: m.spent, transferredIn: m.transferredIn, transferredOut: m.transferredOut, moneyIn: m.raised + m.transferredIn, moneyOut: m.spent + m.transferredOut };
  });
}

/**
 * The year an overview opens on: this year, or for a fund that closed (a district fund, a committee
 * merged in 2025) the year of its last day, for one that has not opened yet the year it opens.
 */
export function defaultYear(fund: { validFrom: string; validTo: string | null }, today: string): number {
  if (fund.validTo && fund.validTo < today) return Number(fund.validTo.slice(0, 4));
  if (fund.validFrom > today) return Number(fund.validFrom.slice(0, 4));
  return Number(today.slice(0, 4));
}

/** The years offered by the overview: from the fund's first to its last (or this) year, newest first. */
export function yearsOf(fund: { validFrom: string; validTo: string | null }, today: string): number[] {
  const from = Math.max(Number(fund.validFrom.slice(0, 4)), 2000);
  const to = Number((fund.validTo && fund.validTo < today ? fund.validTo : today).slice(0, 4));
  const out: number[] = [];
  for (let y = Math.max(to, from); y >= from; y--) out.push(y);
  return out;
}

/** Whether a fund takes movements dated `date` (between its first and last day: @lnob/domain isValidOn). */
export const fundOpenOn: (fund: Validity, date: string) => boolean = isValidOn;

/** A default date for a new movement: today, or the fund's last day when it has closed. */
export function defaultMovementDate(fund: { validTo: string | null }, today: string): string {
  return fund.validTo && fund.validTo < today ? fund.validTo : today;
}

// --- donors ------------------------------------------------------------------------------------

/** A donor found by the donor picker (`donors(search)`). */
export interface DonorOption {
  id: string;
  name: string;
  kind: string;
  taxCode?: string | null;
}

// --- typed errors ------------------------------------------------------------------------------

export interface BalanceFigures {
  balance: number | null;
  amount: number | null;
  shortfall: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : null);

/**
 * The figures of a FUND_BALANCE_INSUFFICIENT answer: `extensions.details` (`{ fundId, balance,
 * amount, shortfall }`, the balance the refusal was checked against under the fund's lock); also
 * read from `extensions.figures` or `extensions` itself. Nulls when the answer carries none.
 */
export function balanceFigures(error: CombinedError | null | undefined): BalanceFigures | null {
  const e = error?.graphQLErrors.find((x) => x.extensions?.reason === 'FUND_BALANCE_INSUFFICIENT');
  if (!e) return null;
  const x = e.extensions as Record<string, unknown>;
  const nested = [x.details, x.figures].find((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
  const f = nested ?? x;
  return { balance: num(f.balance), amount: num(f.amount), shortfall: num(f.shortfall) };
}
