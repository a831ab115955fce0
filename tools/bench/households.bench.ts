/**
 * Households and poverty statistics on the national data set (a script that prints figures, not a test).
 *
 *   npm run bench:households [-- --runs 50 --warmup 5 --budget 60 --rebuilds 1]
 *   DATABASE_URL=sqlite:/tmp/lnob-bench.sqlite npm run bench:households
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/lnob_bench npm run bench:households
 *
 * DATABASE_URL as for the API (absent: `data/lnob.sqlite` of the repository root). The database is
 * migrated, and the national tree and households are loaded first when they are not there yet
 * (exactly `npm run seed -- --scale national`, default fraction; a loaded database is used as is).
 * Then a hub is started on it, on a free local port, and after warm-up `runs` sequential requests
 * over HTTP are timed (a query slower than `budget` seconds in all stops after 3 runs) of:
 *   - povertyStatistics(year: 2024) — the admin app's statistics query (totals, rates, transitions
 *     and byChild) — for one province and one commune: AS_RECORDED on the old tree's units (where
 *     the 2024 reviews were recorded), CURRENT on today's units they became (through the successions);
 *   - the national figure: the API has no national area (the top of the tree is the provinces), so
 *     it is one request with one povertyStatistics field per province (63 old ones AS_RECORDED, 34
 *     of today CURRENT), whose totals the client adds up;
 *   - households(first: 50, filter: { areaId: <the province>, search }) — the admin app's list
 *     query (totalCount, head name, area, reviews) — for a full common name and a common family
 *     name, as a SYSTEM_ADMIN and as an OFFICER of the province's VFF committee of today (both may
 *     read names: SYSTEM_ADMIN holds personalData.read nationwide, an OFFICER over its scope, which
 *     the successions widen to the old provinces merged into it);
 *   - rebuildPovertySummary (the summary rebuild, SYSTEM_ADMIN), `rebuilds` times.
 * The province is the old province with the most households; the commune, its commune with the
 * most households. Latency is the client-side round trip on localhost; "SQL" is the number of
 * statements the request issued to answer (counted per request by the hub's SQL logger), the
 * authentication's own statements after a "+". The bench creates two users in the database when
 * missing (bench.admin, bench.officer).
 */
import { buildHubSchema, createHub, toGlobalId } from '@lnob/api/testing';
import { multidimensionalPovertyRate, poorRate, subtreeRange } from '@lnob/domain';
import { withDatabase } from '../database';
import { NEW_TREE_FROM, OLD_TREE_TO } from '../seed/national';
import { DEFAULT_HOUSEHOLD_FRACTION, NATIONAL_TARGETS } from '../seed/households';
import { seedDatabase } from '../seed/cli';
import { arg, BENCH_SECRET, BenchClient, benchLogin, ensureBenchUsers, listenLocally, measure, MIN_RUNS, runBench, timingTable, type TimedRow } from './common';

const YEAR = 2024;

const RATE = 'numerator denominator value';
/** The admin app's statistics page query (apps/admin: PovertyStatistics). */
const STATISTICS = `query($areaId: ID!, $year: Int!, $boundary: StatisticsBoundary) {
  povertyStatistics(areaId: $areaId, year: $year, boundary: $boundary) {
    year boundary area { id name parent { id name } }
    households poor nearPoor averageLiving poorRate { ${RATE} } multidimensionalPovertyRate { ${RATE} }
    escapedPoverty escapedNearPoverty newlyPoor relapsed ethnicMinorityHouseholds ethnicMinorityPoor ethnicMinorityNearPoor
    byChild { area { id name } households poor nearPoor poorRate { ${RATE} } multidimensionalPovertyRate { ${RATE} } escapedPoverty newlyPoor relapsed ethnicMinorityPoor }
  }
}`;
/** The national figure: one field per top-level area. */
const nationalQuery = (ids: string[], boundary: string) =>
  `query { ${ids
    .map((id, k) => `p${k}: povertyStatistics(areaId: "${id}", year: ${YEAR}, boundary: ${boundary}) { households poor nearPoor newlyPoor escapedPoverty relapsed }`)
    .join(' ')} }`;
