import { Field, Int, ObjectType } from 'type-graphql';
import type { LocalDate, MilestoneKind, OrganizationKind, OrganizationLevel, PlanKind, PlanSectionKind, PlanStatus, ReporterRule, ReportingFrequency, TaskRecurrence, TaskRole, TaskStatus } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { OrganizationKindEnum, OrganizationLevelEnum } from '../../common/enums';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { LocalDateScalar, PeriodScalar } from '../../common/scalars';
import { OrganizationObject } from '../organizations/organization.object';
import { visiblePlanById } from './plan.access';
import type { MilestoneEntity, PlanEntity, PlanTaskEntity, ReportingObligationEntity, TaskAssignmentEntity } from './plan.entity';
import { MilestoneKindEnum, PlanKindEnum, PlanSectionKindEnum, PlanStatusEnum, ReporterRuleEnum, ReportingFrequencyEnum, TaskRecurrenceEnum, TaskRoleEnum, TaskStatusEnum } from './plan.enums';

@ObjectType('PlanSection', { description: 'A part of a plan\'s text (embedded): purpose, requirements, contents, organization of implementation…' })
export class PlanSectionObject {
  @Field(() => PlanSectionKindEnum, { description: 'Which part of the plan it is.' })
  kind: PlanSectionKind;

  @Field({ description: 'Heading as written, e.g. "I. MỤC ĐÍCH, YÊU CẦU".' })
  title: string;

  @Field({ description: 'Text of the section (Markdown).' })
  body: string;
}

@ObjectType('PlanRecipient', { description: 'A recipient of a plan (nơi nhận, embedded): an organization of the hub, or a name only.' })
export class PlanRecipientObject {
  organizationRowId: number | null;

  @Field({ description: 'Name as written in the plan, e.g. "Hội CCB 18 huyện, thị, thành phố".' })
  name: string;
}

@ObjectType('Plan', {
  implements: Node,
  description:
    'A plan (kế hoạch), decision (quyết định) or guidance (hướng dẫn) of the movement, issued by one organization or jointly ' +
    'by several. Plans cascade: a plan implements the plan above it (`implements`) and is implemented by those below ' +
    '(`implementingPlans`, `planCascade`). Readable when `organization.read` covers one of its issuers (drafts too), or when ' +
    'it is issued and central, or issued for an area that contains yours (the plans issued above you apply to you).',
})
export class PlanObject extends Node {
  rowId: number;
  implementsRowId: number | null;
  supersededByRowId: number | null;
  orgPath: string;
  areaPath: string | null;
  level: OrganizationLevel;

  @Field({ description: 'Number and symbol (số/ký hiệu), e.g. "562/KH-MTTW-BTT". Not unique: numbers repeat across provinces.' })
  number: string;

  @Field({ description: 'Title (trích yếu).' })
  title: string;

  @Field(() => PlanKindEnum, { description: 'What kind of document it is.' })
  kind: PlanKind;

  @Field(() => PlanStatusEnum, { description: 'Draft, issued (in force) or superseded.' })
  status: PlanStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of issue (ngày ban hành); set when issued (a draft may carry the intended date).' })
  issuedOn: LocalDate | null;

  @Field(() => String, { nullable: true, description: 'Who signed it (người ký), e.g. "Phó Chủ tịch Nguyễn Hữu Dũng".' })
  signer: string | null;

  @Field(() => Int, { description: 'First year of the plan\'s period (giai đoạn), inclusive.' })
  periodFrom: number;

  @Field(() => Int, { description: 'Last year of the plan\'s period, inclusive.' })
  periodTo: number;

  @Field({ description: 'The movement it belongs to (phong trào); "LNOB" for "Vì người nghèo – Không để ai bị bỏ lại phía sau".' })
  movement: string;

  @Field(() => String, { nullable: true, description: 'Notes of the hub\'s staff (not part of the document).' })
  notes: string | null;

  @Field(() => [PlanSectionObject], { description: 'The plan\'s text, section by section, in order.' })
  sections: PlanSectionObject[];

  @Field(() => [PlanRecipientObject], { description: 'Recipients (nơi nhận), in order.' })
  recipients: PlanRecipientObject[];

