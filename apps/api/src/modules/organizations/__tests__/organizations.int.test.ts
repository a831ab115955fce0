/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoData, type AreaFixture, type OrganizationFixture } from '@lnob/domain/fixtures';
import { engines, startTestHub, type GqlResult, type TestHub } from '../../../testing/harness';
import { ext, isValidOn, missingId, names, NEW, OLD, paths, sorted } from '../../../testing/assertions';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------



const orgFx = (key: string): OrganizationFixture => {
  const f = demoData.organizations.find((o) => o.key === key);
  if (!f) throw new Error(`no fixture ${key}`);
  return f;
};
const areaFx = (code: string): AreaFixture => {
  const f = demoData.areas.find((a) => a.code === code);
  if (!f) throw new Error(`no area fixture ${code}`);
  return f;
};
const inAreaSubtree = (root: string, code: string | null): boolean => {
  if (code === null) return false;
  const a = areaFx(code);
  return a.code === root || inAreaSubtree(root, a.parentCode);
};
const inOrgSubtree = (root: string, o: OrganizationFixture): boolean => o.key === root || (o.parentKey !== null && inOrgSubtree(root, orgFx(o.parentKey)));
/** Names of the fixture organizations active on `on` that satisfy `pred`, sorted. */
const fxNames = (on: string, pred: (o: OrganizationFixture) => boolean = () => true) =>
  sorted(demoData.organizations.filter((o) => isValidOn(o, on) && pred(o)).map((o) => o.name));

