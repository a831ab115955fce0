import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';
import { HierarchyColumns } from '../../db/hierarchy-columns';

/** An administrative unit (địa bàn) as it stood between validFrom and validTo (inclusive). */
@Entity({ name: 'area' })
@Index('idx_area_parent', ['parentId'])
@Index('idx_area_path', ['path'])
export class AreaEntity extends HierarchyColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_area_code')
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** Accent-folded lower-case name for accent-insensitive search on both engines. */
  @Column({ type: 'varchar', length: 255 })
  nameSearch: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'boolean', default: false })
  urban: boolean;
}

/** Predecessor → successor with the share of the predecessor that went over (1 for a merger). */
@Entity({ name: 'area_succession' })
@Index('uq_area_succession', ['predecessorId', 'successorId'], { unique: true })
export class AreaSuccessionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  predecessorId: number;

  @Index('idx_area_succession_successor')
  @Column({ type: 'int' })
  successorId: number;

  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ type: 'double' })
  share: number;

  @Column({ ...timestampColumn })
  createdAt: Date;
}
