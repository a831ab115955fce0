import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportDates, ReportState } from '@lnob/domain';
import { bigintColumn, timestampColumn } from '../../db/columns';

/**
 * One report instance (báo cáo): what one reporter owes one recipient under one obligation for one
 * period (docs/plans.md). Instances are made when their period opens (report-generation.ts);
 * `state` is the recorded workflow state, the status shown is computed from the dates.
 * `reporterPath`/`reporterAreaPath`/`recipientPath` copy the organizations' paths for scope filters.
 */
@Entity({ name: 'report' })
@Index('uq_report_instance', ['obligationId', 'reporterId', 'period'], { unique: true })
@Index('idx_report_plan_period', ['planId', 'period'])
@Index('idx_report_reporter_path', ['reporterPath'])
@Index('idx_report_recipient_path', ['recipientPath'])
@Index('idx_report_due', ['dueOn'])
export class ReportEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  obligationId: number;

  @Column({ type: 'int' })
  planId: number;

  @Column({ type: 'int' })
  reporterId: number;

  @Column({ type: 'varchar', length: 255 })
  reporterPath: string;

  /** The reporter's area path (null for a central organization). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  reporterAreaPath: string | null;

  @Column({ type: 'int' })
  recipientId: number;

  @Column({ type: 'varchar', length: 255 })
  recipientPath: string;

  /** `2024`, `2024H1`, `2024Q3`, `2024-10`. */
  @Column({ type: 'varchar', length: 16 })
  period: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'date' })
  opensOn: string;

  @Column({ type: 'date' })
  dueOn: string;

  /** OPEN, SUBMITTED, RETURNED, APPROVED or ACCEPTED. */
  @Column({ type: 'varchar', length: 16 })
  state: string;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  /** The day of the latest submission in Asia/Ho_Chi_Minh. */
  @Column({ type: 'date', nullable: true })
  submittedOn: string | null;

  @Column({ ...timestampColumn, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  submittedBy: string | null;

  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ ...timestampColumn, nullable: true })
  returnedAt: Date | null;

  @Column({ ...timestampColumn, nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  approvedBy: string | null;

  @Column({ ...timestampColumn, nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  acceptedBy: string | null;

  /** Bumped by every change: a write names the version it read, so concurrent transitions cannot both pass. */
  @Column({ type: 'int' })
  version: number;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

/** The columns of a report its status rules read (`reportStatus`, `daysLate`, compliance). */
export function reportDates(r: Pick<ReportEntity, 'state' | 'opensOn' | 'dueOn' | 'submittedOn'>): ReportDates {
  return { state: r.state as ReportState, opensOn: r.opensOn, dueOn: r.dueOn, submittedOn: r.submittedOn };
}

/**
 * One indicator's value in a report. REGISTRY and LEDGER values are pre-filled by the hub
 * (`computedValue` keeps what it computed); a reporter who enters another value makes it REPORTED.
 */
@Entity({ name: 'report_value' })
@Index('uq_report_value', ['reportId', 'indicatorId'], { unique: true })
export class ReportValueEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reportId: number;

  @Column({ type: 'int' })
  indicatorId: number;

  /** Exact decimal text. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  value: string | null;

  @Column({ ...bigintColumn, nullable: true })
  numerator: number | null;

  @Column({ ...bigintColumn, nullable: true })
  denominator: number | null;

  /** REGISTRY, LEDGER or REPORTED. */
  @Column({ type: 'varchar', length: 16 })
  source: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  computedValue: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
