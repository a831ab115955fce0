import { describe, expect, it } from 'vitest';
import { checkFulfilment, pledgeProblems, pledgeStanding, PLEDGE_STATUS_LABELS, PLEDGE_STATUSES, type PledgeFacts } from './pledges';

const pledge = (fulfilments: [number, string][] = []): PledgeFacts => ({
  amount: 10_000_000,
  pledgedOn: '2024-10-17',
  dueOn: '2024-11-18',
  fulfilments: fulfilments.map(([amount, occurredOn]) => ({ amount, occurredOn })),
});

describe('pledgeStanding', () => {
  it.each<[string, [number, string][], string, string, number, number]>([
    ['nothing yet, before due', [], '2024-10-20', 'OPEN', 0, 10_000_000],
    ['nothing yet, on the due date', [], '2024-11-18', 'OPEN', 0, 10_000_000],
    ['nothing yet, the day after', [], '2024-11-19', 'OVERDUE', 0, 10_000_000],
    ['part, before due', [[4_000_000, '2024-10-20']], '2024-11-01', 'PARTIAL', 4_000_000, 6_000_000],
    ['part, on the due date', [[4_000_000, '2024-10-20']], '2024-11-18', 'PARTIAL', 4_000_000, 6_000_000],
    ['part, after due', [[4_000_000, '2024-10-20']], '2024-12-01', 'OVERDUE', 4_000_000, 6_000_000],
    ['all but 1 ₫ after due', [[9_999_999, '2024-10-20']], '2025-01-01', 'OVERDUE', 9_999_999, 1],
    ['exactly all', [[4_000_000, '2024-10-20'], [6_000_000, '2024-11-18']], '2024-11-18', 'FULFILLED', 10_000_000, 0],
    ['all, late', [[10_000_000, '2024-12-20']], '2025-01-01', 'FULFILLED', 10_000_000, 0],
    ['late fulfilment not yet counted', [[10_000_000, '2024-12-20']], '2024-12-19', 'OVERDUE', 0, 10_000_000],
    ['fulfilled on the as-of day counts', [[10_000_000, '2024-12-20']], '2024-12-20', 'FULFILLED', 10_000_000, 0],
    ['more than pledged (legacy data)', [[12_000_000, '2024-10-20']], '2024-11-01', 'FULFILLED', 12_000_000, 0],
  ])('%s → %s', (_name, fulfilments, asOf, status, fulfilled, outstanding) => {
    expect(pledgeStanding(pledge(fulfilments), asOf)).toEqual({ status, fulfilled, outstanding });
  });

  it('labels every status', () => {
    expect(Object.keys(PLEDGE_STATUS_LABELS).sort()).toEqual([...PLEDGE_STATUSES].sort());
  });
});

describe('checkFulfilment', () => {
  it.each<[string, [number, string][], number, string, string | null, number | null]>([
    ['the whole amount', [], 10_000_000, '2024-10-17', null, 0],
    ['1 ₫ too much', [], 10_000_001, '2024-10-17', 'PLEDGE_OVER_FULFILLED', 1],
    ['the rest', [[4_000_000, '2024-10-20']], 6_000_000, '2024-12-01', null, 0],
    ['more than the rest', [[4_000_000, '2024-10-20']], 6_000_001, '2024-12-01', 'PLEDGE_OVER_FULFILLED', 1],
    ['anything after fulfilled', [[10_000_000, '2024-10-20']], 1, '2024-12-01', 'PLEDGE_OVER_FULFILLED', 1],
    ['a part', [], 1, '2024-10-17', null, 9_999_999],
    ['dated before the pledge', [], 1, '2024-10-16', 'VALIDATION_FAILED', null],
  ])('%s', (_name, fulfilments, amount, on, reason, figure) => {
    const d = checkFulfilment(pledge(fulfilments), amount, on);
    if (reason === null) expect(d).toEqual({ ok: true, outstandingAfter: figure });
    else if (reason === 'PLEDGE_OVER_FULFILLED') expect(d).toMatchObject({ ok: false, code: 'CONFLICT', reason, figures: { amount, excess: figure } });
    else expect(d).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', reason, fieldErrors: [{ path: 'input.occurredOn' }] });
  });
});

describe('pledgeProblems', () => {
  const ok = { donorId: 'D1', amount: 1_000_000, pledgedOn: '2024-10-17', dueOn: '2024-10-17' };
  it.each<[string, Record<string, unknown>, string[]]>([
    ['due the same day', {}, []],
    ['pledged today', { pledgedOn: '2024-11-18', dueOn: '2025-01-01' }, []],
    ['pledged tomorrow', { pledgedOn: '2024-11-19', dueOn: '2025-01-01' }, ['input.pledgedOn']],
    ['due before pledged', { dueOn: '2024-10-16' }, ['input.dueOn']],
    ['zero, no donor, bad dates', { donorId: '', amount: 0, pledgedOn: 'x', dueOn: null }, ['input.donorId', 'input.amount', 'input.pledgedOn', 'input.dueOn']],
    ['fractional amount', { amount: 10.5 }, ['input.amount']],
  ])('%s → %j', (_name, over, paths) => {
    expect(pledgeProblems({ ...ok, ...over }, '2024-11-18').map((p) => p.path)).toEqual(paths);
  });
});
