/**
 * Cost of identity and access on the national tree (a script that prints figures, not a test).
 *
 *   npm run bench:auth [-- --runs 200 --warmup 10]
 *   LNOB_TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/lnob_test npm run bench:auth   (also MariaDB/MySQL)
 *
 * For each engine: the national tree loaded into a fresh database, then
 *   (a) login p50/p95 (scrypt N=2^14 + session row + JWT), sequential;
 *   (b) one list query, `organizations(filter: { search: "Hội Nông dân" }, first: 20)`, sent
 *       1. with authentication bypassed (a second hub on the same database whose caller is fixed),
 *       2. as the SYSTEM_ADMIN (session check, no scope filter in SQL),
 *       3. as an OFFICER of one provincial VFF committee (session check + subtree/area filter in SQL),
 *       4. as an API key on that committee (hash lookup + rate limit + the same filter);
 *   the difference to (1) is what authentication and scope filtering add per request.
 */
import { buildHubSchema, Caller, createHub, createLogger, startTestHub, type Engine } from '@lnob/api/testing';
import { generateNationalTree } from '../seed/national';
import { loadNationalTree, nextIds } from '../seed/load';
import { arg, BENCH_PASSWORD, BENCH_SECRET, benchEngines, gql, listenLocally, runBench, timeIt } from './common';

const LIST = `query { organizations(filter: { search: "Hội Nông dân" }, first: 20) { edges { node { name } } } }`;
const LOGIN = `mutation { login(input: { username: "bench.officer", password: "${BENCH_PASSWORD}" }) { token } }`;

async function benchEngine(engine: Engine, runs: number, warmup: number) {
  const hub = await startTestHub(engine);
  const log = createLogger('silent');
  const bypass = await createHub({ config: { authSecret: BENCH_SECRET }, dataSource: hub.dataSource, schema: await buildHubSchema(), log, authenticate: async (id) => Caller.system(id) });
  const bypassUrl = await listenLocally(bypass);
  try {
    const tree = generateNationalTree({ scale: 'national', startIds: await nextIds(hub.dataSource) });
    await loadNationalTree(hub.dataSource, tree);
    const province = tree.organizations.find((o) => o.kind === 'VFF_COMMITTEE' && o.level === 'PROVINCE' && o.validTo === null)!;
    const officer = await hub.services.users.create({ username: 'bench.officer', displayName: 'Bench officer', email: null, phone: null, password: BENCH_PASSWORD, organizationId: province.id });
    await hub.services.users.assignRole({ userId: officer.id, role: 'OFFICER', organizationId: province.id, viewOrganizationId: null, validFrom: province.validFrom, validTo: null });
    const { secret } = await hub.services.apiKeys.create(
      { name: 'bench', organizationId: province.id, scopes: ['ORGANIZATIONS'], personalData: false, expiresOn: '2027-12-31', requestsPerMinute: 6000 },
      '2026-11-21',
    );

    const login = await timeIt(() => gql(hub.url, LOGIN), Math.min(runs, 50), 3);
    const adminToken = await hub.tokenOf('admin');
    const officerToken = (await gql<{ login: { token: string } }>(hub.url, LOGIN)).login.token;
    const variants: [string, string, string | null][] = [
      ['no authentication (bypassed)', bypassUrl, null],
      ['SYSTEM_ADMIN (session check, no filter)', hub.url, adminToken],
      [`OFFICER of ${province.name} (session + scope filter)`, hub.url, officerToken],
      ['API key on the same committee (hash + rate limit + filter)', hub.url, secret],
    ];
    const rows: { variant: string; p50: number; p95: number; rows: number }[] = [];
    for (const [variant, url, token] of variants) {
      const first = await gql<{ organizations: { edges: unknown[] } }>(url, LIST, {}, token);
      const t = await timeIt(() => gql(url, LIST, {}, token), runs, warmup);
      rows.push({ variant, p50: t.p50, p95: t.p95, rows: first.organizations.edges.length });
    }
    return { engine, login, rows, organizations: tree.organizations.length };
  } finally {
    await bypass.stop();
    await hub.stop();
  }
}

async function main() {
  const runs = arg('runs', 200);
  const warmup = arg('warmup', 10);
  for (const engine of benchEngines()) {
    const r = await benchEngine(engine, runs, warmup);
    const base = r.rows[0].p50;
    console.log(`\n${engine}: ${r.organizations.toLocaleString('en')} organizations, ${runs} runs after ${warmup} warm-up`);
    console.log(`login (bench.officer): p50 ${r.login.p50.toFixed(1)} ms, p95 ${r.login.p95.toFixed(1)} ms`);
    console.log('| caller | rows | p50 ms | p95 ms | added p50 ms |');
    console.log('|---|--:|--:|--:|--:|');
    for (const row of r.rows) console.log(`| ${row.variant} | ${row.rows} | ${row.p50.toFixed(2)} | ${row.p95.toFixed(2)} | ${(row.p50 - base).toFixed(2)} |`);
  }
}

runBench(main);
