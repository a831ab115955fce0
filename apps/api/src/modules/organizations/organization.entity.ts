import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

/** An organization (VFF committee, People's Committee, member organization, …) in its own system. */
@Entity({ name: 'organization' })
/** Covers the search: the sort key and the validity filter are read from the index alone. */
@Index('idx_organization_name_search', ['nameSearch', 'validFrom', 'validTo'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  shortName: string | null;

  /** Folded name and short name, for accent-insensitive search and a stable sort key. */
  @Column({ type: 'varchar', length: 320 })
  nameSearch: string;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Index('idx_organization_area')
  @Column({ type: 'int', nullable: true })
  areaId: number | null;

  @Index('idx_organization_parent')
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @Index('idx_organization_path')
  @Column({ type: 'varchar', length: 255 })
  path: string;

  @Column({ type: 'int' })
  depth: number;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

@Entity({ name: 'organization_succession' })
@Index('uq_organization_succession', ['predecessorId', 'successorId'], { unique: true })
export class OrganizationSuccessionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  predecessorId: number;

  @Index('idx_organization_succession_successor')
  @Column({ type: 'int' })
  successorId: number;

  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ ...timestampColumn })
  createdAt: Date;
}
