import { Column } from 'typeorm';
import { timestampColumn } from './columns';

/**
 * Columns every effective-dated hierarchy table shares (areas, organizations): the parent, the
 * materialized path of ids ('/1/5/42/') with its depth, validity (validTo inclusive, null = open)
 * and timestamps. Each entity declares its own indexes on them.
 */
export abstract class HierarchyColumns {
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

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
