/**
 * Token bucket per API key: `ratePerMinute` tokens a minute, bursts up to the same number.
 * Pure: the caller keeps the bucket and the clock.
 */
export interface Bucket {
  tokens: number;
  /** Milliseconds since the epoch of the last refill. */
  at: number;
}

export interface Take {
  allowed: boolean;
  bucket: Bucket;
  /** Whole seconds until one token is back (0 when allowed). */
  retryAfterSeconds: number;
}

export function takeToken(bucket: Bucket | undefined, nowMs: number, ratePerMinute: number): Take {
  const capacity = ratePerMinute;
  const perMs = ratePerMinute / 60_000;
  const start = bucket ?? { tokens: capacity, at: nowMs };
  const tokens = Math.min(capacity, start.tokens + Math.max(0, nowMs - start.at) * perMs);
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, at: nowMs }, retryAfterSeconds: 0 };
  return { allowed: false, bucket: { tokens, at: nowMs }, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
}
