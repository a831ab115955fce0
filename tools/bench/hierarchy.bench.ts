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
import { arg, benchEngines, hubRequest, measure, runBench, timingTable, type TimedRow } from './common';

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

type Conn<T> = { edges: { node: T }[] };

async function benchEngine(engine: Engine, opts: { runs: number; warmup: number; budgetMs: number }) {
  const hub = await startTestHub(engine);
  try {
    const t0 = performance.now();
    const tree = generateNationalTree({ scale: 'national', startIds: await nextIds(hub.dataSource) });
    const generateMs = performance.now() - t0;
    const load = await loadNationalTree(hub.dataSource, tree);

    const { province, communes, hamlets } = benchProvince(tree, COMMUNES_PAGE);
    const top = await hubRequest<{ areas: Conn<{ id: string; code: string }> }>(
      hub,
      `{ areas(filter: { topLevel: true, validOn: "${NEW_TREE_FROM}" }, first: 100) { edges { node { id code } } } }`,
    );
    const provinceId = top.data.areas.edges.find((e) => e.node.code === province.code)!.node.id;

    const firstCommune = tree.areas.find((a) => a.parentId === province.id)!;
    const narrow = tree.organizations.find((o) => o.areaId === firstCommune.id && o.kind === 'FARMERS_UNION')!;
    const searches = [
      { label: 'broad', q: 'Hội Nông dân' },
      { label: 'narrow', q: foldVietnamese(narrow.name) }, // one organization's name typed without accents
    ];

    const out: TimedRow[] = [];
    type ProvinceTree = { area: { children: Conn<{ children: Conn<unknown> }> } };
    const areaCount = (d: ProvinceTree) => 1 + d.area.children.edges.reduce((n, e) => n + 1 + e.node.children.edges.length, 0);
    const tree3 = await measure(
      `province → ${communes} communes → ${hamlets} hamlets`,
      () => hubRequest<ProvinceTree>(hub, PROVINCE_TREE, { id: provinceId }),
      (d) => {
        if (areaCount(d) !== 1 + communes + hamlets) throw new Error(`expected ${1 + communes + hamlets} areas, got ${areaCount(d)}`);
        return String(areaCount(d));
      },
      opts,
    );
    out.push({ ...tree3, engine });
    for (const s of searches) {
      const m = await measure(
        `organizations search "${s.q}" (${s.label}), first 20`,
        () => hubRequest<{ organizations: Conn<unknown> }>(hub, SEARCH, { q: s.q }),
        (d) => String(d.organizations.edges.length),
        opts,
      );
      out.push({ ...m, engine });
    }
    return { rows: out, load, generateMs, tree };
  } finally {
    await hub.stop();
  }
}

async function main() {
  const runs = arg('runs', 100);
  const warmup = arg('warmup', 5);
  const all: TimedRow[] = [];
  const loads: string[] = [];
  for (const engine of benchEngines()) {
    process.stderr.write(`${engine}: loading the national tree…\n`);
    const r = await benchEngine(engine, { runs, warmup, budgetMs: Infinity });
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
  console.log(timingTable(all));
  if (!benchEngines().includes('mariadb')) console.log('\n(MariaDB skipped: set LNOB_TEST_MYSQL_URL or BENCH_MYSQL_URL to include it.)');
}

runBench(main);