async function rowCount(hub: TestHub, table: string): Promise<number> {
  const rows: { n: number | string }[] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

const LIST = `query ($first: Int, $after: String, $f: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $f) {
    totalCount
    edges { cursor node { id name validFrom } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** Every page of `organizations(filter)`, walked with `first`. */
async function walk(hub: TestHub, f: Record<string, unknown>, first = 100) {
  const nodes: any[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const r: GqlResult<any> = await hub.gql<any>(LIST, { first, after, f });
    expect(r.errors).toBeUndefined();
    const c = r.data.organizations;
    if (totalCount >= 0) expect(c.totalCount).toBe(totalCount);
    totalCount = c.totalCount;
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    nodes.push(...c.edges.map((e: any) => e.node));
    pages++;
    if (!c.pageInfo.hasNextPage) break;
    expect(c.edges).toHaveLength(first);
    after = c.pageInfo.endCursor;
    if (pages > 200) throw new Error('runaway pagination');
  }
  return { nodes, totalCount, pages };
}

/** Global ids of the demo organizations by fixture key (name + validFrom identify them). */
/** Global ids of the demo areas valid before or after the 2025 merger, by code. */
async function demoAreaIds(hub: TestHub): Promise<(code: string) => string> {
  const ids = new Map<string, string>();
  for (const on of [OLD, NEW]) {
    const r = await hub.gql<any>(`query ($on: LocalDate) { areas(first: 100, filter: { validOn: $on }) { edges { node { id code } } } }`, { on });
    for (const e of r.data.areas.edges) ids.set(e.node.code, e.node.id);
  }
  return (code: string) => {
    const v = ids.get(code);
    if (!v) throw new Error(`no area ${code}`);
    return v;
  };
}

async function demoIds(hub: TestHub): Promise<(key: string) => string> {
  const byNameFrom = new Map<string, string>();
  for (const on of ['2008-06-01', OLD, '2025-06-30', NEW]) {
    for (const n of (await walk(hub, { validOn: on })).nodes) byNameFrom.set(`${n.name}|${n.validFrom}`, n.id);
  }
  return (key: string) => {
    const f = orgFx(key);
    const id = byNameFrom.get(`${f.name}|${f.validFrom}`);
    if (!id) throw new Error(`organization ${key} not loaded`);
    return id;
  };
}

const ORG_FIELDS = 'id name shortName kind level depth validFrom validTo';

// ---------------------------------------------------------------------------------------------
// Reading the demo data
// ---------------------------------------------------------------------------------------------

describe.each(engines())('organizations (reading the demo data) on %s', (engine) => {
  let hub: TestHub;
  let id: (key: string) => string;
  let areaId: (code: string) => string;

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    id = await demoIds(hub);
    areaId = await demoAreaIds(hub);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('the demo data has no two organizations with the same name and first day', () => {
    const keys = demoData.organizations.map((o) => `${o.name}|${o.validFrom}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe('organization(id)', () => {
    it('returns one organization with its area and parent', async () => {
      const r = await hub.gql<any>(`query ($id: ID!) { organization(id: $id, validOn: "${OLD}") { ${ORG_FIELDS} area { code name } parent { name } } }`, {
        id: id('vff-tra-vinh'),
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.organization).toEqual({
        id: id('vff-tra-vinh'),
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh',
        shortName: 'UBMTTQ Việt Nam tỉnh Trà Vinh',
        kind: 'VFF_COMMITTEE',
        level: 'PROVINCE',
        depth: 1,
        validFrom: '2008-01-01',
        validTo: '2025-06-30',
        area: { code: '84', name: 'Tỉnh Trà Vinh' },
        parent: { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
      });
    });

    it('a central organization has no area', async () => {
      const r = await hub.gql<any>(`query ($id: ID!) { organization(id: $id) { level area { code } parent { name } depth } }`, { id: id('yu-central') });
      expect(r.data.organization).toEqual({ level: 'CENTRAL', area: null, parent: null, depth: 0 });
    });

    it.each([
      ['a malformed id', () => '???', 'BAD_USER_INPUT', 'INVALID_ID'],
      ['an Area id', () => missingId('Area'), 'BAD_USER_INPUT', 'INVALID_ID'],
      ['a well-formed id of nothing', () => missingId('Organization'), 'NOT_FOUND', 'NOT_FOUND'],
    ])('answers %s with %s/%s', async (_what, makeId, code, reason) => {
      const r = await hub.gql<any>(`query ($id: ID!) { organization(id: $id) { id } }`, { id: makeId() });
      expect(r.data).toBeNull();
      expect(ext(r)).toMatchObject({ code, reason });
    });
  });

  describe('organizations(filter)', () => {
    it.each([
      ['today (default)', {}, '2100-01-01'],
      ['2024-01-01', { validOn: OLD }, OLD],
      ['2008-01-01', { validOn: '2008-01-01' }, '2008-01-01'],
      ['2025-06-30', { validOn: '2025-06-30' }, '2025-06-30'],
    ])('every organization active %s', async (_what, f, on) => {
      const { nodes, totalCount } = await walk(hub, f);
      expect(sorted(nodes.map((n) => n.name))).toEqual(fxNames(on));
      expect(totalCount).toBe(nodes.length);
    });

    it.each<[string[] | null, string[] | null, string]>([
      [['VFF_COMMITTEE'], null, OLD],
      [['VFF_COMMITTEE'], null, NEW],
      [['YOUTH_UNION', 'VETERANS_ASSOCIATION'], null, OLD],
      [['PRESS'], null, OLD],
      [null, ['DISTRICT'], OLD],
      [null, ['DISTRICT'], NEW],
      [null, ['CENTRAL'], NEW],
      [null, ['COMMUNE', 'HAMLET'], NEW],
      [['VFF_COMMITTEE', 'PEOPLES_COMMITTEE'], ['COMMUNE'], OLD],
    ])('kind %j, level %j on %s', async (kind, level, on) => {
      const { nodes, totalCount } = await walk(hub, { kind, level, validOn: on });
      const expected = fxNames(on, (o) => (!kind || kind.includes(o.kind)) && (!level || level.includes(o.level)));
      expect(sorted(nodes.map((n) => n.name))).toEqual(expected);
      expect(totalCount).toBe(expected.length);
    });

    it.each([
      ['84', OLD],
      ['849', OLD],
      ['29404', OLD],
      ['49', OLD],
      ['N2025-86', NEW],
      ['N2025-48', NEW],
      ['84', NEW],
      ['84-29404-OKADA', OLD],
    ])('areaId %s on %s: organizations in the whole area subtree', async (code, on) => {
      const { nodes, totalCount } = await walk(hub, { areaId: areaId(code), validOn: on });
      const expected = fxNames(on, (o) => inAreaSubtree(code, o.areaCode));
      expect(sorted(nodes.map((n) => n.name))).toEqual(expected);
      expect(totalCount).toBe(expected.length);
    });

    it('areaId of Trà Vinh on 2024 holds the district and commune organizations too', async () => {
      const { nodes } = await walk(hub, { areaId: areaId('84'), validOn: OLD, level: ['COMMUNE'] });
      expect(nodes).toHaveLength(14); // People's Committee and VFF committee of 7 communes
    });

    it.each([
      ['ccb-quang-nam', OLD, 21],
      ['ccb-quang-nam', NEW, 0],
      ['vff-central', OLD, null],
      ['vff-central', NEW, null],
      ['yu-central', NEW, null],
      ['ubnd-tra-vinh', OLD, null],
      ['government', '2025-06-30', null],
    ])('withinOrganizationId %s on %s: the inclusive subtree', async (key, on, count) => {
      const { nodes, totalCount } = await walk(hub, { withinOrganizationId: id(key), validOn: on });
      const expected = fxNames(on, (o) => inOrgSubtree(key, o));
      if (count !== null) expect(expected).toHaveLength(count);
      expect(sorted(nodes.map((n) => n.name))).toEqual(expected);
      expect(totalCount).toBe(expected.length);
    });

    it('filters combine: Veterans’ associations at district level inside Quảng Nam’s association', async () => {
      const { nodes } = await walk(hub, { withinOrganizationId: id('ccb-quang-nam'), level: ['DISTRICT'], kind: ['VETERANS_ASSOCIATION'], validOn: OLD });
      expect(nodes).toHaveLength(18);
    });

    it.each([
      ['areaId', () => missingId('Area'), 'NOT_FOUND', 'NOT_FOUND'],
      ['areaId', () => missingId('Organization'), 'BAD_USER_INPUT', 'INVALID_ID'],
      ['withinOrganizationId', () => missingId('Organization'), 'NOT_FOUND', 'NOT_FOUND'],
      ['withinOrganizationId', () => missingId('Area'), 'BAD_USER_INPUT', 'INVALID_ID'],
    ])('filter.%s with a bad id → %s/%s', async (field, makeId, code, reason) => {
      const r = await hub.gql<any>(`query ($id: ID!) { organizations(filter: { ${field}: $id }) { edges { node { id } } } }`, { id: makeId() });
      expect(ext(r)).toMatchObject({ code, reason });
      if (reason === 'INVALID_ID') expect(paths(r)).toEqual([`filter.${field}`]);
    });

    it.each<[string, string, string[]]>([
      // Every word must occur somewhere in the name: the central Youth Union's departments match too.
      ['doan thanh nien', NEW, ['Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ban Thanh niên Nông thôn Trung ương Đoàn', 'Ban Thanh niên Trường học Trung ương Đoàn', 'Ban Thanh niên Xung phong Trung ương Đoàn', 'Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn']],
      // Every word must occur somewhere in the name: the central Youth Union's departments match too.
      ['ĐOÀN THANH NIÊN', NEW, ['Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ban Thanh niên Nông thôn Trung ương Đoàn', 'Ban Thanh niên Trường học Trung ương Đoàn', 'Ban Thanh niên Xung phong Trung ương Đoàn', 'Ban Đoàn kết tập hợp thanh niên Trung ương Đoàn']],
      ['hoi ccb tinh tra vinh', OLD, ['Hội Cựu chiến binh tỉnh Trà Vinh']], // short name
      ['ldld', NEW, ['Liên đoàn Lao động thành phố Đà Nẵng', 'Liên đoàn Lao động tỉnh Khánh Hòa', 'Liên đoàn Lao động tỉnh Vĩnh Long', 'Tổng Liên đoàn Lao động Việt Nam']],
      ['tinh doan', NEW, ['Tỉnh đoàn Khánh Hòa', 'Tỉnh đoàn Vĩnh Long', 'Liên đoàn Lao động tỉnh Khánh Hòa', 'Liên đoàn Lao động tỉnh Vĩnh Long']],
      ['487', OLD, ['Khối “487” trực thuộc Hội Cựu chiến binh tỉnh Quảng Nam']],
      ['nguyệt', OLD, []],
      ['hoi cuu chien binh tinh quang nam', OLD, [
        'Ban Tuyên giáo – Tổ chức – Kiểm tra, Hội Cựu chiến binh tỉnh Quảng Nam',
        'Hội Cựu chiến binh tỉnh Quảng Nam',
        'Khối “487” trực thuộc Hội Cựu chiến binh tỉnh Quảng Nam',
      ]],
      ['hoi cuu chien binh tinh quang nam', NEW, []],
      ['%', OLD, []],
    ])('search %j on %s', async (q, on, expected) => {
      const { nodes, totalCount } = await walk(hub, { search: q, validOn: on });
      expect(sorted(nodes.map((n) => n.name))).toEqual(sorted(expected));
      expect(totalCount).toBe(expected.length);
    });

    // The schema's own example ("doan thanh nien tra vinh") and the way people type: the words of
    // the query, in any position, not one contiguous substring of the name.
    it.each<[string, string, string[]]>([
      ['cuu chien binh quang nam', OLD, [
        'Ban Tuyên giáo – Tổ chức – Kiểm tra, Hội Cựu chiến binh tỉnh Quảng Nam',
        'Hội Cựu chiến binh tỉnh Quảng Nam',
        'Khối “487” trực thuộc Hội Cựu chiến binh tỉnh Quảng Nam',
      ]],
      // Words match inside words ("tra" in "trận"), so Vĩnh Long's committee matches as well.
      ['mat tran tra vinh', OLD, ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long']],
      ['uy ban nhan dan ham giang', NEW, ['Ủy ban nhân dân xã Hàm Giang']],
    ])('search %j on %s matches words anywhere in the name', async (q, on, expected) => {
      const { nodes } = await walk(hub, { search: q, validOn: on });
      expect(sorted(nodes.map((n) => n.name))).toEqual(sorted(expected));
    });
  });

  describe('pagination', () => {
    it.each([[1], [7], [50]])('walking 2024 with first: %i gives the list of one big walk, without duplicates', async (size) => {
      const big = await walk(hub, { validOn: OLD }, 100);
      const small = await walk(hub, { validOn: OLD }, size);
      expect(small.nodes.map((n) => n.id)).toEqual(big.nodes.map((n) => n.id));
      expect(new Set(small.nodes.map((n) => n.id)).size).toBe(small.nodes.length);
      expect(small.pages).toBe(Math.max(1, Math.ceil(big.nodes.length / size)));
    });

    it('a filtered walk (VFF committees of 2024, 3 a page) equals one page', async () => {
      const f = { validOn: OLD, kind: ['VFF_COMMITTEE'] };
      const big = await walk(hub, f, 100);
      const small = await walk(hub, f, 3);
      expect(small.nodes.map((n) => n.id)).toEqual(big.nodes.map((n) => n.id));
      expect(big.nodes.length).toBeGreaterThan(10);
    });

    it.each([
      ['after', { first: 2, after: 'bm90IGEgY3Vyc29y!' }, 'INVALID_CURSOR', 'after'],
      ['after', { first: 2, after: Buffer.from('[1,2,3]').toString('base64url') }, 'INVALID_CURSOR', 'after'],
      ['first', { first: 101 }, 'PAGE_SIZE_EXCEEDED', 'first'],
      ['first', { first: -1 }, 'PAGE_SIZE_EXCEEDED', 'first'],
    ])('rejects a bad %s: %j', async (_arg, vars, reason, path) => {
      const r = await hub.gql<any>(LIST, vars);
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(paths(r)).toEqual([path]);
    });
  });

  describe('VFF committees and member organizations', () => {
    const MEMBERS = `query ($id: ID!, $on: LocalDate) { organization(id: $id, validOn: $on) { name memberOrganizations { name kind level vffCommittee { name } } vffCommittee { name } } }`;
    const MEMBER_KINDS = ['FARMERS_UNION', 'LABOUR_FEDERATION', 'VETERANS_ASSOCIATION', 'WOMENS_UNION', 'YOUTH_UNION'];

    it.each([
      ['vff-tra-vinh', OLD, ['yu-tra-vinh', 'ccb-tra-vinh', 'ldld-tra-vinh', 'lhpn-tra-vinh', 'hnd-tra-vinh']],
      ['vff-tra-vinh', undefined, []], // viewed today: the province is gone
      ['vff-vinh-long-2025', undefined, ['yu-vinh-long-2025', 'ccb-vinh-long-2025', 'ldld-vinh-long-2025', 'lhpn-vinh-long-2025', 'hnd-vinh-long-2025']],
      ['vff-central', undefined, ['yu-central', 'ccb-central', 'ldld-central', 'lhpn-central', 'hnd-central']],
      ['vff-tra-vinh-phuoc-hao', OLD, []], // no member organizations modelled at commune level
    ])('memberOrganizations of %s on %s', async (key, on, memberKeys) => {
      const r = await hub.gql<any>(MEMBERS, { id: id(key), on });
      expect(r.errors).toBeUndefined();
      const o = r.data.organization;
      expect(sorted(o.memberOrganizations.map((m: any) => m.name))).toEqual(sorted(memberKeys.map((k) => orgFx(k).name)));
      if (memberKeys.length) expect(sorted(o.memberOrganizations.map((m: any) => m.kind))).toEqual(MEMBER_KINDS);
      for (const m of o.memberOrganizations) expect(m.vffCommittee).toEqual({ name: o.name });
      expect(o.vffCommittee).toBeNull(); // a VFF committee is not a member of itself
    });

    it.each([
      ['yu-tra-vinh', OLD, 'vff-tra-vinh'],
      ['ccb-quang-nam', OLD, 'vff-quang-nam'],
      ['hnd-khanh-hoa-2025', undefined, 'vff-khanh-hoa-2025'],
      ['lhpn-central', undefined, 'vff-central'],
      ['ccb-quang-nam-tam-ky', OLD, null], // no VFF committee of Tam Kỳ modelled
      ['ubnd-tra-vinh', OLD, null], // not a member kind
    ])('vffCommittee of %s on %s', async (key, on, vffKey) => {
      const r = await hub.gql<any>(MEMBERS, { id: id(key), on });
      expect(r.errors).toBeUndefined();
      expect(r.data.organization.vffCommittee).toEqual(vffKey ? { name: orgFx(vffKey).name } : null);
      expect(r.data.organization.memberOrganizations).toEqual([]);
    });

    it('members of every VFF committee of a page in a constant number of statements', async () => {
      const q = (n: number) =>
        `{ organizations(first: ${n}, filter: { kind: [VFF_COMMITTEE], validOn: "${OLD}" }) { edges { node { name memberOrganizations { name vffCommittee { name } } area { name } parent { name } ancestors { name } } } } }`;
      const small = await hub.gql<any>(q(2));
      const big = await hub.gql<any>(q(100));
      expect(small.errors).toBeUndefined();
      expect(big.errors).toBeUndefined();
      expect(big.data.organizations.edges.length).toBeGreaterThan(10);
      // A small page may need one more statement for parents outside the page; never more for a big one.
      expect(big.statements).toBeLessThanOrEqual(small.statements);
      expect(small.statements).toBeLessThanOrEqual(6);
    });
  });

  describe('tree fields', () => {
    const CHILDREN = `query ($id: ID!, $on: LocalDate, $cOn: LocalDate, $first: Int, $after: String) {
      organization(id: $id, validOn: $on) {
        children(first: $first, after: $after, validOn: $cOn) { totalCount edges { node { name level } } pageInfo { hasNextPage endCursor } }
      }
    }`;

    it.each<[string, string | undefined, string | undefined, number]>([
      ['viewed on 2024-01-01', OLD, undefined, 20],
      ['viewed today', undefined, undefined, 0],
      ['viewed today, children on 2024-01-01', undefined, OLD, 20],
      ['on 2008-01-01 (Nông Sơn not yet founded)', '2008-01-01', undefined, 19],
      ['on 2025-06-30', '2025-06-30', undefined, 20],
      ['on 2025-07-01', NEW, undefined, 0],
    ])('children of the Quảng Nam Veterans’ Association %s', async (_what, on, cOn, count) => {
      const r = await hub.gql<any>(CHILDREN, { id: id('ccb-quang-nam'), on, cOn, first: 50 });
      expect(r.errors).toBeUndefined();
      const c = r.data.organization.children;
      expect(c.totalCount).toBe(count);
      expect(c.edges).toHaveLength(count);
      const date = cOn ?? on ?? '2100-01-01';
      expect(sorted(names(c))).toEqual(fxNames(date, (o) => o.parentKey === 'ccb-quang-nam'));
    });

    it('the 18 district associations and the two provincial units, 6 per page', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const r: GqlResult<any> = await hub.gql<any>(CHILDREN, { id: id('ccb-quang-nam'), on: OLD, first: 6, after });
        expect(r.errors).toBeUndefined();
        const c = r.data.organization.children;
        seen.push(...names(c));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(20);
      expect(sorted(seen)).toEqual(fxNames(OLD, (o) => o.parentKey === 'ccb-quang-nam'));
      expect(seen.filter((n) => n.startsWith('Hội Cựu chiến binh'))).toHaveLength(18);
    });

    it('ancestors, path and depth of a commune VFF committee', async () => {
      const r = await hub.gql<any>(`query ($id: ID!) { organization(id: $id) { depth parent { name } ancestors { name depth } path { name } } }`, {
        id: id('vff-tra-vinh-phuoc-hao'),
      });
      expect(r.errors).toBeUndefined();
      const chain = ['vff-central', 'vff-tra-vinh', 'vff-tra-vinh-chau-thanh'].map((k) => orgFx(k).name);
      expect(r.data.organization).toEqual({
        depth: 3,
        parent: { name: chain[2] },
        ancestors: chain.map((name, depth) => ({ name, depth })),
        path: [...chain, orgFx('vff-tra-vinh-phuoc-hao').name].map((name) => ({ name })),
      });
    });

    it('predecessors and successors of the 2025 mergers', async () => {
      const r = await hub.gql<any>(
        `query ($new: ID!, $old: ID!, $gone: ID!) {
          new: organization(id: $new) { predecessors { effectiveOn organization { name validTo } } successors { effectiveOn } }
          old: organization(id: $old) { predecessors { effectiveOn } successors { effectiveOn organization { name validFrom } } }
          gone: organization(id: $gone) { successors { effectiveOn } }
        }`,
        { new: id('vff-vinh-long-2025'), old: id('vff-tra-vinh'), gone: id('ccb-quang-nam-tam-ky') },
      );
      expect(r.errors).toBeUndefined();
      expect(sorted(r.data.new.predecessors.map((p: any) => p.organization.name))).toEqual(
        sorted(['vff-tra-vinh', 'vff-vinh-long', 'vff-ben-tre'].map((k) => orgFx(k).name)),
      );
      for (const p of r.data.new.predecessors) expect(p).toMatchObject({ effectiveOn: NEW, organization: { validTo: '2025-06-30' } });
      expect(r.data.new.successors).toEqual([]);
      expect(r.data.old.predecessors).toEqual([]);
      expect(r.data.old.successors).toEqual([{ effectiveOn: NEW, organization: { name: orgFx('vff-vinh-long-2025').name, validFrom: NEW } }]);
      expect(r.data.gone.successors).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Mutations (on their own demo database)
// ---------------------------------------------------------------------------------------------

const CREATE = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { ${ORG_FIELDS} area { code } parent { name } ancestors { name } } }
}`;
const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { ${ORG_FIELDS} parent { id } } } }`;
const MOVE = `mutation ($input: MoveOrganizationInput!) { moveOrganization(input: $input) { organization { id depth parent { id } ancestors { id } } } }`;
const CLOSE = `mutation ($input: CloseOrganizationInput!) { closeOrganization(input: $input) { closedCount organization { id validTo successors { effectiveOn organization { id } } } } }`;
const TREE = `query ($id: ID!) { organization(id: $id) { id depth validTo parent { id } ancestors { id } path { id } } }`;

describe.each(engines())('organization mutations on %s', (engine) => {
  let hub: TestHub;
  let id: (key: string) => string;
  let areaId: (code: string) => string;
  let seq = 0;

  const create = (input: Record<string, unknown>) => hub.gql<any>(CREATE, { input });
  async function make(input: Record<string, unknown>) {
    const r = await create({ kind: 'OTHER', validFrom: '2008-01-01', name: `Tổ chức thử ${++seq}`, ...input });
    expect(r.errors).toBeUndefined();
    return r.data.createOrganization.organization as { id: string; name: string; depth: number };
  }
  const snapshot = async () => ({
    orgs: await hub.dataSource.query('SELECT id, name, shortName, kind, level, areaId, parentId, path, depth, validFrom, validTo FROM organization ORDER BY id'),
    links: await hub.dataSource.query('SELECT predecessorId, successorId, effectiveOn FROM organization_succession ORDER BY id'),
  });

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    id = await demoIds(hub);
    areaId = await demoAreaIds(hub);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  describe('createOrganization', () => {
    it.each<[string, string | null, string, string | null, string]>([
      ['no area', null, '2008-01-01', null, 'CENTRAL'],
      ['a province', 'N2025-86', NEW, null, 'PROVINCE'],
      ['a centrally-run city', 'N2025-48', NEW, null, 'PROVINCE'],
      ['a provincial city', '502', '2010-01-01', '2025-06-30', 'DISTRICT'],
      ['a town (thị xã)', '507', '2010-01-01', '2025-06-30', 'DISTRICT'],
      ['a district', '849', '2010-01-01', '2025-06-30', 'DISTRICT'],
      ['a commune', 'N2025-86-HUNG-MY', NEW, null, 'COMMUNE'],
      ['a commune of the old tree', '29404', '2010-01-01', '2025-06-30', 'COMMUNE'],
      ['a hamlet', 'N2025-86-HUNG-MY-OKADA', NEW, null, 'HAMLET'],
    ])('derives the level from the area: %s → %s', async (_what, code, validFrom, validTo, level) => {
      const r = await create({ name: `Chi hội thử ${code ?? 'TW'}`, kind: 'OTHER', areaId: code ? areaId(code) : null, validFrom, validTo });
      expect(r.errors).toBeUndefined();
      expect(r.data.createOrganization.organization).toMatchObject({ level, depth: 0, validFrom, validTo, area: code ? { code } : null });
      // Giving the right level explicitly is accepted too.
      const again = await create({ name: `Chi hội thử bis ${code ?? 'TW'}`, kind: 'OTHER', level, areaId: code ? areaId(code) : null, validFrom, validTo });
      expect(again.errors).toBeUndefined();
    });

    it('creates a commune Youth Union under the provincial one: depth, ancestors, children, filters', async () => {
      const r = await create({
        name: 'Đoàn Thanh niên xã Hưng Mỹ',
        shortName: '  ĐTN Hưng Mỹ  ',
        kind: 'YOUTH_UNION',
        areaId: areaId('N2025-86-HUNG-MY'),
        parentId: id('yu-vinh-long-2025'),
        validFrom: '2025-08-01',
      });
      expect(r.errors).toBeUndefined();
      const o = r.data.createOrganization.organization;
      expect(o).toMatchObject({
        name: 'Đoàn Thanh niên xã Hưng Mỹ',
        shortName: 'ĐTN Hưng Mỹ',
        kind: 'YOUTH_UNION',
        level: 'COMMUNE',
        depth: 2,
        validTo: null,
        area: { code: 'N2025-86-HUNG-MY' },
        parent: { name: 'Tỉnh đoàn Vĩnh Long' },
        ancestors: [{ name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh' }, { name: 'Tỉnh đoàn Vĩnh Long' }],
      });
      const check = await hub.gql<any>(
        `query ($p: ID!, $a: ID!, $yu: ID!) {
          p: organization(id: $p) { children { edges { node { id } } } }
          inArea: organizations(filter: { areaId: $a, kind: [YOUTH_UNION] }) { edges { node { id } } }
          inSystem: organizations(first: 100, filter: { withinOrganizationId: $yu, level: [COMMUNE] }) { edges { node { id } } }
          byShortName: organizations(filter: { search: "dtn hung my" }) { edges { node { id } } }
          before: organizations(filter: { search: "doan thanh nien xa hung my", validOn: "2025-07-31" }) { edges { node { id } } }
        }`,
        { p: id('yu-vinh-long-2025'), a: areaId('N2025-86'), yu: id('yu-central') },
      );
      expect(check.errors).toBeUndefined();
      for (const k of ['p', 'inArea', 'inSystem', 'byShortName']) {
        const conn = k === 'p' ? check.data.p.children : check.data[k];
        expect(conn.edges.map((e: any) => e.node.id), k).toContain(o.id);
      }
      expect(check.data.before.edges).toEqual([]);
    });

    it.each<[string, () => Record<string, unknown>, string, string[]]>([
      ['a level that does not match the area', () => ({ areaId: areaId('N2025-86-HUNG-MY'), level: 'PROVINCE', validFrom: NEW }), 'LEVEL_MISMATCH', ['input.level']],
      ['a level given without an area (CENTRAL expected)', () => ({ level: 'COMMUNE' }), 'LEVEL_MISMATCH', ['input.level']],
      ['an unknown parent', () => ({ parentId: missingId('Organization') }), 'UNKNOWN_PARENT', ['input.parentId']],
      ['an unknown area', () => ({ areaId: missingId('Area') }), 'NOT_FOUND', ['input.areaId']],
      ['an area id of the wrong type', () => ({ areaId: missingId('Organization') }), 'INVALID_ID', ['input.areaId']],
      ['a parent id of the wrong type', () => ({ parentId: missingId('Area') }), 'INVALID_ID', ['input.parentId']],
      ['a parent that closed before (PARENT_NOT_VALID)', () => ({ parentId: id('ccb-quang-nam'), kind: 'VETERANS_ASSOCIATION', validFrom: NEW }), 'PARENT_NOT_VALID', ['input.parentId']],
      ['a child starting before its parent', () => ({ parentId: id('ccb-da-nang-2025'), validFrom: '2025-01-01' }), 'PARENT_NOT_VALID', ['input.parentId']],
      ['an area that does not exist during the dates', () => ({ areaId: areaId('84'), validFrom: NEW }), 'INVALID_VALIDITY', ['input.areaId']],
      ['validTo before validFrom', () => ({ validFrom: '2020-01-01', validTo: '2019-12-31' }), 'INVALID_VALIDITY', ['input.validTo']],
      ['a 256-character name', () => ({ name: 'Ư'.repeat(256) }), 'VALIDATION_FAILED', ['input.name']],
      ['a blank name', () => ({ name: '  ' }), 'VALIDATION_FAILED', ['input.name']],
      ['a 65-character short name', () => ({ shortName: 'x'.repeat(65) }), 'VALIDATION_FAILED', ['input.shortName']],
      [
        'several problems at once',
        () => ({ name: '', shortName: 'y'.repeat(65), parentId: missingId('Organization'), validFrom: '2020-01-01', validTo: '2010-01-01' }),
        'VALIDATION_FAILED',
        ['input.name', 'input.parentId', 'input.shortName', 'input.validTo'],
      ],
    ])('refuses %s and writes nothing', async (_what, over, reason, fieldPaths) => {
      const before = await rowCount(hub, 'organization');
      const r = await create({ name: 'Tổ chức bị từ chối', kind: 'OTHER', validFrom: '2008-01-01', ...over() });
      expect(r.data).toBeNull();
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(paths(r)).toEqual(fieldPaths);
      expect(await rowCount(hub, 'organization')).toBe(before);
    });

    it('accepts a 255-character name and a 64-character short name', async () => {
      const r = await create({ name: 'Ữ'.repeat(255), shortName: 'Đ'.repeat(64), kind: 'OTHER', validFrom: '2008-01-01' });
      expect(r.errors).toBeUndefined();
      expect(r.data.createOrganization.organization.name).toHaveLength(255);
    });
  });

  describe('updateOrganization', () => {
    it('renames: search finds the new name and no longer the old one', async () => {
      const o = await make({ name: 'Hội Khuyến học xã Bình Phú', shortName: 'HKH Bình Phú', areaId: areaId('N2025-86-BINH-PHU'), validFrom: NEW });
      const r = await hub.gql<any>(UPDATE, { input: { id: o.id, name: 'Hội Người cao tuổi xã Bình Phú', shortName: '' } });
      expect(r.errors).toBeUndefined();
      expect(r.data.updateOrganization.organization).toMatchObject({ id: o.id, name: 'Hội Người cao tuổi xã Bình Phú', shortName: null, level: 'COMMUNE', validFrom: NEW, validTo: null });
      const s = await hub.gql<any>(`{
        newName: organizations(filter: { search: "nguoi cao tuoi xa binh phu" }) { edges { node { id } } }
        oldName: organizations(filter: { search: "khuyen hoc" }) { edges { node { id } } }
        oldShort: organizations(filter: { search: "hkh binh phu" }) { edges { node { id } } }
      }`);
      expect(s.errors).toBeUndefined();
      expect(s.data.newName.edges.map((e: any) => e.node.id)).toEqual([o.id]);
      expect(s.data.oldName.edges).toEqual([]);
      expect(s.data.oldShort.edges).toEqual([]);
    });

    it('changes only what it is given', async () => {
      const parent = await make({});
      const o = await make({ name: 'Ban Thử Nghiệm', shortName: 'BTN', parentId: parent.id, validFrom: '2010-01-01' });
      const r = await hub.gql<any>(UPDATE, { input: { id: o.id, kind: 'PRESS' } });
      expect(r.errors).toBeUndefined();
      expect(r.data.updateOrganization.organization).toMatchObject({ name: 'Ban Thử Nghiệm', shortName: 'BTN', kind: 'PRESS', validFrom: '2010-01-01', depth: 1, parent: { id: parent.id } });
      const v = await hub.gql<any>(UPDATE, { input: { id: o.id, validFrom: '2012-05-05' } });
      expect(v.errors).toBeUndefined();
      expect(v.data.updateOrganization.organization).toMatchObject({ kind: 'PRESS', validFrom: '2012-05-05' });
    });

    it.each<[string, (ids: { parent: string; o: string }) => Record<string, unknown>, string, string, string[]]>([
      ['a blank name', ({ o }) => ({ id: o, name: ' ' }), 'BAD_USER_INPUT', 'VALIDATION_FAILED', ['input.name']],
      ['a 65-character short name', ({ o }) => ({ id: o, shortName: 'z'.repeat(65) }), 'BAD_USER_INPUT', 'VALIDATION_FAILED', ['input.shortName']],
      ['a start before the parent’s', ({ o }) => ({ id: o, validFrom: '2009-01-01' }), 'BAD_USER_INPUT', 'PARENT_NOT_VALID', ['input.validFrom']],
      ['a start after a child’s', ({ parent }) => ({ id: parent, validFrom: '2016-01-01' }), 'BAD_USER_INPUT', 'INVALID_VALIDITY', ['input.validFrom']],
      ['an unknown organization', () => ({ id: missingId('Organization'), name: 'X' }), 'NOT_FOUND', 'NOT_FOUND', []],
      ['an Area id', () => ({ id: missingId('Area'), name: 'X' }), 'BAD_USER_INPUT', 'INVALID_ID', ['input.id']],
    ])('refuses %s and changes nothing', async (_what, input, code, reason, fieldPaths) => {
      const parent = await make({ validFrom: '2010-01-01' });
      const o = await make({ parentId: parent.id, validFrom: '2015-01-01' });
      const before = await snapshot();
      const r = await hub.gql<any>(UPDATE, { input: input({ parent: parent.id, o: o.id }) });
      expect(ext(r)).toMatchObject({ code, reason });
      expect(paths(r)).toEqual(fieldPaths);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('moveOrganization', () => {
    /** Two roots, and a three-level chain A → B → C under the first. */
    async function chain() {
      const r1 = await make({ name: `Gốc một ${seq}` });
      const r2 = await make({ name: `Gốc hai ${seq}` });
      const a = await make({ parentId: r1.id, name: `Cấp A ${seq}` });
      const b = await make({ parentId: a.id, name: `Cấp B ${seq}` });
      const c = await make({ parentId: b.id, name: `Cấp C ${seq}` });
      const sibling = await make({ parentId: r2.id, name: `Anh em ${seq}` });
      return { r1, r2, a, b, c, sibling };
    }
    const tree = async (oid: string) => (await hub.gql<any>(TREE, { id: oid })).data.organization;
    const within = async (oid: string) => sorted((await walk(hub, { withinOrganizationId: oid })).nodes.map((n) => n.id));

    it('moves a three-level subtree: every descendant’s ancestors, path and depth follow', async () => {
      const t = await chain();
      expect((await tree(t.c.id)).depth).toBe(3);
      const r = await hub.gql<any>(MOVE, { input: { id: t.a.id, newParentId: t.r2.id } });
      expect(r.errors).toBeUndefined();
      expect(r.data.moveOrganization.organization).toEqual({ id: t.a.id, depth: 1, parent: { id: t.r2.id }, ancestors: [{ id: t.r2.id }] });
      expect(await tree(t.b.id)).toMatchObject({ depth: 2, parent: { id: t.a.id }, ancestors: [{ id: t.r2.id }, { id: t.a.id }] });
      expect(await tree(t.c.id)).toMatchObject({
        depth: 3,
        parent: { id: t.b.id },
        ancestors: [{ id: t.r2.id }, { id: t.a.id }, { id: t.b.id }],
        path: [{ id: t.r2.id }, { id: t.a.id }, { id: t.b.id }, { id: t.c.id }],
      });
      expect(await within(t.r1.id)).toEqual([t.r1.id]);
      expect(await within(t.r2.id)).toEqual(sorted([t.r2.id, t.sibling.id, t.a.id, t.b.id, t.c.id]));
      expect(await within(t.a.id)).toEqual(sorted([t.a.id, t.b.id, t.c.id]));

      const kids = await hub.gql<any>(`query ($a: ID!, $b: ID!) { a: organization(id: $a) { children { totalCount } } b: organization(id: $b) { children { edges { node { id } } } } }`, {
        a: t.r1.id,
        b: t.r2.id,
      });
      expect(kids.data.a.children.totalCount).toBe(0);
      expect(sorted(kids.data.b.children.edges.map((e: any) => e.node.id))).toEqual(sorted([t.a.id, t.sibling.id]));
    });

    it('moves a subtree to the top of a system (newParentId null) and back down', async () => {
      const t = await chain();
      const up = await hub.gql<any>(MOVE, { input: { id: t.b.id, newParentId: null } });
      expect(up.errors).toBeUndefined();
      expect(up.data.moveOrganization.organization).toMatchObject({ depth: 0, parent: null, ancestors: [] });
      expect(await tree(t.c.id)).toMatchObject({ depth: 1, ancestors: [{ id: t.b.id }] });
      const down = await hub.gql<any>(MOVE, { input: { id: t.b.id, newParentId: t.sibling.id } });
      expect(down.errors).toBeUndefined();
      expect(await tree(t.c.id)).toMatchObject({ depth: 3, ancestors: [{ id: t.r2.id }, { id: t.sibling.id }, { id: t.b.id }] });
    });

    it.each([
      ['under itself', 'a', 'a'],
      ['under its child', 'a', 'b'],
      ['under its grandchild', 'a', 'c'],
      ['a root under its own descendant', 'r1', 'c'],
    ] as const)('refuses a move %s with HIERARCHY_CYCLE and changes nothing', async (_what, who, under) => {
      const t = await chain();
      const before = await snapshot();
      const r = await hub.gql<any>(MOVE, { input: { id: t[who].id, newParentId: t[under].id } });
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HIERARCHY_CYCLE' });
      expect(paths(r)).toEqual(['input.newParentId']);
      expect(await snapshot()).toEqual(before);
      expect(await tree(t.c.id)).toMatchObject({ depth: 3, ancestors: [{ id: t.r1.id }, { id: t.a.id }, { id: t.b.id }] });
    });

    it.each([
      ['an unknown new parent', () => missingId('Organization'), 'BAD_USER_INPUT', 'UNKNOWN_PARENT'],
      ['a new parent closed before the organization ends', () => id('ccb-quang-nam'), 'BAD_USER_INPUT', 'PARENT_NOT_VALID'],
      ['an Area id as new parent', () => missingId('Area'), 'BAD_USER_INPUT', 'INVALID_ID'],
    ])('refuses %s', async (_what, parent, code, reason) => {
      const t = await chain();
      const before = await snapshot();
      const r = await hub.gql<any>(MOVE, { input: { id: t.a.id, newParentId: parent() } });
      expect(ext(r)).toMatchObject({ code, reason });
      expect(paths(r)).toEqual(['input.newParentId']);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses to move an unknown organization (NOT_FOUND)', async () => {
      const r = await hub.gql<any>(MOVE, { input: { id: missingId('Organization'), newParentId: null } });
      expect(ext(r)).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    });
  });

  describe('closeOrganization', () => {
    async function family() {
      const root = await make({ name: `Hội gốc ${seq}` });
      const child = await make({ parentId: root.id, name: `Chi hội ${seq}` });
      const grandchild = await make({ parentId: child.id, name: `Tổ hội ${seq}` });
      const closedChild = await make({ parentId: root.id, name: `Chi hội đã giải thể ${seq}`, validTo: '2020-12-31' });
      const successor = await make({ name: `Hội kế tục ${seq}`, validFrom: '2025-01-01' });
      return { root, child, grandchild, closedChild, successor };
    }
    const close = (input: Record<string, unknown>) => hub.gql<any>(CLOSE, { input });
    const validTo = async (oid: string) => (await hub.gql<any>(TREE, { id: oid })).data.organization.validTo;

    it('closes the organization and its open descendants, and links the successor', async () => {
      const f = await family();
      const r = await close({ id: f.root.id, validTo: '2025-12-31', successorId: f.successor.id });
      expect(r.errors).toBeUndefined();
      expect(r.data.closeOrganization).toEqual({
        closedCount: 3,
        organization: { id: f.root.id, validTo: '2025-12-31', successors: [{ effectiveOn: '2026-01-01', organization: { id: f.successor.id } }] },
      });
      expect(await validTo(f.child.id)).toBe('2025-12-31');
      expect(await validTo(f.grandchild.id)).toBe('2025-12-31');
      expect(await validTo(f.closedChild.id)).toBe('2020-12-31'); // already closed earlier: untouched
      expect(await validTo(f.successor.id)).toBeNull();
      const p = await hub.gql<any>(`query ($id: ID!) { organization(id: $id) { predecessors { effectiveOn organization { id validTo } } } }`, { id: f.successor.id });
      expect(p.data.organization.predecessors).toEqual([{ effectiveOn: '2026-01-01', organization: { id: f.root.id, validTo: '2025-12-31' } }]);
      const active = await hub.gql<any>(`query ($id: ID!) { a: organizations(filter: { withinOrganizationId: $id, validOn: "2025-12-31" }) { totalCount } b: organizations(filter: { withinOrganizationId: $id, validOn: "2026-01-01" }) { totalCount } }`, {
        id: f.root.id,
      });
      expect(active.data).toEqual({ a: { totalCount: 3 }, b: { totalCount: 0 } });
    });

    it('closing again on a later date is CONFLICT / ALREADY_CLOSED; an earlier date moves the end of the whole subtree', async () => {
      const f = await family();
      expect((await close({ id: f.root.id, validTo: '2025-12-31' })).errors).toBeUndefined();
      const before = await snapshot();
      const later = await close({ id: f.root.id, validTo: '2026-03-31' });
      expect(ext(later)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLOSED' });
      expect(await snapshot()).toEqual(before);

      const earlier = await close({ id: f.root.id, validTo: '2025-06-30' });
      expect(earlier.errors).toBeUndefined();
      expect(earlier.data.closeOrganization.closedCount).toBe(3);
      for (const o of [f.root, f.child, f.grandchild]) expect(await validTo(o.id)).toBe('2025-06-30');
    });

    it('closing an already-closed organization again on the same day is ALREADY_CLOSED, not a server error', async () => {
      const f = await family();
      expect((await close({ id: f.root.id, validTo: '2025-12-31', successorId: f.successor.id })).errors).toBeUndefined();
      const before = await snapshot();
      const again = await close({ id: f.root.id, validTo: '2025-12-31', successorId: f.successor.id });
      expect(ext(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLOSED' });
      expect(await snapshot()).toEqual(before);
    });

    it('moving the last day earlier keeps the successor link on the day after the new last day', async () => {
      const f = await family();
      expect((await close({ id: f.root.id, validTo: '2025-12-31', successorId: f.successor.id })).errors).toBeUndefined();
      const r = await close({ id: f.root.id, validTo: '2025-06-30' });
      expect(r.errors).toBeUndefined();
      expect(r.data.closeOrganization.organization.validTo).toBe('2025-06-30');
      // The successor takes over the day after the (new) last day: no gap between the two.
      for (const link of r.data.closeOrganization.organization.successors) expect(link.effectiveOn).toBe('2025-07-01');
    });

    it('leaves no descendant open after its parent’s last day', async () => {
      const root = await make({ name: `Hội đóng sớm ${seq}` });
      const late = await make({ parentId: root.id, name: `Chi hội lập sau ${seq}`, validFrom: '2026-03-01' });
      const r = await close({ id: root.id, validTo: '2025-12-31' });
      if (!r.errors) {
        const child = await hub.gql<any>(`query ($id: ID!) { organization(id: $id) { validFrom validTo } }`, { id: late.id });
        // Either the close is refused, or the child does not outlive its parent.
        expect(child.data.organization.validTo).not.toBeNull();
        expect(child.data.organization.validTo <= '2025-12-31').toBe(true);
      } else {
        expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      }
    });

    it.each<[string, (f: Awaited<ReturnType<typeof family>>) => Record<string, unknown>, string, string, string[]]>([
      ['a last day before the first', (f) => ({ id: f.root.id, validTo: '2007-12-31' }), 'BAD_USER_INPUT', 'INVALID_VALIDITY', ['input.validTo']],
      ['a successor not active the next day', (f) => ({ id: f.root.id, validTo: '2020-12-31', successorId: f.successor.id }), 'BAD_USER_INPUT', 'INVALID_VALIDITY', ['input.successorId']],
      ['itself as successor', (f) => ({ id: f.root.id, validTo: '2025-12-31', successorId: f.root.id }), 'BAD_USER_INPUT', 'VALIDATION_FAILED', ['input.successorId']],
      ['an unknown successor', (f) => ({ id: f.root.id, validTo: '2025-12-31', successorId: missingId('Organization') }), 'BAD_USER_INPUT', 'NOT_FOUND', ['input.successorId']],
      ['an unknown organization', () => ({ id: missingId('Organization'), validTo: '2025-12-31' }), 'NOT_FOUND', 'NOT_FOUND', []],
    ])('refuses %s and changes nothing', async (_what, input, code, reason, fieldPaths) => {
      const f = await family();
      const before = await snapshot();
      const r = await close(input(f));
      expect(ext(r)).toMatchObject({ code, reason });
      expect(paths(r)).toEqual(fieldPaths);
      expect(await snapshot()).toEqual(before);
    });

    it('closes the Quảng Nam Veterans’ Association subtree as of the merger: already closed on 2025-06-30, an earlier date moves all 21', async () => {
      const r = await close({ id: id('ccb-quang-nam'), validTo: '2025-05-31' });
      expect(r.errors).toBeUndefined();
      expect(r.data.closeOrganization.closedCount).toBe(21);
      const kids = await hub.gql<any>(`query ($id: ID!) { organization(id: $id, validOn: "2025-06-15") { children { totalCount } } }`, { id: id('ccb-quang-nam') });
      expect(kids.data.organization.children.totalCount).toBe(0);
    });
  });

  describe('administrator only', () => {
    it.each<[string, string, () => Record<string, unknown>]>([
      ['createOrganization', CREATE, () => ({ name: 'Không được phép', kind: 'OTHER', validFrom: '2020-01-01' })],
      ['updateOrganization', UPDATE, () => ({ id: id('yu-central'), name: 'Không được phép' })],
      ['moveOrganization', MOVE, () => ({ id: id('press-tien-phong'), newParentId: null })],
      ['closeOrganization', CLOSE, () => ({ id: id('yu-central'), validTo: '2030-12-31' })],
    ])('%s without credentials → UNAUTHENTICATED, with a wrong token → TOKEN_INVALID, nothing written', async (_name, mutation, input) => {
      const before = await snapshot();
      const anon = await hub.gql<any>(mutation, { input: input() }, { as: null });
      expect(anon.data).toBeNull();
      expect(ext(anon)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
      const wrong = await hub.gql<any>(mutation, { input: input() }, { as: null, headers: { authorization: 'Bearer wrong' } });
      expect(wrong.data ?? null).toBeNull();
      expect(wrong.status).toBe(401);
      expect(ext(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
      expect(await snapshot()).toEqual(before);
    });
  });
});
