import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertValidMovement,
  checkFundOpen,
  fundClosedProblem,
  movementProblems,
  RECEIPT_NUMBER_MAX_LENGTH,
  REFERENCE_MAX_LENGTH,
  type FundFacts,
  type MovementInput,
} from './movement';

const TODAY = '2025-11-18';
const donation: MovementInput = { kind: 'DONATION', fundId: 'F1', donorId: 'D1', amount: 500_000, occurredOn: '2025-10-17', channel: 'BANK_TRANSFER' };
const disbursement: MovementInput = {
  kind: 'DISBURSEMENT',
  fundId: 'F1',
  amount: 60_000_000,
  occurredOn: TODAY,
  channel: 'CASH',
  category: 'HOUSING_NEW',
  beneficiary: { kind: 'HOUSEHOLD', id: '42' },
};
const transfer: MovementInput = { kind: 'TRANSFER', fundId: 'P', toFundId: 'C', amount: 1, occurredOn: TODAY, channel: 'BANK_TRANSFER' };
const reversal: MovementInput = { kind: 'REVERSAL', fundId: 'F1', occurredOn: TODAY, reversesId: 'T1', reason: 'Nhập trùng biên lai' };
const paths = (m: MovementInput) => movementProblems(m, TODAY).map((p) => p.path);

describe('movementProblems', () => {
  it.each<[string, MovementInput, string[]]>([
    ['a donation', donation, []],
    ['a donation today', { ...donation, occurredOn: TODAY }, []],
    ['a donation tomorrow', { ...donation, occurredOn: '2025-11-19' }, ['input.occurredOn']],
    ['no date', { ...donation, occurredOn: undefined }, ['input.occurredOn']],
    ['not a date', { ...donation, occurredOn: '17/10/2025' }, ['input.occurredOn']],
    ['1 ₫', { ...donation, amount: 1 }, []],
    ['0 ₫', { ...donation, amount: 0 }, ['input.amount']],
    ['negative', { ...donation, amount: -1 }, ['input.amount']],
    ['fraction', { ...donation, amount: 0.5 }, ['input.amount']],
    ['beyond safe', { ...donation, amount: Number.MAX_SAFE_INTEGER + 1 }, ['input.amount']],
    ['largest safe', { ...donation, amount: Number.MAX_SAFE_INTEGER }, []],
    ['no donor, no fund', { ...donation, donorId: ' ', fundId: null }, ['input.fundId', 'input.donorId']],
    ['by SMS 1400', { ...donation, channel: 'SMS_1400' }, []],
    ['no channel', { ...donation, channel: undefined }, ['input.channel']],
    ['unknown channel', { ...donation, channel: 'CHEQUE' }, ['input.channel']],
    ['in kind without valuation', { ...donation, channel: 'IN_KIND' }, ['input.valuation.description', 'input.valuation.basis']],
    ['in kind with valuation', { ...donation, channel: 'IN_KIND', valuation: { description: '200 bao gạo 10 kg', basis: 'hoá đơn' } }, []],
    ['valuation too long', { ...donation, channel: 'IN_KIND', valuation: { description: 'x'.repeat(501), basis: 'giá thị trường' } }, ['input.valuation.description']],
    ['valuation of cash', { ...donation, valuation: { description: 'x', basis: 'y' } }, ['input.valuation']],
    ['receipt at the limit', { ...donation, receiptNumber: 'R'.repeat(RECEIPT_NUMBER_MAX_LENGTH), reference: 'F'.repeat(REFERENCE_MAX_LENGTH) }, []],
    ['receipt and reference over', { ...donation, receiptNumber: 'R'.repeat(RECEIPT_NUMBER_MAX_LENGTH + 1), reference: 'F'.repeat(REFERENCE_MAX_LENGTH + 1) }, ['input.receiptNumber', 'input.reference']],
    ['note over 500', { ...donation, note: 'n'.repeat(501) }, ['input.note']],
    ['a category on a donation', { ...donation, category: 'HEALTH' }, ['input.category']],
    ['pledge fulfilment', { ...donation, kind: 'PLEDGE_FULFILMENT', pledgeId: 'PL1' }, []],
    ['pledge fulfilment without pledge, by SMS', { ...donation, kind: 'PLEDGE_FULFILMENT', channel: 'SMS_1400' }, ['input.channel', 'input.pledgeId']],
    ['a disbursement', disbursement, []],
    ['a disbursement without category', { ...disbursement, category: null }, ['input.category']],
    ['unknown category', { ...disbursement, category: 'PARTY' }, ['input.category']],
    ['a house for an event', { ...disbursement, beneficiary: { kind: 'EVENT', id: '1' } }, ['input.beneficiary.kind']],
    ['a Tết gift at an event', { ...disbursement, category: 'TET_GIFT', beneficiary: { kind: 'EVENT', id: '1' } }, []],
    ['no beneficiary', { ...disbursement, beneficiary: null }, ['input.beneficiary.kind', 'input.beneficiary.id']],
    ['a disbursement by SMS', { ...disbursement, channel: 'SMS_1400' }, ['input.channel']],
    ['a transfer', transfer, []],
    ['a transfer to itself', { ...transfer, toFundId: 'P' }, ['input.toFundId']],
    ['a transfer to nowhere', { ...transfer, toFundId: undefined }, ['input.toFundId']],
    ['a transfer in kind', { ...transfer, channel: 'IN_KIND', valuation: { description: 'x', basis: 'y' } }, ['input.channel']],
    ['a receiving fund on a donation', { ...donation, toFundId: 'C' }, ['input.toFundId']],
    ['a reversal', reversal, []],
    ['a reversal with amount and channel', { ...reversal, amount: 5, channel: 'CASH' }, ['input.amount', 'input.channel']],
    ['a reversal of nothing, for no reason', { ...reversal, reversesId: null, reason: '  ' }, ['input.reversesId', 'input.reason']],
    ['a reversal reason over 500', { ...reversal, reason: 'r'.repeat(501) }, ['input.reason']],
    ['reverses on a donation', { ...donation, reversesId: 'T1' }, ['input.reversesId']],
    ['unknown kind', { ...donation, kind: 'REFUND' }, ['input.kind']],
  ])('%s → %j', (_name, m, expected) => {
    expect(paths(m)).toEqual(expected);
  });

  it('gives every problem at once, under the prefix', () => {
    const problems = movementProblems({ kind: 'DISBURSEMENT', occurredOn: '2030-01-01', amount: 0, channel: 'SMS_1400' }, TODAY, 'cmd');
    expect(problems.map((p) => p.path)).toEqual([
      'cmd.fundId', 'cmd.occurredOn', 'cmd.amount', 'cmd.channel', 'cmd.category', 'cmd.beneficiary.kind', 'cmd.beneficiary.id',
    ]);
  });

  it('assertValidMovement throws one BAD_USER_INPUT with them all', () => {
    expect(() => assertValidMovement(donation, TODAY)).not.toThrow();
    try {
      assertValidMovement({ ...donation, amount: 0, occurredOn: '2026-01-01' }, TODAY);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('BAD_USER_INPUT');
      expect((e as DomainError).reason).toBe('VALIDATION_FAILED');
      expect((e as DomainError).fieldErrors).toHaveLength(2);
    }
    expect(() => assertValidMovement({ ...donation, amount: 1.5 }, TODAY)).toThrow(expect.objectContaining({ reason: 'INVALID_VND' }));
  });
});

