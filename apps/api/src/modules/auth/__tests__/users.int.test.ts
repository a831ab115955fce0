/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/** Users and role assignments: who may manage whom, validation, atomicity, immediate effect (docs/auth.md). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayLocal } from '@lnob/domain';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { missingId, paths } from '../../../testing/assertions';
import { toGlobalId } from '../../../common/relay/global-id';
import { counts, cr, freshToken, GOOD_PASSWORD, makeUser, orgGid, orgRow, userGid } from './identity-helpers';

const CREATE = 'mutation ($i: CreateUserInput!) { createUser(input: $i) { user { id username displayName email phone active organization { name } } } }';
const UPDATE = 'mutation ($i: UpdateUserInput!) { updateUser(input: $i) { user { id displayName email phone active organization { name } } } }';
const ASSIGN = `mutation ($i: AssignRoleInput!) {
  assignRole(input: $i) { assignment { id role validFrom validTo active organization { name } viewOrganization { name } } }
}`;
const END = 'mutation ($i: EndRoleAssignmentInput!) { endRoleAssignment(input: $i) { assignment { id validTo active } } }';
const USERS = 'query ($s: String) { users(first: 100, filter: { search: $s }) { totalCount edges { node { username } } } }';

const newUser = (username: string, organizationId: string | null, extra: Record<string, unknown> = {}) => ({
  username,
  displayName: 'Phạm Thị Thu',
  email: `${username.toLowerCase()}@example.vn`,
  phone: '0912 345 678',
  password: GOOD_PASSWORD,
  organizationId,
  ...extra,
});

describe.each(engines())('users and role assignments on %s', (engine) => {
  let hub: TestHub;
  let today: string;
  let org: Record<string, string>;

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    today = todayLocal();
    org = {};
    for (const k of ['vff-tra-vinh', 'vff-quang-nam', 'yu-central', 'yu-central-ban-dkthtn', 'yu-quang-nam']) org[k] = await orgGid(hub, k);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('an administrator creates, updates, assigns and ends an assignment anywhere', async () => {
    const c = await hub.gql<any>(CREATE, { i: newUser('Thu.PT', org['vff-tra-vinh']) });
    expect(c.errors).toBeUndefined();
    const user = c.data.createUser.user;
    expect(user).toMatchObject({ username: 'thu.pt', displayName: 'Phạm Thị Thu', email: 'thu.pt@example.vn', active: true });
    expect(user.organization.name).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh');

    const u = await hub.gql<any>(UPDATE, { i: { id: user.id, displayName: 'Phạm Thị Thu (Trà Cú)', email: '', phone: '+84 912 000 111', organizationId: org['vff-quang-nam'] } });
    expect(u.errors).toBeUndefined();
    expect(u.data.updateUser.user).toMatchObject({ displayName: 'Phạm Thị Thu (Trà Cú)', email: null, phone: '+84 912 000 111', organization: { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam' } });

    const a = await hub.gql<any>(ASSIGN, { i: { userId: user.id, role: 'OFFICER', organizationId: org['vff-quang-nam'], validFrom: '2024-01-01' } });
    expect(a.errors).toBeUndefined();
    expect(a.data.assignRole.assignment).toMatchObject({ role: 'OFFICER', validFrom: '2024-01-01', validTo: null, active: true, viewOrganization: null });
    const e = await hub.gql<any>(END, { i: { id: a.data.assignRole.assignment.id, validTo: addDays(today, -1) } });
    expect(e.errors).toBeUndefined();
    expect(e.data.endRoleAssignment.assignment).toMatchObject({ validTo: addDays(today, -1), active: false });
    const again = await hub.gql<any>(END, { i: { id: a.data.assignRole.assignment.id } });
    expect(cr(again)).toEqual({ code: 'CONFLICT', reason: 'ALREADY_CLOSED' });

    const history = await hub.gql<any>('query ($id: ID!) { user(id: $id) { now: assignments { id } all: assignments(includeEnded: true) { id active } } }', { id: user.id });
    expect(history.data.user).toEqual({ now: [], all: [{ id: a.data.assignRole.assignment.id, active: false }] });

    const self = await hub.gql<any>(UPDATE, { i: { id: await userGid(hub, 'admin'), active: false } });
    expect(cr(self)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(paths(self)).toEqual(['input.active']);
  });

  describe('an ORG_ADMIN (youth.central) within the Youth Union subtree', () => {
    const as = { as: 'youth.central' };

    it('creates, updates, assigns and ends assignments there', async () => {
      const c = await hub.gql<any>(CREATE, { i: newUser('doan.vien', org['yu-central-ban-dkthtn']) }, as);
      expect(c.errors).toBeUndefined();
      const id = c.data.createUser.user.id;
      const u = await hub.gql<any>(UPDATE, { i: { id, displayName: 'Đoàn viên mới', organizationId: org['yu-quang-nam'] } }, as);
      expect(u.data.updateUser.user).toMatchObject({ displayName: 'Đoàn viên mới', organization: { name: 'Tỉnh đoàn Quảng Nam' } });
      const a = await hub.gql<any>(ASSIGN, { i: { userId: id, role: 'ORG_ADMIN', organizationId: org['yu-quang-nam'], viewOrganizationId: org['yu-central'] } }, as);
      expect(a.errors).toBeUndefined();
      expect(a.data.assignRole.assignment).toMatchObject({
        role: 'ORG_ADMIN',
        validFrom: today,
        active: true,
        organization: { name: 'Tỉnh đoàn Quảng Nam' },
        viewOrganization: { name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
      });
      const e = await hub.gql<any>(END, { i: { id: a.data.assignRole.assignment.id } }, as);
      expect(e.data.endRoleAssignment.assignment).toEqual({ id: a.data.assignRole.assignment.id, validTo: today, active: true });

      const list = await hub.gql<any>(USERS, {}, as);
      const names = list.data.users.edges.map((x: any) => x.node.username);
      expect(names).toEqual(expect.arrayContaining(['doan.vien', 'youth.central']));
      expect(names).not.toContain('quangnam.officer');
      expect(names).not.toContain('admin');
    });

    it('cannot touch users or organizations outside it: FORBIDDEN OUT_OF_SCOPE when visible, NOT_FOUND when not', async () => {
      const mine = await makeUser(hub, 'doan.vien.hai', 'yu-quang-nam');
      const before = await counts(hub);
      const inVff = await hub.gql<any>(CREATE, { i: newUser('mttq.moi', org['vff-quang-nam']) }, as);
      expect(inVff.data).toBeNull();
      expect(cr(inVff)).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      const nowhere = await hub.gql<any>(CREATE, { i: newUser('khong.to.chuc', null) }, as);
      expect(cr(nowhere)).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });

      const officer = await userGid(hub, 'quangnam.officer');
      expect(cr(await hub.gql<any>(UPDATE, { i: { id: officer, displayName: 'X' } }, as))).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
      expect(cr(await hub.gql<any>('query ($id: ID!) { user(id: $id) { id } }', { id: officer }, as))).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });

      const moveOut = await hub.gql<any>(UPDATE, { i: { id: mine.gid, organizationId: org['vff-quang-nam'] } }, as);
      expect(cr(moveOut)).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      const roleThere = await hub.gql<any>(ASSIGN, { i: { userId: mine.gid, role: 'OFFICER', organizationId: org['vff-quang-nam'] } }, as);
      expect(cr(roleThere)).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      const sysadmin = await hub.gql<any>(ASSIGN, { i: { userId: mine.gid, role: 'SYSTEM_ADMIN' } }, as);
      expect(cr(sysadmin)).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      const sysadminHere = await hub.gql<any>(ASSIGN, { i: { userId: mine.gid, role: 'SYSTEM_ADMIN', organizationId: org['yu-quang-nam'] } }, as);
      expect(cr(sysadminHere)).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      expect(await counts(hub)).toEqual(before);
    });

    it('cannot end an assignment held outside it, even on one of its users', async () => {
      const u = await makeUser(hub, 'hai.vai', 'yu-quang-nam');
      const vffOrg = (await orgRow(hub, 'vff-quang-nam')).id;
      const vff = await hub.services.users.assignRole({ userId: u.id, role: 'VIEWER', organizationId: vffOrg, viewOrganizationId: null, validFrom: '2024-01-01', validTo: null });
      const r = await hub.gql<any>(END, { i: { id: toGlobalId('RoleAssignment', vff.id) } }, as);
      expect(cr(r)).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    });

    it('cannot take over or disable an account whose roles reach beyond its subtree (a SYSTEM_ADMIN, a VFF officer)', async () => {
      const RESET = 'mutation ($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { user { id } } }';
      const sysadmin = await makeUser(hub, 'yu.sysadmin', 'yu-quang-nam', { role: 'SYSTEM_ADMIN' });
      const vffOfficer = await makeUser(hub, 'yu.vff.officer', 'yu-quang-nam');
      await hub.services.users.assignRole({ userId: vffOfficer.id, role: 'OFFICER', organizationId: (await orgRow(hub, 'vff-quang-nam')).id, viewOrganizationId: null, validFrom: '2024-01-01', validTo: null });
      const before = await counts(hub);
      for (const u of [sysadmin, vffOfficer]) {
        expect(cr(await hub.gql<any>(RESET, { i: { id: u.gid, newPassword: 'Chiem-quyen-2026' } }, as))).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
        expect(cr(await hub.gql<any>(UPDATE, { i: { id: u.gid, active: false } }, as))).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      }
      expect(await counts(hub)).toEqual(before);
      expect((await hub.gql<any>(RESET, { i: { id: sysadmin.gid, newPassword: 'Chiem-quyen-2026' } })).errors).toBeUndefined(); // a SYSTEM_ADMIN may
    });
  });

  it('users(filter) by organization subtree, role held today, active flag and accent-insensitive search', async () => {
    const q = async (filter: Record<string, unknown>, as = 'admin') => {
      const r = await hub.gql<any>('query ($f: UserFilter) { users(first: 100, filter: $f) { totalCount edges { node { username } } } }', { f: filter }, { as });
      expect(r.errors).toBeUndefined();
      expect(r.data.users.totalCount).toBe(r.data.users.edges.length);
      return r.data.users.edges.map((e: any) => e.node.username).sort();
    };
    await makeUser(hub, 'nghi.viec', 'ccb-quang-nam');
    await hub.gql<any>(UPDATE, { i: { id: await userGid(hub, 'nghi.viec'), active: false } });
    expect(await q({ role: 'ORG_ADMIN' })).toEqual(expect.arrayContaining(['youth.central']));
    expect(await q({ role: 'SYSTEM_ADMIN', organizationId: org['vff-tra-vinh'] })).toEqual([]);
    expect(await q({ role: 'SYSTEM_ADMIN', organizationId: await orgGid(hub, 'vff-central') })).toEqual(['admin']);
    expect(await q({ active: false })).toEqual(['nghi.viec']);
    expect(await q({ organizationId: await orgGid(hub, 'ccb-central') })).toEqual(['nghi.viec', 'veterans.quangnam', 'veterans.reviewer']);
    expect(await q({ search: 'Dang Thi Hoa' })).toEqual(['labour.ninhthuan']);
    const outside = await hub.gql<any>('query ($f: UserFilter) { users(filter: $f) { totalCount } }', { f: { organizationId: org['vff-quang-nam'] } }, { as: 'youth.central' });
    expect(cr(outside)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    expect(await q({ organizationId: org['yu-central'], search: 'le thu ha' }, 'youth.central')).toEqual(['youth.central']);
  });

  it('a taken username (in any case) is DUPLICATE_USERNAME on input.username', async () => {
    const before = await counts(hub);
    for (const username of ['travinh.viewer', 'TraVinh.Viewer']) {
      const r = await hub.gql<any>(CREATE, { i: newUser(username, org['vff-tra-vinh']) });
      expect(r.data).toBeNull();
      expect(cr(r)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_USERNAME' });
      expect(paths(r)).toEqual(['input.username']);
    }
    expect(await counts(hub)).toEqual(before);
  });

  it('reports every problem of an input at once and writes nothing', async () => {
    const before = await counts(hub);
    const r = await hub.gql<any>(CREATE, {
      i: { username: 'Không hợp lệ', displayName: '   ', email: 'not-an-email', phone: 'call me', password: 'short', organizationId: missingId('Organization') },
    });
    expect(cr(r)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(paths(r)).toEqual(['input.displayName', 'input.email', 'input.organizationId', 'input.password', 'input.phone', 'input.username']);

    const dupAndWeak = await hub.gql<any>(CREATE, { i: newUser('admin', org['vff-tra-vinh'], { password: 'admin-password' }) });
    expect(paths(dupAndWeak)).toEqual(['input.password', 'input.username']);

    const u = await userGid(hub, 'travinh.viewer');
    const a = await hub.gql<any>(ASSIGN, {
      i: { userId: u, role: 'OFFICER', organizationId: org['vff-tra-vinh'], viewOrganizationId: org['vff-quang-nam'], validFrom: '2026-01-01', validTo: '2025-01-01' },
    });
    expect(cr(a)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(paths(a)).toEqual(['input.validTo', 'input.viewOrganizationId']);
    const noOrg = await hub.gql<any>(ASSIGN, { i: { userId: u, role: 'OFFICER', organizationId: null } });
    expect(paths(noOrg)).toEqual(['input.organizationId']);
    expect(await counts(hub)).toEqual(before);
  });

  it('an assignment takes effect at once: a new OFFICER on Trà Vinh VFF reads Trà Vinh organizations, then no more', async () => {
    const ORG = 'query ($id: ID!) { organization(id: $id) { name } }';
    const c = await hub.gql<any>(CREATE, { i: newUser('tv.officer', org['vff-tra-vinh']) });
    const id = c.data.createUser.user.id;
    const first = await freshToken(hub, 'tv.officer', GOOD_PASSWORD);
    expect((await hub.gql<any>('{ me { permissions } }', {}, { token: first })).data.me.permissions).toEqual([]);
    expect(cr(await hub.gql<any>(ORG, { id: org['vff-tra-vinh'] }, { token: first }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });

    const a = await hub.gql<any>(ASSIGN, { i: { userId: id, role: 'OFFICER', organizationId: org['vff-tra-vinh'], validFrom: '2024-01-01' } });
    expect(a.errors).toBeUndefined();
    expect((await hub.gql<any>(ORG, { id: org['vff-tra-vinh'] }, { token: first })).data.organization.name).toContain('Trà Vinh');

    const fresh = await freshToken(hub, 'tv.officer', GOOD_PASSWORD);
    const me = await hub.gql<any>('{ me { permissions } }', {}, { token: fresh });
    expect(me.data.me.permissions).toEqual(['area.read', 'organization.read', 'household.read', 'personalData.read', 'data.capture']);
    const list = await hub.gql<any>('{ organizations(first: 100, filter: { search: "tra vinh", validOn: "2024-01-01" }) { edges { node { name } } } }', {}, { token: fresh });
    expect(list.errors).toBeUndefined();
    expect(list.data.organizations.edges.map((e: any) => e.node.name)).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh');
    expect(cr(await hub.gql<any>(ORG, { id: org['vff-quang-nam'] }, { token: fresh }))).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });

    await hub.gql<any>(END, { i: { id: a.data.assignRole.assignment.id, validTo: addDays(today, -1) } });
    expect(cr(await hub.gql<any>(ORG, { id: org['vff-tra-vinh'] }, { token: fresh }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
  });
});
