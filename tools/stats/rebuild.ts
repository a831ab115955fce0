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
import { runCommand, withDatabase } from '../database';
import { rebuildPovertySummary } from '../seed/load-households';

async function main(): Promise<void> {
  await withDatabase({ logLevel: process.env.LOG_LEVEL ?? 'warn' }, async ({ ds, where, migrations }) => {
    if (migrations.length) console.log(`migrated ${where}: ${migrations.join(', ')}`);
    const r = await rebuildPovertySummary(ds, 'stats:rebuild');
    const n = (x: number) => x.toLocaleString('en-US');
    console.log(`rebuilt poverty_summary in ${where}: ${n(r.households)} households, ${n(r.reviews)} reviews → ${n(r.rows)} rows in ${(r.ms / 1000).toFixed(2)} s`);
  });
}

runCommand(main, 'usage: npm run stats:rebuild   (DATABASE_URL as for the API)');
