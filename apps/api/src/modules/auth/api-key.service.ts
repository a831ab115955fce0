import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  API_KEY_PREFIX,
  apiKeyDisplayPrefix,
  apiKeyProblems,
  conflict,
  forbidden,
  type ApiKeyScope,
  type LocalDate,
} from '@lnob/domain';
import type { Cursor } from '../../common/relay/cursor';
import { organizationPathOf, referencedOrganization } from '../../common/visibility';
import { auditable, recordAudit } from '../audit/audit.writer';
import { ApiKeyEntity } from './api-key.entity';
import type { Caller } from './caller';
import { hashSecret } from './passwords';
import { andWhereClause } from './scope';


export interface NewApiKey {
  name: string;
  organizationId: number;
  scopes: ApiKeyScope[];
  personalData: boolean;
  expiresOn: LocalDate;
  requestsPerMinute: number;
}

/** Integrator keys of the organizations in the caller's `apiKey.manage` subtrees. */
export class ApiKeyService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {}

  async list(f: { organizationId?: number | null; includeRevoked?: boolean | null }, limit: number, after: Cursor | null) {
    const scope = this.caller.require('apiKey.manage');
    const build = () => {
      const qb = this.ds.getRepository(ApiKeyEntity).createQueryBuilder('k');
      andWhereClause(qb, scope.organizationIdSql('k.organizationId'));
      if (f.organizationId != null) qb.andWhere('k.organizationId = :org', { org: f.organizationId });
      if (!f.includeRevoked) qb.andWhere('k.revokedAt IS NULL');
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('k.id < :afterId', { afterId: after.id });
    const rows = await qb.orderBy('k.id', 'DESC').take(limit).getMany();
    return { rows, count: () => build().getCount() };
  }

  /** Creates a key; the secret is returned here once and never again (only its hash is kept). */
  async create(k: NewApiKey, today: LocalDate): Promise<{ key: ApiKeyEntity; secret: string }> {
    const scope = this.caller.require('apiKey.manage');
    const p = apiKeyProblems(k, today);
    const name = k.name.trim();
    return this.ds.transaction(async (m) => {
      const org = await referencedOrganization(m, this.caller, k.organizationId);
      if (!org) p.add('input.organizationId', 'no such organization', 'NOT_FOUND');
      else if (!scope.ownsOrganization(org.path)) throw forbidden('OUT_OF_SCOPE', 'That organization is outside the subtree whose keys you manage.');
      else if (k.personalData && !this.caller.scope('personalData.read').ownsOrganization(org.path)) {
        throw forbidden('PERSONAL_DATA_GRANT_REQUIRED', 'You cannot grant personal-data access you do not hold yourself.');
      }
      p.throwIfAny();
      const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
      const repo = m.getRepository(ApiKeyEntity);
      const key = await repo.save(
        repo.create({
          name,
          prefix: apiKeyDisplayPrefix(secret),
          secretHash: hashSecret(secret),
          organizationId: k.organizationId,
          scopes: [...new Set(k.scopes)].sort(),
          personalData: k.personalData,
          expiresOn: k.expiresOn,
          requestsPerMinute: k.requestsPerMinute,
          createdById: this.caller.userId,
          createdAt: new Date(),
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await recordAudit(m, this.caller, { entityType: 'ApiKey', entityRowId: key.id, action: 'create', before: null, after: auditable(key, ['lastUsedAt']), orgPath: org!.path });
      return { key, secret };
    });
  }

  async revoke(id: number): Promise<ApiKeyEntity> {
    return this.ds.transaction(async (m) => {
      const key = await m.getRepository(ApiKeyEntity).findOneBy({ id });
      const orgPath = key ? await organizationPathOf(m, key.organizationId) : null;
      const owned = !!key && this.caller.scope('apiKey.manage').ownsOrganization(orgPath);
      this.caller.requireOwned('apiKey.manage', 'ApiKey', owned, () => owned);
      if (key!.revokedAt) throw conflict('ALREADY_CLOSED', 'The key is already revoked.');
      const before = auditable(key!, ['lastUsedAt']);
      key!.revokedAt = new Date();
      const saved = await m.getRepository(ApiKeyEntity).save(key!);
      await recordAudit(m, this.caller, {
        entityType: 'ApiKey',
        entityRowId: saved.id,
        action: 'revoke',
        before,
        after: auditable(saved, ['lastUsedAt']),
        orgPath,
      });
      return saved;
    });
  }
}
