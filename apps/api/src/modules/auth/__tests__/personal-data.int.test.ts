/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * The personal-data guard (`PersonalData` middleware) and the read audit (`PersonalReads`), on the
 * personal fields there are today: a user's email and phone (docs/auth.md "Personal data").
 *
 * Every role that can see another user (`user.read`: SYSTEM_ADMIN, ORG_ADMIN) also holds
 * `personalData.read` over the same subtree, and keys hold no `user.read`, so no role combination
 * reaches "visible but not granted" on a User. The one caller that does is the anonymous caller of
 * `login`, whose payload carries the user just signed in: that is where the denial path is tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayLocal } from '@lnob/domain';
import { demoData } from '@lnob/domain/fixtures';
import { toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { PersonalDataReadEntity } from '../../audit/audit.entity';
import { cr, makeUser, orgGid, readRowsOf, rid, userRow } from './identity-helpers';

const USER = 'query ($id: ID!) { user(id: $id) { username email phone } }';
const fx = (username: string) => demoData.users.find((u) => u.username === username)!;

describe.each(engines())('personal data on %s', (engine) => {
  let hub: TestHub;
  let officer: { id: number; gid: string };
  let member: Awaited<ReturnType<typeof makeUser>>;

  const read = (query: string, vars: Record<string, unknown>, as: string | null, requestId = rid()) =>
    hub.gql<any>(query, vars, { as, headers: { 'x-request-id': requestId } }).then((r) => ({ r, requestId }));

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    const o = await userRow(hub, 'quangnam.officer');
    officer = { id: o.id, gid: toGlobalId('User', o.id) };
    member = await makeUser(hub, 'doan.vien.tv', 'yu-tra-vinh', { email: 'dv.tv@example.vn', phone: '0900 222 084' });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('an administrator reads them; one read-audit row names the fields, the reader and the request id', async () => {
    const { r, requestId } = await read(USER, { id: officer.gid }, 'admin');
    expect(r.errors).toBeUndefined();
    expect(r.data.user).toEqual({ username: 'quangnam.officer', email: fx('quangnam.officer').email, phone: fx('quangnam.officer').phone });
    const admin = await userRow(hub, 'admin');
    const rows = await readRowsOf(hub, requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityType: 'User', entityRowId: officer.id, fields: ['email', 'phone'], userId: admin.id, apiKeyId: null, actorName: 'admin', requestId });

    const api = await hub.gql<any>(
      'query ($id: ID!) { personalDataReads(first: 10, filter: { entityId: $id }) { edges { node { requestId entityType entityId fields actorName actor { username } } } } }',
      { id: officer.gid },
    );
    expect(api.data.personalDataReads.edges.map((e: any) => e.node)).toContainEqual({
      requestId, entityType: 'User', entityId: officer.gid, fields: ['email', 'phone'], actorName: 'admin', actor: { username: 'admin' },
    });
  });

  it('one row per object and request, however often and wherever the fields appear', async () => {
    const { r, requestId } = await read(
      `query ($id: ID!) {
        a: user(id: $id) { email }
        b: user(id: $id) { phone email }
        users(first: 100) { edges { node { id email } } }
      }`,
      { id: officer.gid },
      'admin',
    );
    expect(r.errors).toBeUndefined();
    const withEmail = r.data.users.edges.filter((e: any) => e.node.email !== null).length;
    const rows = await readRowsOf(hub, requestId);
    expect(rows).toHaveLength(withEmail);
    expect(rows.find((x) => x.entityRowId === officer.id)!.fields).toEqual(['email', 'phone']);
  });

  it('an ORG_ADMIN reads the users of its subtree (audited), and cannot reach others at all', async () => {
    const { r, requestId } = await read(USER, { id: member.gid }, 'youth.central');
    expect(r.data.user).toEqual({ username: member.username, email: 'dv.tv@example.vn', phone: '0900 222 084' });
    expect((await readRowsOf(hub, requestId)).map((x) => [x.entityRowId, x.actorName, x.fields])).toEqual([[member.id, 'youth.central', ['email', 'phone']]]);

    const out = await read(USER, { id: officer.gid }, 'youth.central');
    expect(cr(out.r)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    expect(await readRowsOf(hub, out.requestId)).toEqual([]);

    // Its read trail holds the reads of its subtree's objects, not those of VFF Quảng Nam's officer.
    const trail = async (id: string) =>
      (await hub.gql<any>('query ($id: ID!) { personalDataReads(filter: { entityId: $id }) { totalCount } }', { id }, { as: 'youth.central' })).data.personalDataReads.totalCount;
    expect(await trail(member.gid)).toBeGreaterThan(0);
    expect(await trail(officer.gid)).toBe(0);
  });

  it('a user always reads their own, even without personalData.read (a VIEWER), and that read is audited', async () => {
    const me = await read('{ me { permissions user { username email phone } } }', {}, 'travinh.viewer');
    expect(me.r.errors).toBeUndefined();
    expect(me.r.data.me.permissions).not.toContain('personalData.read');
    expect(me.r.data.me.user).toEqual({ username: 'travinh.viewer', email: fx('travinh.viewer').email, phone: fx('travinh.viewer').phone });
    const viewer = await userRow(hub, 'travinh.viewer');
    expect((await readRowsOf(hub, me.requestId)).map((x) => [x.entityRowId, x.userId, x.fields])).toEqual([[viewer.id, viewer.id, ['email', 'phone']]]);

    const byId = await read(USER, { id: toGlobalId('User', viewer.id) }, 'travinh.viewer');
    expect(byId.r.data.user.email).toBe(fx('travinh.viewer').email);
    expect(cr((await read(USER, { id: officer.gid }, 'travinh.viewer')).r)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
  });

  it('API keys cannot reach users, with or without personalData', async () => {
    const qn = await orgGid(hub, 'vff-quang-nam');
    for (const personalData of [false, true]) {
      const k = await hub.gql<any>('mutation ($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', {
        i: { name: 'Cổng tỉnh', organizationId: qn, scopes: ['ORGANIZATIONS'], personalData, expiresOn: addDays(todayLocal(), 30) },
      });
      const token = k.data.createApiKey.secret;
      for (const q of [USER, 'query { users { edges { node { email } } } }']) {
        expect(cr(await hub.gql<any>(q, { id: officer.gid }, { token }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      }
      expect((await hub.gql<any>('query ($id: ID!) { node(id: $id) { id } }', { id: officer.gid }, { token })).data.node).toBeNull();
    }
  });

  it('denied: the field is null with FORBIDDEN / PERSONAL_DATA_GRANT_REQUIRED at exactly its path, the rest intact, nothing audited', async () => {
    const requestId = rid();
    // login's caller is anonymous: it holds no personal-data grant and is not yet the user it signs in.
    const q = await hub.gql<any>(
      'mutation { login(input: { username: "labour.ninhthuan", password: "lnob-demo" }) { token viewer { permissions user { username displayName email phone } } } }',
      {},
      { as: null, headers: { 'x-request-id': requestId } },
    );
    const { token, viewer } = q.data.login;
    expect(token).toBeTruthy();
    expect(viewer.permissions).toContain('personalData.read');
    expect(viewer.user).toEqual({ username: 'labour.ninhthuan', displayName: fx('labour.ninhthuan').displayName, email: null, phone: null });
    expect(q.errors!.map((e) => [e.path, e.extensions.code, e.extensions.reason])).toEqual([
      [['login', 'viewer', 'user', 'email'], 'FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED'],
      [['login', 'viewer', 'user', 'phone'], 'FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED'],
    ]);
    expect(await readRowsOf(hub, requestId)).toEqual([]);
    // With the token, the same person reads their own.
    expect((await hub.gql<any>('{ me { user { email } } }', {}, { token })).data.me.user.email).toBe(fx('labour.ninhthuan').email);
  });

  it('an empty personal field is null without an error and without a read-audit row', async () => {
    const blank = await makeUser(hub, 'khong.lien.lac', 'vff-tra-vinh', { email: null, phone: null });
    const before = await hub.dataSource.getRepository(PersonalDataReadEntity).count();
    const { r, requestId } = await read(USER, { id: blank.gid }, 'admin');
    expect(r.errors).toBeUndefined();
    expect(r.data.user).toEqual({ username: 'khong.lien.lac', email: null, phone: null });
    expect(await readRowsOf(hub, requestId)).toEqual([]);
    expect(await hub.dataSource.getRepository(PersonalDataReadEntity).count()).toBe(before);
  });
});
