import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

/** A person who signs in. The password is an scrypt hash; email and phone are personal data. */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_app_user_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  /** Folded username + display name for accent-insensitive search. */
  @Index('idx_app_user_name_search')
  @Column({ type: 'varchar', length: 200 })
  nameSearch: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  /** The organization the user belongs to: ORG_ADMINs manage the users of their subtree. */
  @Index('idx_app_user_organization')
  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'int', default: 0 })
  failedLogins: number;

  @Column({ ...timestampColumn, nullable: true })
  lockedUntil: Date | null;

  @Column({ ...timestampColumn, nullable: true })
  lastLoginAt: Date | null;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

/** A role held within an organization's subtree for a period (capture scope; view scope may be wider). */
@Entity({ name: 'role_assignment' })
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_role_assignment_user')
  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 16 })
  role: string;

  /** Capture scope: this organization's subtree (null only for a nationwide SYSTEM_ADMIN). */
  @Index('idx_role_assignment_organization')
  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  /** View scope: this organization's subtree; null = the same as the capture scope. */
  @Column({ type: 'int', nullable: true })
  viewOrganizationId: number | null;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ ...timestampColumn })
  createdAt: Date;
}

/** A signed-in session; the token's `jti`. Revoked by logout, a password change or deactivation. */
@Entity({ name: 'user_session' })
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('idx_user_session_user')
  @Column({ type: 'int' })
  userId: number;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  expiresAt: Date;

  @Column({ ...timestampColumn, nullable: true })
  revokedAt: Date | null;
}