describe('funds open on a date', () => {
  const fund = (level: FundFacts['level'], validFrom = '2000-01-01', validTo: string | null = null): FundFacts => ({ id: 'F', level, validFrom, validTo });
  it.each<[string, FundFacts, string, boolean]>([
    ['district fund on its last day', fund('DISTRICT'), '2025-06-30', true],
    ['district fund the day after', fund('DISTRICT'), '2025-07-01', false],
    ['commune fund the day after', fund('COMMUNE'), '2025-07-01', true],
    ['province fund before it opened', fund('PROVINCE', '2025-07-01'), '2025-06-30', false],
    ['province fund on its first day', fund('PROVINCE', '2025-07-01'), '2025-07-01', true],
    ['merged province fund on its last day', fund('PROVINCE', '2000-01-01', '2025-06-30'), '2025-06-30', true],
    ['merged province fund after', fund('PROVINCE', '2000-01-01', '2025-06-30'), '2025-07-01', false],
    ['central fund', fund('CENTRAL'), '2030-12-31', true],
  ])('%s → open %s', (_name, f, date, open) => {
    expect(fundClosedProblem(f, date) === null).toBe(open);
    expect(checkFundOpen([f], date).ok).toBe(open);
  });

  it('refuses a transfer when either fund is closed, naming it', () => {
    const from = { id: 'P', level: 'PROVINCE', validFrom: '2000-01-01', validTo: null } as const;
    const to = { id: 'H', level: 'DISTRICT', validFrom: '2000-01-01', validTo: null } as const;
    expect(checkFundOpen([from, to], '2025-06-30')).toEqual({ ok: true });
    expect(checkFundOpen([from, to], '2025-07-01')).toMatchObject({ ok: false, code: 'CONFLICT', reason: 'FUND_CLOSED', figures: { fundId: 'H' } });
  });
});
