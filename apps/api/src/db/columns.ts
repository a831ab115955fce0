import type { ValueTransformer } from 'typeorm';

/** Millisecond precision timestamps on both engines (plain MariaDB DATETIME drops them). */
export const timestampColumn = { type: 'datetime', precision: 3 } as const;

/** BIGINT ⇄ number: mysql2 returns BIGINT as a string; amounts are whole đồng within the safe-integer range. */
export const bigintNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)),
};

/** A money (VND) or other 64-bit count column read back as a number. */
export const bigintColumn = { type: 'bigint', transformer: bigintNumber } as const;
