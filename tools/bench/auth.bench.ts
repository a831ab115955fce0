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
import type { AddressInfo } from 'node:net';
import { buildHubSchema, Caller, createHub, createLogger, engines, startTestHub, type Engine } from '@lnob/api/testing';
import { generateNationalTree } from '../seed/national';
import { loadNationalTree, nextIds } from '../seed/load';
import { arg, timeIt } from './args';

const LIST = `query { organizations(filter: { search: "Hội Nông dân" }, first: 20) { edges { node { name } } } }`;

async function post(url: string, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

async function benchEngine(engine: Engine, runs: number, warmup: number) {
  const hub = await startTestHub(engine);
  const log = createLogger('silent');
  const bypass = await createHub({ config: { authSecret: 'bench-secret-0123456789abcdef0123456789' }, dataSource: hub.dataSource, schema: await buildHubSchema(), log, authenticate: async (id) => Caller.system(id) });
  await new Promise<void>((r) => bypass.httpServer.listen(0, '127.0.0.1', r));
  const bypassUrl = `http://127.0.0.1:${(bypass.httpServer.address() as AddressInfo).port}`;
  try {
    const tree = generateNationalTree({ scale: 'national', startIds: await nextIds(hub.dataSource) });
    await loadNationalTree(hub.dataSource, tree);
    const province = tree.organizations.find((o) => o.kind === 'VFF_COMMITTEE' && o.level === 'PROVINCE' && o.validTo === null)!;
    const officer = await hub.services.users.create({ username: 'bench.officer', displayName: 'Bench officer', email: null, phone: null, password: 'bench-password-1', organizationId: province.id });
    await hub.services.users.assignRole({ userId: officer.id, role: 'OFFICER', organizationId: province.id, viewOrganizationId: null, validFrom: province.validFrom, validTo: null });
    const { secret } = await hub.services.apiKeys.create(
      { name: 'bench', organizationId: province.id, scopes: ['ORGANIZATIONS'], personalData: false, expiresOn: '2027-12-31', requestsPerMinute: 6000 },
      '2026-11-21',
    );

    const login = await timeIt(
      async () => {
        await post(hub.url, 'mutation { login(input: { username: "bench.officer", password: "bench-password-1" }) { token } }');
      },
      Math.min(runs, 50),
      3,
    );
    const adminToken = await hub.tokenOf('admin');
    const officerToken = (await post(hub.url, 'mutation { login(input: { username: "bench.officer", password: "bench-password-1" }) { token } }')) as { login: { token: string } };
    const variants: [string, string, Record<string, string>][] = [
      ['no authentication (bypassed)', bypassUrl, {}],
      ['SYSTEM_ADMIN (session check, no filter)', hub.url, { authorization: `Bearer ${adminToken}` }],
      [`OFFICER of ${province.name} (session + scope filter)`, hub.url, { authorization: `Bearer ${officerToken.login.token}` }],
      ['API key on the same committee (hash + rate limit + filter)', hub.url, { authorization: `Bearer ${secret}` }],
    ];
    const rows: { variant: string; p50: number; p95: number; rows: number }[] = [];
    for (const [variant, url, headers] of variants) {
      const first = (await post(url, LIST, headers)) as { organizations: { edges: unknown[] } };
      const t = await timeIt(async () => void (await post(url, LIST, headers)), runs, warmup);
      rows.push({ variant, ...t, rows: first.organizations.edges.length });
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
  if (!process.env.LNOB_TEST_MYSQL_URL && process.env.BENCH_MYSQL_URL) process.env.LNOB_TEST_MYSQL_URL = process.env.BENCH_MYSQL_URL;
  for (const engine of engines()) {
    const r = await benchEngine(engine, runs, warmup);
    const base = r.rows[0].p50;
    console.log(`\n${engine}: ${r.organizations.toLocaleString('en')} organizations, ${runs} runs after ${warmup} warm-up`);
    console.log(`login (bench.officer): p50 ${r.login.p50.toFixed(1)} ms, p95 ${r.login.p95.toFixed(1)} ms`);
    console.log('| caller | rows | p50 ms | p95 ms | added p50 ms |');
    console.log('|---|--:|--:|--:|--:|');
    for (const row of r.rows) console.log(`| ${row.variant} | ${row.rows} | ${row.p50.toFixed(2)} | ${row.p95.toFixed(2)} | ${(row.p50 - base).toFixed(2)} |`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
