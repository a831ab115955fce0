/**
 * The pure parts of opening a fund: the level and name suggested by the committee chosen, the bank
 * account rows' checks (as the API's: CreateFundInput) and the mutation's input.
 */
import { FUND_LEVELS, type FundLevel } from '@lnob/domain';

/** A fund's level from its committee's (a hamlet has no fund: null). */
export function fundLevelFor(organizationLevel: string): FundLevel | null {
  return (FUND_LEVELS as readonly string[]).includes(organizationLevel) ? (organizationLevel as FundLevel) : null;
}

const VFF_PREFIX = /^(ủy|uỷ) ban (mặt trận tổ quốc|mttq) (việt nam )?/i;

/**
 * The name a fund usually has: `Quỹ "Vì người nghèo" tỉnh Quảng Nam` from the committee's area
 * (`Tỉnh Quảng Nam`) or, without one, from the committee's name after "Ủy ban MTTQ Việt Nam";
 * `… Trung ương` for the central committee.
 */
export function suggestedFundName(committee: { name: string; level: string; area: { name: string } | null }): string {
  const base = 'Quỹ "Vì người nghèo"';
  if (committee.level === 'CENTRAL') return `${base} Trung ương`;
  const place = committee.area?.name ?? committee.name.replace(VFF_PREFIX, '');
  const trimmed = place.trim();
  return trimmed ? `${base} ${trimmed.charAt(0).toLocaleLowerCase('vi')}${trimmed.slice(1)}` : base;
}

export interface BankAccountRow {
  bankName: string;
  accountNumber: string;
  accountName: string;
}

export const emptyAccount = (): BankAccountRow => ({ bankName: '', accountNumber: '', accountName: '' });

const ACCOUNT_NUMBER = /^[0-9A-Za-z.-]{4,32}$/;
export const BANK_NAME_MAX = 120;
export const ACCOUNT_NAME_MAX = 255;
export const FUND_NAME_MAX = 255;

const blank = (r: BankAccountRow) => !r.bankName.trim() && !r.accountNumber.trim() && !r.accountName.trim();

export type AccountProblem = 'required' | 'accountNumber' | 'bankNameLength' | 'accountNameLength';

/**
 * The problems of the account rows by field path (`bankAccounts[0].accountNumber`), as the API
 * names them; rows left entirely blank are dropped, not checked.
 */
export function accountProblems(rows: readonly BankAccountRow[]): Record<string, AccountProblem> {
  const out: Record<string, AccountProblem> = {};
  rows.filter((r) => !blank(r)).forEach((r, k) => {
    const at = (f: keyof BankAccountRow) => `bankAccounts[${k}].${f}`;
    const bank = r.bankName.trim();
    const name = r.accountName.trim();
    if (!bank) out[at('bankName')] = 'required';
    else if (bank.length > BANK_NAME_MAX) out[at('bankName')] = 'bankNameLength';
    if (!r.accountNumber.trim()) out[at('accountNumber')] = 'required';
    else if (!ACCOUNT_NUMBER.test(r.accountNumber.trim())) out[at('accountNumber')] = 'accountNumber';
    if (!name) out[at('accountName')] = 'required';
    else if (name.length > ACCOUNT_NAME_MAX) out[at('accountName')] = 'accountNameLength';
  });
  return out;
}

/**
 * The index an account row has in the input (blank rows dropped), or null for a blank row: field
 * errors come back by the input's index.
 */
export function inputIndexOf(rows: readonly BankAccountRow[], k: number): number | null {
  if (blank(rows[k])) return null;
  return rows.slice(0, k).filter((r) => !blank(r)).length;
}

export interface CreateFundValue {
  committee: { id: string } | null;
  name: string;
  level: FundLevel;
  campaignBoard: { id: string } | null;
  validFrom: string;
  accounts: BankAccountRow[];
}

/** The createFund input (trimmed; blank account rows dropped). */
export function createFundInput(v: CreateFundValue) {
  return {
    organizationId: v.committee?.id ?? '',
    name: v.name.trim(),
    level: v.level,
    campaignBoardId: v.campaignBoard?.id ?? null,
    validFrom: v.validFrom,
    bankAccounts: v.accounts.filter((r) => !blank(r)).map((r) => ({ bankName: r.bankName.trim(), accountNumber: r.accountNumber.trim(), accountName: r.accountName.trim() })),
  };
}
