import type { DataSource } from 'typeorm';
import { whereValidOn } from '../../common/hierarchy';
import {
  ACTIONS,
  apiKeyGrants,
  apiKeyState,
  forbidden,
  isApiKeySecret,
  isRole,
  takeToken,
  todayLocal,
  unauthenticated,
  type Action,
  type ApiKeyScope,
  type Bucket,
  type DomainError,
} from '@lnob/domain';
import { ApiKeyEntity } from './api-key.entity';
import { Caller } from './caller';
import { hashSecret } from './passwords';
import type { Scope } from './scope';
import { ScopeResolver, type AssignmentFact } from './scope-resolver';
import { TokenSigner } from './tokens';
import { RoleAssignmentEntity, SessionEntity, UserEntity } from './user.entity';

/** How long a resolved scope is reused before it is computed again (any write in this process resets it at once). */
const SCOPE_TTL_MS = 30_000;
/** Last-used time of an API key is written at most this often. */
const LAST_USED_EVERY_MS = 60_000;
/** Requests a minute one client address may make to the public data without signing in (publicFundReport, publicFunds, the report CSV). */
export const PUBLIC_REQUESTS_PER_MINUTE = 60;
/** Buckets of anonymous clients kept before idle ones (full again) are dropped. */
const PUBLIC_BUCKETS_MAX = 10_000;

