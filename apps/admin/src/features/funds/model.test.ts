import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import {
  balanceFigures,
  counterparty,
  defaultMovementDate,
  defaultYear,
  direction,
  formatAmountInput,
  fundOpenOn,
  monthRows,
  overviewVariables,
  parseAmountInput,
  yearsOf,
} from './model';
import type { FundOverviewQuery } from './operations';

describe('amounts typed by people', () => {
  it.each([
    ['1.234.567', 1_234_567],
    ['50.000.000', 50_000_000],
    ['1234567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['1 234 567', 1_234_567],
    ['1\u00a0234\u00a0567', 1_234_567],
    ['  2.000.000 ₫ ', 2_000_000],
    ['2.000.000đ', 2_000_000],
    ['500000 VND', 500_000],
    ['0', 0],
    ['007', 7],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
  ])('%j → %d', (text, amount) => {
    expect(parseAmountInput(text)).toBe(amount);
  });

  it.each(['', '   ', '1.5', '1.234,5', '1,5', '12.34.567', '1.2345', '-5', '1e6', 'abc', '1.234.567,00', '9.007.199.254.740.993', '1.234,567'])('%j is not a whole amount', (text) => {
    expect(parseAmountInput(text)).toBeNull();
  });

  it('is shown back grouped, in the locale', () => {
    expect(formatAmountInput(1_234_567, 'vi')).toBe('1.234.567');
    expect(formatAmountInput(1_234_567, 'en')).toBe('1,234,567');
    expect(formatAmountInput(null, 'vi')).toBe('');
    expect(parseAmountInput(formatAmountInput(50_000_000, 'vi'))).toBe(50_000_000);
    expect(parseAmountInput(formatAmountInput(50_000_000, 'en'))).toBe(50_000_000);
  });
});

describe('direction of a ledger row for the fund viewed', () => {
  const fund = (id: string) => ({ id });
  it('donations in, disbursements out, a transfer out of the sender and into the receiver', () => {
    expect(direction({ kind: 'DONATION', fund: fund('A') }, 'A')).toBe('IN');
    expect(direction({ kind: 'PLEDGE_FULFILMENT', fund: fund('A') }, 'A')).toBe('IN');
    expect(direction({ kind: 'DISBURSEMENT', fund: fund('A') }, 'A')).toBe('OUT');
    expect(direction({ kind: 'TRANSFER', fund: fund('A') }, 'A')).toBe('OUT');
    expect(direction({ kind: 'TRANSFER', fund: fund('A') }, 'B')).toBe('IN');
  });

  it('a reversal goes the other way of what it reverses (for either side of a transfer)', () => {
    expect(direction({ kind: 'REVERSAL', fund: fund('A'), reverses: { kind: 'DONATION' } }, 'A')).toBe('OUT');
    expect(direction({ kind: 'REVERSAL', fund: fund('A'), reverses: { kind: 'DISBURSEMENT' } }, 'A')).toBe('IN');
    expect(direction({ kind: 'REVERSAL', fund: fund('A'), reverses: { kind: 'TRANSFER' } }, 'A')).toBe('IN');
    expect(direction({ kind: 'REVERSAL', fund: fund('A'), reverses: { kind: 'TRANSFER' } }, 'B')).toBe('OUT');
    expect(direction({ kind: 'REVERSAL', fund: fund('A'), reverses: null }, 'A')).toBeNull();
  });

  it('names the other side: donor, event, household area, the other fund', () => {
    const base = { donor: null, anonymous: false, beneficiaryKind: null, beneficiaryName: null, household: null, fund: { id: 'A', name: 'Quỹ A' }, counterFund: { id: 'B', name: 'Quỹ B' } };
    expect(counterparty({ ...base, kind: 'DONATION', donor: { id: 'd', name: 'Công ty X', kind: 'ENTERPRISE' } }, 'A', 'vi')).toBe('Công ty X');
    expect(counterparty({ ...base, kind: 'DISBURSEMENT', beneficiaryKind: 'EVENT', beneficiaryName: 'Quà Tết 2025' }, 'A', 'vi')).toBe('Quà Tết 2025');
    expect(counterparty({ ...base, kind: 'DISBURSEMENT', beneficiaryKind: 'HOUSEHOLD', household: { id: 'h', area: { id: 'a', name: 'Huyện Tây Giang' } } }, 'A', 'vi')).toBe('Hộ gia đình · Huyện Tây Giang');
    expect(counterparty({ ...base, kind: 'TRANSFER' }, 'A', 'vi')).toBe('Quỹ B');
    expect(counterparty({ ...base, kind: 'TRANSFER' }, 'B', 'en')).toBe('Quỹ A');
    expect(counterparty({ ...base, kind: 'REVERSAL' }, 'A', 'vi')).toBe('');
  });
});

describe('the overview', () => {
  it('asks for the year, its period and its twelve months in one set of variables', () => {
    const v = overviewVariables('F1', 2025);
    expect(v).toMatchObject({ id: 'F1', year: 2025, period: '2025', m01: '2025-01', m09: '2025-09', m12: '2025-12' });
    expect(Object.keys(v).filter((k) => /^m\d\d$/.test(k))).toHaveLength(12);
  });

  it('reads the months back January first, with money in (raised + received) and out (spent + sent)', () => {
    const month = (raised: number, spent: number, tin = 0, tout = 0) => ({ from: '', raised, spent, transferredIn: tin, transferredOut: tout });
    const data = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`m${String(i + 1).padStart(2, '0')}`, month(i * 10, i, i === 0 ? 5 : 0, i === 11 ? 7 : 0)])) as unknown as FundOverviewQuery;
    const rows = monthRows(data);
    expect(rows.map((r) => r.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rows[0]).toEqual({ month: 1, raised: 0, spent: 0, transferredIn: 5, transferredOut: 0, moneyIn: 5, moneyOut: 0 });
    expect(rows[11]).toMatchObject({ moneyIn: 110, moneyOut: 18 });
  });

  it('opens on this year, or on the last year of a closed fund', () => {
    expect(defaultYear({ validFrom: '2021-01-01', validTo: null }, '2026-11-21')).toBe(2026);
    expect(defaultYear({ validFrom: '2021-01-01', validTo: '2025-06-30' }, '2026-11-21')).toBe(2025);
    expect(defaultYear({ validFrom: '2027-01-01', validTo: null }, '2026-11-21')).toBe(2027);
    expect(yearsOf({ validFrom: '2022-03-01', validTo: '2025-06-30' }, '2026-11-21')).toEqual([2025, 2024, 2023, 2022]);
    expect(yearsOf({ validFrom: '2025-01-01', validTo: null }, '2026-11-21')).toEqual([2026, 2025]);
  });

  it('dates a new movement today, or on the last day of a closed fund', () => {
    expect(defaultMovementDate({ validTo: null }, '2026-11-21')).toBe('2026-11-21');
    expect(defaultMovementDate({ validTo: '2025-06-30' }, '2026-11-21')).toBe('2025-06-30');
    expect(fundOpenOn({ validFrom: '2021-01-01', validTo: '2025-06-30' }, '2025-06-30')).toBe(true);
    expect(fundOpenOn({ validFrom: '2021-01-01', validTo: '2025-06-30' }, '2025-07-01')).toBe(false);
    expect(fundOpenOn({ validFrom: '2021-01-01', validTo: null }, '2020-12-31')).toBe(false);
  });
});

describe('typed errors', () => {
  it('reads FUND_BALANCE_INSUFFICIENT figures from extensions.details, nulls when the answer has none', () => {
    const err = (ext: Record<string, unknown>) => new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'CONFLICT', reason: 'FUND_BALANCE_INSUFFICIENT', ...ext } }] as never });
    // as the API sends them: extensions.details
    expect(balanceFigures(err({ details: { fundId: '7', balance: 30_000_000, amount: 80_000_000, shortfall: 50_000_000 } }))).toEqual({ balance: 30_000_000, amount: 80_000_000, shortfall: 50_000_000 });
    expect(balanceFigures(err({ figures: { balance: 30, amount: 50, shortfall: 20 } }))).toEqual({ balance: 30, amount: 50, shortfall: 20 });
    expect(balanceFigures(err({ balance: '30', amount: 50 }))).toEqual({ balance: 30, amount: 50, shortfall: null });
    expect(balanceFigures(err({}))).toEqual({ balance: null, amount: null, shortfall: null });
    expect(balanceFigures(new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { reason: 'FUND_CLOSED' } }] as never }))).toBeNull();
    expect(balanceFigures(null)).toBeNull();
  });
});
