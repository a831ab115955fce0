import { describe, expect, it } from 'vitest';
import { checkReversal, type ReversalTarget } from './reversal';

const target = (over: Partial<ReversalTarget> = {}): ReversalTarget => ({
  id: 'T1',
  kind: 'DONATION',
  occurredOn: '2024-10-17',
  reversedById: null,
  ...over,
});

describe('checkReversal', () => {
  it.each<[string, Partial<ReversalTarget>, string, string | null]>([
    ['a donation, same day', {}, '2024-10-17', null],
    ['a donation, later', {}, '2025-01-02', null],
    ['each kind but a reversal', { kind: 'TRANSFER' }, '2024-10-18', null],
    ['a disbursement', { kind: 'DISBURSEMENT' }, '2024-10-17', null],
    ['a reversal', { kind: 'REVERSAL' }, '2024-10-18', 'CANNOT_REVERSE_REVERSAL'],
    ['a reversal already reversed (impossible, still refused as a reversal)', { kind: 'REVERSAL', reversedById: 'T9' }, '2024-10-18', 'CANNOT_REVERSE_REVERSAL'],
    ['a second reversal', { reversedById: 'T2' }, '2024-10-18', 'ALREADY_REVERSED'],
    ['dated one day before the original', {}, '2024-10-16', 'VALIDATION_FAILED'],
  ])('%s', (_name, over, on, reason) => {
    const d = checkReversal(target(over), on);
    if (reason === null) expect(d).toEqual({ ok: true });
    else expect(d).toMatchObject({ ok: false, reason });
  });

  it('says which reversal already exists, and where a bad date is', () => {
    expect(checkReversal(target({ reversedById: 'T2' }), '2024-11-01')).toMatchObject({ code: 'CONFLICT', figures: { transactionId: 'T1', reversedById: 'T2' } });
    expect(checkReversal(target(), '2024-01-01', 'input')).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'input.occurredOn' }],
    });
  });
});
