/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Scope filters live in the SQL of lists and nested connections, before the page is cut (the
 * Directus bug: a permission filter applied after LIMIT gives short or empty pages). And the audit
 * trail of a cascading write names every object it changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { AreaEntity } from '../../areas/area.entity';
import { AuditEntryEntity } from '../../audit/audit.entity';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { orgRow, rid } from './identity-helpers';

const OLD = '2024-06-01';

const PAGE = `query ($first: Int!, $after: String, $on: LocalDate!) {
  organizations(first: $first, after: $after, filter: { validOn: $on }) {
    totalCount edges { node { id name area { code } } } pageInfo { hasNextPage endCursor }
  }
}`;

const CHILDREN = `query ($id: ID!, $first: Int!, $after: String, $on: LocalDate!) {
  organization(id: $id, validOn: $on) { children(first: $first, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }
}`;

describe.each(engines())('scoped lists on %s', (engine) => {
  let hub: TestHub;
  let hidden: OrganizationEntity[] = [];
  let parentGid = '';

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    // A parent the Quảng Nam officer sees (the provincial Youth Union works in Quảng Nam), with children
    // working in Trà Vinh, which they must not see: five hidden among its children, interleaved by name.
    const parent = await orgRow(hub, 'yu-quang-nam');
    parentGid = toGlobalId('Organization', parent.id);
    const traVinh = await hub.dataSource.getRepository(AreaEntity).findOneByOrFail({ code: '84' });
    const quangNam = await hub.dataSource.getRepository(AreaEntity).findOneByOrFail({ code: '49' });
    hidden = [];
    for (let i = 0; i < 12; i++) {
      const elsewhere = i % 2 === 0;
      const row = await hub.services.organizations.create({
        name: `Chi đoàn thử ${String(i).padStart(2, '0')}`,
        shortName: null,
        kind: 'OTHER',
        level: null,
        areaId: elsewhere ? traVinh.id : quangNam.id,
        parentId: parent.id,
        validFrom: '2020-01-01',
        validTo: '2025-06-30',
      });
      if (elsewhere) hidden.push(row);
    }
  });
  afterAll(() => hub?.stop());

  async function walk(query: string, vars: Record<string, unknown>, pick: (d: any) => any, as: string, first: number) {
    const seen: any[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    let total = -1;
    for (;;) {
      const r: any = await hub.gql<any>(query, { ...vars, first, after }, { as });
      expect(r.errors).toBeUndefined();
      const c = pick(r.data);
      total = c.totalCount;
      sizes.push(c.edges.length);
      seen.push(...c.edges.map((e: any) => e.node));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    return { seen, sizes, total };
  }

  it('pages of a scoped list are full until the last, and add up to totalCount', async () => {
    const { seen, sizes, total } = await walk(PAGE, { on: OLD }, (d) => d.organizations, 'quangnam.officer', 7);
    expect(sizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((o) => o.id)).size).toBe(total);
    const hiddenIds = new Set(hidden.map((h) => toGlobalId('Organization', h.id)));
    expect(seen.filter((o) => hiddenIds.has(o.id))).toEqual([]);
    // Nothing working in Trà Vinh (84…) or Ninh Thuận (58…) appears.
    expect(seen.filter((o) => o.area && /^(84|58)/.test(o.area.code))).toEqual([]);
    const all = await walk(PAGE, { on: OLD }, (d) => d.organizations, 'admin', 100);
    expect(all.total).toBeGreaterThan(total);
  });

  it('children pages skip invisible children before cutting the page', async () => {
    const mine = await walk(CHILDREN, { id: parentGid, on: OLD }, (d) => d.organization.children, 'quangnam.officer', 2);
    const admin = await walk(CHILDREN, { id: parentGid, on: OLD }, (d) => d.organization.children, 'admin', 2);
    expect(admin.total - mine.total).toBe(hidden.length);
    expect(mine.sizes.slice(0, -1).every((n) => n === 2)).toBe(true);
    expect(mine.seen.map((o) => o.name)).toEqual(admin.seen.map((o) => o.name).filter((n) => !hidden.some((h) => h.name === n)));
  });

  it('topLevel gives the tops of the tree the caller sees: no parent, or a parent out of scope', async () => {
    const TOPS = `query ($on: LocalDate!) { organizations(first: 100, filter: { topLevel: true, validOn: $on }) { edges { node { id name parent { id } } } } }`;
    const mine = await hub.gql<any>(TOPS, { on: OLD }, { as: 'quangnam.officer' });
    const names = mine.data.organizations.edges.map((e: any) => e.node.name);
    for (const key of ['vff-quang-nam', 'ccb-quang-nam', 'yu-quang-nam']) expect(names).toContain((await orgRow(hub, key)).name);
    expect(names).not.toContain((await orgRow(hub, 'ccb-quang-nam-tam-ky')).name); // under a visible parent
    expect(mine.data.organizations.edges.every((e: any) => e.node.parent === null)).toBe(true); // parents are out of view
    const admin = await hub.gql<any>(TOPS, { on: OLD });
    const rows = await hub.dataSource.getRepository(OrganizationEntity).find();
    const roots = rows.filter((o) => o.parentId === null && o.validFrom <= OLD && (o.validTo === null || o.validTo >= OLD)).length;
    expect(admin.data.organizations.edges.length).toBe(Math.min(roots, 100));
    expect(admin.data.organizations.edges.every((e: any) => e.node.parent === null)).toBe(true);
  });

  it('closing an organization audits every descendant it closes, in the same request', async () => {
    const root = await hub.services.organizations.create({ name: 'Ban thử đóng', shortName: null, kind: 'OTHER', level: null, areaId: null, parentId: null, validFrom: '2020-01-01', validTo: null });
    const kids = [];
    for (let i = 0; i < 3; i++) {
      kids.push(await hub.services.organizations.create({ name: `Tổ ${i}`, shortName: null, kind: 'OTHER', level: null, areaId: null, parentId: root.id, validFrom: '2020-01-01', validTo: null }));
    }
    const requestId = rid();
    const r = await hub.gql<any>(
      'mutation ($i: CloseOrganizationInput!) { closeOrganization(input: $i) { closedCount } }',
      { i: { id: toGlobalId('Organization', root.id), validTo: '2026-12-31' } },
      { headers: { 'x-request-id': requestId } },
    );
    expect(r.data.closeOrganization.closedCount).toBe(4);
    const rows = await hub.dataSource.getRepository(AuditEntryEntity).find({ where: { requestId }, order: { entityRowId: 'ASC' } });
    expect(rows.map((e) => [e.entityRowId, e.action])).toEqual([[root.id, 'close'], ...kids.map((k) => [k.id, 'closeWithParent'])]);
    expect(rows[1].changes).toEqual([
      { field: 'closedWith', before: null, after: root.id },
      { field: 'validTo', before: null, after: '2026-12-31' },
    ]);
    expect(rows.every((e) => e.actorName === 'admin')).toBe(true);
  });
});
