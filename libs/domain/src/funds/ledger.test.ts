import { describe, expect, it } from 'vitest';
import {
  accountBalance,
  beneficiaryAccountId,
  buildEntries,
  checkFundBalance,
  checkGroupBalances,
  entryGroupProblems,
  fundDeltas,
  reversalEntries,
  signedAmount,
  sumVnd,
  type LedgerEntry,
  type MovementSpec,
  type UncheckedEntry,
} from './ledger';

const MAX = Number.MAX_SAFE_INTEGER;
const e = (kind: string, id: string, direction: string, amount: unknown, currency: unknown = 'VND'): UncheckedEntry => ({
  account: { kind, id },
  direction,
  amount,
  currency,
});
const short = (entries: LedgerEntry[]) => entries.map((x) => `${x.direction} ${x.account.kind}:${x.account.id} ${x.amount}`);

describe('buildEntries: which accounts each kind debits and credits', () => {
  it.each<[string, MovementSpec, string[]]>([
    ['donation', { kind: 'DONATION', fundId: 'F1', donorId: 'D1', amount: 500_000 }, ['DEBIT FUND:F1 500000', 'CREDIT DONOR:D1 500000']],
    ['pledge fulfilment', { kind: 'PLEDGE_FULFILMENT', fundId: 'F1', donorId: 'D2', amount: 1 }, ['DEBIT FUND:F1 1', 'CREDIT DONOR:D2 1']],
    [
      'disbursement to a household',
      { kind: 'DISBURSEMENT', fundId: 'F1', beneficiary: { kind: 'HOUSEHOLD', id: '42' }, amount: 60_000_000 },
      ['DEBIT BENEFICIARY:HOUSEHOLD:42 60000000', 'CREDIT FUND:F1 60000000'],
    ],
    [
      'disbursement to an event',
      { kind: 'DISBURSEMENT', fundId: 'F1', beneficiary: { kind: 'EVENT', id: '42' }, amount: 300_000 },
      ['DEBIT BENEFICIARY:EVENT:42 300000', 'CREDIT FUND:F1 300000'],
    ],
    ['transfer between hub funds', { kind: 'TRANSFER', fromFundId: 'P', toFundId: 'C', amount: MAX }, [`DEBIT FUND:C ${MAX}`, `CREDIT FUND:P ${MAX}`]],
    ['transfer out of the hub', { kind: 'TRANSFER', fromFundId: 'P', toFundId: 'MOF', amount: 7, outside: 'TO' }, ['DEBIT OTHER_FUND:MOF 7', 'CREDIT FUND:P 7']],
    ['transfer into the hub', { kind: 'TRANSFER', fromFundId: 'X', toFundId: 'P', amount: 7, outside: 'FROM' }, ['DEBIT FUND:P 7', 'CREDIT OTHER_FUND:X 7']],
  ])('%s', (_name, spec, expected) => {
    const entries = buildEntries(spec);
    expect(short(entries)).toEqual(expected);
    expect(entryGroupProblems(entries)).toEqual([]);
    expect(entries.every((x) => x.currency === 'VND')).toBe(true);
  });

  it('a reversal swaps debit and credit, and cancels its original', () => {
    const original = buildEntries({ kind: 'DISBURSEMENT', fundId: 'F1', beneficiary: { kind: 'HOUSEHOLD', id: '9' }, amount: 30_000_000 });
    const reversal = reversalEntries(original);
    expect(short(reversal)).toEqual(['CREDIT BENEFICIARY:HOUSEHOLD:9 30000000', 'DEBIT FUND:F1 30000000']);
    expect(entryGroupProblems(reversal)).toEqual([]);
    expect(accountBalance([...original, ...reversal], { kind: 'FUND', id: 'F1' })).toBe(0);
    expect(reversal[0].account).not.toBe(original[0].account);
  });

  it('keeps household and event beneficiaries with the same id apart', () => {
    expect(beneficiaryAccountId('HOUSEHOLD', '1')).not.toBe(beneficiaryAccountId('EVENT', '1'));
  });
});

