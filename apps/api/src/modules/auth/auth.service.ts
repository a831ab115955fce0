import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  afterFailedLogin,
  badInput,
  forbidden,
  isLocked,
  normaliseUsername,
  passwordProblem,
  sessionExpiry,
  unauthenticated,
} from '@lnob/domain';
import { organizationPathOf } from '../../common/visibility';
import { withWriteLock } from '../../db/write-lock';
import { recordAudit } from '../audit/audit.writer';
import type { Authenticator } from './authenticator';
import { Caller } from './caller';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { SessionEntity, UserEntity } from './user.entity';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserEntity;
  /** The new session's caller: what the user may do. */
  caller: Caller;
}

/** Sign-in, sign-out and one's own password. Lockout and token rules live in libs/domain. */
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
    private readonly auth: Authenticator,
  ) {}

  async login(rawUsername: string, password: string): Promise<SignedIn> {
    this.refuseApiKey();
    const username = normaliseUsername(rawUsername);
    const found = await this.ds.getRepository(UserEntity).findOneBy({ username });
    if (!found) {
      await verifyPassword(password, await decoyHash()); // same time as a wrong password
      throw unauthenticated('Wrong username or password.', 'INVALID_CREDENTIALS');
    }
    const ok = await verifyPassword(password, found.passwordHash);
    const actor = new Caller({ kind: 'user', requestId: this.caller.requestId, userId: found.id, actorName: found.username });
    const outcome = await withWriteLock(this.ds, `login:${found.id}`, async (m) => {
      const user = await m.getRepository(UserEntity).findOneByOrFail({ id: found.id });
      const now = new Date();
      if (isLocked(user, now)) return 'ACCOUNT_LOCKED' as const;
      if (!ok) {
        const next = afterFailedLogin(user, now);
        await m.getRepository(UserEntity).update({ id: user.id }, next);
        await this.auditLogin(m, actor, user, 'loginFailed', { failedLogins: next.failedLogins, lockedUntil: next.lockedUntil });
        return next.lockedUntil ? ('ACCOUNT_LOCKED' as const) : ('INVALID_CREDENTIALS' as const);
      }
      if (!user.active) return 'ACCOUNT_DISABLED' as const;
      await m.getRepository(UserEntity).update({ id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
      const session = await this.openSession(m, user.id, now);
      await this.auditLogin(m, actor, user, 'login', { sessionExpiresAt: session.expiresAt });
      return { ...session, user: { ...user, failedLogins: 0, lockedUntil: null, lastLoginAt: now } };
    });
    if (outcome === 'ACCOUNT_LOCKED') throw unauthenticated('Too many failed sign-ins: the account is locked for 15 minutes.', 'ACCOUNT_LOCKED');
    if (outcome === 'INVALID_CREDENTIALS') throw unauthenticated('Wrong username or password.', 'INVALID_CREDENTIALS');
    if (outcome === 'ACCOUNT_DISABLED') throw unauthenticated('This account is deactivated.', 'ACCOUNT_DISABLED');
    const caller = await this.auth.userCaller(found.id, found.username, this.caller.requestId, outcome.sessionId, outcome.expiresAt);
    return { ...outcome, caller };
  }

  /** Ends the caller's session. Anonymous callers and API keys have none. */
  async logout(): Promise<boolean> {
    this.refuseApiKey();
    if (this.caller.kind !== 'user' || !this.caller.sessionId) throw unauthenticated('Only a signed-in user can sign out.');
    const sessionId = this.caller.sessionId;
    return this.ds.transaction(async (m) => {
      const res = await m.getRepository(SessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (res.affected) {
        const user = await m.getRepository(UserEntity).findOneByOrFail({ id: this.caller.userId! });
        await recordAudit(m, this.caller, {
          entityType: 'User',
          entityRowId: user.id,
          action: 'logout',
          before: { session: 'open' },
          after: { session: 'revoked' },
          orgPath: await organizationPathOf(m, user.organizationId),
        });
      }
      return (res.affected ?? 0) > 0;
    });
  }

  /** Changes the caller's password: every other session ends, a new token is returned. */
  async changePassword(current: string, next: string): Promise<SignedIn> {
    this.refuseApiKey();
    if (this.caller.kind !== 'user' || this.caller.userId === null) throw unauthenticated('Sign in to change your password.');
    const userId = this.caller.userId;
    const user = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: userId });
    if (!(await verifyPassword(current, user.passwordHash))) {
      throw badInput('INVALID_CREDENTIALS', 'The current password is wrong.', [{ path: 'input.currentPassword', message: 'wrong password' }]);
    }
    const weak = passwordProblem(next, user.username);
    if (weak) throw badInput('WEAK_PASSWORD', `The new password is too weak: ${weak}.`, [{ path: 'input.newPassword', message: weak }]);
    const passwordHash = await hashPassword(next);
    return this.ds.transaction(async (m) => {
      const now = new Date();
      await m.getRepository(UserEntity).update({ id: userId }, { passwordHash, updatedAt: now });
      await revokeSessions(m, userId, now);
      const session = await this.openSession(m, userId, now);
      await recordAudit(m, this.caller, {
        entityType: 'User',
        entityRowId: userId,
        action: 'changePassword',
        before: { passwordHash: user.passwordHash },
        after: { passwordHash },
        orgPath: await organizationPathOf(m, user.organizationId),
      });
      return { ...session, user: { ...user, passwordHash } };
    }).then(async (signed) => ({
      ...signed,
      caller: await this.auth.userCaller(userId, user.username, this.caller.requestId, signed.sessionId, signed.expiresAt),
    }));
  }

  /** API keys are read-only (docs/auth.md): they do not sign in or out, nor change passwords. */
  private refuseApiKey(): void {
    if (this.caller.kind === 'apiKey') throw forbidden('PERMISSION_DENIED', 'API keys are read-only: sign-in, sign-out and passwords are for users.');
  }

  private async openSession(m: EntityManager, userId: number, now: Date) {
    const id = randomUUID();
    const expiresAt = sessionExpiry(now);
    await m.getRepository(SessionEntity).insert({ id, userId, createdAt: now, expiresAt, revokedAt: null });
    return { token: await this.auth.signer.sign({ sessionId: id, userId }, expiresAt), expiresAt, sessionId: id };
  }

  private async auditLogin(m: EntityManager, actor: Caller, user: UserEntity, action: string, after: Record<string, unknown>) {
    await recordAudit(m, actor, { entityType: 'User', entityRowId: user.id, action, before: null, after, orgPath: await organizationPathOf(m, user.organizationId) });
  }
}

/** Ends every open session of a user (password change or reset, deactivation). */
export async function revokeSessions(m: EntityManager, userId: number, now = new Date()): Promise<void> {
  await m
    .createQueryBuilder()
    .update(SessionEntity)
    .set({ revokedAt: now })
    .where('userId = :userId AND revokedAt IS NULL', { userId })
    .execute();
}
