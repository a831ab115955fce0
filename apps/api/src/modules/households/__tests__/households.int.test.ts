/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * The household registry through GraphQL: registration (every problem at once, nothing half
 * written), classification computed by the API from the review facts, one periodic review per
 * year with audited corrections, and national IDs unique among active households.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECREE_351_2025, indicatorCodes, DECREE_07_2021 } from '@lnob/domain';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { ext, paths } from '../../../testing/assertions';
import { auditRowsOf, cr, rid } from '../../auth/__tests__/identity-helpers';
import type { NewMember } from '../household.service';
import { AREAS, areaGid, cccd, family, RECORD, REGISTER, register, tableCounts } from './household-helpers';

const codes07 = indicatorCodes(DECREE_07_2021);
const codes351 = indicatorCodes(DECREE_351_2025);

describe.each(engines())('households on %s', (engine) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    // Sign in first: a login writes an audit row, which would disturb the "nothing written" counts.
    for (const u of ['admin', 'quangnam.officer', 'travinh.viewer']) await hub.tokenOf(u);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  const record = (i: Record<string, unknown>, as = 'admin', headers: Record<string, string> = {}) => hub.gql<any>(RECORD, { i }, { as, headers });

  describe('registerHousehold', () => {
    it('reports every problem at once and writes nothing', async () => {
      const before = await tableCounts(hub);
      const r = await hub.gql<any>(REGISTER, {
        i: {
          areaId: await areaGid(hub, AREAS.qnProvince),
          address: 'x'.repeat(300),
          members: [
            { fullName: '  ', relation: 'CHILD', nationalId: '123' },
            { fullName: 'Lê Thị Hoa', birthDate: '2099-01-01', relation: 'SPOUSE' },
            { fullName: 'Lê Văn Nam', birthDate: '1990-01-01', sex: 'MALE', nationalId: cccd(1991, 'MALE'), relation: 'SIBLING' },
          ],
        },
      });
      expect(cr(r)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(paths(r)).toEqual([
        'input.address',
        'input.areaId',
        'input.members',
        'input.members[0].fullName',
        'input.members[0].nationalId',
        'input.members[1].birthDate',
        'input.members[2].nationalId',
      ]);
      expect(await tableCounts(hub)).toEqual(before);
    });

    it('registers with members in one transaction and audits household and members', async () => {
      const requestId = rid();
      const r = await hub.gql<any>(
        `mutation ($i: RegisterHouseholdInput!) { registerHousehold(input: $i) { household {
          id status ethnicMinority housingStatus headName area { code } members { fullName relation sex nationalId } reviews { year } } } }`,
        { i: { areaId: await areaGid(hub, AREAS.qnRural), address: 'Thôn 2', ethnicMinority: true, housingStatus: 'TEMPORARY', members: family('Bhling Mai') } },
        { as: 'quangnam.officer', headers: { 'x-request-id': requestId } },
      );
      expect(r.errors).toBeUndefined();
      const h = r.data.registerHousehold.household;
      expect(h).toMatchObject({ status: 'ACTIVE', ethnicMinority: true, housingStatus: 'TEMPORARY', headName: 'Bhling Mai', area: { code: AREAS.qnRural }, reviews: [] });
      expect(h.members.map((m: any) => m.relation)).toEqual(['HEAD', 'SPOUSE', 'CHILD']);
      const audit = await auditRowsOf(hub, requestId);
      expect(audit.map((a) => `${a.entityType}:${a.action}`)).toEqual(['Household:register', 'HouseholdMember:add', 'HouseholdMember:add', 'HouseholdMember:add']);
      expect(audit[0].areaPath).not.toBeNull();
    });

    it('refuses a unit with sub-units, and a household without exactly one head', async () => {
      const noHead = family().map((m) => ({ ...m, relation: 'CHILD' }));
      const r = await hub.gql<any>(REGISTER, { i: { areaId: await areaGid(hub, AREAS.qnRural), members: noHead } });
      expect(cr(r)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(paths(r)).toEqual(['input.members']);
      const p = await hub.gql<any>(REGISTER, { i: { areaId: await areaGid(hub, AREAS.qnProvince), members: family() } });
      expect(cr(p)).toEqual({ code: 'BAD_USER_INPUT', reason: 'KIND_NOT_ALLOWED' });
    });
  });

  describe('recordReview: the class is computed by the API', () => {
    // area, year, income, deprivations → class, standard, residence
    it.each<[string, number, number, string[], string, string, string]>([
      [AREAS.qnRural, 2024, 1_500_000, codes07.slice(0, 3), 'POOR', 'DECREE_07_2021', 'RURAL'],
      [AREAS.qnRural, 2024, 1_500_000, codes07.slice(0, 2), 'NEAR_POOR', 'DECREE_07_2021', 'RURAL'],
      [AREAS.qnRural, 2024, 1_500_001, codes07.slice(0, 5), 'AVERAGE_LIVING_STANDARD', 'DECREE_07_2021', 'RURAL'],
      [AREAS.qnRural, 2024, 2_250_001, [], 'NOT_POOR', 'DECREE_07_2021', 'RURAL'],
      [AREAS.qnUrban, 2024, 2_000_000, codes07.slice(0, 3), 'POOR', 'DECREE_07_2021', 'URBAN'],
      [AREAS.qnUrban, 2024, 1_700_000, [], 'NEAR_POOR', 'DECREE_07_2021', 'URBAN'],
      [AREAS.qnUrban, 2024, 2_000_001, codes07.slice(0, 3), 'AVERAGE_LIVING_STANDARD', 'DECREE_07_2021', 'URBAN'],
      [AREAS.qnRural, 2027, 2_200_000, ['WASTE_TREATMENT', 'NUTRITION', 'EMPLOYMENT'], 'POOR', 'DECREE_351_2025', 'RURAL'],
      [AREAS.qnRural, 2027, 2_200_001, codes351.slice(0, 4), 'NOT_POOR', 'DECREE_351_2025', 'RURAL'],
      [AREAS.qnUrban, 2027, 2_800_000, codes351.slice(0, 2), 'NEAR_POOR', 'DECREE_351_2025', 'URBAN'],
    ])('area %s, %i, income %i, deprived %j → %s', async (area, year, income, deprived, cls, standard, residence) => {
      const id = await register(hub, area, 'quangnam.officer');
      const r = await record({ householdId: id, year, incomePerPersonPerMonth: income, deprivedIndicators: deprived }, 'quangnam.officer');
      expect(r.errors).toBeUndefined();
      expect(r.data.recordReview.review).toMatchObject({ year, kind: 'PERIODIC', class: cls, standardCode: standard, residence, incomePerPersonPerMonth: income, effective: true });
    });

    it('accepts score A and score B (Circular 07/2021) instead of income and codes', async () => {
      const id = await register(hub, AREAS.qnRural);
      const r = await record({ householdId: id, year: 2023, scoreA: 140, scoreB: 30 });
      expect(r.data.recordReview.review).toMatchObject({ class: 'POOR', incomePerPersonPerMonth: null });
    });

    it('rejects what cannot be classified with every problem, and clients cannot send a class', async () => {
      const id = await register(hub, AREAS.qnRural);
      const before = await tableCounts(hub);
      const old = await record({ householdId: id, year: 2019, incomePerPersonPerMonth: 1_000_000, deprivedIndicators: [] });
      expect(cr(old)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NO_POVERTY_STANDARD' });
      expect(paths(old)).toEqual(['input.year']);
      const bad = await record({ householdId: id, year: 2027, incomePerPersonPerMonth: 1_000_000, scoreA: 100, deprivedIndicators: ['INFORMATION_DEVICES'], notes: 'x'.repeat(2001) });
      expect(cr(bad)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(paths(bad)).toEqual(['input.deprivedIndicators[0]', 'input.incomePerPersonPerMonth', 'input.notes', 'input.scoreA']);
      const unknown = await record({ householdId: id, year: 2027, incomePerPersonPerMonth: 1_000_000, deprivedIndicators: ['INFORMATION_DEVICES'] });
      expect(cr(unknown)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_INDICATOR' });
      const sent = await record({ householdId: id, year: 2024, incomePerPersonPerMonth: 1_000_000, deprivedIndicators: [], class: 'NOT_POOR' });
      expect(ext(sent)?.code).toBe('BAD_USER_INPUT');
      const money = await hub.gql<any>(RECORD, { i: { householdId: id, year: 2024, incomePerPersonPerMonth: 1.5, deprivedIndicators: [] } });
      expect(ext(money)?.reason).toBe('INVALID_VND');
      expect(await tableCounts(hub)).toEqual(before);
    });

    it('allows one periodic review a year: a second is REVIEW_EXISTS unless sent as an audited correction', async () => {
      const id = await register(hub, AREAS.qnRural, 'quangnam.officer');
      const first = await record({ householdId: id, year: 2024, incomePerPersonPerMonth: 1_400_000, deprivedIndicators: codes07.slice(0, 4), decisionNumber: '123/QĐ-UBND', decisionDate: '2024-12-20' }, 'quangnam.officer');
      expect(first.data.recordReview.review.class).toBe('POOR');
      const before = await tableCounts(hub);
      const again = await record({ householdId: id, year: 2024, incomePerPersonPerMonth: 1_400_000, deprivedIndicators: [] }, 'quangnam.officer');
      expect(cr(again)).toEqual({ code: 'CONFLICT', reason: 'REVIEW_EXISTS' });
      expect(await tableCounts(hub)).toEqual(before);
      const nothing = await record({ householdId: id, year: 2023, incomePerPersonPerMonth: 1_400_000, deprivedIndicators: [], correction: true }, 'quangnam.officer');
      expect(cr(nothing)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(paths(nothing)).toEqual(['input.correction']);

      const requestId = rid();
      const fix = await record({ householdId: id, year: 2024, incomePerPersonPerMonth: 1_400_000, deprivedIndicators: codes07.slice(0, 1), correction: true }, 'quangnam.officer', { 'x-request-id': requestId });
      expect(fix.errors).toBeUndefined();
      expect(fix.data.recordReview.review).toMatchObject({ class: 'NEAR_POOR', correctionOfId: first.data.recordReview.review.id, effective: true });
      const audit = await auditRowsOf(hub, requestId);
      expect(audit.map((a) => `${a.entityType}:${a.action}`)).toEqual(['HouseholdReview:correct']);
      expect(audit[0].changes).toContainEqual({ field: 'class', before: 'POOR', after: 'NEAR_POOR' });

      const regular = await record({ householdId: id, year: 2024, kind: 'REGULAR', incomePerPersonPerMonth: 2_500_000, deprivedIndicators: [] }, 'quangnam.officer');
      const regular2 = await record({ householdId: id, year: 2024, kind: 'REGULAR', incomePerPersonPerMonth: 2_600_000, deprivedIndicators: [] }, 'quangnam.officer');
      expect([regular.errors, regular2.errors]).toEqual([undefined, undefined]);

      const h = await hub.gql<any>('query ($id: ID!) { household(id: $id) { reviews { year kind class effective correctionOfId } } }', { id });
      expect(h.data.household.reviews.map((x: any) => [x.kind, x.class, x.effective])).toEqual([
        ['REGULAR', 'NOT_POOR', true],
        ['REGULAR', 'NOT_POOR', false],
        ['PERIODIC', 'NEAR_POOR', false],
        ['PERIODIC', 'POOR', false],
      ]);
    });

    it('gives the transitions of the history (newly poor, poor → near-poor, escape, relapse)', async () => {
      const id = await register(hub, AREAS.qnRural);
      for (const [year, income, d] of [[2022, 1_000_000, 4], [2023, 1_200_000, 1], [2024, 2_400_000, 0], [2025, 1_100_000, 5]] as const) {
        const r = await record({ householdId: id, year, incomePerPersonPerMonth: income, deprivedIndicators: codes07.slice(0, d) });
        expect(r.errors).toBeUndefined();
      }
      const h = await hub.gql<any>('query ($id: ID!) { household(id: $id) { reviews { year class transition } } }', { id });
      expect(h.data.household.reviews).toEqual([
        { year: 2025, class: 'POOR', transition: 'RELAPSED' },
        { year: 2024, class: 'NOT_POOR', transition: 'ESCAPED_NEAR_POVERTY' },
        { year: 2023, class: 'NEAR_POOR', transition: 'POOR_TO_NEAR_POOR' },
        { year: 2022, class: 'POOR', transition: 'NEWLY_POOR' },
      ]);
    });
  });

  describe('national ID numbers are unique among active households', () => {
    it('DUPLICATE_NATIONAL_ID names the other household only when the caller can see it', async () => {
      const shared = cccd(1980, 'FEMALE', '084');
      const tv = await register(hub, AREAS.tvHamlet, 'admin', [{ fullName: 'Thạch Thị Sa', birthDate: '1980-01-01', sex: 'FEMALE', nationalId: shared, relation: 'HEAD' }]);
      const before = await tableCounts(hub);
      const members: NewMember[] = [{ fullName: 'Lê Thị Sa', birthDate: '1980-01-01', sex: 'FEMALE', nationalId: shared, relation: 'HEAD' }];
      const blind = await hub.gql<any>(REGISTER, { i: { areaId: await areaGid(hub, AREAS.qnRural), members } }, { as: 'quangnam.officer' });
      expect(cr(blind)).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE_NATIONAL_ID' });
      expect(paths(blind)).toEqual(['input.members[0].nationalId']);
      expect(JSON.stringify(blind.errors)).not.toContain(tv);
      const seen = await hub.gql<any>(REGISTER, { i: { areaId: await areaGid(hub, AREAS.qnRural), members } });
      expect(cr(seen)).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE_NATIONAL_ID' });
      expect(ext(seen)!.fieldErrors[0].message).toContain(tv);
      expect(await tableCounts(hub)).toEqual(before);

      // Once the first household moved away, its members' IDs are free; re-activating it conflicts.
      const moved = await hub.gql<any>('mutation ($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { household { status } } }', { i: { id: tv, status: 'MOVED' } });
      expect(moved.data.updateHousehold.household.status).toBe('MOVED');
      const qn = await register(hub, AREAS.qnRural, 'quangnam.officer', members);
      expect(qn).toBeTruthy();
      const back = await hub.gql<any>('mutation ($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { household { status } } }', { i: { id: tv, status: 'ACTIVE' } });
      expect(cr(back)).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE_NATIONAL_ID' });
    });

    it('adding or changing a member checks the same rule, and the head cannot be removed', async () => {
      const a = await register(hub, AREAS.qnRural);
      const taken = family()[0].nationalId!;
      await register(hub, AREAS.qnRural, 'admin', [{ ...family()[0], nationalId: taken }]);
      const add = await hub.gql<any>(
        'mutation ($i: AddHouseholdMemberInput!) { addHouseholdMember(input: $i) { member { id fullName relation } household { id } } }',
        { i: { householdId: a, fullName: 'Phạm Văn Dũng', birthDate: '1975-03-02', sex: 'MALE', nationalId: taken, relation: 'SIBLING' } },
      );
      expect(cr(add)).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE_NATIONAL_ID' });
      const ok = await hub.gql<any>(
        'mutation ($i: AddHouseholdMemberInput!) { addHouseholdMember(input: $i) { member { id fullName relation } } }',
        { i: { householdId: a, fullName: 'Phạm Văn Dũng', relation: 'SIBLING' } },
      );
      const memberId = ok.data.addHouseholdMember.member.id;
      const upd = await hub.gql<any>('mutation ($i: UpdateHouseholdMemberInput!) { updateHouseholdMember(input: $i) { member { id } } }', { i: { id: memberId, nationalId: taken } });
      expect(cr(upd)).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE_NATIONAL_ID' });

      const h = await hub.gql<any>('query ($id: ID!) { household(id: $id) { members { id relation } } }', { id: a });
      const head = h.data.household.members.find((m: any) => m.relation === 'HEAD').id;
      const rm = await hub.gql<any>('mutation ($i: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $i) { member { active } } }', { i: { id: head } });
      expect(cr(rm)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(paths(rm)).toEqual(['input.id']);

      // Hand the headship over, then remove the former head.
      const noFormer = await hub.gql<any>('mutation ($i: UpdateHouseholdMemberInput!) { updateHouseholdMember(input: $i) { member { relation } } }', { i: { id: memberId, relation: 'HEAD' } });
      expect(paths(noFormer)).toEqual(['input.formerHeadRelation']);
      const over = await hub.gql<any>(
        'mutation ($i: UpdateHouseholdMemberInput!) { updateHouseholdMember(input: $i) { member { relation } household { headName members { relation } } } }',
        { i: { id: memberId, relation: 'HEAD', formerHeadRelation: 'SIBLING' } },
      );
      expect(over.errors).toBeUndefined();
      expect(over.data.updateHouseholdMember.household.headName).toBe('Phạm Văn Dũng');
      const gone = await hub.gql<any>('mutation ($i: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $i) { member { active } household { members { relation } } } }', { i: { id: head } });
      expect(gone.data.removeHouseholdMember.member.active).toBe(false);
      expect(gone.data.removeHouseholdMember.household.members.map((m: any) => m.relation).sort()).toEqual(['CHILD', 'HEAD', 'SPOUSE']);
      const search = await hub.gql<any>('query ($a: ID!) { households(first: 50, filter: { areaId: $a, search: "pham van dung" }) { edges { node { id } } } }', { a: await areaGid(hub, AREAS.qnRural) });
      expect(search.data.households.edges.map((e: any) => e.node.id)).toEqual([a]);
    });
  });

  it('sets a visible sponsor organization; an invisible one is unknown', async () => {
    const id = await register(hub, AREAS.qnRural, 'quangnam.officer');
    const orgs = await hub.gql<any>('{ organizations(first: 20, filter: { search: "cuu chien binh quang nam", validOn: "2024-01-01" }) { edges { node { id name } } } }', {}, { as: 'quangnam.officer' });
    const ccb = orgs.data.organizations.edges.find((e: any) => e.node.name === 'Hội Cựu chiến binh tỉnh Quảng Nam').node.id;
    const listQ = 'query ($o: ID!) { households(first: 100, filter: { sponsorOrganizationId: $o }) { edges { node { id } } } }';
    // The demo households the association already sponsors; the new one must join them, nothing else.
    const before = (await hub.gql<any>(listQ, { o: ccb }, { as: 'quangnam.officer' })).data.households.edges.map((e: any) => e.node.id);
    expect(before).not.toContain(id);
    const set = await hub.gql<any>(
      'mutation ($i: SetHouseholdSponsorInput!) { setHouseholdSponsor(input: $i) { household { sponsor { name } } } }',
      { i: { householdId: id, organizationId: ccb } },
      { as: 'quangnam.officer' },
    );
    expect(set.data.setHouseholdSponsor.household.sponsor.name).toBe('Hội Cựu chiến binh tỉnh Quảng Nam');
    const list = await hub.gql<any>(listQ, { o: ccb }, { as: 'quangnam.officer' });
    expect(list.data.households.edges.map((e: any) => e.node.id)).toEqual([...before, id]);
    const tvOrg = await hub.gql<any>('{ organizations(first: 1, filter: { search: "mat tran tra vinh", validOn: "2024-01-01" }) { edges { node { id } } } }');
    const hidden = await hub.gql<any>(
      'mutation ($i: SetHouseholdSponsorInput!) { setHouseholdSponsor(input: $i) { household { id } } }',
      { i: { householdId: id, organizationId: tvOrg.data.organizations.edges[0].node.id } },
      { as: 'quangnam.officer' },
    );
    expect(cr(hidden)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' });
    expect(paths(hidden)).toEqual(['input.organizationId']);
  });
});
