import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Cursor } from '../../common/relay/cursor';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { AuditEntryEntity, PersonalDataReadEntity } from './audit.entity';

export interface AuditFilter {
  entityType?: string | null;
  entityRowId?: number | null;
  userId?: number | null;
  from?: Date | null;
  to?: Date | null;
}

/** Reading the audit trails (newest first) within the caller's `audit.read` scope. Nothing here writes. */
export class AuditService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {}

  entries(f: AuditFilter, limit: number, after: Cursor | null) {
    return this.page(AuditEntryEntity, f, limit, after);
  }

  personalDataReads(f: AuditFilter, limit: number, after: Cursor | null) {
    return this.page(PersonalDataReadEntity, f, limit, after);
  }

  private async page<T extends ObjectLiteral & { id: number }>(target: EntityTarget<T>, f: AuditFilter, limit: number, after: Cursor | null) {
    const scope = this.caller.require('audit.read');
    const build = () => {
      const qb = this.ds.getRepository(target).createQueryBuilder('e');
      andWhereClause(qb, scope.pathsSql('e.orgPath', 'e.areaPath'));
      if (f.entityType) qb.andWhere('e.entityType = :entityType', { entityType: f.entityType });
      if (f.entityRowId != null) qb.andWhere('e.entityRowId = :entityRowId', { entityRowId: f.entityRowId });
      if (f.userId != null) qb.andWhere('e.userId = :userId', { userId: f.userId });
      if (f.from) qb.andWhere('e.at >= :from', { from: f.from });
      if (f.to) qb.andWhere('e.at < :to', { to: f.to });
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('e.id < :afterId', { afterId: after.id });
    const rows = await qb.orderBy('e.id', 'DESC').take(limit).getMany();
    return { rows, count: () => build().getCount() };
  }
}
