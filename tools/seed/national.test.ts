import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedChildKinds, foldVietnamese, levelOfArea, type AreaKind } from '@lnob/domain';
import { engines, startTestHub, type TestHub } from '@lnob/api/testing';
import {
  expectedCounts,
  generateNationalTree,
  GENERATED_ORGANIZATION_KINDS,
  NEW_TREE_FROM,
  OLD_TREE_TO,
  type AreaRow,
  type NationalTree,
  type OrganizationRow,
} from './national';
import { existingCentralRoots, isLoaded, loadNationalTree, nextIds } from './load';

const digest = (t: NationalTree) => createHash('sha256').update(JSON.stringify(t)).digest('hex');

const within = (child: { validFrom: string; validTo: string | null }, parent: { validFrom: string; validTo: string | null }) =>
  child.validFrom >= parent.validFrom && (parent.validTo === null || (child.validTo !== null && child.validTo <= parent.validTo));

/** Every broken invariant of a generated tree, as readable lines (empty when all hold). */
function problemsOf(t: NationalTree): string[] {
  const out: string[] = [];
  const say = (s: string) => out.length < 20 && out.push(s);
  const areas = new Map<number, AreaRow>();
  for (const a of t.areas) {
    if (areas.has(a.id)) say(`area id ${a.id} twice`);
    areas.set(a.id, a);
  }
  const codes = new Set<string>();
  for (const a of t.areas) {
    if (codes.has(a.code)) say(`area code ${a.code} twice`);
    codes.add(a.code);
    if (a.code.length > 32) say(`area code ${a.code} too long`);
    if (a.nameSearch !== foldVietnamese(a.name)) say(`area ${a.code}: nameSearch`);
    const p = a.parentId == null ? null : areas.get(a.parentId);
    if (a.parentId != null && (!p || p.id >= a.id)) {
      say(`area ${a.code}: parent ${a.parentId} missing or inserted later`);
      continue;
    }
    if (a.path !== `${p?.path ?? '/'}${a.id}/`) say(`area ${a.code}: path ${a.path}`);
    if (a.depth !== (p ? p.depth + 1 : 0)) say(`area ${a.code}: depth`);
    if (p && !within(a, p)) say(`area ${a.code}: valid ${a.validFrom}–${a.validTo} outside its parent's`);
    const gp = p?.parentId == null ? null : areas.get(p.parentId)!;
    if (!allowedChildKinds((p?.kind ?? null) as AreaKind | null, (gp?.kind ?? null) as AreaKind | null).includes(a.kind)) {
      say(`area ${a.code}: a ${a.kind} under a ${p?.kind ?? 'nothing'}`);
    }
  }

  const levelOf = (a: AreaRow) => levelOfArea(a.kind, (a.parentId == null ? null : areas.get(a.parentId)!.kind) as AreaKind | null);
  const shares = new Map<number, number>();
  const links = new Set<string>();
  for (const s of t.areaSuccessions) {
    const from = areas.get(s.predecessorId);
    const to = areas.get(s.successorId);
    if (!from || !to) {
      say(`area succession ${s.id}: unknown area`);
      continue;
    }
    if (links.has(`${s.predecessorId}>${s.successorId}`)) say(`area succession ${s.id}: duplicate`);
    links.add(`${s.predecessorId}>${s.successorId}`);
    if (from.validTo !== OLD_TREE_TO || to.validFrom !== NEW_TREE_FROM || s.effectiveOn !== NEW_TREE_FROM) say(`area succession ${s.id}: dates`);
    if (levelOf(from) !== levelOf(to)) say(`area succession ${s.id}: ${from.kind} → ${to.kind}`);
    if (!(s.share > 0 && s.share <= 1)) say(`area succession ${s.id}: share ${s.share}`);
    shares.set(s.predecessorId, (shares.get(s.predecessorId) ?? 0) + s.share);
  }
  for (const [id, sum] of shares) if (Math.abs(sum - 1) > 1e-9) say(`area ${areas.get(id)!.code}: successor shares sum to ${sum}`);
  // A commune's successors lie in the successor of its old province.
  const provinceOf = (a: AreaRow) => areas.get(Number(a.path.split('/')[1]))!;
  const provinceLinks = new Set(t.areaSuccessions.map((s) => `${s.predecessorId}>${s.successorId}`));
  for (const s of t.areaSuccessions) {
    const from = areas.get(s.predecessorId)!;
    const to = areas.get(s.successorId)!;
    if (from.depth > 0 && !provinceLinks.has(`${provinceOf(from).id}>${provinceOf(to).id}`)) {
      say(`area succession ${s.id}: ${from.code} → ${to.code} crosses provinces`);
    }
  }

  const orgs = new Map<number, OrganizationRow>();
  for (const o of t.organizations) {
    if (orgs.has(o.id)) say(`organization id ${o.id} twice`);
    orgs.set(o.id, o);
    if (o.nameSearch !== foldVietnamese(o.shortName ? `${o.name} ${o.shortName}` : o.name)) say(`organization ${o.id}: nameSearch`);
    if (o.shortName && o.shortName.length > 64) say(`organization ${o.id}: shortName too long`);
    const p = o.parentId == null ? null : orgs.get(o.parentId);
    if (o.parentId != null && !p) {
      say(`organization ${o.id}: parent missing or inserted later`);
      continue;
    }
    if (o.path !== `${p?.path ?? '/'}${o.id}/` || o.depth !== (p ? p.depth + 1 : 0)) say(`organization ${o.id}: path/depth`);
    if (p && (p.kind !== o.kind || !within(o, p))) say(`organization ${o.id}: parent ${p.id} of another kind or not covering it`);
    const area = o.areaId == null ? null : areas.get(o.areaId);
    if (o.areaId != null && !area) say(`organization ${o.id}: unknown area`);
    const parentArea = area?.parentId == null ? null : areas.get(area.parentId)!;
    const level = area ? levelOfArea(area.kind, (parentArea?.kind ?? null) as AreaKind | null) : 'CENTRAL';
    if (o.level !== level) say(`organization ${o.id}: level ${o.level}, expected ${level}`);
    if (area && (area.validFrom !== o.validFrom || area.validTo !== o.validTo)) say(`organization ${o.id}: validity differs from its area's`);
    // The parent works one level up: in the parent area (or centrally for a province).
    if (p && area && p.areaId !== (area.parentId ?? null)) say(`organization ${o.id}: parent works in area ${p.areaId}`);
  }
  const orgLinks = new Set<string>();
  for (const s of t.organizationSuccessions) {
    const from = orgs.get(s.predecessorId);
    const to = orgs.get(s.successorId);
    if (!from || !to || from.kind !== to.kind || from.validTo !== OLD_TREE_TO || to.validFrom !== NEW_TREE_FROM) {
      say(`organization succession ${s.id}: wrong ends`);
    } else if (!links.has(`${from.areaId}>${to.areaId}`)) say(`organization succession ${s.id}: areas not linked`);
    if (orgLinks.has(`${s.predecessorId}>${s.successorId}`)) say(`organization succession ${s.id}: duplicate`);
    orgLinks.add(`${s.predecessorId}>${s.successorId}`);
  }
  return out;
}

