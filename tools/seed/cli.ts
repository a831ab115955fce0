/**
 * Load a generated national tree into the hub's database.
 *
 *   npm run seed -- --scale national [--seed 1]
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/lnob npm run seed -- --scale small
 *
 * DATABASE_URL as for the API; absent, the SQLite file `data/lnob.sqlite` of the repository root
 * (relative sqlite: paths are taken from the repository root too, whatever npm's working directory).
 * The database is migrated first. A scale already loaded (its marker area present) is not loaded
 * again: the command says so and exits 0 (idempotent, safe before a bench run).
 * Generated central organizations are reused when the database already has one open root of a
 * kind (e.g. from the demo data), so the tree hangs under them.
 */
import path from 'node:path';
import { createDataSource, createLogger, detectFlavor, migrate, parseDatabaseUrl } from '@lnob/api/testing';
import { generateNationalTree, markerCodeOf, NEW_TREE_FROM, OLD_TREE_TO, type Scale } from './national';
import { existingCentralRoots, isLoaded, loadNationalTree, nextIds } from './load';

const repoRoot = path.resolve(__dirname, '../..');

const USAGE = 'usage: npm run seed -- [--scale national|small] [--seed <positive integer>]';

export function parseArgs(argv: string[]): { scale: Scale; seed: number } {
  let scale: Scale = 'national';
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--scale') {
      const v = value();
      if (v !== 'national' && v !== 'small') throw new Error(`--scale must be national or small, got "${v}"\n${USAGE}`);
      scale = v;
    } else if (flag === '--seed') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) throw new Error(`--seed must be a positive integer, got "${v}"\n${USAGE}`);
      seed = Number(v);
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument "${argv[i]}"\n${USAGE}`);
  }
  return { scale, seed };
}

async function main(): Promise<void> {
  const { scale, seed } = parseArgs(process.argv.slice(2));
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const db = await detectFlavor(parseDatabaseUrl(process.env.DATABASE_URL, repoRoot));
  const where = db.kind === 'sqlite' ? db.file : `${db.host}:${db.port}/${db.database}`;
  const ds = createDataSource(db, log);
  await ds.initialize();
  try {
    const migrations = await migrate(ds);
    if (migrations.length) console.log(`migrated ${where}: ${migrations.join(', ')}`);
    if (await isLoaded(ds, scale)) {
      console.log(`${where} already holds the ${scale} tree (area ${markerCodeOf(scale)} exists): nothing loaded.`);
      return;
    }
    const t0 = performance.now();
    const tree = generateNationalTree({ seed, scale, startIds: await nextIds(ds), centralOrganizations: await existingCentralRoots(ds) });
    const generatedMs = performance.now() - t0;
    const r = await loadNationalTree(ds, tree);
    const c = tree.counts;
    const n = (x: number) => x.toLocaleString('en-US');
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`loaded the ${scale} tree (seed ${seed}) into ${where} (${db.kind === 'sqlite' ? 'SQLite' : db.flavor ?? 'MySQL'})`);
    console.log(`  old tree  ${n(c.old.provinces)} provinces, ${n(c.old.districts)} districts, ${n(c.old.communes)} communes, ${n(c.old.hamlets)} hamlets (until ${OLD_TREE_TO})`);
    console.log(`  new tree  ${n(c.new.provinces)} provinces, ${n(c.new.communes)} communes, ${n(c.new.hamlets)} hamlets (from ${NEW_TREE_FROM})`);
    console.log(`  rows      area ${n(r.rows.areas)} (${s(r.ms.areas)}), area_succession ${n(r.rows.areaSuccessions)} (${s(r.ms.areaSuccessions)}), ` +
      `organization ${n(r.rows.organizations)} (${s(r.ms.organizations)}), organization_succession ${n(r.rows.organizationSuccessions)} (${s(r.ms.organizationSuccessions)})`);
    console.log(`  time      generate ${s(generatedMs)}, load ${s(r.ms.total)}`);
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
