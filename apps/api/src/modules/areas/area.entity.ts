import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

/** An administrative unit (địa bàn) as it stood between validFrom and validTo (inclusive). */
@Entity({ name: 'area' })
export class AreaEntity {
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

  @Index('idx_area_parent')
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  /** Materialized path of ids, '/1/5/42/'. */
  @Index('idx_area_path')
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
