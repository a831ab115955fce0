/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

const NODE = `query ($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Area { code name areaKind: kind parent { name } }
    ... on Organization { name orgKind: kind level area { code } }
  }
}`;

describe.each(engines())('node(id) on %s', (engine) => {
  let hub: TestHub;
  let area: { id: string; code: string; rowId: number };
  let org: { id: string; name: string; rowId: number };

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    const r = await hub.gql<any>(`{
      a: areas(filter: { search: "okada", validOn: "2024-01-01" }) { edges { node { id code } } }
      o: organizations(filter: { search: "tinh doan tra vinh", kind: [YOUTH_UNION], validOn: "2024-01-01" }) { edges { node { id name } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a.edges).toHaveLength(1);
    expect(r.data.o.edges).toHaveLength(1);
    const [arow] = await hub.dataSource.query('SELECT id FROM area WHERE code = ?', [r.data.a.edges[0].node.code]);
    const [orow] = await hub.dataSource.query('SELECT id FROM organization WHERE name = ?', [r.data.o.edges[0].node.name]);
    area = { ...r.data.a.edges[0].node, rowId: Number(arow.id) };
    org = { ...r.data.o.edges[0].node, rowId: Number(orow.id) };
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('returns an Area, with its fragment', async () => {
    const r = await hub.gql<any>(NODE, { id: area.id });
    expect(r.errors).toBeUndefined();
    expect(r.data.node).toEqual({ __typename: 'Area', id: area.id, code: '84-29404-OKADA', name: 'Ấp ÔKaĐa', areaKind: 'HAMLET', parent: { name: 'Xã Phước Hảo' } });
  });

  it('returns an Organization, with its fragment', async () => {
    const r = await hub.gql<any>(NODE, { id: org.id });
    expect(r.errors).toBeUndefined();
    expect(r.data.node).toEqual({ __typename: 'Organization', id: org.id, name: 'Tỉnh đoàn Trà Vinh', orgKind: 'YOUTH_UNION', level: 'PROVINCE', area: { code: '84' } });
  });

  it('agrees with area(id) and organization(id), and the ids are stable across requests', async () => {
    const r = await hub.gql<any>(`query ($a: ID!, $o: ID!) {
      area(id: $a) { id name }
      organization(id: $o) { id name }
      na: node(id: $a) { id ... on Area { name } }
      no: node(id: $o) { id ... on Organization { name } }
    }`, { a: area.id, o: org.id });
    expect(r.errors).toBeUndefined();
    expect(r.data.na).toEqual(r.data.area);
    expect(r.data.no).toEqual(r.data.organization);
    const again = await hub.gql<any>(`{ areas(filter: { search: "okada", validOn: "2024-01-01" }) { edges { node { id } } } }`);
    expect(again.data.areas.edges[0].node.id).toBe(area.id);
  });

  it('nested fields of a node work (an Area viewed today has no children; an old one has its parent)', async () => {
    const r = await hub.gql<any>(`query ($id: ID!) { node(id: $id) { ... on Area { ancestors { code } children { totalCount } } } }`, { id: area.id });
    expect(r.errors).toBeUndefined();
    expect(r.data.node).toEqual({ ancestors: [{ code: '84' }, { code: '847' }, { code: '29404' }], children: { totalCount: 0 } });
  });

  it.each<[string, () => string]>([
    ['garbage', () => 'garbage!'],
    ['the empty string', () => ''],
    ['a bare row id', () => String(area.rowId)],
    ['an unknown type', () => b64(`Widget:${area.rowId}`)],
    ['row id 0', () => b64('Area:0')],
    ['a negative row id', () => b64('Area:-1')],
    ['a non-numeric row id', () => b64('Area:abc')],
    ['a row id with a leading zero', () => b64(`Area:0${area.rowId}`)],
    ['an unsafe integer', () => b64('Area:99999999999999999')],
    ['a well-formed id of a missing Area', () => b64('Area:987654')],
    ['a well-formed id of a missing Organization', () => b64('Organization:987654')],
    ['a very long string', () => 'A'.repeat(5000)],
    ['plain text of a real id', () => `Area:${area.rowId}`],
  ])('answers null, without an error, for %s', async (_what, makeId) => {
    const r = await hub.gql<any>(NODE, { id: makeId() });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ node: null });
  });

  it('global ids are opaque: no type name, no separator, not the row id in clear', async () => {
    const r = await hub.gql<any>(`{
      areas(first: 100, filter: { validOn: "2024-01-01" }) { edges { node { id code } } }
      organizations(first: 100, filter: { validOn: "2024-01-01" }) { edges { node { id name } } }
    }`);
    expect(r.errors).toBeUndefined();
    const rows: { id: number | string; code: string }[] = await hub.dataSource.query('SELECT id, code FROM area');
    const rowIdOfCode = new Map(rows.map((x) => [x.code, Number(x.id)]));
    const ids: string[] = [];
    for (const e of r.data.areas.edges) {
      const rowId = rowIdOfCode.get(e.node.code)!;
      expect(e.node.id).not.toBe(String(rowId));
      expect(e.node.id).not.toContain(`:${rowId}`);
      ids.push(e.node.id);
    }
    ids.push(...r.data.organizations.edges.map((e: any) => e.node.id));
    for (const gid of ids) {
      expect(gid).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(gid).not.toMatch(/^\d+$/);
      expect(gid).not.toMatch(/area|organization/i);
      expect(gid).not.toContain(':');
    }
    expect(new Set(ids).size).toBe(ids.length); // unique across both types
  });

  it('an Area and an Organization with the same row id have different global ids, each resolving to its own type', async () => {
    const rowId = 1; // the first unit and the first organization loaded
    const [a] = await hub.dataSource.query('SELECT code FROM area WHERE id = ?', [rowId]);
    const [o] = await hub.dataSource.query('SELECT name FROM organization WHERE id = ?', [rowId]);
    expect(a && o).toBeTruthy();
    const [areaAtRow] = (await hub.gql<any>(`query ($q: String) { areas(first: 100, filter: { search: $q, validOn: "2024-01-01" }) { edges { node { id code } } } }`, { q: a.code })).data.areas.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.code === a.code);
    const orgAtRow = (await hub.gql<any>(`query ($q: String) { organizations(first: 100, filter: { search: $q, validOn: "2024-01-01" }) { edges { node { id name } } } }`, { q: o.name })).data.organizations.edges
      .map((e: any) => e.node)
      .find((n: any) => n.name === o.name);
    expect(areaAtRow.id).not.toBe(orgAtRow.id);
    const r = await hub.gql<any>(`query ($a: ID!, $o: ID!) { a: node(id: $a) { __typename } o: node(id: $o) { __typename } }`, { a: areaAtRow.id, o: orgAtRow.id });
    expect(r.data).toEqual({ a: { __typename: 'Area' }, o: { __typename: 'Organization' } });
  });

  it('many node() lookups in one request are batched', async () => {
    const r = await hub.gql<any>(`{ areas(first: 10, filter: { validOn: "2024-01-01" }) { edges { node { id } } } organizations(first: 10, filter: { validOn: "2024-01-01" }) { edges { node { id } } } }`);
    const ids = [...r.data.areas.edges, ...r.data.organizations.edges].map((e: any) => e.node.id);
    const q = `query (${ids.map((_, i) => `$i${i}: ID!`).join(', ')}) { ${ids.map((_, i) => `n${i}: node(id: $i${i}) { __typename id }`).join(' ')} }`;
    const vars = Object.fromEntries(ids.map((v, i) => [`i${i}`, v]));
    const n = await hub.gql<any>(q, vars);
    expect(n.errors).toBeUndefined();
    expect(ids.map((_, i) => n.data[`n${i}`].id)).toEqual(ids);
    expect(ids.filter((_, i) => n.data[`n${i}`].__typename === 'Area')).toHaveLength(10);
    expect(n.statements).toBeLessThanOrEqual(2); // one per type
  });
});
