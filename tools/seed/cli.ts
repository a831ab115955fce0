/**
 * Load a generated national tree, then its households and reviews, into the hub's database.
 *
 *   npm run seed -- --scale national [--seed 1] [--households 0.1]
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/lnob npm run seed -- --scale small
 *
 * DATABASE_URL as for the API; absent, the SQLite file `data/lnob.sqlite` of the repository root
 * (relative sqlite: paths are taken from the repository root too, whatever npm's working directory).
 * The database is migrated first. Idempotent, safe before a bench run:
 * - the tree: a scale already loaded (its marker area present) is not loaded again; generated
 *   central organizations are reused when the database already has one open root of a kind (e.g.
 *   from the demo data), so the tree hangs under them;
 * - households (households.ts): `--households <fraction>` of the scale's full count (national 28
 *   million, small 50,000; default 0.1: 2.8 million national households with 10.9 million reviews,
 *   about 5 minutes into MariaDB and 3 into SQLite, plus the summary rebuild; 1 is the whole
 *   country, ten times heavier; 0 skips them).
 *   They are placed on the tree found in the database, in one transaction, then `poverty_summary`
 *   is rebuilt with the API's rebuild. Households already on the scale's provinces are not loaded
 *   again. Rates and regional shares are the reported ones whatever the fraction.
 */
import type { DataSource } from 'typeorm';
import { runCommand, withDatabase } from '../database';
import { generateNationalTree, markerCodeOf, NEW_TREE_FROM, OLD_TREE_TO, type Scale } from './national';
import { existingCentralRoots, isLoaded, loadNationalTree, nextIds } from './load';
import { DEFAULT_HOUSEHOLD_FRACTION, NATIONAL_TARGETS, planHouseholds, REGIONS, REVIEW_YEARS, type HouseholdTally } from './households';
import { householdsOnPlan, loadHouseholds, nextHouseholdIds, readScaleAreas, rebuildPovertySummary } from './load-households';

const USAGE =
  'usage: npm run seed -- [--scale national|small] [--seed <positive integer>] [--households <fraction 0–1>]\n' +
  `  --households  fraction of the scale's full household count (national 28,000,000; small 50,000); default ${DEFAULT_HOUSEHOLD_FRACTION}, 0 skips households`;

export interface SeedArgs {
  scale: Scale;
  seed: number;
  households: number;
}

