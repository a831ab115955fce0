import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';
import { HierarchyColumns } from '../../db/hierarchy-columns';

/** An organization (VFF committee, People's Committee, member organization, …) in its own system. */
@Entity({ name: 'organization' })
/** Covers the search: the sort key and the validity filter are read from the index alone. */
@Index('idx_organization_name_search', ['nameSearch', 'validFrom', 'validTo'])
@Index('idx_organization_parent', ['parentId'])
@Index('idx_organization_path', ['path'])
export class OrganizationEntity extends HierarchyColumns {
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
