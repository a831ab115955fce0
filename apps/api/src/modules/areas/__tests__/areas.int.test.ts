/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoData, type AreaFixture } from '@lnob/domain/fixtures';
import { engines, startTestHub, type GqlOptions, type GqlResult, type TestHub } from '../../../testing/harness';
import { ext, isValidOn, missingId, names, NEW, OLD, paths, sorted } from '../../../testing/assertions';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------



const codes = (conn: any): string[] => conn.edges.map((e: any) => e.node.code);

const fxByCode = (code: string): AreaFixture => {
  const f = demoData.areas.find((a) => a.code === code);
  if (!f) throw new Error(`no fixture ${code}`);
  return f;
};
/** Codes of the fixture units valid on `on` in the subtree of `root` (inclusive). */
function subtreeCodes(root: string, on: string): string[] {
  const inside = (a: AreaFixture): boolean => a.code === root || (a.parentCode !== null && inside(fxByCode(a.parentCode)));
  return demoData.areas.filter((a) => isValidOn(a, on) && inside(a)).map((a) => a.code).sort();
}
const validCodes = (on: string, pred: (a: AreaFixture) => boolean = () => true) =>
  demoData.areas.filter((a) => isValidOn(a, on) && pred(a)).map((a) => a.code).sort();

async function rowCount(hub: TestHub, table: string): Promise<number> {
  const rows: { n: number | string }[] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

const AREA_FIELDS = 'id code name kind urban depth validFrom validTo';
const CREATE = `mutation ($input: CreateAreaInput!) { createArea(input: $input) { area { ${AREA_FIELDS} parent { id code } ancestors { code } } } }`;
const MERGE = `mutation ($input: RecordAreaMergerInput!) {
  recordAreaMerger(input: $input) {
    closedAreaCount rehomedOrganizationCount
    successor { id code name validFrom validTo predecessors { share effectiveOn area { code validTo } } }
    predecessors { id code validTo successors { share effectiveOn area { code } } }
  }
}`;

// ---------------------------------------------------------------------------------------------
// Reading the demo tree
// ---------------------------------------------------------------------------------------------

describe.each(engines())('areas (reading the demo data) on %s', (engine) => {
  let hub: TestHub;
  /** Global id of a demo unit by its code (codes are unique across the old and the new tree). */
  const ids = new Map<string, string>();
  const id = (code: string) => {
    const v = ids.get(code);
    if (!v) throw new Error(`no area ${code}`);
    return v;
  };

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    for (const on of [OLD, NEW]) {
      const r = await hub.gql<any>(`query ($on: LocalDate) { areas(first: 100, filter: { validOn: $on }) { edges { node { id code } } } }`, { on });
      expect(r.errors).toBeUndefined();
      for (const e of r.data.areas.edges) ids.set(e.node.code, e.node.id);
    }
  });
  afterAll(async () => {
    await hub?.stop();
  });

  describe('area(id)', () => {
    it('returns one unit with every scalar field', async () => {
      const r = await hub.gql<any>(`query ($id: ID!) { area(id: $id) { ${AREA_FIELDS} parent { code } } }`, { id: id('84') });
      expect(r.errors).toBeUndefined();
      expect(r.data.area).toEqual({
        id: id('84'),
        code: '84',
        name: 'Tỉnh Trà Vinh',
        kind: 'PROVINCE',
        urban: false,
        depth: 0,
        validFrom: '2008-01-01',
        validTo: '2025-06-30',
        parent: null,
      });
    });

    it.each([
      ['a malformed id', () => 'not an id', 'BAD_USER_INPUT', 'INVALID_ID'],
      ['an id of another type (Organization)', () => missingId('Organization'), 'BAD_USER_INPUT', 'INVALID_ID'],
      ['a well-formed Area id that does not exist', () => missingId('Area'), 'NOT_FOUND', 'NOT_FOUND'],
    ])('answers %s with %s/%s', async (_what, makeId, code, reason) => {
      const r = await hub.gql<any>(`query ($id: ID!) { area(id: $id) { id } }`, { id: makeId() });
      expect(r.data).toBeNull();
      expect(ext(r)).toMatchObject({ code, reason });
      if (reason === 'INVALID_ID') expect(paths(r)).toEqual(['id']);
    });

    it('rejects the id of a real organization as INVALID_ID', async () => {
      const o = await hub.gql<any>(`{ organizations(first: 1) { edges { node { id } } } }`);
      const r = await hub.gql<any>(`query ($id: ID!) { area(id: $id) { id } }`, { id: o.data.organizations.edges[0].node.id });
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    });
  });

  describe('areas(filter)', () => {
    it('shows only the new tree by default (today) and only the old one on 2024-01-01', async () => {
      const r = await hub.gql<any>(`{
        today: areas(first: 100, filter: { topLevel: true }) { totalCount edges { node { code name } } }
        old: areas(first: 100, filter: { topLevel: true, validOn: "${OLD}" }) { totalCount edges { node { code } } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(codes(r.data.today)).toEqual(['N2025-48', 'N2025-56', 'N2025-86']);
      expect(names(r.data.today)).toEqual(['Thành phố Đà Nẵng', 'Tỉnh Khánh Hòa', 'Tỉnh Vĩnh Long']);
      expect(r.data.today.totalCount).toBe(3);
      expect(codes(r.data.old)).toEqual(['48', '49', '56', '58', '83', '84', '86']);
      expect(r.data.old.totalCount).toBe(7);
    });

    it.each([
      ['2025-06-30', ['48', '49', '56', '58', '83', '84', '86']],
      ['2025-07-01', ['N2025-48', 'N2025-56', 'N2025-86']],
      ['2007-12-31', []],
    ])('switches trees exactly at the boundary: top level on %s', async (on, expected) => {
      const r = await hub.gql<any>(`query ($on: LocalDate) { areas(first: 100, filter: { topLevel: true, validOn: $on }) { edges { node { code } } } }`, { on });
      expect(r.errors).toBeUndefined();
      expect(codes(r.data.areas)).toEqual(expected);
    });

    it('every unit valid on a date, sorted by code', async () => {
      for (const on of [OLD, NEW]) {
        const r = await hub.gql<any>(`query ($on: LocalDate) { areas(first: 100, filter: { validOn: $on }) { totalCount edges { node { code } } } }`, { on });
        expect(r.errors).toBeUndefined();
        expect(codes(r.data.areas)).toEqual(validCodes(on));
        expect(r.data.areas.totalCount).toBe(validCodes(on).length);
      }
    });

    it('parentId: direct children only', async () => {
      const r = await hub.gql<any>(
        `query ($p: ID!, $on: LocalDate) { areas(first: 100, filter: { parentId: $p, validOn: $on }) { totalCount edges { node { code parent { code } } } } }`,
        { p: id('849'), on: OLD },
      );
      expect(r.errors).toBeUndefined();
      expect(codes(r.data.areas)).toEqual(['29473', '29479', '29482', '29488']);
      expect(r.data.areas.edges.every((e: any) => e.node.parent.code === '849')).toBe(true);
      expect(r.data.areas.totalCount).toBe(4);
    });

    it.each([
      ['84', OLD, undefined],
      ['849', OLD, undefined],
      ['29404', OLD, undefined],
      ['49', OLD, undefined],
      ['N2025-86', NEW, undefined],
      ['84', OLD, ['HAMLET']],
      ['84', OLD, ['COMMUNE', 'HAMLET']],
      ['49', OLD, ['CITY', 'TOWN']],
    ])('withinAreaId %s on %s (kinds %j): the inclusive subtree', async (root, on, kind) => {
      const r = await hub.gql<any>(
        `query ($w: ID!, $on: LocalDate, $kind: [AreaKind!]) { areas(first: 100, filter: { withinAreaId: $w, validOn: $on, kind: $kind }) { totalCount edges { node { code kind } } } }`,
        { w: id(root), on, kind },
      );
      expect(r.errors).toBeUndefined();
      const expected = subtreeCodes(root, on).filter((c) => !kind || kind.includes(fxByCode(c).kind));
      expect(expected.length).toBeGreaterThan(0);
      expect(codes(r.data.areas)).toEqual(expected);
      expect(r.data.areas.totalCount).toBe(expected.length);
    });

    it('withinAreaId of a unit viewed on a date it did not exist gives nothing', async () => {
      const r = await hub.gql<any>(`query ($w: ID!) { areas(filter: { withinAreaId: $w }) { totalCount edges { node { code } } } }`, { w: id('84') });
      expect(r.errors).toBeUndefined();
      expect(r.data.areas.edges).toEqual([]);
      expect(r.data.areas.totalCount).toBe(0);
    });

    it.each([
      ['withinAreaId', 'NOT_FOUND', 'NOT_FOUND', () => missingId('Area')],
      ['withinAreaId', 'BAD_USER_INPUT', 'INVALID_ID', () => missingId('Organization')],
      ['parentId', 'BAD_USER_INPUT', 'INVALID_ID', () => 'garbage'],
    ])('filter.%s with a bad id: %s/%s', async (field, code, reason, makeId) => {
      const r = await hub.gql<any>(`query ($id: ID!) { areas(filter: { ${field}: $id }) { edges { node { code } } } }`, { id: makeId() });
      expect(ext(r)).toMatchObject({ code, reason });
      if (reason === 'INVALID_ID') expect(paths(r)).toEqual([`filter.${field}`]);
    });

    it.each([
      [['PROVINCE'], OLD],
      [['CITY'], OLD],
      [['DISTRICT', 'TOWN'], OLD],
      [['COMMUNE'], OLD],
      [['HAMLET'], OLD],
      [['COMMUNE'], NEW],
      [['WARD', 'SPECIAL_ZONE'], NEW],
    ])('kind %j on %s', async (kind, on) => {
      const r = await hub.gql<any>(`query ($k: [AreaKind!], $on: LocalDate) { areas(first: 100, filter: { kind: $k, validOn: $on }) { totalCount edges { node { code kind } } } }`, {
        k: kind,
        on,
      });
      expect(r.errors).toBeUndefined();
      const expected = validCodes(on, (a) => kind.includes(a.kind));
      expect(codes(r.data.areas)).toEqual(expected);
      expect(r.data.areas.totalCount).toBe(expected.length);
    });

    it.each<[string, string, string[]]>([
      ['tra vinh', OLD, ['Tỉnh Trà Vinh']],
      ['TRÀ VINH', OLD, ['Tỉnh Trà Vinh']],
      ['  tra   vinh ', OLD, ['Tỉnh Trà Vinh']],
      ['tra vinh', NEW, []],
      ['okada', OLD, ['Ấp ÔKaĐa']],
      ['ÔKaĐa', NEW, ['Ấp ÔKaĐa']],
      ['đà nẵng', OLD, ['Thành phố Đà Nẵng']],
      ['da nang', NEW, ['Thành phố Đà Nẵng']],
      ['Da Nang', OLD, ['Thành phố Đà Nẵng']],
      ['dien ban', OLD, ['Thị xã Điện Bàn']],
      ['nguyet lang', NEW, ['Ấp Nguyệt Lãng B']],
      ['hao', OLD, ['Xã Phước Hảo']],
      ['hoa', OLD, ['Tỉnh Khánh Hòa']],
      ['phan rang – thap cham', OLD, ['Thành phố Phan Rang – Tháp Chàm']],
      ['huyen tra cu', OLD, ['Huyện Trà Cú']],
      ['29404', OLD, ['Xã Phước Hảo', 'Ấp ÔKaĐa']], // codes are searched too ('84-29404-OKADA')
      ['n2025-86-hung-my', NEW, ['Xã Hưng Mỹ', 'Ấp ÔKaĐa']],
      ['%', OLD, []], // LIKE wildcards are literal
      ['_', OLD, []],
      ['\\', OLD, []], // and so is the escape character
      ['zzz không có', OLD, []],
    ])('search %j on %s (accent- and case-insensitive)', async (search, on, expected) => {
      const r = await hub.gql<any>(`query ($q: String, $on: LocalDate) { areas(first: 100, filter: { search: $q, validOn: $on }) { totalCount edges { node { name } } } }`, {
        q: search,
        on,
      });
      expect(r.errors).toBeUndefined();
      expect(sorted(names(r.data.areas))).toEqual(sorted(expected));
      expect(r.data.areas.totalCount).toBe(expected.length);
    });

    it('search combines with the other filters (AND)', async () => {
      const r = await hub.gql<any>(
        `query ($w: ID!) { areas(first: 100, filter: { search: "xa", kind: [COMMUNE], withinAreaId: $w, validOn: "${OLD}" }) { edges { node { code } } } }`,
        { w: id('849') },
      );
      expect(r.errors).toBeUndefined();
      expect(codes(r.data.areas)).toEqual(['29473', '29479', '29482', '29488']);
    });

    it.each([[''], ['x'.repeat(101)]])('rejects a search of length %#: empty or over 100 characters', async (q) => {
      const r = await hub.gql<any>(`query ($q: String) { areas(filter: { search: $q }) { edges { node { code } } } }`, { q });
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(paths(r)).toEqual(['filter.search']);
    });
  });

  describe('keyset pagination', () => {
    const PAGE = `query ($first: Int, $after: String, $f: AreaFilter) {
      areas(first: $first, after: $after, filter: $f) {
        totalCount
        edges { cursor node { code } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;

    it.each<[string, Record<string, unknown>, number]>([
      ['every unit on 2024-01-01', { validOn: OLD }, 2],
      ['every unit on 2024-01-01', { validOn: OLD }, 7],
      ['communes of 2024', { validOn: OLD, kind: ['COMMUNE'] }, 3],
      ['today', {}, 4],
    ])('walking %s %# with first: %i gives the same list as one big page', async (_what, f, size) => {
      const big = await hub.gql<any>(PAGE, { first: 100, f });
      expect(big.errors).toBeUndefined();
      const all = codes(big.data.areas);
      expect(big.data.areas.pageInfo.hasNextPage).toBe(false);
      expect(big.data.areas.pageInfo.hasPreviousPage).toBe(false);

      const walked: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const r: GqlResult<any> = await hub.gql<any>(PAGE, { first: size, after, f });
        expect(r.errors).toBeUndefined();
        const c = r.data.areas;
        expect(c.totalCount).toBe(all.length); // the whole filtered set, whatever the page
        expect(c.edges.length).toBeLessThanOrEqual(size);
        expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
        if (c.edges.length) {
          expect(c.pageInfo.startCursor).toBe(c.edges[0].cursor);
          expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
        }
        walked.push(...codes(c));
        if (!c.pageInfo.hasNextPage) break;
        expect(c.edges.length).toBe(size);
        after = c.pageInfo.endCursor;
      }
      expect(walked).toEqual(all);
    });

    it('first: 0 gives no edges but tells whether items exist', async () => {
      const r = await hub.gql<any>(PAGE, { first: 0, f: { validOn: OLD } });
      expect(r.errors).toBeUndefined();
      expect(r.data.areas.edges).toEqual([]);
      expect(r.data.areas.pageInfo).toMatchObject({ hasNextPage: true, endCursor: null, startCursor: null });
    });

    it('the page after the last one is empty', async () => {
      const first = await hub.gql<any>(PAGE, { first: 100, f: { topLevel: true } });
      const r = await hub.gql<any>(PAGE, { first: 5, after: first.data.areas.pageInfo.endCursor, f: { topLevel: true } });
      expect(r.errors).toBeUndefined();
      expect(r.data.areas.edges).toEqual([]);
      expect(r.data.areas.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, endCursor: null });
    });

    it.each([
      ['garbage', 'not a cursor!'],
      ['base64 of something else', Buffer.from('{"code":"84"}').toString('base64url')],
      ['base64 of a wrong tuple', Buffer.from('["84","x"]').toString('base64url')],
      ['a global id', missingId('Area')],
    ])('rejects an `after` that is %s with INVALID_CURSOR', async (_what, after) => {
      const r = await hub.gql<any>(PAGE, { first: 2, after });
      expect(r.data).toBeNull();
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
      expect(paths(r)).toEqual(['after']);
    });

    it.each([[101], [-1], [1000]])('rejects first: %i with PAGE_SIZE_EXCEEDED', async (first) => {
      const r = await hub.gql<any>(PAGE, { first });
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_EXCEEDED' });
      expect(paths(r)).toEqual(['first']);
    });

    it('first: 100 is accepted; nested children(first: 101) is PAGE_SIZE_EXCEEDED', async () => {
      const ok = await hub.gql<any>(PAGE, { first: 100 });
      expect(ok.errors).toBeUndefined();
      const r = await hub.gql<any>(`query ($id: ID!) { area(id: $id) { children(first: 101) { edges { node { code } } } } }`, { id: id('N2025-86') });
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_EXCEEDED' });
    });
  });

  describe('tree fields', () => {
    it('children follow the date the parent is viewed on, or their own validOn', async () => {
      const r = await hub.gql<any>(
        `query ($tv: ID!, $vl: ID!) {
          old: area(id: $tv, validOn: "${OLD}") { children(first: 50) { totalCount edges { node { code } } } }
          oldAfter: area(id: $tv, validOn: "${OLD}") { children(first: 50, validOn: "${NEW}") { totalCount edges { node { code } } } }
          oldToday: area(id: $tv) { children { totalCount edges { node { code } } } }
          new: area(id: $vl) { children(first: 50) { totalCount edges { node { code kind } } } }
          newBefore: area(id: $vl) { children(first: 50, validOn: "${OLD}") { totalCount } }
        }`,
        { tv: id('84'), vl: id('N2025-86') },
      );
      expect(r.errors).toBeUndefined();
      expect(codes(r.data.old.children)).toEqual(['844', '845', '847', '849']);
      expect(r.data.old.children.totalCount).toBe(4);
      expect(r.data.oldAfter.children).toEqual({ totalCount: 0, edges: [] });
      expect(r.data.oldToday.children).toEqual({ totalCount: 0, edges: [] });
      const newCommunes = validCodes(NEW, (a) => a.parentCode === 'N2025-86');
      expect(codes(r.data.new.children)).toEqual(newCommunes);
      expect(r.data.new.children.totalCount).toBe(6);
      expect(r.data.newBefore.children.totalCount).toBe(0);
    });

    it('children pages: the 18 units of Quảng Nam, 5 at a time', async () => {
      const walked: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const r: GqlResult<any> = await hub.gql<any>(
          `query ($id: ID!, $after: String) { area(id: $id, validOn: "${OLD}") { children(first: 5, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } } }`,
          { id: id('49'), after },
        );
        expect(r.errors).toBeUndefined();
        const c = r.data.area.children;
        expect(c.totalCount).toBe(18);
        walked.push(...codes(c));
        pages++;
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(pages).toBe(4);
      expect(walked).toEqual(validCodes(OLD, (a) => a.parentCode === '49'));
    });

    it('parent, ancestors, path and depth of a hamlet in the old and in the new tree', async () => {
      const q = `query ($id: ID!) { area(id: $id) { name depth parent { name } ancestors { name depth } path { name } } }`;
      const old = await hub.gql<any>(q, { id: id('84-29404-OKADA') });
      expect(old.errors).toBeUndefined();
      expect(old.data.area).toEqual({
        name: 'Ấp ÔKaĐa',
        depth: 3,
        parent: { name: 'Xã Phước Hảo' },
        ancestors: [
          { name: 'Tỉnh Trà Vinh', depth: 0 },
          { name: 'Huyện Châu Thành', depth: 1 },
          { name: 'Xã Phước Hảo', depth: 2 },
        ],
        path: [{ name: 'Tỉnh Trà Vinh' }, { name: 'Huyện Châu Thành' }, { name: 'Xã Phước Hảo' }, { name: 'Ấp ÔKaĐa' }],
      });
      const now = await hub.gql<any>(q, { id: id('N2025-86-HUNG-MY-OKADA') });
      expect(now.data.area).toEqual({
        name: 'Ấp ÔKaĐa',
        depth: 2,
        parent: { name: 'Xã Hưng Mỹ' },
        ancestors: [
          { name: 'Tỉnh Vĩnh Long', depth: 0 },
          { name: 'Xã Hưng Mỹ', depth: 1 },
        ],
        path: [{ name: 'Tỉnh Vĩnh Long' }, { name: 'Xã Hưng Mỹ' }, { name: 'Ấp ÔKaĐa' }],
      });
    });

    it('a province has no parent and no ancestors; its path is itself', async () => {
      const r = await hub.gql<any>(`query ($id: ID!) { area(id: $id) { parent { name } ancestors { name } path { code } } }`, { id: id('N2025-48') });
      expect(r.data.area).toEqual({ parent: null, ancestors: [], path: [{ code: 'N2025-48' }] });
    });

    it('predecessors and successors carry the share and the date', async () => {
      const r = await hub.gql<any>(
        `query ($vl: ID!, $tv: ID!, $hg: ID!, $ok: ID!) {
          vl: area(id: $vl) { predecessors { share effectiveOn area { code validTo } } successors { share } }
          tv: area(id: $tv) { predecessors { share } successors { share effectiveOn area { code validFrom validTo } } }
          hg: area(id: $hg) { predecessors { share area { name code } } }
          ok: area(id: $ok) { successors { share area { name parent { name } } } }
        }`,
        { vl: id('N2025-86'), tv: id('84'), hg: id('N2025-86-HAM-GIANG'), ok: id('84-29404-OKADA') },
      );
      expect(r.errors).toBeUndefined();
      const byCode = (xs: any[]) => [...xs].sort((a, b) => a.area.code.localeCompare(b.area.code));
      expect(byCode(r.data.vl.predecessors)).toEqual(
        ['83', '84', '86'].map((code) => ({ share: 1, effectiveOn: '2025-07-01', area: { code, validTo: '2025-06-30' } })),
      );
      expect(r.data.vl.successors).toEqual([]);
      expect(r.data.tv.predecessors).toEqual([]);
      expect(r.data.tv.successors).toEqual([{ share: 1, effectiveOn: '2025-07-01', area: { code: 'N2025-86', validFrom: '2025-07-01', validTo: null } }]);
      expect(byCode(r.data.hg.predecessors)).toEqual([
        { share: 1, area: { name: 'Xã Kim Sơn', code: '29482' } },
        { share: 1, area: { name: 'Xã Hàm Giang', code: '29488' } },
      ]);
      expect(r.data.ok.successors).toEqual([{ share: 1, area: { name: 'Ấp ÔKaĐa', parent: { name: 'Xã Hưng Mỹ' } } }]);
    });

    it('units without a successor (the abolished districts) have none', async () => {
      const r = await hub.gql<any>(`query ($id: ID!) { area(id: $id) { successors { share } predecessors { share } } }`, { id: id('849') });
      expect(r.data.area).toEqual({ successors: [], predecessors: [] });
    });
  });

  describe('statement count (DataLoader batching)', () => {
    const NESTED = `query ($n: Int) {
      areas(filter: { validOn: "${OLD}", topLevel: true }, first: $n) {
        edges { node { name children(first: 20) { edges { node { name children(first: 20) {
          edges { node { name parent { name } ancestors { name } } }
        } } } } } }
      }
    }`;

    it('a two-level nested tree costs the same number of statements for 4 and for 7 provinces', async () => {
      const counts: Record<number, number> = {};
      for (const n of [2, 4, 7]) {
        const r = await hub.gql<any>(NESTED, { n });
        expect(r.errors).toBeUndefined();
        expect(r.data.areas.edges).toHaveLength(n);
        counts[n] = r.statements;
      }
      // 7 provinces: 29 districts and cities, 8 communes with parents and ancestors, all in a handful of statements.
      expect(counts[7]).toBeGreaterThan(0);
      expect(counts[7]).toBeLessThanOrEqual(6);
      expect(counts[4]).toBe(counts[7]);
      // With 2 provinces (Đà Nẵng, Quảng Nam) the second level is empty, and the loader skips
      // loading rows for an empty level: one statement fewer, never more.
      expect(counts[2]).toBeLessThanOrEqual(counts[7]);
      expect(counts[2]).toBeGreaterThanOrEqual(counts[7] - 1);
    });

    it('ancestors of every unit on a page are one statement at most', async () => {
      const r1 = await hub.gql<any>(`{ areas(first: 3, filter: { validOn: "${OLD}", kind: [HAMLET] }) { edges { node { ancestors { name } path { name } parent { name } } } } }`);
      const r2 = await hub.gql<any>(`{ areas(first: 100, filter: { validOn: "${OLD}" }) { edges { node { ancestors { name } path { name } parent { name } } } } }`);
      expect(r1.errors).toBeUndefined();
      expect(r2.errors).toBeUndefined();
      // The page's own rows are primed: at most one more statement for ancestors outside the page.
      expect(r1.statements).toBeLessThanOrEqual(2);
      expect(r2.statements).toBeLessThanOrEqual(2);
    });

    it('predecessors and successors of a whole page are batched too', async () => {
      const q = (n: number) =>
        `{ areas(first: ${n}, filter: { validOn: "${NEW}" }) { edges { node { predecessors { share area { name } } successors { share area { name } } } } } }`;
      const small = await hub.gql<any>(q(2));
      const big = await hub.gql<any>(q(100));
      expect(small.errors).toBeUndefined();
      expect(big.errors).toBeUndefined();
      expect(big.statements).toBe(small.statements);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// createArea on a clean database
// ---------------------------------------------------------------------------------------------

describe.each(engines())('createArea on %s', (engine) => {
  let hub: TestHub;
  let province: any;
  let closedProvince: any;

  const create = async (input: Record<string, unknown>) => hub.gql<any>(CREATE, { input });
  const base = (over: Record<string, unknown> = {}) => ({ code: 'C-1', name: 'Xã Thử Nghiệm', kind: 'COMMUNE', urban: false, validFrom: '2020-01-01', ...over });

  beforeAll(async () => {
    hub = await startTestHub(engine);
    const p = await create({ code: 'P-OPEN', name: 'Tỉnh Mở', kind: 'PROVINCE', urban: false, validFrom: '2008-01-01' });
    expect(p.errors).toBeUndefined();
    province = p.data.createArea.area;
    const c = await create({ code: 'P-CLOSED', name: 'Tỉnh Cũ', kind: 'PROVINCE', urban: false, validFrom: '2008-01-01', validTo: '2025-06-30' });
    expect(c.errors).toBeUndefined();
    closedProvince = c.data.createArea.area;
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('creates a province, a district, a commune and a hamlet, each one level deeper', async () => {
    const d = await create({ code: 'D-1', name: 'Huyện Hòa Bình', kind: 'DISTRICT', urban: false, parentId: province.id, validFrom: '2010-01-01' });
    expect(d.errors).toBeUndefined();
    const district = d.data.createArea.area;
    expect(district).toMatchObject({ code: 'D-1', name: 'Huyện Hòa Bình', kind: 'DISTRICT', depth: 1, validFrom: '2010-01-01', validTo: null, parent: { id: province.id, code: 'P-OPEN' } });
    const c = await create({ code: ' C-HB ', name: '  Xã Đồng Nai Thượng  ', kind: 'COMMUNE', urban: true, parentId: district.id, validFrom: '2010-01-01', validTo: '2030-12-31' });
    expect(c.errors).toBeUndefined();
    const commune = c.data.createArea.area;
    expect(commune).toMatchObject({ code: 'C-HB', name: 'Xã Đồng Nai Thượng', urban: true, depth: 2, validTo: '2030-12-31', ancestors: [{ code: 'P-OPEN' }, { code: 'D-1' }] });
    const h = await create({ code: 'H-HB', name: 'Thôn Đắk Lắk', kind: 'HAMLET', urban: false, parentId: commune.id, validFrom: '2015-06-01', validTo: '2030-12-31' });
    expect(h.errors).toBeUndefined();
    expect(h.data.createArea.area).toMatchObject({ depth: 3, ancestors: [{ code: 'P-OPEN' }, { code: 'D-1' }, { code: 'C-HB' }] });

    // It can be read back, searched without accents, and is under its province.
    const r = await hub.gql<any>(
      `query ($id: ID!, $p: ID!) {
        area(id: $id) { code name depth }
        s: areas(filter: { search: "dak lak", validOn: "2020-01-01" }) { edges { node { code } } }
        w: areas(first: 100, filter: { withinAreaId: $p, validOn: "2020-01-01" }) { edges { node { code } } }
      }`,
      { id: h.data.createArea.area.id, p: province.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.area).toEqual({ code: 'H-HB', name: 'Thôn Đắk Lắk', depth: 3 });
    expect(codes(r.data.s)).toEqual(['H-HB']);
    expect(codes(r.data.w)).toEqual(['C-HB', 'D-1', 'H-HB', 'P-OPEN']);
  });

  it('accepts a name of exactly 255 characters and a code of 32', async () => {
    const r = await create(base({ code: 'K'.repeat(32), name: 'Ấ'.repeat(255), parentId: province.id }));
    expect(r.errors).toBeUndefined();
    expect(r.data.createArea.area.name).toHaveLength(255);
  });

  it('accepts a code reused with a validity that does not overlap; refuses it when it overlaps', async () => {
    const a = await create({ code: 'REUSE', name: 'Tỉnh Cũ A', kind: 'PROVINCE', urban: false, validFrom: '2008-01-01', validTo: '2025-06-30' });
    expect(a.errors).toBeUndefined();
    const b = await create({ code: 'REUSE', name: 'Tỉnh Mới B', kind: 'PROVINCE', urban: false, validFrom: '2025-07-01' });
    expect(b.errors).toBeUndefined();
    const before = await rowCount(hub, 'area');
    for (const [validFrom, validTo] of [
      ['2025-06-30', '2025-07-01'],
      ['2030-01-01', null],
      ['2000-01-01', '2008-01-01'],
    ]) {
      const c = await create({ code: 'REUSE', name: 'Tỉnh C', kind: 'PROVINCE', urban: false, validFrom, validTo });
      expect(ext(c), `${validFrom}…${validTo}`).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_CODE' });
      expect(paths(c)).toEqual(['input.code']);
    }
    expect(await rowCount(hub, 'area')).toBe(before);
  });

  it('concurrent creations of one code with overlapping validity: exactly one wins (3 rounds of 8)', async () => {
    for (const round of [1, 2, 3]) {
      const input = { code: `RACE-${round}`, name: 'Tỉnh Đua', kind: 'PROVINCE', urban: false, validFrom: '2008-01-01' };
      const rs = await Promise.all(Array.from({ length: 8 }, () => create(input)));
      for (const r of rs.filter((x) => x.errors)) expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_CODE' });
      const rows: unknown[] = await hub.dataSource.query(`SELECT id FROM area WHERE code = 'RACE-${round}'`);
      expect(rows, `round ${round}`).toHaveLength(1);
      expect(rs.filter((r) => !r.errors), `round ${round}`).toHaveLength(1);
    }
  });

  // Each bad input: the reason, the field paths, and nothing written.
  it.each<[string, () => Record<string, unknown>, string, string[]]>([
    ['an unknown parent', () => base({ parentId: missingId('Area') }), 'UNKNOWN_PARENT', ['input.parentId']],
    ['validTo before validFrom', () => base({ parentId: province.id, validTo: '2019-12-31' }), 'INVALID_VALIDITY', ['input.validTo']],
    ['a code already used at the same time', () => base({ code: 'P-OPEN', parentId: province.id }), 'DUPLICATE_CODE', ['input.code']],
    ['a parent closed before the child ends', () => base({ parentId: closedProvince.id }), 'PARENT_NOT_VALID', ['input.parentId']],
    ['a child starting before its parent', () => base({ parentId: province.id, validFrom: '2000-01-01', validTo: '2001-01-01' }), 'PARENT_NOT_VALID', ['input.parentId']],
    ['a 256-character name', () => base({ parentId: province.id, name: 'a'.repeat(256) }), 'VALIDATION_FAILED', ['input.name']],
    ['a blank name', () => base({ parentId: province.id, name: '   ' }), 'VALIDATION_FAILED', ['input.name']],
    ['an empty code', () => base({ parentId: province.id, code: '' }), 'VALIDATION_FAILED', ['input.code']],
    ['a 33-character code', () => base({ parentId: province.id, code: 'C'.repeat(33) }), 'VALIDATION_FAILED', ['input.code']],
    ['a hamlet without a parent', () => base({ kind: 'HAMLET' }), 'KIND_NOT_ALLOWED', ['input.kind']],
    ['a hamlet directly under a province', () => base({ kind: 'HAMLET', parentId: province.id }), 'KIND_NOT_ALLOWED', ['input.kind']],
    ['a province under a province', () => base({ kind: 'PROVINCE', parentId: province.id }), 'KIND_NOT_ALLOWED', ['input.kind']],
    [
      'several problems at once',
      () => base({ parentId: missingId('Area'), name: 'a'.repeat(256), validTo: '2010-01-01', code: '' }),
      'VALIDATION_FAILED',
      ['input.code', 'input.name', 'input.parentId', 'input.validTo'],
    ],
  ])('refuses %s', async (_what, input, reason, fieldPaths) => {
    const before = await rowCount(hub, 'area');
    const r = await create(input());
    expect(r.data).toBeNull();
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(paths(r)).toEqual(fieldPaths);
    expect(ext(r)?.requestId).toBeTruthy();
    expect(await rowCount(hub, 'area')).toBe(before);
  });

  it.each([
    ['an Organization id as parent', () => base({ parentId: missingId('Organization') }), 'INVALID_ID', ['input.parentId']],
    ['an impossible date', () => base({ parentId: province.id, validFrom: '2024-02-30' }), 'INVALID_LOCAL_DATE', null],
  ])('refuses %s before touching the database', async (_what, input, reason, fieldPaths) => {
    const before = await rowCount(hub, 'area');
    const r = await create(input());
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    if (fieldPaths) expect(paths(r)).toEqual(fieldPaths);
    expect(await rowCount(hub, 'area')).toBe(before);
  });

  it.each([
    ['no credentials', { as: null }, 'UNAUTHENTICATED', 'AUTHENTICATION_REQUIRED'],
    ['a wrong bearer token', { as: null, headers: { authorization: 'Bearer wrong' } }, 'UNAUTHENTICATED', 'TOKEN_INVALID'],
  ])('needs the administrator: %s → %s', async (_what, opts, code, reason) => {
    const before = await rowCount(hub, 'area');
    const r = await hub.gql<any>(CREATE, { input: base({ code: 'AUTH', parentId: province.id }) }, opts);
    expect(r.data ?? null).toBeNull();
    expect(ext(r)).toMatchObject({ code, reason });
    expect(await rowCount(hub, 'area')).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// recordAreaMerger on a clean database
// ---------------------------------------------------------------------------------------------

describe.each(engines())('recordAreaMerger on %s', (engine) => {
  let hub: TestHub;
  let seq = 0;

  const mutate = (input: Record<string, unknown>, opts: GqlOptions = {}) => hub.gql<any>(MERGE, { input }, opts);

  async function area(input: Record<string, unknown>) {
    const r = await hub.gql<any>(CREATE, { input: { urban: false, validFrom: '2008-01-01', ...input } });
    expect(r.errors).toBeUndefined();
    return r.data.createArea.area as { id: string; code: string };
  }

  async function org(name: string, areaId: string, validTo: string | null = null) {
    const r = await hub.gql<any>(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id level } } }`,
      { input: { name, kind: 'PEOPLES_COMMITTEE', areaId, validFrom: '2008-01-01', validTo } },
    );
    expect(r.errors).toBeUndefined();
    return r.data.createOrganization.organization.id as string;
  }

  /** A province with an open district holding three open communes, two with a hamlet each. */
  async function tree() {
    const p = `T${++seq}`;
    const province = await area({ code: `${p}`, name: `Tỉnh ${p}`, kind: 'PROVINCE' });
    const district = await area({ code: `${p}-D`, name: `Huyện ${p}`, kind: 'DISTRICT', parentId: province.id });
    const c = [];
    for (const i of [1, 2, 3]) c.push(await area({ code: `${p}-C${i}`, name: `Xã ${p} ${i}`, kind: 'COMMUNE', parentId: district.id }));
    const h1 = await area({ code: `${p}-C1-H`, name: `Thôn ${p} 1`, kind: 'HAMLET', parentId: c[0].id });
    const h2 = await area({ code: `${p}-C2-H`, name: `Thôn ${p} 2`, kind: 'HAMLET', parentId: c[1].id });
    return { p, province, district, c, h1, h2 };
  }

  const newCommune = (t: { p: string; province: { id: string } }, suffix = 'N', over: Record<string, unknown> = {}) => ({
    code: `${t.p}-${suffix}`,
    name: `Xã Mới ${t.p} ${suffix}`,
    kind: 'COMMUNE',
    urban: false,
    parentId: t.province.id,
    validFrom: NEW,
    ...over,
  });

  const snapshot = async () => ({
    areas: await hub.dataSource.query('SELECT id, code, validFrom, validTo, parentId, path FROM area ORDER BY id'),
    links: await hub.dataSource.query('SELECT predecessorId, successorId, share, effectiveOn FROM area_succession ORDER BY id'),
    orgs: await hub.dataSource.query('SELECT id, areaId, validTo FROM organization ORDER BY id'),
  });

  beforeAll(async () => {
    hub = await startTestHub(engine);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('merges three communes into a new one: closes them and their hamlets, links share 1, rehomes their organizations', async () => {
    const t = await tree();
    const o1 = await org('Ủy ban nhân dân xã Một', t.c[0].id);
    const o2 = await org('Ủy ban nhân dân xã Hai', t.c[1].id);
    const oldOrg = await org('Ủy ban nhân dân xã Ba (cũ)', t.c[2].id, '2020-12-31');
    const hamletOrg = await org('Ban công tác Mặt trận thôn', t.h1.id);

    const r = await mutate({
      predecessors: t.c.map((c) => ({ areaId: c.id })),
      newSuccessor: newCommune(t),
      effectiveOn: NEW,
      rehomeOrganizations: true,
    });
    expect(r.errors).toBeUndefined();
    const m = r.data.recordAreaMerger;
    expect(m.closedAreaCount).toBe(5); // three communes and two hamlets
    expect(m.rehomedOrganizationCount).toBe(2);
    expect(m.successor).toMatchObject({ code: `${t.p}-N`, validFrom: NEW, validTo: null });
    expect(m.successor.predecessors).toHaveLength(3);
    for (const link of m.successor.predecessors) expect(link).toMatchObject({ share: 1, effectiveOn: NEW, area: { validTo: '2025-06-30' } });
    expect(m.predecessors.map((p: any) => p.code).sort()).toEqual(t.c.map((c) => c.code).sort());
    for (const p of m.predecessors) {
      expect(p.validTo).toBe('2025-06-30');
      expect(p.successors).toEqual([{ share: 1, effectiveOn: NEW, area: { code: `${t.p}-N` } }]);
    }

    const after = await hub.gql<any>(
      `query ($d: ID!, $h1: ID!, $h2: ID!, $p: ID!, $n: ID!, $o1: ID!, $o2: ID!, $old: ID!, $ho: ID!) {
        before: areas(first: 50, filter: { parentId: $d, validOn: "2025-06-30" }) { edges { node { code } } }
        after: areas(first: 50, filter: { parentId: $d, validOn: "${NEW}" }) { edges { node { code } } }
        district: area(id: $d) { validTo }
        h1: area(id: $h1) { validTo }
        h2: area(id: $h2) { validTo }
        communesNow: areas(first: 50, filter: { withinAreaId: $p, kind: [COMMUNE, HAMLET], validOn: "${NEW}" }) { edges { node { code } } }
        orgsInNew: organizations(filter: { areaId: $n }) { edges { node { id area { code } } } }
        o1: organization(id: $o1) { area { code } }
        o2: organization(id: $o2) { area { code } }
        old: organization(id: $old) { area { code } }
        ho: organization(id: $ho) { area { code } }
      }`,
      { d: t.district.id, h1: t.h1.id, h2: t.h2.id, p: t.province.id, n: m.successor.id, o1, o2, old: oldOrg, ho: hamletOrg },
    );
    expect(after.errors).toBeUndefined();
    expect(codes(after.data.before)).toEqual(t.c.map((c) => c.code));
    expect(after.data.after.edges).toEqual([]);
    expect(after.data.district.validTo).toBeNull(); // the parent is not touched
    expect(after.data.h1.validTo).toBe('2025-06-30');
    expect(after.data.h2.validTo).toBe('2025-06-30');
    expect(codes(after.data.communesNow)).toEqual([`${t.p}-N`]);
    expect(after.data.orgsInNew.edges.map((e: any) => e.node.id).sort()).toEqual([o1, o2].sort());
    expect(after.data.o1.area.code).toBe(`${t.p}-N`);
    expect(after.data.o2.area.code).toBe(`${t.p}-N`);
    expect(after.data.old.area.code).toBe(`${t.p}-C3`); // closed before the merger: stays
    expect(after.data.ho.area.code).toBe(`${t.p}-C1-H`);
  });

  it('without rehomeOrganizations the organizations stay where they were', async () => {
    const t = await tree();
    const o1 = await org('Ủy ban nhân dân xã Ở Lại', t.c[0].id);
    const r = await mutate({ predecessors: [{ areaId: t.c[0].id }, { areaId: t.c[1].id }], newSuccessor: newCommune(t), effectiveOn: NEW });
    expect(r.errors).toBeUndefined();
    expect(r.data.recordAreaMerger).toMatchObject({ closedAreaCount: 4, rehomedOrganizationCount: 0 });
    const o = await hub.gql<any>(`query ($id: ID!) { organization(id: $id) { area { code } } }`, { id: o1 });
    expect(o.data.organization.area.code).toBe(`${t.p}-C1`);
  });

  it('merges into an existing successor given by successorId', async () => {
    const t = await tree();
    const s = await area({ code: `${t.p}-S`, name: 'Xã Có Sẵn', kind: 'COMMUNE', parentId: t.province.id, validFrom: NEW });
    const r = await mutate({ predecessors: [{ areaId: t.c[2].id }], successorId: s.id, effectiveOn: NEW });
    expect(r.errors).toBeUndefined();
    expect(r.data.recordAreaMerger.closedAreaCount).toBe(1);
    expect(r.data.recordAreaMerger.successor).toMatchObject({ id: s.id, predecessors: [{ share: 1, area: { code: `${t.p}-C3` } }] });
  });

  it('splits one commune into two successors (0.6 and 0.4) in two calls, then refuses a third share', async () => {
    const t = await tree();
    const x = t.c[0];
    const a = await mutate({ predecessors: [{ areaId: x.id, share: 0.6 }], newSuccessor: newCommune(t, 'A'), effectiveOn: NEW });
    expect(a.errors).toBeUndefined();
    expect(a.data.recordAreaMerger.closedAreaCount).toBe(2); // the commune and its hamlet
    const b = await mutate({ predecessors: [{ areaId: x.id, share: 0.4 }], newSuccessor: newCommune(t, 'B'), effectiveOn: NEW });
    expect(b.errors).toBeUndefined();
    expect(b.data.recordAreaMerger.closedAreaCount).toBe(0); // already closed by the first call

    const r = await hub.gql<any>(`query ($id: ID!) { area(id: $id) { validTo successors { share effectiveOn area { code predecessors { share } } } } }`, { id: x.id });
    expect(r.data.area.validTo).toBe('2025-06-30');
    expect([...r.data.area.successors].sort((p: any, q: any) => p.area.code.localeCompare(q.area.code))).toEqual([
      { share: 0.6, effectiveOn: NEW, area: { code: `${t.p}-A`, predecessors: [{ share: 0.6 }] } },
      { share: 0.4, effectiveOn: NEW, area: { code: `${t.p}-B`, predecessors: [{ share: 0.4 }] } },
    ]);

    const before = await snapshot();
    const c = await mutate({ predecessors: [{ areaId: x.id, share: 0.1 }], newSuccessor: newCommune(t, 'C'), effectiveOn: NEW });
    expect(ext(c)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SHARES' });
    expect(paths(c)).toHaveLength(1); // exact path: see 'points a share overflow…' below
    expect(await snapshot()).toEqual(before);
  });

  it('two concurrent splits of one commune whose shares add up to more than 1: exactly one wins', async () => {
    const t = await tree();
    const x = t.c[0];
    const rs = await Promise.all(
      ['A', 'B'].map((s) => mutate({ predecessors: [{ areaId: x.id, share: 0.6 }], newSuccessor: newCommune(t, s), effectiveOn: NEW })),
    );
    expect(rs.filter((r) => !r.errors)).toHaveLength(1);
    expect(ext(rs.find((r) => r.errors)!)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SHARES' });
    const r = await hub.gql<any>(`query ($id: ID!) { area(id: $id) { successors { share } } }`, { id: x.id });
    expect(r.data.area.successors.reduce((sum: number, l: any) => sum + l.share, 0)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['a share above 1', 1.5],
    ['a share of 0', 0],
  ])('refuses %s with INVALID_SHARES', async (_what, share) => {
    const t = await tree();
    const before = await snapshot();
    const r = await mutate({ predecessors: [{ areaId: t.c[0].id, share }], newSuccessor: newCommune(t), effectiveOn: NEW });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SHARES' });
    expect(paths(r)).toEqual(['input.predecessors.0.share']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a predecessor that closed before the day before effectiveOn (ALREADY_CLOSED)', async () => {
    const t = await tree();
    const closed = await area({ code: `${t.p}-CLOSED`, name: 'Xã Đã Giải Thể', kind: 'COMMUNE', parentId: t.district.id, validTo: '2024-12-31' });
    const before = await snapshot();
    const r = await mutate({ predecessors: [{ areaId: t.c[0].id }, { areaId: closed.id }], newSuccessor: newCommune(t), effectiveOn: NEW });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_CLOSED' });
    expect(paths(r)).toEqual(['input.predecessors.1.areaId']);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['both successorId and newSuccessor', true, true],
    ['neither successorId nor newSuccessor', false, false],
  ])('refuses %s', async (_what, withId, withNew) => {
    const t = await tree();
    const s = await area({ code: `${t.p}-S`, name: 'Xã Có Sẵn', kind: 'COMMUNE', parentId: t.province.id, validFrom: NEW });
    const before = await snapshot();
    const r = await mutate({
      predecessors: [{ areaId: t.c[0].id }],
      effectiveOn: NEW,
      ...(withId ? { successorId: s.id } : {}),
      ...(withNew ? { newSuccessor: newCommune(t) } : {}),
    });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(paths(r)).toEqual(['input.successorId']);
    expect(await snapshot()).toEqual(before);
  });

  it.each<[string, (t: Awaited<ReturnType<typeof tree>>) => Record<string, unknown>, string, string[]]>([
    [
      'an unknown predecessor',
      (t) => ({ predecessors: [{ areaId: t.c[0].id }, { areaId: missingId('Area') }], newSuccessor: newCommune(t), effectiveOn: NEW }),
      'NOT_FOUND',
      ['input.predecessors.1.areaId'],
    ],
    [
      'a new successor starting on another day',
      (t) => ({ predecessors: [{ areaId: t.c[0].id }], newSuccessor: newCommune(t, 'N', { validFrom: '2025-08-01' }), effectiveOn: NEW }),
      'INVALID_VALIDITY',
      ['input.newSuccessor.validFrom'],
    ],
    [
      'a new successor reusing a live code',
      (t) => ({ predecessors: [{ areaId: t.c[0].id }], newSuccessor: newCommune(t, 'D'), effectiveOn: NEW }),
      'DUPLICATE_CODE',
      ['input.newSuccessor.code'],
    ],
    [
      'an unknown existing successor',
      (t) => ({ predecessors: [{ areaId: t.c[0].id }], successorId: missingId('Area'), effectiveOn: NEW }),
      'NOT_FOUND',
      ['input.successorId'],
    ],
  ])('refuses %s and writes nothing', async (_what, input, reason, fieldPaths) => {
    const t = await tree();
    const before = await snapshot();
    const r = await mutate(input(t));
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(paths(r)).toEqual(fieldPaths);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an existing successor that is not valid on effectiveOn', async () => {
    const t = await tree();
    const s = await area({ code: `${t.p}-OLD-S`, name: 'Xã Đã Đóng', kind: 'COMMUNE', parentId: t.district.id, validTo: '2024-12-31' });
    const before = await snapshot();
    const r = await mutate({ predecessors: [{ areaId: t.c[0].id }], successorId: s.id, effectiveOn: NEW });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALIDITY' });
    expect(paths(r)).toEqual(['input.successorId']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a unit succeeding itself, naming only fields of the input', async () => {
    const t = await tree();
    const before = await snapshot();
    const r = await mutate({ predecessors: [{ areaId: t.c[0].id }], successorId: t.c[0].id, effectiveOn: NEW });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(paths(r)).toContain('input.successorId');
    for (const p of paths(r)) expect(p).toMatch(/^input\.(successorId|predecessors\.\d+\.(areaId|share))$/);
    expect(await snapshot()).toEqual(before);
  });

  it('points a share overflow at the offending predecessor of this input, not at an index counting stored links', async () => {
    const t = await tree();
    const x = t.c[0];
    const a = await mutate({ predecessors: [{ areaId: x.id, share: 0.7 }], newSuccessor: newCommune(t, 'A'), effectiveOn: NEW });
    expect(a.errors).toBeUndefined();
    const before = await snapshot();
    // predecessor 0 is fine (share 1 of a fresh commune); predecessor 1 pushes X to 0.7 + 0.5 > 1.
    const r = await mutate({
      predecessors: [{ areaId: t.c[1].id }, { areaId: x.id, share: 0.5 }],
      newSuccessor: newCommune(t, 'B'),
      effectiveOn: NEW,
    });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SHARES' });
    expect(paths(r)).toEqual(['input.predecessors.1.share']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a predecessor listed twice', async () => {
    const t = await tree();
    const before = await snapshot();
    const r = await mutate({ predecessors: [{ areaId: t.c[0].id }, { areaId: t.c[0].id }], newSuccessor: newCommune(t), effectiveOn: NEW });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(paths(r)).toContain('input.predecessors.1.areaId');
    expect(await snapshot()).toEqual(before);
  });

  it('is atomic: a merger that fails on one predecessor leaves units, links and organizations unchanged', async () => {
    const t = await tree();
    await org('Ủy ban nhân dân xã Nguyên Vẹn', t.c[0].id);
    const gone = await area({ code: `${t.p}-GONE`, name: 'Xã Đã Mất', kind: 'COMMUNE', parentId: t.district.id, validTo: '2020-12-31' });
    const before = await snapshot();
    const r = await mutate({
      predecessors: [{ areaId: t.c[0].id }, { areaId: t.c[1].id }, { areaId: gone.id }],
      newSuccessor: newCommune(t),
      effectiveOn: NEW,
      rehomeOrganizations: true,
    });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_CLOSED' });
    expect(await snapshot()).toEqual(before);
    const check = await hub.gql<any>(`query ($a: ID!, $b: ID!) { a: area(id: $a) { validTo successors { share } } b: area(id: $b) { validTo } }`, { a: t.c[0].id, b: t.c[1].id });
    expect(check.data).toEqual({ a: { validTo: null, successors: [] }, b: { validTo: null } });
  });

  it('needs the administrator', async () => {
    const t = await tree();
    const before = await snapshot();
    const r = await mutate({ predecessors: [{ areaId: t.c[0].id }], newSuccessor: newCommune(t), effectiveOn: NEW }, { as: null });
    expect(ext(r)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await snapshot()).toEqual(before);
  });
});