describe('generateNationalTree', () => {
  const national = generateNationalTree({ scale: 'national' });
  const small = generateNationalTree({ scale: 'small' });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    expect(digest(generateNationalTree({ scale: 'national', seed: 1 }))).toBe(digest(national));
    expect(generateNationalTree({ scale: 'small', seed: 1 })).toEqual(small);
    expect(digest(generateNationalTree({ scale: 'national', seed: 2 }))).not.toBe(digest(national));
    const other = generateNationalTree({ scale: 'small', seed: 2 });
    expect(other.areas.map((a) => a.name)).not.toEqual(small.areas.map((a) => a.name));
    expect(other.counts.old).toEqual(small.counts.old); // same shape, other names and links
  });

  it('has the national sizes of docs/domain.md §3', () => {
    const c = national.counts;
    expect(c.old).toEqual({ provinces: 63, districts: 696, communes: 10_035, hamlets: 0 });
    expect(c.new).toEqual({ provinces: 34, communes: 3_321, hamlets: 64_000 });
    expect(c.areas).toBe(63 + 696 + 10_035 + 34 + 3_321 + 64_000);
    // A VFF committee and five member organizations per province, district and commune, six central roots.
    expect(c.organizations).toBe(6 * (63 + 696 + 10_035 + 34 + 3_321) + 6);
    expect(c).toMatchObject(expectedCounts('national'));
    const kinds = (from: string) => {
      const m: Record<string, number> = {};
      for (const a of national.areas) if (a.validFrom === from && a.depth === 1) m[a.kind] = (m[a.kind] ?? 0) + 1;
      return m;
    };
    expect(kinds(NEW_TREE_FROM)).toEqual({ COMMUNE: 2_621, WARD: 687, SPECIAL_ZONE: 13 });
    expect(national.areas.filter((a) => a.depth === 0 && a.kind === 'CITY').map((a) => a.validFrom).sort()).toEqual([
      ...Array(5).fill('2008-01-01'),
      ...Array(6).fill(NEW_TREE_FROM),
    ]);
    // Every old province and commune has successors, every new one predecessors; about 3:1, a few splits.
    const preds = new Set(national.areaSuccessions.map((s) => s.predecessorId));
    const succs = new Set(national.areaSuccessions.map((s) => s.successorId));
    expect(national.areas.filter((a) => a.validTo === OLD_TREE_TO && a.depth !== 1).every((a) => preds.has(a.id))).toBe(true);
    expect(national.areas.filter((a) => a.validFrom === NEW_TREE_FROM && a.kind !== 'HAMLET').every((a) => succs.has(a.id))).toBe(true);
    expect(c.areaSuccessions - c.splitLinks / 2).toBe(63 + 10_035);
    expect(c.splitLinks).toBeGreaterThan(20);
    expect(c.organizationSuccessions).toBe(6 * c.areaSuccessions);
  });

  it('has the small sizes, with old-tree hamlets (four levels on both sides of 2025)', () => {
    expect(small.counts).toMatchObject(expectedCounts('small'));
    expect(small.counts.old).toEqual({ provinces: 10, districts: 20, communes: 60, hamlets: 120 });
    expect(small.counts.new).toEqual({ provinces: 34, communes: 102, hamlets: 306 });
    expect(small.counts.splitLinks).toBeGreaterThan(0);
  });

  it.each(['national', 'small'] as const)('keeps the invariants (%s): paths, validity, kinds, levels, shares', (scale) => {
    expect(problemsOf(scale === 'national' ? national : small)).toEqual([]);
  });

  it('names are Vietnamese with diacritics and searchable folded', () => {
    const names = national.areas.map((a) => a.name);
    expect(names.filter((n) => n !== foldVietnamese(n) && /[À-ỹđĐ]/.test(n)).length).toBeGreaterThan(names.length * 0.9);
    expect(names.some((n) => n.startsWith('Xã '))).toBe(true);
    expect(names.some((n) => n.startsWith('Tổ dân phố '))).toBe(true);
  });

  it('starts ids where asked and can reuse existing central organizations', () => {
    const t = generateNationalTree({
      scale: 'small',
      startIds: { area: 1000, areaSuccession: 2000, organization: 3000, organizationSuccession: 4000 },
      centralOrganizations: { VFF_COMMITTEE: { id: 7, path: '/7/', depth: 0 } },
    });
    expect(Math.min(...t.areas.map((a) => a.id))).toBe(1000);
    expect(Math.min(...t.areaSuccessions.map((a) => a.id))).toBe(2000);
    expect(Math.min(...t.organizations.map((a) => a.id))).toBe(3000);
    expect(Math.min(...t.organizationSuccessions.map((a) => a.id))).toBe(4000);
    expect(t.counts.centralOrganizations).toBe(GENERATED_ORGANIZATION_KINDS.length - 1);
    const vffProvince = t.organizations.find((o) => o.kind === 'VFF_COMMITTEE' && o.level === 'PROVINCE')!;
    expect(vffProvince.parentId).toBe(7);
    expect(vffProvince.path).toBe(`/7/${vffProvince.id}/`);
  });
});