describe('entryGroupProblems', () => {
  it.each<[string, UncheckedEntry[], string[]]>([
    ['balanced pair', [e('FUND', 'F', 'DEBIT', 1), e('DONOR', 'D', 'CREDIT', 1)], []],
    ['three entries', [e('FUND', 'F', 'DEBIT', 3), e('DONOR', 'D', 'CREDIT', 1), e('DONOR', 'E', 'CREDIT', 2)], []],
    ['largest safe amount', [e('FUND', 'F', 'DEBIT', MAX), e('DONOR', 'D', 'CREDIT', MAX)], []],
    ['one entry', [e('FUND', 'F', 'DEBIT', 1)], ['entries', 'entries']],
    ['no entry', [], ['entries']],
    ['unbalanced by 1 ₫', [e('FUND', 'F', 'DEBIT', 1_000_001), e('DONOR', 'D', 'CREDIT', 1_000_000)], ['entries']],
    ['zero amount', [e('FUND', 'F', 'DEBIT', 0), e('DONOR', 'D', 'CREDIT', 0)], ['entries[0].amount', 'entries[1].amount']],
    ['negative amount', [e('FUND', 'F', 'DEBIT', -5), e('DONOR', 'D', 'CREDIT', -5)], ['entries[0].amount', 'entries[1].amount']],
    ['fraction of a đồng', [e('FUND', 'F', 'DEBIT', 1.5), e('DONOR', 'D', 'CREDIT', 1.5)], ['entries[0].amount', 'entries[1].amount']],
    ['beyond safe integers', [e('FUND', 'F', 'DEBIT', MAX + 1), e('DONOR', 'D', 'CREDIT', MAX + 1)], ['entries[0].amount', 'entries[1].amount']],
    ['amount as a string', [e('FUND', 'F', 'DEBIT', '5'), e('DONOR', 'D', 'CREDIT', 5)], ['entries[0].amount']],
    ['sum beyond safe integers', [e('FUND', 'F', 'DEBIT', MAX), e('FUND', 'G', 'DEBIT', 1), e('DONOR', 'D', 'CREDIT', MAX), e('DONOR', 'E', 'CREDIT', 1)], ['entries']],
    ['another currency', [e('FUND', 'F', 'DEBIT', 1, 'USD'), e('DONOR', 'D', 'CREDIT', 1)], ['entries[0].currency']],
    ['unknown account kind and empty id', [e('WALLET', 'F', 'DEBIT', 1), e('DONOR', ' ', 'CREDIT', 1)], ['entries[0].account.kind', 'entries[1].account.id']],
    ['bad direction', [e('FUND', 'F', 'debit', 1), e('DONOR', 'D', 'CREDIT', 1)], ['entries[0].direction']],
    ['two debits', [e('FUND', 'F', 'DEBIT', 1), e('DONOR', 'D', 'DEBIT', 1)], ['entries']],
  ])('%s → %j', (_name, entries, paths) => {
    expect(entryGroupProblems(entries).map((p) => p.path)).toEqual(paths);
  });
});

describe('balances', () => {
  it.each<[number[], number]>([
    [[], 0],
    [[1, 2, 3], 6],
    [[MAX, -MAX], 0],
    [[MAX - 1, 1], MAX],
  ])('sumVnd(%j) = %i', (amounts, total) => {
    expect(sumVnd(amounts)).toBe(total);
  });

  it.each<[number[]]>([[[MAX, 1]], [[0.5]], [[NaN]], [[-MAX, -1]]])('sumVnd(%j) throws RangeError', (amounts) => {
    expect(() => sumVnd(amounts)).toThrow(RangeError);
  });

  it('signs debits + and credits −, and nets each fund of a group', () => {
    expect(signedAmount({ direction: 'DEBIT', amount: 5 })).toBe(5);
    expect(signedAmount({ direction: 'CREDIT', amount: 5 })).toBe(-5);
    const transfer = buildEntries({ kind: 'TRANSFER', fromFundId: 'P', toFundId: 'C', amount: 9 });
    expect([...fundDeltas(transfer)]).toEqual([['C', 9], ['P', -9]]);
    expect([...fundDeltas([...transfer, ...reversalEntries(transfer)])]).toEqual([]);
  });

  // balance, delta → ok (balance after) or the shortfall
  it.each<[number, number, number | null]>([
    [100, -100, 0], // to exactly zero: allowed
    [100, -101, 1], // one đồng short
    [0, -1, 1],
    [0, 0, 0],
    [0, 500_000, 500_000], // money in is always allowed
    [-5, 1, -4], // money in even to a (corrupt) negative balance
    [MAX, -MAX, 0],
    [30_000_000, -60_000_000, 30_000_000],
  ])('balance %i, delta %i', (balance, delta, expected) => {
    const d = checkFundBalance('F1', balance, delta);
    if (balance + delta >= 0 || delta >= 0) {
      expect(d).toEqual({ ok: true, balanceAfter: expected });
    } else {
      expect(d).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'FUND_BALANCE_INSUFFICIENT',
        figures: { fundId: 'F1', balance, amount: -delta, shortfall: expected },
      });
    }
  });

  it('checks every fund a group touches', () => {
    const transfer = buildEntries({ kind: 'TRANSFER', fromFundId: 'P', toFundId: 'C', amount: 10 });
    expect(checkGroupBalances(transfer, new Map([['P', 10]]))).toEqual({ ok: true, balancesAfter: new Map([['C', 10], ['P', 0]]) });
    expect(checkGroupBalances(transfer, new Map([['P', 9], ['C', 1000]]))).toMatchObject({ ok: false, figures: { fundId: 'P', shortfall: 1 } });
    // reversing a transfer takes the money back from the receiving fund
    expect(checkGroupBalances(reversalEntries(transfer), new Map([['C', 3]]))).toMatchObject({ ok: false, figures: { fundId: 'C', balance: 3, amount: 10 } });
    // reversing a donation takes money out of the fund
    const donation = buildEntries({ kind: 'DONATION', fundId: 'F', donorId: 'D', amount: 50 });
    expect(checkGroupBalances(reversalEntries(donation), new Map())).toMatchObject({ ok: false, figures: { balance: 0, shortfall: 50 } });
  });
});
