import type { LocalDate } from '@lnob/domain';

/**
 * Values of raw SQL rows as both engines return them: mysql2 gives BIGINT and aggregates as
 * strings and DATE columns as Date objects in raw queries; better-sqlite3 gives numbers and strings.
 */

/** A number from a raw column (null and undefined read as 0). */
export const num = (v: unknown): number => Number(v ?? 0);

/** A LocalDate from a raw DATE column. */
export const localDateOf = (v: string | Date): LocalDate => (typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10));

/** A LocalDate from a nullable raw DATE column. */
export const localDateOrNull = (v: unknown): LocalDate | null => (v == null ? null : localDateOf(v as string | Date));