/**
 * Four levels from `$n` top-level units valid on `$on`: units → children → children (three nested
 * connections) → each grandchild's parent and ancestors, plus every child's predecessors with their
 * area. A fourth nested *connection* (children → children → children) would be depth 13, over the
 * API's QUERY_DEPTH_MAX of 12 (edges and node count as levels): the fourth level is reached through
 * list fields, as in apps/api's own statement-count test.
 */
const AREAS_4 = `query($n: Int!, $on: LocalDate!) {
  areas(filter: { topLevel: true, validOn: $on }, first: $n) { edges { node { code
    children(first: 3) { edges { node { code predecessors { share area { code } }
      children(first: 3) { edges { node { code parent { code } ancestors { code } } } }
    } } }
  } } }
}`;

/** The central VFF committee → provinces → districts (old tree) → their area, parent and member organizations. */
const ORGS_4 = `query($n: Int!) {
  organizations(filter: { level: [CENTRAL], kind: [VFF_COMMITTEE], validOn: "2024-01-01" }, first: 1) { edges { node { name
    children(first: $n) { edges { node { name
      children(first: 3) { edges { node { name area { code } parent { name } memberOrganizations { name } } } }
    } } }
  } } }
}`;

interface Conn<T> {
  edges: { node: T }[];
}
interface AreaNode {
  code: string;
  children?: Conn<AreaNode>;
  predecessors?: { share: number; area: { code: string } }[];
  parent?: { code: string };
  ancestors?: { code: string }[];
}
type AreasResult = { areas: Conn<AreaNode> };

