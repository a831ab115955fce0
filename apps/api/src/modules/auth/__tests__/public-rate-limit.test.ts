/** The per-address limit of anonymous callers on public data (Authenticator.admitPublic), with a fake clock. */
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '@lnob/domain';
import { Authenticator, HttpDomainError, PUBLIC_REQUESTS_PER_MINUTE } from '../authenticator';
import { Caller } from '../caller';

const auth = () => new Authenticator({} as DataSource, 'x'.repeat(40));
const refused = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof HttpDomainError)) throw e;
    return { status: e.status, code: e.error.code, reason: e.error.reason, retryAfter: Number(e.headers['retry-after']), domain: isDomainError(e.error) };
  }
};

describe('public rate limit of anonymous callers', () => {
  const anonymous = Caller.anonymous('r');
  const t0 = Date.UTC(2026, 0, 1);

  it(`admits ${PUBLIC_REQUESTS_PER_MINUTE} requests of one address at once, then 429 RATE_LIMITED with Retry-After`, () => {
    const a = auth();
    expect(PUBLIC_REQUESTS_PER_MINUTE).toBe(60);
    for (let i = 0; i < 60; i++) expect(refused(() => a.admitPublic(anonymous, '198.51.100.7', t0))).toBeNull();
    expect(refused(() => a.admitPublic(anonymous, '198.51.100.7', t0))).toEqual({ status: 429, code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfter: 1, domain: true });
    // Another address has its own bucket; one token comes back every second.
    expect(refused(() => a.admitPublic(anonymous, '198.51.100.8', t0))).toBeNull();
    expect(refused(() => a.admitPublic(anonymous, '198.51.100.7', t0 + 1_000))).toBeNull();
    expect(refused(() => a.admitPublic(anonymous, '198.51.100.7', t0 + 1_000))).not.toBeNull();
  });

  it('does not limit signed-in users, API keys or the server itself', () => {
    const a = auth();
    const user = new Caller({ kind: 'user', requestId: 'r', userId: 1, actorName: 'u' });
    const key = new Caller({ kind: 'apiKey', requestId: 'r', apiKeyId: 1, actorName: 'k' });
    for (let i = 0; i < 200; i++) for (const c of [user, key, Caller.system()]) a.admitPublic(c, '198.51.100.7', t0);
    expect(refused(() => a.admitPublic(anonymous, '198.51.100.7', t0))).toBeNull();
  });

  it('forgets idle addresses when it holds many (their buckets are full again)', () => {
    const a = auth();
    for (let i = 0; i < 10_000; i++) a.admitPublic(anonymous, `10.0.${i >> 8}.${i & 255}`, t0);
    const buckets = (a as unknown as { publicBuckets: Map<string, unknown> }).publicBuckets;
    expect(buckets.size).toBe(10_000);
    a.admitPublic(anonymous, '198.51.100.7', t0 + 61_000);
    expect(buckets.size).toBe(1);
  });
});
