import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

/** An integrator's read-only key. Only a SHA-256 of the secret is stored; the secret is shown once. */
@Entity({ name: 'api_key' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The first characters of the secret (`lnob_AbCdEf`), to recognise a key in lists and logs. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index('uq_api_key_secret_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Index('idx_api_key_organization')
  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'simple-json' })
  scopes: string[];

  @Column({ type: 'boolean', default: false })
  personalData: boolean;

  /** Last day the key works. */
  @Column({ type: 'date' })
  expiresOn: string;

  @Column({ type: 'int' })
  requestsPerMinute: number;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn, nullable: true })
  lastUsedAt: Date | null;

  @Column({ ...timestampColumn, nullable: true })
  revokedAt: Date | null;
}
