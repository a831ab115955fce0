import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { PersonalDataReadEntity } from './audit.entity';
import { actorColumns, insertAuditRows } from './audit.writer';

interface Pending {
  entityType: string;
  entityRowId: number;
  fields: Set<string>;
  orgPath: string | null;
  areaPath: string | null;
}

/**
 * Collects the personal fields a request returned, one row per object, and writes them when the
 * response is sent (one INSERT per request, not per field).
 */
export class PersonalReads {
  private readonly pending = new Map<string, Pending>();

  add(entityType: string, entityRowId: number, field: string, orgPath: string | null, areaPath: string | null): void {
    const key = `${entityType}:${entityRowId}`;
    const p = this.pending.get(key) ?? { entityType, entityRowId, fields: new Set<string>(), orgPath, areaPath };
    p.fields.add(field);
    this.pending.set(key, p);
  }

  async flush(ds: DataSource, caller: Caller): Promise<void> {
    if (this.pending.size === 0) return;
    const actor = actorColumns(caller, new Date());
    const rows = [...this.pending.values()].map((p) => ({
      ...actor,
      entityType: p.entityType,
      entityRowId: p.entityRowId,
      fields: [...p.fields].sort(),
      orgPath: p.orgPath,
      areaPath: p.areaPath,
    }));
    this.pending.clear();
    await insertAuditRows(ds.getRepository(PersonalDataReadEntity), rows);
  }
}
