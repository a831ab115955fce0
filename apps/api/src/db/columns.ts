import type { ValueTransformer } from 'typeorm';

/** mysql2 returns BIGINT as a string, better-sqlite3 as a number: normalise to a safe JS number. */
export const bigintAsNumber: ValueTransformer = {
  to: (v: unknown) => (v == null ? v : typeof v === 'bigint' ? v.toString() : v),
  from: (v: unknown) => {
    if (v == null) return v;
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw new RangeError(`BIGINT ${String(v)} exceeds Number.MAX_SAFE_INTEGER`);
    return n;
  },
};

/** DATE columns come back as 'YYYY-MM-DD' strings from the repository on both engines; keep raw rows the same. */
export function toLocalDateString(v: unknown): string | null {
  if (v == null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}

/** Millisecond precision timestamps on both engines (plain MariaDB DATETIME drops them). */
export const timestampColumn = { type: 'datetime', precision: 3 } as const;