/** A DomainError that carries an HTTP status (and headers) for the response. */
export class HttpDomainError extends Error {
  constructor(
    readonly error: DomainError,
    readonly status: number,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

let generation = 0;

/**
 * Call after any change that can alter scopes (users, assignments, organizations, successions):
 * the next request of every caller resolves its scope afresh.
 */
export function invalidateScopes(): void {
  generation++;
}

/**
 * Turns the `Authorization` header into a Caller: a session token (JWT + session row), an API key
 * (hash lookup, rate limit), or anonymous. One per hub; holds the per-process caches.
 */
export class Authenticator {
  readonly signer: TokenSigner;
  private readonly resolver: ScopeResolver;
  private readonly scopes = new Map<string, { grants: Map<Action, Scope>; at: number; generation: number }>();
  private readonly buckets = new Map<number, Bucket>();
  private readonly publicBuckets = new Map<string, Bucket>();
  private readonly lastUsedWritten = new Map<number, number>();

  constructor(
    private readonly ds: DataSource,
    secret: string,
  ) {
    this.signer = new TokenSigner(secret);
    this.resolver = new ScopeResolver(ds);
  }

  async authenticate(header: string | undefined, requestId: string): Promise<Caller> {
    if (!header) return Caller.anonymous(requestId);
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!m) throw new HttpDomainError(unauthenticated('Use "Authorization: Bearer <token or API key>".', 'TOKEN_INVALID'), 401);
    const token = m[1];
    try {
      return isApiKeySecret(token) ? await this.fromApiKey(token, requestId) : await this.fromSession(token, requestId);
    } catch (e) {
      if (e instanceof HttpDomainError) throw e;
      if ((e as DomainError).code === 'UNAUTHENTICATED') throw new HttpDomainError(e as DomainError, 401);
      throw e;
    }
  }

  private async fromSession(token: string, requestId: string): Promise<Caller> {
    const claims = await this.signer.verify(token);
    const row: { userId: number; revokedAt: unknown; expiresAt: unknown; active: unknown; username: string } | undefined = await this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoin(UserEntity, 'u', 'u.id = s.userId')
      .select(['s.userId AS userId', 's.revokedAt AS revokedAt', 's.expiresAt AS expiresAt', 'u.active AS active', 'u.username AS username'])
      .where('s.id = :id', { id: claims.sessionId })
      .getRawOne();
    if (!row || Number(row.userId) !== claims.userId) throw unauthenticated('The session is unknown.', 'TOKEN_INVALID');
    if (row.revokedAt !== null || !Number(row.active)) throw unauthenticated('The session was ended: sign in again.', 'TOKEN_REVOKED');
    const expiresAt = toDate(row.expiresAt);
    if (expiresAt.getTime() <= Date.now()) throw unauthenticated('The session has expired: sign in again.', 'TOKEN_EXPIRED');
    return this.userCaller(claims.userId, row.username, requestId, claims.sessionId, expiresAt);
  }

  /** The Caller of a signed-in user (also used right after login, for the new session's permissions). */
  async userCaller(userId: number, username: string, requestId: string, sessionId: string, expiresAt: Date): Promise<Caller> {
    const grants = await this.cached(`u:${userId}`, () => this.userGrants(userId));
    return new Caller({ kind: 'user', requestId, userId, sessionId, sessionExpiresAt: expiresAt, actorName: username, grants });
  }

  private async userGrants(userId: number): Promise<Map<Action, Scope>> {
    const qb = this.ds
      .getRepository(RoleAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.userId = :userId', { userId });
    const rows = await whereValidOn(qb, 'a', todayLocal()).getMany();
    const facts: AssignmentFact[] = rows
      .filter((r) => isRole(r.role))
      .map((r) => ({ role: r.role as AssignmentFact['role'], organizationId: r.organizationId, viewOrganizationId: r.viewOrganizationId }));
    return this.resolver.grantsOf(facts);
  }

  private async fromApiKey(secret: string, requestId: string): Promise<Caller> {
    const key = await this.ds.getRepository(ApiKeyEntity).findOneBy({ secretHash: hashSecret(secret) });
    if (!key) throw unauthenticated('Unknown API key.', 'TOKEN_INVALID');
    const state = apiKeyState(key, todayLocal());
    if (state === 'REVOKED') throw unauthenticated('This API key was revoked.', 'TOKEN_REVOKED');
    if (state === 'EXPIRED') throw unauthenticated(`This API key expired on ${key.expiresOn}.`, 'TOKEN_EXPIRED');
    const now = Date.now();
    const take = takeToken(this.buckets.get(key.id), now, key.requestsPerMinute);
    this.buckets.set(key.id, take.bucket);
    if (!take.allowed) {
      throw new HttpDomainError(
        forbidden('RATE_LIMITED', `This key allows ${key.requestsPerMinute} requests a minute; retry in ${take.retryAfterSeconds} s.`),
        429,
        { 'retry-after': String(take.retryAfterSeconds) },
      );
    }
    if (now - (this.lastUsedWritten.get(key.id) ?? 0) >= LAST_USED_EVERY_MS) {
      this.lastUsedWritten.set(key.id, now);
      await this.ds.getRepository(ApiKeyEntity).update({ id: key.id }, { lastUsedAt: new Date(now) });
    }
    const scopes = key.scopes as ApiKeyScope[];
    const grants = await this.cached(`k:${key.id}`, () =>
      this.resolver.grantsOf([{ role: 'VIEWER', organizationId: key.organizationId, viewOrganizationId: null }], () =>
        ACTIONS.filter((a) => apiKeyGrants(scopes, key.personalData, a)),
      ),
    );
    return new Caller({ kind: 'apiKey', requestId, apiKeyId: key.id, actorName: `key:${key.prefix}`, grants });
  }

  /**
   * The rate limit of public data for anonymous callers: a token bucket per client address, like an
   * API key's (`PUBLIC_REQUESTS_PER_MINUTE`); beyond it HTTP 429 RATE_LIMITED with Retry-After.
   * Signed-in users pass, and API keys are limited per key already.
   */
  admitPublic(caller: Caller, clientAddress: string, now = Date.now()): void {
    if (!caller.isAnonymous) return;
    if (this.publicBuckets.size >= PUBLIC_BUCKETS_MAX) {
      // A bucket idle for a minute is full again: forgetting it changes nothing.
      for (const [k, b] of this.publicBuckets) if (now - b.at >= 60_000) this.publicBuckets.delete(k);
    }
    const take = takeToken(this.publicBuckets.get(clientAddress), now, PUBLIC_REQUESTS_PER_MINUTE);
    this.publicBuckets.set(clientAddress, take.bucket);
    if (!take.allowed) {
      throw new HttpDomainError(
        forbidden('RATE_LIMITED', `Without signing in, ${PUBLIC_REQUESTS_PER_MINUTE} requests a minute are answered per address; retry in ${take.retryAfterSeconds} s.`),
        429,
        { 'retry-after': String(take.retryAfterSeconds) },
      );
    }
  }

  private async cached(key: string, compute: () => Promise<Map<Action, Scope>>): Promise<Map<Action, Scope>> {
    const hit = this.scopes.get(key);
    if (hit && hit.generation === generation && Date.now() - hit.at < SCOPE_TTL_MS) return hit.grants;
    const grants = await compute();
    this.scopes.set(key, { grants, at: Date.now(), generation });
    return grants;
  }
}

function toDate(v: unknown): Date {
  if (v instanceof Date) return v;
  const s = String(v);
  // SQLite returns 'YYYY-MM-DD HH:MM:SS.SSS' (stored as UTC by TypeORM).
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(' ', 'T')}Z`);
}
