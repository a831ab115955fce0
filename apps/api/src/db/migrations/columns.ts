import { TableIndex, type QueryRunner, type TableColumnOptions } from 'typeorm';

/** Column helpers shared by the migrations: portable types only (see docs/data-layer.md). */
export const col = {
  text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  id: (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  int: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable }),
  /** Money (VND) and other counts beyond 32 bits; the entity maps it back to a number (mysql2 returns strings). */
  bigint: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable }),
  varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'date', isNullable: nullable }),
  timestamp: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable }),
  bool: (name: string, dflt: boolean): TableColumnOptions => ({
    name,
    type: 'boolean',
    isNullable: false,
    default: dflt ? 1 : 0,
  }),
  double: (name: string): TableColumnOptions => ({ name, type: 'double', isNullable: false }),
};

export const idx = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * Folded search text and materialized paths are plain ASCII-ish keys: compare them byte by byte on
 * MySQL/MariaDB (faster LIKE, path ranges in byte order). SQLite compares bytes already.
 */
export const binaryFor = (q: QueryRunner) => (c: TableColumnOptions): TableColumnOptions =>
  q.connection.options.type === 'better-sqlite3' ? c : { ...c, charset: 'utf8mb4', collation: 'utf8mb4_bin' };
