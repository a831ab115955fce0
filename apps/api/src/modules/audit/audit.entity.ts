import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

/**
 * Columns both audit tables share: who (a user or an API key, with the name as it was), when, which
 * request, which object, and where the object sits (organization and area paths, for scoped reading).
 */
abstract class AuditColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ ...timestampColumn })
  at: Date;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'int', nullable: true })
  apiKeyId: number | null;

  @Column({ type: 'varchar', length: 120 })
  actorName: string;

  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Column({ type: 'varchar', length: 32 })
  entityType: string;

  @Column({ type: 'int' })
  entityRowId: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  orgPath: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  areaPath: string | null;
}

/** One mutation's effect on one object. Append-only: nothing updates or deletes these rows. */
@Entity({ name: 'audit_entry' })
@Index('idx_audit_entry_entity', ['entityType', 'entityRowId'])
@Index('idx_audit_entry_user', ['userId'])
@Index('idx_audit_entry_at', ['at'])
@Index('idx_audit_entry_org_path', ['orgPath'])
export class AuditEntryEntity extends AuditColumns {
  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** [{ field, before, after }], secrets redacted. */
  @Column({ type: 'simple-json' })
  changes: { field: string; before: unknown; after: unknown }[];
}

/** One request's reads of personal fields of one object. Append-only. */
@Entity({ name: 'personal_data_read' })
@Index('idx_personal_data_read_entity', ['entityType', 'entityRowId'])
@Index('idx_personal_data_read_user', ['userId'])
@Index('idx_personal_data_read_at', ['at'])
@Index('idx_personal_data_read_org_path', ['orgPath'])
export class PersonalDataReadEntity extends AuditColumns {
  @Column({ type: 'simple-json' })
  fields: string[];
}
