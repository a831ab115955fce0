import type { EntityManager, ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { auditDiff } from '@lnob/domain';
import type { Caller } from '../auth/caller';
import { insertMany } from '../../db/insert-many';
import { AuditEntryEntity } from './audit.entity';

export interface AuditRecord {
  entityType: string;
  entityRowId: number;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /**
   * Where the object sits, so ORG_ADMINs read the entries of their scope: objects of an
   * organization (organizations, users, keys, assignments) are filed under its path only; objects
   * without one (areas, later households) under their area path.
   */
  orgPath?: string | null;
  areaPath?: string | null;
}

/** Who acted, when and in which request: the columns every row of both audit trails starts with. */
export function actorColumns(caller: Caller, at: Date) {
  return { at, userId: caller.userId, apiKeyId: caller.apiKeyId, actorName: caller.actorName, requestId: caller.requestId };
}

/** Inserts audit rows 500 at a time (a bounded statement, whatever the number of rows). */
export async function insertAuditRows<T extends ObjectLiteral>(repo: Repository<T>, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
  await insertMany(repo.manager, repo.target, rows as T[], 500);
}

/** Appends audit entries inside the caller's transaction: the change and its trace commit together. */
export async function recordAudit(m: EntityManager, caller: Caller, records: AuditRecord | AuditRecord[]): Promise<void> {
  const list = Array.isArray(records) ? records : [records];
  if (list.length === 0) return;
  const actor = actorColumns(caller, new Date());
  const rows = list.map((r) => ({
    ...actor,
    entityType: r.entityType,
    entityRowId: r.entityRowId,
    action: r.action,
    changes: auditDiff(r.before, r.after),
    orgPath: r.orgPath ?? null,
    areaPath: r.orgPath ? null : (r.areaPath ?? null),
  }));
  await insertAuditRows(m.getRepository(AuditEntryEntity), rows as never); // `changes` (JSON) is typed looser than TypeORM's partial entity
}

/** The fields of an entity row worth recording (drops derived search columns and timestamps). */
export function auditable<T extends object>(row: T, omit: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (['nameSearch', 'createdAt', 'updatedAt', ...omit].includes(k)) continue;
    out[k] = v;
  }
  return out;
}
