/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/** Sign-in, lockout, sessions and their tokens, one's own password (docs/auth.md "Callers"). */
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '@lnob/domain';
import { engines, startTestHub, TEST_AUTH_SECRET, TEST_PASSWORD, type TestHub } from '../../../testing/harness';
import { paths } from '../../../testing/assertions';
import { SessionEntity, UserEntity } from '../user.entity';
import { cr, freshToken, GOOD_PASSWORD, login, makeUser } from './identity-helpers';

const ME = '{ me { user { username } permissions expiresAt } }';
const NEW_PASSWORD = 'Doi-mat-khau-2027?';

/** A JWT shaped like the hub's, signed with `secret`. */
function sign(claims: { sessionId: string; userId: number; exp: number; iat?: number }, secret = TEST_AUTH_SECRET) {
  return new SignJWT({ uid: claims.userId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setJti(claims.sessionId)
    .setSubject(String(claims.userId))
    .setIssuer('lnob-hub')
    .setAudience('lnob-hub')
    .setIssuedAt(claims.iat ?? claims.exp - 3600)
    .setExpirationTime(claims.exp)
    .sign(new TextEncoder().encode(secret));
}

describe.each(engines())('login and sessions on %s', (engine) => {
  let hub: TestHub;
  /** `me` with a raw token: HTTP status, code and reason. */
  const meWith = async (token: string) => {
    const r = await hub.gql<any>(ME, {}, { token });
    return { status: r.status, ...cr(r), me: r.data?.me ?? null };
  };
  const rejected = (reason: string) => ({ status: 401, code: 'UNAUTHENTICATED', reason, me: null });

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('login returns a token, when it expires and the viewer with its permissions', async () => {
    const before = Date.now();
    const r = await login(hub, '  QuangNam.Officer ');
    expect(r.errors).toBeUndefined();
    const { token, expiresAt, viewer } = r.data.login;
    expect(token.split('.')).toHaveLength(3);
    const ms = new Date(expiresAt).getTime() - before;
    expect(ms).toBeGreaterThan(12 * 3600_000 - 60_000);
    expect(ms).toBeLessThanOrEqual(12 * 3600_000 + 60_000);
    expect(viewer).toMatchObject({ expiresAt, user: { username: 'quangnam.officer' } });
    expect(viewer.permissions).toEqual(['area.read', 'organization.read', 'household.read', 'personalData.read', 'data.capture']);
    expect(await meWith(token)).toMatchObject({ status: 200, me: { user: { username: 'quangnam.officer' }, expiresAt } });

    const admin = await login(hub, 'admin');
    expect(admin.data.login.viewer.permissions).toEqual([...ACTIONS]);
    const user = await hub.dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'quangnam.officer' });
    expect(user.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('a wrong password and an unknown user get the same answer: INVALID_CREDENTIALS', async () => {
    for (const [u, p] of [['travinh.viewer', 'not-the-password'], ['no.such.person', TEST_PASSWORD], ['', '']]) {
      const r = await login(hub, u, p);
      expect(r.data).toBeNull();
      expect(cr(r)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    }
    // About the same time: an unknown user still costs a password hash (fastest of three, so load spikes do not matter).
    const fastest = async (u: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await login(hub, u, 'not-the-password');
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    expect(await fastest('no.such.person')).toBeGreaterThan(0.4 * (await fastest('labour.ninhthuan')));
  });

  it('the fifth failure in a row locks the account for 15 minutes, even against the right password', async () => {
    const u = await makeUser(hub, 'lock.first', 'vff-tra-vinh', { role: 'VIEWER' });
    for (let i = 1; i <= 4; i++) expect(cr(await login(hub, u.username, `wrong-${i}-password`)).reason).toBe('INVALID_CREDENTIALS');
    const before = Date.now();
    expect(cr(await login(hub, u.username, 'wrong-5-password'))).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });
    expect(cr(await login(hub, u.username, u.password))).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' });

    const seen = await hub.gql<any>('query ($id: ID!) { user(id: $id) { lockedUntil } }', { id: u.gid });
    const lockedFor = new Date(seen.data.user.lockedUntil).getTime() - before;
    expect(lockedFor).toBeGreaterThan(14 * 60_000);
    expect(lockedFor).toBeLessThanOrEqual(15 * 60_000 + 5_000);

    // Fifteen minutes later (the lock moved into the past): the right password works and the count restarts.
    await hub.dataSource.getRepository(UserEntity).update({ id: u.id }, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await login(hub, u.username, u.password)).data.login.token).toBeTruthy();
    expect(await hub.dataSource.getRepository(UserEntity).findOneByOrFail({ id: u.id })).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect(cr(await login(hub, u.username, 'wrong-again-password')).reason).toBe('INVALID_CREDENTIALS');
  });

  it('resetUserPassword by an administrator unlocks the account and ends its sessions', async () => {
    const u = await makeUser(hub, 'lock.second', 'vff-tra-vinh', { role: 'VIEWER' });
    const old = await freshToken(hub, u.username, u.password);
    for (let i = 1; i <= 5; i++) await login(hub, u.username, `wrong-${i}-password`);
    expect(cr(await login(hub, u.username, u.password)).reason).toBe('ACCOUNT_LOCKED');

    const r = await hub.gql<any>('mutation ($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { user { username lockedUntil } } }', {
      i: { id: u.gid, newPassword: NEW_PASSWORD },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.resetUserPassword.user).toEqual({ username: u.username, lockedUntil: null });
    expect(await meWith(old)).toEqual(rejected('TOKEN_REVOKED'));
    expect(cr(await login(hub, u.username, u.password)).reason).toBe('INVALID_CREDENTIALS');
    expect((await login(hub, u.username, NEW_PASSWORD)).data.login.viewer.user.username).toBe(u.username);

    const weak = await hub.gql<any>('mutation ($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { user { id } } }', { i: { id: u.gid, newPassword: 'aaaaaaaaaa' } });
    expect(cr(weak)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
    expect(paths(weak)).toEqual(['input.newPassword']);
  });

  it('a deactivated account cannot sign in (ACCOUNT_DISABLED) and its tokens are revoked', async () => {
    const u = await makeUser(hub, 'gone.soon', 'vff-tra-vinh', { role: 'VIEWER' });
    const token = await freshToken(hub, u.username, u.password);
    expect((await meWith(token)).me.user.username).toBe(u.username);
    const setActive = (active: boolean) =>
      hub.gql<any>('mutation ($i: UpdateUserInput!) { updateUser(input: $i) { user { active } } }', { i: { id: u.gid, active } });

    expect((await setActive(false)).data.updateUser.user.active).toBe(false);
    expect(await meWith(token)).toEqual(rejected('TOKEN_REVOKED'));
    expect(cr(await login(hub, u.username, u.password))).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' });
    expect(cr(await login(hub, u.username, 'wrong-password-1')).reason).toBe('INVALID_CREDENTIALS');

    expect((await setActive(true)).data.updateUser.user.active).toBe(true);
    expect(await meWith(token)).toEqual(rejected('TOKEN_REVOKED')); // reactivation does not revive old sessions
    expect(await meWith(await freshToken(hub, u.username, u.password))).toMatchObject({ status: 200, me: { user: { username: u.username } } });
  });

  it('logout ends the session: its token then gets HTTP 401 TOKEN_REVOKED, other sessions go on', async () => {
    const token = await freshToken(hub, 'admin');
    const r = await hub.gql<any>('mutation { logout { revoked } }', {}, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.logout.revoked).toBe(true);
    expect(await meWith(token)).toEqual(rejected('TOKEN_REVOKED'));
    const again = await hub.gql<any>('mutation { logout { revoked } }', {}, { token });
    expect({ status: again.status, ...cr(again) }).toEqual({ status: 401, code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    expect((await hub.gql<any>(ME)).data.me.user.username).toBe('admin'); // the cached admin session

    const anonymous = await hub.gql<any>('mutation { logout { revoked } }', {}, { as: null });
    expect(cr(anonymous)).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
  });

  it('an expired token is TOKEN_EXPIRED, by its exp claim or by its session row', async () => {
    const admin = await hub.dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'admin' });
    const token = await freshToken(hub, 'admin');
    const { jti } = decodeJwt(token);
    const past = Math.floor(Date.now() / 1000) - 60;
    expect(await meWith(await sign({ sessionId: jti!, userId: admin.id, exp: past }))).toEqual(rejected('TOKEN_EXPIRED'));

    await hub.dataSource.getRepository(SessionEntity).update({ id: jti! }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await meWith(token)).toEqual(rejected('TOKEN_EXPIRED'));
  });

  it('a tampered, foreign, unknown or malformed token is TOKEN_INVALID', async () => {
    const admin = await hub.dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'admin' });
    const officer = await hub.dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'quangnam.officer' });
    const token = await freshToken(hub, 'quangnam.officer');
    const [head, body, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: String(admin.id), uid: admin.id })).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const cases = [
      `${head}.${forged}.${sig}`, // payload changed, signature kept
      `${head}.${body}.${sig.slice(0, -4)}${sig.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`, // signature changed
      await sign({ sessionId: claims.jti, userId: officer.id, exp }, 'another-secret-0123456789abcdef-0123456789'),
      await sign({ sessionId: claims.jti, userId: admin.id, exp }), // well signed, but not that session's user
      await sign({ sessionId: '00000000-0000-4000-8000-000000000000', userId: officer.id, exp }), // no such session
      'not-a-jwt',
    ];
    for (const t of cases) expect(await meWith(t)).toEqual(rejected('TOKEN_INVALID'));
    const basic = await hub.gql<any>(ME, {}, { as: null, headers: { authorization: 'Basic YWRtaW46bG5vYi1kZW1v' } });
    expect({ status: basic.status, ...cr(basic) }).toEqual({ status: 401, code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    expect((await meWith(token)).me.user.username).toBe('quangnam.officer'); // the genuine token still works
  });

  describe('changePassword', () => {
    const CHANGE = 'mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { token expiresAt viewer { user { username } permissions } } }';

    it('refuses a wrong current password and a weak new one, changing nothing', async () => {
      const u = await makeUser(hub, 'pw.keeper', 'vff-tra-vinh', { role: 'VIEWER' });
      const token = await freshToken(hub, u.username, u.password);
      const wrong = await hub.gql<any>(CHANGE, { i: { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD } }, { token });
      expect(cr(wrong)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CREDENTIALS' });
      expect(paths(wrong)).toEqual(['input.currentPassword']);
      for (const weak of ['short', `x-${u.username}-x`, 'abababababab']) {
        const r = await hub.gql<any>(CHANGE, { i: { currentPassword: u.password, newPassword: weak } }, { token });
        expect(cr(r)).toEqual({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });
        expect(paths(r)).toEqual(['input.newPassword']);
      }
      expect((await meWith(token)).status).toBe(200);
      expect((await login(hub, u.username, u.password)).data.login.token).toBeTruthy();
    });

    it('returns a new token and revokes every older one', async () => {
      const u = await makeUser(hub, 'pw.changer', 'vff-tra-vinh', { role: 'VIEWER' });
      const token = await freshToken(hub, u.username, u.password);
      const other = await freshToken(hub, u.username, u.password);
      const r = await hub.gql<any>(CHANGE, { i: { currentPassword: u.password, newPassword: NEW_PASSWORD } }, { token });
      expect(r.errors).toBeUndefined();
      const next = r.data.changePassword;
      expect(next.token).not.toBe(token);
      expect(next.viewer).toEqual({ user: { username: u.username }, permissions: ['area.read', 'organization.read', 'household.read'] });
      expect(await meWith(token)).toEqual(rejected('TOKEN_REVOKED'));
      expect(await meWith(other)).toEqual(rejected('TOKEN_REVOKED'));
      expect(await meWith(next.token)).toMatchObject({ status: 200, me: { user: { username: u.username } } });
      expect(cr(await login(hub, u.username, u.password)).reason).toBe('INVALID_CREDENTIALS');
      expect((await login(hub, u.username, NEW_PASSWORD)).data.login.token).toBeTruthy();
      expect(cr(await hub.gql<any>(CHANGE, { i: { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD } }, { as: null }))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'AUTHENTICATION_REQUIRED',
      });
    });
  });

  it('me is null for anonymous callers and the viewer for a signed-in user', async () => {
    const anonymous = await hub.gql<any>(ME, {}, { as: null });
    expect(anonymous).toMatchObject({ status: 200, data: { me: null } });
    expect(anonymous.errors).toBeUndefined();
    const viewer = await hub.gql<any>(ME, {}, { as: 'travinh.viewer' });
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data.me).toMatchObject({ user: { username: 'travinh.viewer' }, permissions: ['area.read', 'organization.read', 'household.read'] });
    expect(new Date(viewer.data.me.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const users = await hub.gql<any>('{ users { totalCount } }', {}, { as: null });
    expect(cr(users)).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
  });
});
