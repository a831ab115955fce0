import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import type { Logger } from '../logger';
import { entities } from './entities';
import { migrations } from './migrations';
import { SqlLogger } from './sql-logger';

/** One factory for both engines: embedded SQLite (default) or MySQL/MariaDB. `synchronize` is never on. */
export function createDataSource(db: DatabaseConfig, log: Logger, extra: { poolSize?: number } = {}): DataSource {
  const common = {
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logger: new SqlLogger(log),
    logging: ['query', 'error', 'warn', 'migration', 'schema'] as const,
    maxQueryExecutionTime: 1000,
  };
  let options: DataSourceOptions;
  if (db.kind === 'sqlite') {
    if (db.file !== ':memory:') fs.mkdirSync(path.dirname(db.file), { recursive: true });
    options = {
      ...common,
      logging: [...common.logging],
      type: 'better-sqlite3',
      database: db.file,
      enableWAL: db.file !== ':memory:',
      prepareDatabase: (sqlite: { pragma(s: string): unknown }) => {
        sqlite.pragma('foreign_keys = ON');
        sqlite.pragma('busy_timeout = 5000');
      },
    };
  } else {
    options = {
      ...common,
      logging: [...common.logging],
      type: db.flavor ?? 'mysql',
      host: db.host,
      port: db.port,
      username: db.username,
      password: db.password,
      database: db.database,
      charset: 'utf8mb4_vietnamese_ci',
      timezone: 'Z',
      dateStrings: ['DATE'],
      poolSize: extra.poolSize ?? 10,
      connectTimeout: 10_000,
    };
  }
  return new DataSource(options);
}

/** Run pending migrations; returns their names. */
export async function migrate(ds: DataSource): Promise<string[]> {
  const done = await ds.runMigrations({ transaction: 'each' });
  return done.map((m) => m.name);
}

/**
 * TypeORM reads MariaDB's catalogue differently from MySQL's (column defaults): for a mysql:// URL,
 * ask the server which it is. SQLite and explicit mariadb:// configs pass through.
 */
export async function detectFlavor(db: DatabaseConfig): Promise<DatabaseConfig> {
  if (db.kind !== 'mysql' || db.flavor) return db;
  const c = await mysql.createConnection({ host: db.host, port: db.port, user: db.username, password: db.password, connectTimeout: 10_000 });
  try {
    const [rows] = await c.query('SELECT VERSION() AS v');
    const version = String((rows as { v: string }[])[0]?.v ?? '');
    return { ...db, flavor: /mariadb/i.test(version) ? 'mariadb' : 'mysql' };
  } finally {
    await c.end();
  }
}
