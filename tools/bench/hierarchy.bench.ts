/**
 * Hierarchy benchmark on the national tree (a script that prints figures, not a test).
 *
 *   npm run bench [-- --runs 100 --warmup 5]
 *   LNOB_TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/lnob_test npm run bench     (also MariaDB/MySQL)
 *
 * For SQLite (always) and MariaDB/MySQL (when LNOB_TEST_MYSQL_URL or BENCH_MYSQL_URL is set): a
 * fresh database through the test harness (SQLite in memory, a throw-away MariaDB database), the
 * national tree loaded, then after warm-up `runs` sequential requests over HTTP of
 *   (a) one new-tree province → its communes → their hamlets (three levels of areas), and
 *   (b) organizations(filter: { search }, first: 20) for a broad and for a narrow search term.
 * Latency is the client-side round trip (HTTP + JSON on localhost); "SQL" is the number of
 * statements the request issued (the harness counts them per request).
 */
import { foldVietnamese } from '@lnob/domain';
import { startTestHub, type Engine } from '@lnob/api/testing';
import { benchProvince, generateNationalTree, NEW_TREE_FROM } from '../seed/national';
import { loadNationalTree, nextIds } from '../seed/load';
import { arg, benchEngines, markdownTable, runBench, timeIt } from './common';

const COMMUNES_PAGE = 100;
const HAMLETS_PAGE = 100;

const PROVINCE_TREE = `query($id: ID!) {
  area(id: $id, validOn: "${NEW_TREE_FROM}") { name
    children(first: ${COMMUNES_PAGE}) { edges { node { name
      children(first: ${HAMLETS_PAGE}) { edges { node { name } } }
    } } }
  }
}`;

const SEARCH = `query($q: String!) {
  organizations(filter: { search: $q }, first: 20) { edges { node { name } } }
}`;

interface Row {
  engine: Engine;
  query: string;
  rows: number;
  statements: string;
  p50: number;
  p95: number;
  max: number;
}

async function measure(
  run: () => Promise<{ statements: number; rows: number }>,
  runs: number,
  warmup: number,
): Promise<Omit<Row, 'engine' | 'query'>> {
  const statements = new Set<number>();
  let rows = 0;
  const t = await timeIt(run, runs, warmup, {
    onResult: (r) => {
      statements.add(r.statements);
      rows = r.rows;
    },
  });
  const s = [...statements].sort((a, b) => a - b);
  return { rows, statements: s.length === 1 ? String(s[0]) : `${s[0]}–${s[s.length - 1]}`, p50: t.p50, p95: t.p95, max: t.max };
}

type Conn<T> = { edges: { node: T }[] };

async function benchEngine(engine: Engine, runs: number, warmup: number) {
  const hub = await startTestHub(engine);
  try {
    const t0 = performance.now();
    const tree = generateNationalTree({ scale: 'national', startIds: await nextIds(hub.dataSource) });
    const generateMs = performance.now() - t0;
    const load = await loadNationalTree(hub.dataSource, tree);

    const { province, communes, hamlets } = benchProvince(tree, COMMUNES_PAGE);
    const top = await hub.gql<{ areas: Conn<{ id: string; code: string }> }>(
      `{ areas(filter: { topLevel: true, validOn: "${NEW_TREE_FROM}" }, first: 100) { edges { node { id code } } } }`,
    );
    if (top.errors) throw new Error(JSON.stringify(top.errors));
    const provinceId = top.data.areas.edges.find((e) => e.node.code === province.code)!.node.id;

    const firstCommune = tree.areas.find((a) => a.parentId === province.id)!;
    const narrow = tree.organizations.find((o) => o.areaId === firstCommune.id && o.kind === 'FARMERS_UNION')!;
    const searches = [
      { label: 'broad', q: 'Hội Nông dân' },
      { label: 'narrow', q: foldVietnamese(narrow.name) }, // one organization's name typed without accents
    ];

    const out: Row[] = [];
    const tree3 = await measure(
      async () => {
        const r = await hub.gql<{ area: { children: Conn<{ children: Conn<unknown> }> } }>(PROVINCE_TREE, { id: provinceId });
        if (r.errors) throw new Error(JSON.stringify(r.errors));
        const c = r.data.area.children.edges;
        return { statements: r.statements, rows: 1 + c.length + c.reduce((n, e) => n + e.node.children.edges.length, 0) };
      },
      runs,
      warmup,
    );
    if (tree3.rows !== 1 + communes + hamlets) throw new Error(`expected ${1 + communes + hamlets} areas, got ${tree3.rows}`);
    out.push({ engine, query: `province → ${communes} communes → ${hamlets} hamlets`, ...tree3 });
    for (const s of searches) {
      const m = await measure(
        async () => {
          const r = await hub.gql<{ organizations: Conn<unknown> }>(SEARCH, { q: s.q });
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          return { statements: r.statements, rows: r.data.organizations.edges.length };
        },
        runs,
        warmup,
      );
      out.push({ engine, query: `organizations search "${s.q}" (${s.label}), first 20`, ...m });
    }
    return { rows: out, load, generateMs, tree };
  } finally {
    await hub.stop();
  }
}

function table(rows: Row[]): string {
  const ms = (x: number) => x.toFixed(1);
  const head = ['engine', 'query', 'rows', 'SQL/req', 'p50 ms', 'p95 ms', 'max ms'];
  return markdownTable(head, rows.map((r) => [r.engine, r.query, String(r.rows), r.statements, ms(r.p50), ms(r.p95), ms(r.max)]));
}

async function main() {
  const runs = arg('runs', 100);
  const warmup = arg('warmup', 5);
  const all: Row[] = [];
  const loads: string[] = [];
  for (const engine of benchEngines()) {
    process.stderr.write(`${engine}: loading the national tree…\n`);
    const r = await benchEngine(engine, runs, warmup);
    all.push(...r.rows);
    const c = r.tree.counts;
    loads.push(
      `${engine}: loaded ${(r.load.rows.areas + r.load.rows.areaSuccessions + r.load.rows.organizations + r.load.rows.organizationSuccessions).toLocaleString('en-US')} rows ` +
        `(${c.areas.toLocaleString('en-US')} areas, ${c.organizations.toLocaleString('en-US')} organizations, ` +
        `${(c.areaSuccessions + c.organizationSuccessions).toLocaleString('en-US')} succession links) in ${(r.load.ms.total / 1000).toFixed(1)} s ` +
        `(areas ${(r.load.ms.areas / 1000).toFixed(1)} s, organizations ${(r.load.ms.organizations / 1000).toFixed(1)} s)` +
        `; generated in ${(r.generateMs / 1000).toFixed(1)} s`,
    );
  }
  console.log(`\nNational tree (seed 1), ${runs} runs after ${warmup} warm-up, sequential, client-side round trip over HTTP on localhost.`);
  console.log(loads.join('\n'));
  console.log('');
  console.log(table(all));
  if (!benchEngines().includes('mariadb')) console.log('\n(MariaDB skipped: set LNOB_TEST_MYSQL_URL or BENCH_MYSQL_URL to include it.)');
}

runBench(main);
