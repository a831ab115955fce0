import { describe, expect, it } from 'vitest';
import { idempotencyKeyProblem } from '@lnob/domain';
import type { AppError } from '../../app/errors';
import { newIdempotencyKey, SubmissionKey } from './submission';

const err = (x: Partial<AppError>): AppError => ({ code: null, reason: null, requestId: null, fieldErrors: [], message: '', network: false, ...x });

describe('one idempotency key per submission', () => {
  it('keeps the key across retries (network error, server error, refusals) and renews it once the API answered with the movement', () => {
    let n = 0;
    const k = new SubmissionKey(() => `key-${++n}-abcdefgh`);
    const first = k.current();
    expect(k.current()).toBe(first); // a double click
    k.settle(false, err({ network: true })); // did it arrive? ask again with the same key
    expect(k.current()).toBe(first);
    k.settle(false, err({ code: 'INTERNAL_SERVER_ERROR' }));
    expect(k.current()).toBe(first);
    k.settle(false, err({ code: 'CONFLICT', reason: 'FUND_BALANCE_INSUFFICIENT' })); // refused: nothing recorded, the key is still free
    expect(k.current()).toBe(first);
    k.settle(true, null); // recorded (or replayed): the submission is over
    const second = k.current();
    expect(second).not.toBe(first);
    k.settle(false, err({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' })); // an earlier attempt WAS recorded with other content
    expect(k.current()).not.toBe(second);
    k.end();
    expect(n).toBe(3);
    expect(k.current()).toBe('key-4-abcdefgh');
  });

  it('makes UUIDs the API accepts, also without crypto.randomUUID (pages served over plain http)', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idempotencyKeyProblem(key)).toBeNull();
    const fallback = newIdempotencyKey({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => (a && new Uint8Array(a.buffer).fill(0xff), a) } as Pick<Crypto, 'getRandomValues'>);
    expect(fallback).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(idempotencyKeyProblem(fallback)).toBeNull();
    expect(new Set(Array.from({ length: 50 }, () => newIdempotencyKey())).size).toBe(50);
  });
});