export function parseArgs(argv: string[]): SeedArgs {
  let scale: Scale = 'national';
  let seed = 1;
  let households = DEFAULT_HOUSEHOLD_FRACTION;
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
    } else if (flag === '--households') {
      const v = value();
      if (!/^(\d+(\.\d*)?|\.\d+)$/.test(v) || Number(v) > 1) throw new Error(`--households must be a fraction between 0 and 1, got "${v}"\n${USAGE}`);
      households = Number(v);
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument "${argv[i]}"\n${USAGE}`);
  }
  return { scale, seed, households };
}

const n = (x: number) => x.toLocaleString('en-US');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pct = (x: number) => `${(100 * x).toFixed(2)} %`;

/** Generated rates against the reported ones, nationally per year and per region in 2024. */
function ratesReport(tally: HouseholdTally): string[] {
  const out = ['  rates     year  households  multidim (reported)  poor (reported)'];
  for (const year of REVIEW_YEARS) {
    const c = tally.national.get(year);
    if (!c) continue;
    const t = NATIONAL_TARGETS[year].reported;
    out.push(
      `            ${year}  ${n(c.households).padStart(10)}  ${pct((c.poor + c.nearPoor) / c.households).padStart(7)} (${t.multidimensional === null ? 'n/a' : pct(t.multidimensional)})` +
        `     ${pct(c.poor / c.households).padStart(7)} (${pct(t.poor)})`,
    );
  }
  const total2024 = tally.national.get(2024);
  out.push('  2024      region                                 households  multidim (reported)  share of poor+near-poor (reported)');
  const reportedTotal = REGIONS.reduce((a, g) => a + g.count2024, 0);
  for (const g of REGIONS) {
    const c = tally.regional.get(g.code)?.get(2024);
    if (!c || !total2024) continue;
    out.push(
      `            ${g.name.padEnd(38)} ${n(c.households).padStart(10)}  ${pct((c.poor + c.nearPoor) / c.households).padStart(7)} (${pct(g.multidimensional2024)})` +
        `     ${pct((c.poor + c.nearPoor) / (total2024.poor + total2024.nearPoor)).padStart(7)} (${pct(g.count2024 / reportedTotal)})`,
    );
  }
  return out;
}

/**
 * Loads what is missing of `args` into `ds` (migrated): the tree, then the households and the
 * summary rebuild. Prints what it did through `say`. Used by the command and the benchmarks.
 */
export async function seedDatabase(ds: DataSource, args: SeedArgs, where: string, say: (line: string) => void = console.log): Promise<void> {
  const { scale, seed, households: fraction } = args;
  if (await isLoaded(ds, scale)) {
    say(`${where} already holds the ${scale} tree (area ${markerCodeOf(scale)} exists): tree not loaded again.`);
  } else {
    const t0 = performance.now();
    const tree = generateNationalTree({ seed, scale, startIds: await nextIds(ds), centralOrganizations: await existingCentralRoots(ds) });
    const generatedMs = performance.now() - t0;
    const r = await loadNationalTree(ds, tree);
    const c = tree.counts;
    say(`loaded the ${scale} tree (seed ${seed}) into ${where}`);
    say(`  old tree  ${n(c.old.provinces)} provinces, ${n(c.old.districts)} districts, ${n(c.old.communes)} communes, ${n(c.old.hamlets)} hamlets (until ${OLD_TREE_TO})`);
    say(`  new tree  ${n(c.new.provinces)} provinces, ${n(c.new.communes)} communes, ${n(c.new.hamlets)} hamlets (from ${NEW_TREE_FROM})`);
    say(`  rows      area ${n(r.rows.areas)} (${s(r.ms.areas)}), area_succession ${n(r.rows.areaSuccessions)} (${s(r.ms.areaSuccessions)}), ` +
      `organization ${n(r.rows.organizations)} (${s(r.ms.organizations)}), organization_succession ${n(r.rows.organizationSuccessions)} (${s(r.ms.organizationSuccessions)})`);
    say(`  time      generate ${s(generatedMs)}, load ${s(r.ms.total)}`);
  }
  if (fraction === 0) return;

  const plan = planHouseholds(await readScaleAreas(ds, scale), { seed, scale, fraction });
  const found = await householdsOnPlan(ds, plan);
  if (found > 0) {
    say(
      found === plan.households
        ? `${where} already holds the ${n(found)} households of the ${scale} tree: households not loaded again.`
        : `${where} already holds ${n(found)} households on the ${scale} tree (--households ${fraction} would make ${n(plan.households)}): nothing loaded.`,
    );
    return;
  }
  const startIds = await nextHouseholdIds(ds);
  const tty = process.stderr.isTTY;
  const r = await loadHouseholds(ds, plan, {
    startIds,
    onBatch: tty ? (done, total) => process.stderr.write(`\r  households ${n(done)} / ${n(total)}`) : undefined,
  });
  if (tty) process.stderr.write('\n');
  say(`loaded ${n(r.rows.households)} households of the ${scale} tree (seed ${seed}, --households ${fraction}) into ${where}`);
  say(`  rows      household ${n(r.rows.households)}, household_member ${n(r.rows.members)}, household_review ${n(r.rows.reviews)} (${n(r.statements)} INSERT statements, one transaction)`);
  say(`  time      ${s(r.ms.total)} in all: generate ${s(r.ms.generate)}, database ${s(r.ms.insert)}`);
  for (const line of ratesReport(r.tally)) say(line);
  const rebuilt = await rebuildPovertySummary(ds);
  say(`  summary   poverty_summary rebuilt: ${n(rebuilt.households)} households, ${n(rebuilt.reviews)} reviews → ${n(rebuilt.rows)} rows in ${s(rebuilt.ms)}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  await withDatabase({ logLevel: process.env.LOG_LEVEL ?? 'warn' }, async ({ ds, where, engine, migrations }) => {
    if (migrations.length) console.log(`migrated ${where}: ${migrations.join(', ')}`);
    await seedDatabase(ds, args, `${where} (${engine})`);
  });
}

if (require.main === module) runCommand(main);
