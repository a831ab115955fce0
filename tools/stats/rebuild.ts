/**
 * Rebuild the poverty summary table (`poverty_summary`) from the household reviews.
 *
 *   npm run stats:rebuild
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/lnob npm run stats:rebuild
 *
 * DATABASE_URL as for the API (absent: `data/lnob.sqlite` of the repository root). The database is
 * migrated first. Runs as the system (audited as `PovertySummary` / `rebuild`); the API's reviews
 * wait for it to finish (same write lock). Prints what was read and written, and the time taken.
 */
import path from 'node:path';
import { Caller, createDataSource, createLogger, detectFlavor, migrate, parseDatabaseUrl, PovertyStatisticsService } from '@lnob/api/testing';

const repoRoot = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    console.log('usage: npm run stats:rebuild   (DATABASE_URL as for the API)');
    return;
  }
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const db = await detectFlavor(parseDatabaseUrl(process.env.DATABASE_URL, repoRoot));
  const where = db.kind === 'sqlite' ? db.file : `${db.host}:${db.port}/${db.database}`;
  const ds = createDataSource(db, log);
  await ds.initialize();
  try {
    const migrations = await migrate(ds);
    if (migrations.length) console.log(`migrated ${where}: ${migrations.join(', ')}`);
    const r = await new PovertyStatisticsService(ds, Caller.system('stats:rebuild')).rebuild();
    const n = (x: number) => x.toLocaleString('en-US');
    console.log(`rebuilt poverty_summary in ${where}: ${n(r.households)} households, ${n(r.reviews)} reviews → ${n(r.rows)} rows in ${(r.ms / 1000).toFixed(2)} s`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
