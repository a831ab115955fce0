import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

/**
 * An indicator (chỉ tiêu) of the catalogue (libs/domain/src/indicators/catalogue.ts): reference data
 * present on every hub, inserted at start when missing (catalogue.ts here). `measure` names what the
 * registry or the ledger computes for REGISTRY and LEDGER indicators.
 */
@Entity({ name: 'indicator' })
@Index('uq_indicator_code', ['code'], { unique: true })
@Index('idx_indicator_name_search', ['nameSearch'])
export class IndicatorEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 255 })
  nameVi: string;

  @Column({ type: 'varchar', length: 255 })
  nameEn: string;

  /** Code and both names folded (foldVietnamese): accent-insensitive search, never shown. */
  @Column({ type: 'varchar', length: 600 })
  nameSearch: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 16 })
  unit: string;

  /** 100 for a percentage of a ratio, 1 otherwise. */
  @Column({ type: 'int' })
  factor: number;

  @Column({ type: 'varchar', length: 24 })
  direction: string;

  @Column({ type: 'varchar', length: 16 })
  aggregation: string;

  @Column({ type: 'varchar', length: 16 })
  source: string;

  @Column({ type: 'varchar', length: 48, nullable: true })
  measure: string | null;

  @Column({ type: 'varchar', length: 16 })
  periodType: string;

  @Column({ ...timestampColumn })
  createdAt: Date;
}

/**
 * A target (chỉ tiêu kế hoạch) a plan sets on an indicator for an organization or an area
 * (`scopePath` is the organization's or the area's path: one of the two is set) over a range of
 * periods: LEVEL, CHANGE_PER_PERIOD or TOTAL. `value` is exact decimal text.
 */
@Entity({ name: 'indicator_target' })
@Index('idx_indicator_target_plan', ['planId'])
@Index('idx_indicator_target_indicator', ['indicatorId', 'scopePath'])
export class IndicatorTargetEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  indicatorId: number;

  @Column({ type: 'int', nullable: true })
  planId: number | null;

  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @Column({ type: 'int', nullable: true })
  areaId: number | null;

  @Column({ type: 'varchar', length: 255 })
  scopePath: string;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  fromPeriod: string;

  @Column({ type: 'varchar', length: 16 })
  toPeriod: string;

  @Column({ type: 'varchar', length: 40 })
  value: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
