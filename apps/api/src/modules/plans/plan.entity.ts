import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanSectionKind } from '@lnob/domain';
import { timestampColumn } from '../../db/columns';

/** A section of a plan's text (mục đích, yêu cầu, nội dung, tổ chức thực hiện…), Markdown body. */
export interface PlanSectionValue {
  kind: PlanSectionKind;
  title: string;
  body: string;
}

/** A recipient (nơi nhận): an organization of the graph, or a name only. */
export interface PlanRecipientValue {
  organizationId: number | null;
  name: string;
}

/**
 * A plan (kế hoạch), decision or guidance of one or more issuers (docs/plans.md). `orgPath`,
 * `areaPath` and `level` copy the first issuer's: the plan's place for scope filters.
 */
@Entity({ name: 'plan' })
@Index('idx_plan_org_path', ['orgPath'])
@Index('idx_plan_implements', ['implementsId'])
@Index('idx_plan_area_path', ['areaPath'])
export class PlanEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Số/ký hiệu, e.g. `562/KH-MTTW-BTT` (numbers repeat across provinces: not unique). */
  @Column({ type: 'varchar', length: 64 })
  number: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** Number and title folded (foldVietnamese): accent-insensitive search, never shown. */
  @Column({ type: 'varchar', length: 600 })
  titleSearch: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  signer: string | null;

  @Column({ type: 'int' })
  periodFrom: number;

  @Column({ type: 'int' })
  periodTo: number;

  @Column({ type: 'int', nullable: true })
  implementsId: number | null;

  @Column({ type: 'varchar', length: 32 })
  movement: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'simple-json' })
  sections: PlanSectionValue[];

  @Column({ type: 'simple-json' })
  recipients: PlanRecipientValue[];

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  /** The first issuer's area path; null for a central issuer. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  areaPath: string | null;

  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ type: 'int', nullable: true })
  supersededById: number | null;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

/** An issuer of a plan (cơ quan ban hành), in order; a joint plan has two or more. */
@Entity({ name: 'plan_issuer' })
@Index('idx_plan_issuer_organization', ['organizationId'])
@Index('idx_plan_issuer_plan', ['planId'])
export class PlanIssuerEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  areaPath: string | null;

  @Column({ type: 'int' })
  position: number;
}

/** A task of a plan (nhiệm vụ): once (`dueOn`) or recurring (`dueMonth`/`dueDay`). */
@Entity({ name: 'plan_task' })
@Index('idx_plan_task_plan', ['planId', 'position'])
export class PlanTaskEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 16 })
  recurrence: string;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'int', nullable: true })
  dueMonth: number | null;

  @Column({ type: 'int', nullable: true })
  dueDay: number | null;

  @Column({ type: 'int' })
  position: number;
}

/** An organization assigned a task (lead or coordinate) and what it recorded about it. */
@Entity({ name: 'plan_task_assignment' })
@Index('uq_plan_task_assignment', ['taskId', 'organizationId'], { unique: true })
@Index('idx_plan_task_assignment_plan', ['planId'])
@Index('idx_plan_task_assignment_organization', ['organizationId'])
export class TaskAssignmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  taskId: number;

  @Column({ type: 'int' })
  planId: number;

  @Column({ type: 'int' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  @Column({ type: 'varchar', length: 16 })
  role: string;

  /** Recorded status: NOT_STARTED, IN_PROGRESS or DONE (OVERDUE is computed, never stored). */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

/** A milestone of a plan: deployment, mid-term review (sơ kết), final review (tổng kết), peak month… */
@Entity({ name: 'plan_milestone' })
@Index('idx_plan_milestone_plan', ['planId', 'startsOn'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;
}

/**
 * A reporting obligation of a plan (chế độ báo cáo): who reports to whom (`recipientId`), how often
 * and when, on which indicators. Reporters follow `reporterRule` (see reporters.ts).
 */
@Entity({ name: 'reporting_obligation' })
@Index('idx_reporting_obligation_plan', ['planId'])
@Index('idx_reporting_obligation_recipient_path', ['recipientPath'])
export class ReportingObligationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'int' })
  recipientId: number;

  @Column({ type: 'varchar', length: 255 })
  recipientPath: string;

  @Column({ type: 'varchar', length: 32 })
  reporterRule: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reporterKind: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  reporterLevel: string | null;

  @Column({ type: 'varchar', length: 16 })
  frequency: string;

  /** Day of the month a report is due (ONE_OFF: the day of `dueOn`); clamped to the month's end. */
  @Column({ type: 'int' })
  dueDay: number;

  @Column({ type: 'int', nullable: true })
  dueMonth: number | null;

  @Column({ type: 'int' })
  dueMonthOffset: number;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  period: string | null;

  @Column({ type: 'int' })
  firstYear: number;

  @Column({ type: 'int' })
  lastYear: number;

  /** Indicator ids, in order. */
  @Column({ type: 'simple-json' })
  indicatorIds: number[];
}

/** A NAMED reporter of an obligation. */
@Entity({ name: 'reporting_obligation_reporter' })
@Index('uq_reporting_obligation_reporter', ['obligationId', 'organizationId'], { unique: true })
export class ObligationReporterEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  obligationId: number;

  @Column({ type: 'int' })
  organizationId: number;
}
