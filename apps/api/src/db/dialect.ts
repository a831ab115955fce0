import type { DataSource } from 'typeorm';

/** The few places where SQL differs between SQLite and MySQL/MariaDB. */
export interface Dialect {
  kind: 'sqlite' | 'mysql';
  /** String concatenation of SQL expressions. */
  concat(...parts: string[]): string;
  /** 1-based substring from `start` to the end. */
  substrFrom(expr: string, start: string): string;
}

const sqlite: Dialect = {
  kind: 'sqlite',
  concat: (...parts) => parts.join(' || '),
  substrFrom: (expr, start) => `SUBSTR(${expr}, ${start})`,
};

const mysql: Dialect = {
  kind: 'mysql',
  concat: (...parts) => `CONCAT(${parts.join(', ')})`,
  substrFrom: (expr, start) => `SUBSTRING(${expr}, ${start})`,
};

export function dialectOf(ds: DataSource): Dialect {
  return ds.options.type === 'better-sqlite3' || ds.options.type === 'sqljs' ? sqlite : mysql;
}

/** Whether a query failed on a unique key (a concurrent duplicate), on either engine. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  const code = err.driverError?.code ?? err.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
