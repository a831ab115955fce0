/**
 * What the command-line tools (seed, stats:rebuild, check:ledger, bench:households) share: the
 * database of DATABASE_URL as for the API — absent, the SQLite file `data/lnob.sqlite` of the
 * repository root (relative sqlite: paths are taken from the repository root too, whatever npm's
 * working directory) — and how a command runs.
 */
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource, createLogger, detectFlavor, migrate, parseDatabaseUrl } from '@lnob/api/testing';

const repoRoot = path.resolve(__dirname, '..');

export interface ToolDatabase {
  ds: DataSource;
  log: ReturnType<typeof createLogger>;
  /** The SQLite file, or host:port/database. */
  where: string;
  /** 'SQLite', or the server's flavor (`mariadb`, `mysql`). */
  engine: string;
  /** The migrations run on opening it. */
  migrations: string[];
}

/** `fn` on the database of DATABASE_URL, opened and migrated first; closed afterwards. */
export async function withDatabase<T>(opts: { logLevel: string; poolSize?: number }, fn: (db: ToolDatabase) => Promise<T>): Promise<T> {
  const log = createLogger(opts.logLevel);
  const db = await detectFlavor(parseDatabaseUrl(process.env.DATABASE_URL, repoRoot));
  const where = db.kind === 'sqlite' ? db.file : `${db.host}:${db.port}/${db.database}`;
  const engine = db.kind === 'sqlite' ? 'SQLite' : (db.flavor ?? 'MySQL');
  const ds = createDataSource(db, log, { poolSize: opts.poolSize });
  await ds.initialize();
  try {
    const migrations = await migrate(ds);
    return await fn({ ds, log, where, engine, migrations });
  } finally {
    await ds.destroy();
  }
}

/** Runs a command's `main`: `--help`/`-h` prints `usage` instead (when given); a failure prints its message and exits 1. */
export function runCommand(main: () => Promise<void>, usage?: string): void {
  if (usage && process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    console.log(usage);
    return;
  }
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