  static from(e: PlanEntity): PlanObject {
    const o = new PlanObject();
    o.id = toGlobalId('Plan', e.id);
    o.rowId = e.id;
    o.implementsRowId = e.implementsId;
    o.supersededByRowId = e.supersededById;
    o.orgPath = e.orgPath;
    o.areaPath = e.areaPath;
    o.level = e.level as OrganizationLevel;
    o.number = e.number;
    o.title = e.title;
    o.kind = e.kind as PlanKind;
    o.status = e.status as PlanStatus;
    o.issuedOn = e.issuedOn;
    o.signer = e.signer;
    o.periodFrom = e.periodFrom;
    o.periodTo = e.periodTo;
    o.movement = e.movement;
    o.notes = e.notes;
    o.sections = (e.sections ?? []).map((s) => Object.assign(new PlanSectionObject(), { kind: s.kind, title: s.title, body: s.body }));
    o.recipients = (e.recipients ?? []).map((r) => Object.assign(new PlanRecipientObject(), { organizationRowId: r.organizationId ?? null, name: r.name }));
    return o;
  }
}

@ObjectType('PlanConnection', { description: 'A page of plans, in the order they were drafted.' })
export class PlanConnection extends Connection(PlanObject, 'Plan') {}

/** The plan of a task, milestone, obligation or report, through the request's loaders: readable whenever the object was reached. */
export async function planObjectOf(ctx: HubContext, planRowId: number): Promise<PlanObject> {
  return PlanObject.from((await ctx.loaders.planById.load(planRowId))!);
}

/** A plan another object names (implements, superseded by, an event's or a target's plan): null when none or not readable. */
export async function visiblePlanObject(ctx: HubContext, planRowId: number | null): Promise<PlanObject | null> {
  const row = planRowId === null ? null : await visiblePlanById(ctx, planRowId);
  return row && PlanObject.from(row);
}

@ObjectType('PlanTask', { implements: Node, description: 'A task of a plan (nhiệm vụ), assigned to organizations that lead or coordinate it.' })
export class PlanTaskObject extends Node {
  rowId: number;
  planRowId: number;

  @Field({ description: 'What is to be done.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details (Markdown).' })
  description: string | null;

  @Field(() => TaskRecurrenceEnum, { description: 'Once, or every year, half-year, quarter or month of the plan\'s period.' })
  recurrence: TaskRecurrence;

  @Field(() => LocalDateScalar, { nullable: true, description: 'ONE_OFF: the due date (thời hạn).' })
  dueOn: LocalDate | null;

  @Field(() => Int, { nullable: true, description: 'ANNUAL: month of the due date.' })
  dueMonth: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Recurring: day of the due date — of `dueMonth` (ANNUAL) or of each period\'s last month; past the month\'s end it means its last day.',
  })
  dueDay: number | null;

  static from(e: PlanTaskEntity): PlanTaskObject {
    return Object.assign(new PlanTaskObject(), {
      id: toGlobalId('PlanTask', e.id),
      rowId: e.id,
      planRowId: e.planId,
      title: e.title,
      description: e.description,
      recurrence: e.recurrence as TaskRecurrence,
      dueOn: e.dueOn,
      dueMonth: e.dueMonth,
      dueDay: e.dueDay,
    });
  }
}

@ObjectType('TaskAssignment', { implements: Node, description: 'An organization assigned a task of a plan, and the progress it recorded.' })
export class TaskAssignmentObject extends Node {
  rowId: number;
  taskRowId: number;
  planRowId: number;
  organizationRowId: number;
  orgPath: string;

  @Field(() => TaskRoleEnum, { description: 'Leads (chủ trì) or coordinates (phối hợp).' })
  role: TaskRole;

  @Field(() => TaskStatusEnum, { description: 'The status the assignee recorded (never OVERDUE; see `status`).' })
  recordedStatus: TaskStatus;

  @Field(() => String, { nullable: true, description: 'What the assignee reports as done (kết quả, minh chứng).' })
  evidence: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was done (DONE only).' })
  doneOn: LocalDate | null;

  static from(e: TaskAssignmentEntity): TaskAssignmentObject {
    return Object.assign(new TaskAssignmentObject(), {
      id: toGlobalId('TaskAssignment', e.id),
      rowId: e.id,
      taskRowId: e.taskId,
      planRowId: e.planId,
      organizationRowId: e.organizationId,
      orgPath: e.orgPath,
      role: e.role as TaskRole,
      recordedStatus: e.status as TaskStatus,
      evidence: e.evidence,
      doneOn: e.doneOn,
    });
  }
}

@ObjectType('Milestone', { implements: Node, description: 'A milestone of a plan (mốc): deployment, mid-term review (sơ kết), final review (tổng kết), peak month…' })
export class MilestoneObject extends Node {
  rowId: number;
  planRowId: number;

  @Field(() => MilestoneKindEnum, { description: 'What happens.' })
  kind: MilestoneKind;

  @Field({ description: 'As written in the plan.' })
  title: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  startsOn: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day (null: a single day).' })
  endsOn: LocalDate | null;

