/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Households are area-located: reads need `household.read` over the household's area, writes
 * `data.capture`, and members' names, birth dates and ID numbers pass the personal-data guard and
 * the read audit. Lists filter in SQL; a page costs the same number of statements whatever its size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCodes, DECREE_07_2021 } from '@lnob/domain';
import { fromGlobalId, toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { paths } from '../../../testing/assertions';
import { cr, orgRow, readRowsOf, rid } from '../../auth/__tests__/identity-helpers';
import { AREAS, areaGid, areaOf, family, register, registerRow } from './household-helpers';

const HOUSEHOLD = `query ($id: ID!) { household(id: $id) {
  id headName area { code } members { fullName birthDate nationalId sex relation } reviews { year class }
} }`;

describe.each(engines())('household scope and personal data on %s', (engine) => {
  let hub: TestHub;
  let tv: string;
  let qn: string;

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    tv = await register(hub, AREAS.tvHamlet, 'admin', family('Thạch Sô Phal'));
    qn = await register(hub, AREAS.qnRural, 'quangnam.officer', family('Nguyễn Văn Bảy'));
    await hub.gql('mutation ($i: RecordReviewInput!) { recordReview(input: $i) { review { id } } }', {
      i: { householdId: tv, year: 2024, incomePerPersonPerMonth: 1_200_000, deprivedIndicators: indicatorCodes(DECREE_07_2021).slice(0, 3) },
    });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('a Quảng Nam officer registers in Quảng Nam, but cannot see or register in Trà Vinh', async () => {
    const own = await hub.gql<any>(HOUSEHOLD, { id: qn }, { as: 'quangnam.officer' });
    expect(own.errors).toBeUndefined();
    expect(own.data.household.headName).toBe('Nguyễn Văn Bảy');
    const other = await hub.gql<any>(HOUSEHOLD, { id: tv }, { as: 'quangnam.officer' });
    expect(cr(other)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    const node = await hub.gql<any>('query ($id: ID!) { node(id: $id) { id } }', { id: tv }, { as: 'quangnam.officer' });
    expect(node.data.node).toBeNull();
    const list = await hub.gql<any>('{ households(first: 100) { edges { node { id } } totalCount } }', {}, { as: 'quangnam.officer' });
    expect(list.data.households.edges.map((e: any) => e.node.id)).toContain(qn);
    expect(list.data.households.edges.map((e: any) => e.node.id)).not.toContain(tv);
    const there = await hub.gql<any>(
      'mutation ($i: RegisterHouseholdInput!) { registerHousehold(input: $i) { household { id } } }',
      { i: { areaId: await areaGid(hub, AREAS.tvHamlet), members: family() } },
      { as: 'quangnam.officer' },
    );
    expect(cr(there)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' });
    expect(paths(there)).toEqual(['input.areaId']);
    const review = await hub.gql<any>('mutation ($i: RecordReviewInput!) { recordReview(input: $i) { review { id } } }', { i: { householdId: tv, year: 2025, incomePerPersonPerMonth: 1, deprivedIndicators: [] } }, { as: 'quangnam.officer' });
    expect(cr(review)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });

  it('the Trà Vinh viewer reads households and classes, not names: null, PERSONAL_DATA_GRANT_REQUIRED, no read audit', async () => {
    const requestId = rid();
    const r = await hub.gql<any>(HOUSEHOLD, { id: tv }, { as: 'travinh.viewer', headers: { 'x-request-id': requestId } });
    const h = r.data.household;
    expect(h.area.code).toBe(AREAS.tvHamlet);
    expect(h.reviews).toEqual([{ year: 2024, class: 'POOR' }]);
    expect(h.headName).toBeNull();
    expect(h.members.map((m: any) => [m.fullName, m.birthDate, m.nationalId, m.sex, m.relation])).toEqual([
      [null, null, null, 'MALE', 'HEAD'],
      [null, null, null, 'FEMALE', 'SPOUSE'],
      [null, null, null, 'MALE', 'CHILD'],
    ]);
    const denied = r.errors!.map((e) => [e.path!.join('.'), e.extensions.code, e.extensions.reason]);
    expect(denied).toContainEqual(['household.headName', 'FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED']);
    expect(denied).toContainEqual(['household.members.0.fullName', 'FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED']);
    expect(denied.every(([, code, reason]) => code === 'FORBIDDEN' && reason === 'PERSONAL_DATA_GRANT_REQUIRED')).toBe(true);
    expect(await readRowsOf(hub, requestId)).toEqual([]);

    const search = await hub.gql<any>('{ households(first: 5, filter: { search: "thach" }) { edges { node { id } } } }', {}, { as: 'travinh.viewer' });
    expect(cr(search)).toEqual({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_GRANT_REQUIRED' });
    const byId = await hub.gql<any>('{ households(first: 5, filter: { nationalId: "049075100001" }) { edges { node { id } } } }', {}, { as: 'travinh.viewer' });
    expect(cr(byId)).toEqual({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_GRANT_REQUIRED' });
    // The filter in SQL gives exactly the households a direct count finds (the demo households poor
    // in 2024 in Trà Vinh, and this one), in registration order.
    const tvPath = (await areaOf(hub, AREAS.tvProvince)).path;
    const poor2024: { id: number | string }[] = await hub.dataSource.query(
      "SELECT h.id FROM household h WHERE h.areaPath LIKE ? AND EXISTS (SELECT 1 FROM household_review r WHERE r.householdId = h.id AND r.year = 2024 AND r.class = 'POOR') ORDER BY h.id",
      [`${tvPath}%`],
    );
    const list = await hub.gql<any>('query ($a: ID!) { households(first: 100, filter: { areaId: $a, year: 2024, class: POOR }) { edges { node { id } } } }', { a: await areaGid(hub, AREAS.tvProvince) }, { as: 'travinh.viewer' });
    expect(list.errors).toBeUndefined();
    expect(list.data.households.edges.map((e: any) => e.node.id)).toEqual(poor2024.map((r) => toGlobalId('Household', Number(r.id))));
    expect(list.data.households.edges.map((e: any) => e.node.id)).toContain(tv);

    const review = await hub.gql<any>('mutation ($i: RecordReviewInput!) { recordReview(input: $i) { review { id } } }', { i: { householdId: tv, year: 2025, incomePerPersonPerMonth: 1, deprivedIndicators: [] } }, { as: 'travinh.viewer' });
    expect(cr(review)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    const standards = await hub.gql<any>('{ povertyStandards { code incomeLine { rural urban } averageLivingUpper { rural } dimensions { indicators { code } } } }', {}, { as: 'travinh.viewer' });
    expect(standards.data.povertyStandards.map((s: any) => s.code)).toEqual(['DECREE_07_2021', 'DECREE_351_2025']);
    expect(standards.data.povertyStandards[1]).toMatchObject({ incomeLine: { rural: 2_200_000, urban: 2_800_000 }, averageLivingUpper: null });
  });

  it('an administrator reads the names; one read-audit row per household and request', async () => {
    const requestId = rid();
    const r = await hub.gql<any>(HOUSEHOLD, { id: tv }, { headers: { 'x-request-id': requestId } });
    expect(r.errors).toBeUndefined();
    expect(r.data.household.headName).toBe('Thạch Sô Phal');
    expect(r.data.household.members[0]).toMatchObject({ fullName: 'Thạch Sô Phal', birthDate: '1975-03-02', relation: 'HEAD' });
    const rows = await readRowsOf(hub, requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityType: 'Household', entityRowId: Number(Buffer.from(tv, 'base64url').toString().split(':')[1]), fields: ['birthDate', 'fullName', 'headName', 'nationalId'] });
    expect(rows[0].areaPath).toBe((await areaOf(hub, AREAS.tvHamlet)).path);
    const api = await hub.gql<any>('query ($id: ID!) { personalDataReads(first: 5, filter: { entityId: $id }) { edges { node { entityId fields } } } }', { id: tv });
    expect(api.data.personalDataReads.edges[0].node).toEqual({ entityId: tv, fields: ['birthDate', 'fullName', 'headName', 'nationalId'] });
    const search = await hub.gql<any>('{ households(first: 5, filter: { search: "thach so phal" }) { edges { node { id headName } } } }');
    expect(search.data.households.edges.map((e: any) => e.node)).toEqual([{ id: tv, headName: 'Thạch Sô Phal' }]);
  });

  it('an integrator key with HOUSEHOLDS reads its subtree; names only with the personal-data grant', async () => {
    const org = await orgRow(hub, 'vff-tra-vinh');
    const make = (personalData: boolean) =>
      hub.services.apiKeys.create({ name: `Cổng hộ nghèo ${personalData}`, organizationId: org.id, scopes: ['HOUSEHOLDS'], personalData, expiresOn: '2027-06-30', requestsPerMinute: 600 }, '2026-01-01');
    const plain = await make(false);
    const granted = await make(true);
    const r = await hub.gql<any>(HOUSEHOLD, { id: tv }, { token: plain.secret });
    expect(r.data.household.headName).toBeNull();
    expect(r.data.household.members[0].relation).toBe('HEAD');
    expect(cr(r)).toEqual({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_GRANT_REQUIRED' });
    const g = await hub.gql<any>(HOUSEHOLD, { id: tv }, { token: granted.secret });
    expect(g.errors).toBeUndefined();
    expect(g.data.household.headName).toBe('Thạch Sô Phal');
    expect(cr(await hub.gql<any>(HOUSEHOLD, { id: qn }, { token: granted.secret }))).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    const write = await hub.gql<any>('mutation ($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { household { id } } }', { i: { id: tv, disability: true } }, { token: granted.secret });
    expect(cr(write)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
  });

  it('filters by flags, housing status and area subtree in SQL', async () => {
    const q = 'query ($f: HouseholdFilter) { households(first: 100, filter: $f) { edges { node { id } } totalCount } }';
    const ids = async (f: Record<string, unknown>) => (await hub.gql<any>(q, { f }, { as: 'quangnam.officer' })).data.households.edges.map((e: any) => e.node.id);
    const total = async (f: Record<string, unknown>) => (await hub.gql<any>(q, { f }, { as: 'quangnam.officer' })).data.households.totalCount;
    const filters = {
      flaggedBoth: { ethnicMinority: true, housingStatus: 'DILAPIDATED' },
      notMinority: { ethnicMinority: false },
      urban: { areaId: await areaGid(hub, AREAS.qnUrban) },
      provinceDilapidated: { areaId: await areaGid(hub, AREAS.qnProvince), housingStatus: 'DILAPIDATED' },
    };
    // Baselines (the demo households of Quảng Nam); the new household must join exactly the right lists.
    const before: Record<string, string[]> = {};
    for (const [k, f] of Object.entries(filters)) before[k] = await ids(f);
    const minorityBefore = await total({ ethnicMinority: true });
    const flagged = await register(hub, AREAS.qnRural, 'quangnam.officer', family(), { ethnicMinority: true, housingStatus: 'DILAPIDATED' });
    expect(await ids(filters.flaggedBoth)).toEqual([...before.flaggedBoth, flagged]);
    expect(await ids(filters.notMinority)).toContain(qn);
    expect(await ids(filters.notMinority)).toEqual(before.notMinority);
    expect(await ids(filters.urban)).toEqual(before.urban);
    expect(before.urban).not.toContain(qn);
    expect(await ids(filters.provinceDilapidated)).toEqual([...before.provinceDilapidated, flagged]);
    expect(await total({ ethnicMinority: true })).toBe(minorityBefore + 1);
    // Each list holds only households that match, checked against the rows themselves.
    const rows = async (list: string[]) => {
      if (list.length === 0) return [];
      const dbIds = list.map((g) => fromGlobalId(g)!.rowId);
      return hub.dataSource.query(`SELECT ethnicMinority, housingStatus, areaPath FROM household WHERE id IN (${dbIds.join(',')})`);
    };
    for (const r of await rows(await ids(filters.flaggedBoth))) expect([Boolean(Number(r.ethnicMinority)), r.housingStatus]).toEqual([true, 'DILAPIDATED']);
    const urbanPath = (await areaOf(hub, AREAS.qnUrban)).path;
    for (const r of await rows(await ids(filters.urban))) expect(r.areaPath.startsWith(urbanPath)).toBe(true);
  });

  it('a page of households with members, reviews, area and sponsor costs the same statements for 10 and 50 rows', async () => {
    const area = await areaOf(hub, AREAS.qnRural2);
    const codes = indicatorCodes(DECREE_07_2021);
    const sponsor = await orgRow(hub, 'ccb-quang-nam');
    for (let k = 0; k < 55; k++) {
      const id = await registerRow(hub, AREAS.qnRural2, family(`Hồ Văn ${k}`));
      if (k % 3 === 0) await hub.services.households.setSponsor(id, sponsor.id);
      for (const year of [2023, 2024]) {
        await hub.services.householdReviews.record({ householdId: id, year, kind: 'PERIODIC', incomePerPersonPerMonth: 1_000_000 + 300_000 * (k % 4) * (year - 2022), deprivedIndicators: codes.slice(0, k % 5) });
      }
    }
    const q = `query ($a: ID!, $n: Int!) { households(first: $n, filter: { areaId: $a }) { edges { node {
      id headName area { name } sponsor { name } members { fullName relation } reviews { year class transition }
    } } pageInfo { hasNextPage } } }`;
    const small = await hub.gql<any>(q, { a: toGlobalId('Area', area.id), n: 10 });
    const big = await hub.gql<any>(q, { a: toGlobalId('Area', area.id), n: 50 });
    expect(small.errors).toBeUndefined();
    expect(big.errors).toBeUndefined();
    expect(big.data.households.edges).toHaveLength(50);
    expect(big.data.households.edges[0].node.reviews).toHaveLength(2);
    expect(big.statements).toBe(small.statements);
    expect(big.statements).toBeLessThanOrEqual(8);
    console.log(`[${engine}] households(first: 50) with members, reviews, area, sponsor: ${big.statements} statements (first: 10: ${small.statements})`);
  });
});