/** Nodes per level: [units, children, grandchildren]. */
const levels = (r: AreasResult): number[] => {
  const out: number[] = [];
  let layer = r.areas.edges.map((e) => e.node);
  while (layer.length) {
    out.push(layer.length);
    layer = layer.flatMap((n) => n.children?.edges.map((e) => e.node) ?? []);
  }
  return out;
};
const grandchildren = (r: AreasResult) =>
  r.areas.edges.flatMap((p) => p.node.children!.edges.flatMap((c) => c.node.children!.edges.map((g) => ({ p: p.node, c: c.node, g: g.node }))));

/** The fourth level is there: every grandchild knows its parent and its two ancestors. */
function expectFourthLevel(r: AreasResult) {
  const all = grandchildren(r);
  expect(all.length).toBeGreaterThan(0);
  for (const { p, c, g } of all) {
    expect(g.parent).toEqual({ code: c.code });
    expect(g.ancestors).toEqual([{ code: p.code }, { code: c.code }]);
  }
}

describe.each(engines())('loaded into %s', (engine) => {
  /** Run `query` for a few and for many top-level units: same statement count, whatever the width. */
  async function compare<T>(hub: TestHub, query: string, few: Record<string, unknown>, many: Record<string, unknown>) {
    const a = await hub.gql<T>(query, few);
    const b = await hub.gql<T>(query, many);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.statements).toBeGreaterThan(0);
    expect(b.statements).toBe(a.statements);
    return { few: a.data, many: b.data, statements: a.statements };
  }

  describe('the small tree', () => {
    let hub: TestHub;
    let tree: NationalTree;
    beforeAll(async () => {
      hub = await startTestHub(engine);
      tree = generateNationalTree({ scale: 'small', startIds: await nextIds(hub.dataSource) });
      await loadNationalTree(hub.dataSource, tree);
    });
    afterAll(async () => {
      await hub?.stop();
    });

    it('holds every row, and knows it is loaded', async () => {
      const count = async (table: string) => Number((await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
      expect(await count('area')).toBe(tree.areas.length);
      expect(await count('area_succession')).toBe(tree.areaSuccessions.length);
      expect(await count('organization')).toBe(tree.organizations.length);
      expect(await count('organization_succession')).toBe(tree.organizationSuccessions.length);
      expect(await isLoaded(hub.dataSource, 'small')).toBe(true);
      expect(await isLoaded(hub.dataSource, 'national')).toBe(false);
      expect(Object.keys(await existingCentralRoots(hub.dataSource)).sort()).toEqual([...GENERATED_ORGANIZATION_KINDS].sort());
      const next = await nextIds(hub.dataSource);
      expect(next.area).toBe(Math.max(...tree.areas.map((a) => a.id)) + 1);
      // Booleans and dates read back as such on both engines.
      const ward = await hub.gql<{ areas: Conn<{ urban: boolean; validFrom: string; validTo: string | null }> }>(
        `{ areas(filter: { kind: [WARD], validOn: "${NEW_TREE_FROM}" }, first: 1) { edges { node { urban validFrom validTo } } } }`,
      );
      expect(ward.data.areas.edges[0].node).toEqual({ urban: true, validFrom: NEW_TREE_FROM, validTo: null });
    });

    it('new tree, four levels: as many SQL statements for 2 provinces as for 34', async () => {
      const r = await compare<AreasResult>(hub, AREAS_4, { n: 2, on: NEW_TREE_FROM }, { n: 34, on: NEW_TREE_FROM });
      expect(levels(r.few)).toEqual([2, 6, 18]);
      expect(levels(r.many)).toEqual([34, 102, 306]);
      expectFourthLevel(r.many);
      const preds = r.many.areas.edges.flatMap((p) => p.node.children!.edges.flatMap((c) => c.node.predecessors!));
      expect(preds.length).toBeGreaterThan(0);
      expect(preds.every((x) => x.area.code.startsWith('SO-'))).toBe(true);
    });

    it('old tree, four levels: as many SQL statements for 2 provinces as for all 10', async () => {
      const r = await compare<AreasResult>(hub, AREAS_4, { n: 2, on: '2024-01-01' }, { n: 10, on: '2024-01-01' });
      expect(levels(r.few)).toEqual([2, 4, 12]);
      expect(levels(r.many)).toEqual([10, 20, 60]);
      expectFourthLevel(r.many);
    });

    it('old tree, province → district → commune → hamlet under one province (four nested connections)', async () => {
      const first = await hub.gql<{ areas: Conn<{ id: string; code: string }> }>(
        `{ areas(filter: { topLevel: true, validOn: "2024-01-01" }, first: 1) { edges { node { id code } } } }`,
      );
      const province = first.data.areas.edges[0].node;
      expect(province.code).toBe('SO-P01');
      const r = await hub.gql<{ area: AreaNode }>(
        `query($id: ID!) { area(id: $id, validOn: "2024-01-01") { code children(first: 5) { edges { node { code
          children(first: 5) { edges { node { code children(first: 5) { edges { node { code } } } } } } } } } } }`,
        { id: province.id },
      );
      expect(r.errors).toBeUndefined();
      expect(levels({ areas: { edges: [{ node: r.data.area }] } })).toEqual([1, 2, 6, 12]);
    });

    it('organizations, four levels (central → provinces → districts → their areas and members): constant statements', async () => {
      type R = { organizations: Conn<{ children: Conn<{ children: Conn<{ memberOrganizations: unknown[] }> }> }> };
      const r = await compare<R>(hub, ORGS_4, { n: 2 }, { n: 10 });
      expect(r.few.organizations.edges[0].node.children.edges).toHaveLength(2);
      const provinces = r.many.organizations.edges[0].node.children.edges;
      expect(provinces).toHaveLength(10);
      const districts = provinces.flatMap((p) => p.node.children.edges);
      expect(districts).toHaveLength(20);
      expect(districts.every((d) => d.node.memberOrganizations.length === 5)).toBe(true);
    });

    it('finds organizations accent-insensitively', async () => {
      const target = tree.organizations.find((o) => o.kind === 'FARMERS_UNION' && o.level === 'COMMUNE' && o.validTo === null)!;
      const r = await hub.gql<{ organizations: Conn<{ name: string }> }>(
        `query($q: String!) { organizations(filter: { search: $q, validOn: "${NEW_TREE_FROM}" }, first: 20) { edges { node { name } } } }`,
        { q: foldVietnamese(target.name) },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.organizations.edges.map((e) => e.node.name)).toContain(target.name);
    });
  });

  it('loads beside the demo data: ids above it, provinces under its central organizations', async () => {
    const hub = await startTestHub(engine, { demo: true });
    try {
      const start = await nextIds(hub.dataSource);
      expect(start.area).toBeGreaterThan(1);
      const roots = await existingCentralRoots(hub.dataSource);
      expect(Object.keys(roots).sort()).toEqual([...GENERATED_ORGANIZATION_KINDS].sort());
      const tree = generateNationalTree({ scale: 'small', startIds: start, centralOrganizations: roots });
      expect(tree.counts.centralOrganizations).toBe(0);
      await loadNationalTree(hub.dataSource, tree);
      const r = await hub.gql<{ node: { children: Conn<{ area: { code: string } | null }> } }>(
        `query($id: ID!) { node(id: $id) { ... on Organization { children(first: 100, validOn: "${NEW_TREE_FROM}") { edges { node { area { code } } } } } } }`,
        {
          id: (
            await hub.gql<{ organizations: Conn<{ id: string }> }>(
              `{ organizations(filter: { level: [CENTRAL], kind: [VFF_COMMITTEE] }, first: 1) { edges { node { id } } } }`,
            )
          ).data.organizations.edges[0].node.id,
        },
      );
      expect(r.errors).toBeUndefined();
      const codes = r.data.node.children.edges.map((e) => e.node.area?.code ?? '');
      expect(codes.filter((c) => c.startsWith('SN-P'))).toHaveLength(34);
    } finally {
      await hub.stop();
    }
  });

  describe('the national tree', () => {
    let hub: TestHub;
    let loadMs = 0;
    beforeAll(async () => {
      hub = await startTestHub(engine);
      const tree = generateNationalTree({ scale: 'national', startIds: await nextIds(hub.dataSource) });
      loadMs = (await loadNationalTree(hub.dataSource, tree)).ms.total;
    }, 180_000);
    afterAll(async () => {
      await hub?.stop();
    });

    it('loads in well under a minute', () => {
      expect(loadMs).toBeLessThan(60_000);
    });

    it('new tree, four levels: as many SQL statements for 2 provinces as for 34', async () => {
      const r = await compare<AreasResult>(hub, AREAS_4, { n: 2, on: NEW_TREE_FROM }, { n: 34, on: NEW_TREE_FROM });
      expect(levels(r.few)).toEqual([2, 6, 18]);
      expect(levels(r.many)).toEqual([34, 102, 306]);
      expectFourthLevel(r.many);
      // Every new commune came from old ones (about three each).
      const communes = r.many.areas.edges.flatMap((p) => p.node.children!.edges.map((c) => c.node));
      expect(communes.every((c) => c.predecessors!.length > 0 && c.predecessors!.every((x) => x.area.code.startsWith('O-')))).toBe(true);
    });

    it('old tree, four levels: as many SQL statements for 2 provinces as for 34', async () => {
      const r = await compare<AreasResult>(hub, AREAS_4, { n: 2, on: '2024-01-01' }, { n: 34, on: '2024-01-01' });
      expect(levels(r.many)).toEqual([34, 102, 306]);
      expectFourthLevel(r.many);
    });
  });
});