/** The admin app's household list query (apps/admin: Households). */
const HOUSEHOLDS = `query($filter: HouseholdFilter, $first: Int, $after: String) {
  households(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id headName ethnicMinority ethnicity housingStatus status area { id name } reviews { id year class effective } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Hub = Awaited<ReturnType<typeof createHub>>;

async function main() {
  const runs = arg('runs', 50);
  const warmup = arg('warmup', 5);
  const rebuilds = arg('rebuilds', 1);
  const opts = { runs, warmup, budgetMs: 1000 * arg('budget', 60) };
  await withDatabase({ logLevel: process.env.LOG_LEVEL ?? 'silent', poolSize: 5 }, async ({ ds, log, where, engine }) => {
    const client = new BenchClient();
    let hub: Hub | null = null;
    try {
      process.stderr.write(`${engine} ${where}: making sure the national tree and households are loaded…\n`);
      await seedDatabase(ds, { scale: 'national', seed: 1, households: DEFAULT_HOUSEHOLD_FRACTION }, `${where} (${engine})`, (line) => process.stderr.write(`${line}\n`));
      const count = async (table: string) => Number(((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[])[0].n);
      const sizes = { household: await count('household'), household_member: await count('household_member'), household_review: await count('household_review'), poverty_summary: await count('poverty_summary') };

      hub = await createHub({ config: { authSecret: BENCH_SECRET }, dataSource: ds, schema: await buildHubSchema(), log, onRequestScope: (s) => client.scopes.set(s.requestId, s) });
      client.url = await listenLocally(hub);

      // The areas: old provinces (AS_RECORDED 2024), today's provinces (CURRENT), the bench province and commune.
      type AreaRow = { id: number | string; code: string; name: string; path: string };
      const oldProvinces: AreaRow[] = await ds.query("SELECT id, code, name, path FROM area WHERE code LIKE 'O-P%' AND parentId IS NULL AND validTo = ? ORDER BY id", [OLD_TREE_TO]);
      const newProvinces: AreaRow[] = await ds.query("SELECT id, code, name, path FROM area WHERE code LIKE 'N-P%' AND parentId IS NULL AND validFrom = ? ORDER BY id", [NEW_TREE_FROM]);
      if (oldProvinces.length !== 63 || newProvinces.length !== 34) throw new Error(`expected the national tree (63 + 34 provinces), found ${oldProvinces.length} + ${newProvinces.length}`);
      const householdsIn = async (p: AreaRow) => {
        const r = subtreeRange(p.path);
        const [row] = (await ds.query('SELECT COALESCE(SUM(households), 0) AS n FROM poverty_summary WHERE year = ? AND areaPath >= ? AND areaPath < ?', [YEAR, r.from, r.to])) as { n: number | string }[];
        return Number(row.n);
      };
      let province = oldProvinces[0];
      let provinceHouseholds = -1;
      for (const p of oldProvinces) {
        const n = await householdsIn(p);
        if (n > provinceHouseholds) [province, provinceHouseholds] = [p, n];
      }
      const range = subtreeRange(province.path);
      const [top] = (await ds.query('SELECT areaId FROM poverty_summary WHERE year = ? AND areaPath >= ? AND areaPath < ? ORDER BY households DESC, areaId LIMIT 1', [YEAR, range.from, range.to])) as { areaId: number | string }[];
      const [commune] = (await ds.query('SELECT id, code, name, path FROM area WHERE id = ?', [Number(top.areaId)])) as AreaRow[];
      const successorOf = async (id: number | string) => {
        const [row] = (await ds.query('SELECT l.successorId AS id FROM area_succession l WHERE l.predecessorId = ? ORDER BY l.share DESC, l.successorId LIMIT 1', [Number(id)])) as { id: number | string }[];
        return ((await ds.query('SELECT id, code, name, path FROM area WHERE id = ?', [Number(row.id)])) as AreaRow[])[0];
      };
      const newProvince = await successorOf(province.id);
      const newCommune = await successorOf(commune.id);
      const [vff] = (await ds.query("SELECT id FROM organization WHERE areaId = ? AND kind = 'VFF_COMMITTEE'", [Number(newProvince.id)])) as { id: number | string }[];
      await ensureBenchUsers(hub, ds, Number(vff.id));
      const admin = await benchLogin(client, 'bench.admin');
      const officer = await benchLogin(client, 'bench.officer');

      const out: TimedRow[] = [];
      type Stats = { povertyStatistics: { households: number; poor: number; nearPoor: number; byChild: unknown[] } };
      const statsRows = (d: Stats) => `${d.povertyStatistics.households.toLocaleString('en-US')} hh, ${d.povertyStatistics.byChild.length} children`;
      type Figures = { households: number; poor: number; nearPoor: number };
      const national = (d: Record<string, Figures>) => {
        const t = Object.values(d).reduce((a, x) => ({ households: a.households + x.households, poor: a.poor + x.poor, nearPoor: a.nearPoor + x.nearPoor }), { households: 0, poor: 0, nearPoor: 0 });
        return `${t.households.toLocaleString('en-US')} hh, ${(100 * multidimensionalPovertyRate(t).value!).toFixed(2)} % / ${(100 * poorRate(t).value!).toFixed(2)} %`;
      };
      const step = (label: string) => process.stderr.write(`  ${label}\n`);

      step('national');
      const oldIds = oldProvinces.map((p) => toGlobalId('Area', Number(p.id)));
      const newIds = newProvinces.map((p) => toGlobalId('Area', Number(p.id)));
      out.push(await measure(`national, AS_RECORDED (${oldIds.length} old provinces in one request)`, () => client.post<Record<string, Figures>>(nationalQuery(oldIds, 'AS_RECORDED'), {}, admin), national, opts));
      out.push(await measure(`national, CURRENT (${newIds.length} provinces of today in one request)`, () => client.post<Record<string, Figures>>(nationalQuery(newIds, 'CURRENT'), {}, admin), national, opts));
      step('province and commune');
      const stats = (label: string, area: AreaRow, boundary: string) =>
        measure(`${label} ${area.name}, ${boundary}`, () => client.post<Stats>(STATISTICS, { areaId: toGlobalId('Area', Number(area.id)), year: YEAR, boundary }, admin), statsRows, opts);
      out.push(await stats('province (old)', province, 'AS_RECORDED'));
      out.push(await stats('province (today)', newProvince, 'CURRENT'));
      out.push(await stats('commune (old)', commune, 'AS_RECORDED'));
      out.push(await stats('commune (today)', newCommune, 'CURRENT'));

      step('household search');
      type List = { households: { totalCount: number; edges: unknown[] } };
      const listRows = (d: List) => `${d.households.edges.length} of ${d.households.totalCount.toLocaleString('en-US')}`;
      for (const search of ['Nguyễn Văn Hùng', 'Nguyễn']) {
        for (const [who, token] of [['SYSTEM_ADMIN', admin], ['OFFICER', officer]] as const) {
          out.push(
            await measure(
              `households(first: 50, search: "${search}") in ${province.name}, as ${who}`,
              () => client.post<List>(HOUSEHOLDS, { first: 50, filter: { areaId: toGlobalId('Area', Number(province.id)), search } }, token),
              listRows,
              opts,
            ),
          );
        }
      }

      step('summary rebuild');
      type Rebuilt = { rebuildPovertySummary: { households: number; reviews: number; rows: number; ms: number } };
      const rebuildRow = await measure(
        'rebuildPovertySummary (whole summary)',
        () => client.post<Rebuilt>('mutation { rebuildPovertySummary { households reviews rows ms } }', {}, admin),
        (d) => `${d.rebuildPovertySummary.rows.toLocaleString('en-US')} rows (${d.rebuildPovertySummary.ms.toLocaleString('en-US')} ms inside)`,
        { runs: rebuilds, warmup: 0, budgetMs: 0 },
      );
      out.push(rebuildRow);

      const n = (x: number) => x.toLocaleString('en-US');
      const t = NATIONAL_TARGETS[YEAR].reported;
      console.log(`\nHouseholds on ${engine} (${where}): ${n(sizes.household)} households, ${n(sizes.household_member)} members, ${n(sizes.household_review)} reviews, ${n(sizes.poverty_summary)} summary rows.`);
      console.log(`Year ${YEAR}; province: ${province.name} (${n(provinceHouseholds)} households reviewed in ${YEAR}) → today ${newProvince.name}; commune: ${commune.name} → today ${newCommune.name}.`);
      console.log(
        `Up to ${runs} runs after up to ${warmup} warm-up (a query stops after ${MIN_RUNS} runs once ${opts.budgetMs / 1000} s are spent; rebuild: ${rebuilds} run), ` +
          `sequential, client-side round trip over HTTP on localhost. Reported ${YEAR}: ${(100 * t.multidimensional!).toFixed(2)} % / ${(100 * t.poor).toFixed(2)} % (answer: national multidimensional / poor rate).`,
      );
      console.log('');
      console.log(timingTable(out));
    } finally {
      if (hub) await hub.stop();
    }
  });
}

runBench(main);
