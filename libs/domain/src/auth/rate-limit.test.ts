import { describe, expect, it } from 'vitest';
import { takeToken, type Bucket } from './rate-limit';

describe('token bucket', () => {
  it('allows a burst of ratePerMinute, then refuses with a retry time', () => {
    let b: Bucket | undefined;
    for (let i = 0; i < 60; i++) {
      const t = takeToken(b, 0, 60);
      expect(t.allowed).toBe(true);
      b = t.bucket;
    }
    const refused = takeToken(b, 0, 60);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it.each<[number, number, boolean, number]>([
    // rate/min, ms after emptying, allowed, retry-after
    [60, 500, false, 1],
    [60, 1000, true, 0],
    [6, 5000, false, 5],
    [6, 10_000, true, 0],
  ])('rate %i/min, %i ms after emptying → allowed %s', (rate, ms, allowed, retry) => {
    const empty: Bucket = { tokens: 0, at: 0 };
    const t = takeToken(empty, ms, rate);
    expect(t.allowed).toBe(allowed);
    expect(t.retryAfterSeconds).toBe(retry);
  });

  it('never refills beyond capacity', () => {
    const t = takeToken({ tokens: 0, at: 0 }, 3_600_000, 10);
    expect(t.bucket.tokens).toBe(9);
  });
});