  static from(e: MilestoneEntity): MilestoneObject {
    return Object.assign(new MilestoneObject(), {
      id: toGlobalId('Milestone', e.id),
      rowId: e.id,
      planRowId: e.planId,
      kind: e.kind as MilestoneKind,
      title: e.title,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
    });
  }
}

@ObjectType('ReportingObligation', {
  implements: Node,
  description:
    'A reporting obligation of a plan (chế độ báo cáo): who reports to `recipient`, how often and by when, on which indicators. ' +
    'Its report instances are the `reports` of the plan.',
})
export class ReportingObligationObject extends Node {
  rowId: number;
  planRowId: number;
  recipientRowId: number;
  indicatorRowIds: number[];
  entity: ReportingObligationEntity;

  @Field({ description: 'What is reported, e.g. "Báo cáo kết quả thực hiện Phong trào thi đua".' })
  title: string;

  @Field(() => ReporterRuleEnum, { description: 'How the reporters are chosen (see `reporters`).' })
  reporterRule: ReporterRule;

  @Field(() => OrganizationKindEnum, { nullable: true, description: 'SUBORDINATE_UNITS: the kind of organization that reports.' })
  reporterKind: OrganizationKind | null;

  @Field(() => OrganizationLevelEnum, { nullable: true, description: 'SUBORDINATE_UNITS: only units of this level (null: every level below the recipient).' })
  reporterLevel: OrganizationLevel | null;

  @Field(() => ReportingFrequencyEnum, { description: 'How often (kỳ báo cáo).' })
  frequency: ReportingFrequency;

  @Field(() => Int, { description: 'Day of the month a report is due (ONE_OFF: of `dueOn`); past the month\'s end it means its last day.' })
  dueDay: number;

  @Field(() => Int, { nullable: true, description: 'ANNUAL: the month (of the period\'s year) a report is due.' })
  dueMonth: number | null;

  @Field(() => Int, { description: 'SEMI_ANNUAL, QUARTERLY, MONTHLY: months after the period\'s last month the report is due (0: in it).' })
  dueMonthOffset: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'ONE_OFF: the due date.' })
  dueOn: LocalDate | null;

  @Field(() => PeriodScalar, { nullable: true, description: 'ONE_OFF: the period reported on (null: the year of `dueOn`).' })
  period: string | null;

  @Field(() => Int, { description: 'First year reported on.' })
  firstYear: number;

  @Field(() => Int, { description: 'Last year reported on.' })
  lastYear: number;

  static from(e: ReportingObligationEntity): ReportingObligationObject {
    return Object.assign(new ReportingObligationObject(), {
      id: toGlobalId('ReportingObligation', e.id),
      rowId: e.id,
      planRowId: e.planId,
      recipientRowId: e.recipientId,
      indicatorRowIds: e.indicatorIds ?? [],
      entity: e,
      title: e.title,
      reporterRule: e.reporterRule as ReporterRule,
      reporterKind: e.reporterKind as OrganizationKind | null,
      reporterLevel: e.reporterLevel as OrganizationLevel | null,
      frequency: e.frequency as ReportingFrequency,
      dueDay: e.dueDay,
      dueMonth: e.dueMonth,
      dueMonthOffset: e.dueMonthOffset,
      dueOn: e.dueOn,
      period: e.period,
      firstYear: e.firstYear,
      lastYear: e.lastYear,
    });
  }
}

@ObjectType('PlanCascadeNode', {
  description:
    'A plan in a cascade (embedded): the plan, its depth below the cascade\'s root (0 for the root), and the visible plans ' +
    'implementing it.',
})
export class PlanCascadeNode {
  planRowId: number;
  /** The date the cascade was asked for (compliance is computed on it). */
  asOf: LocalDate;
  /** The plan's row (the cascade loaded it): field resolvers read it without another statement. */
  entity: PlanEntity;

  @Field(() => PlanObject, { description: 'The plan.' })
  plan: PlanObject;

  @Field(() => Int, { description: 'Depth below the root of the cascade (0 for the root).' })
  depth: number;

  @Field(() => [PlanCascadeNode], { description: 'Visible plans implementing this one, in the order they were drafted.' })
  children: PlanCascadeNode[];
}

@ObjectType('MissingImplementingPlan', { description: 'An organization that should have issued a plan implementing another and has not (embedded).' })
export class MissingImplementingPlanObject {
  @Field(() => OrganizationObject, { description: 'The organization.' })
  organization: OrganizationObject;

  @Field(() => String, { nullable: true, description: 'Why it is expected to implement the plan (English; Vietnamese in parentheses).' })
  reason: string | null;
}
