import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import type { LocalDate, MilestoneKind, Period, OrganizationKind, OrganizationLevel, PlanKind, PlanSectionKind, PlanStatus, RecordedTaskStatus, ReporterRule, ReportingFrequency, TaskRecurrence, TaskRole } from '@lnob/domain';
import { OrganizationKindEnum, OrganizationLevelEnum } from '../../common/enums';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar, PeriodScalar } from '../../common/scalars';
import { MilestoneKindEnum, PlanKindEnum, PlanSectionKindEnum, PlanStatusEnum, ReporterRuleEnum, ReportingFrequencyEnum, TaskRecurrenceEnum, TaskRoleEnum, TaskStatusEnum } from './plan.enums';
import { MilestoneObject, PlanObject, PlanTaskObject, ReportingObligationObject, TaskAssignmentObject } from './plan.object';

@InputType({ description: 'Filter for `plans`. All conditions combine with AND.' })
export class PlanFilter {
  @Field(() => String, { nullable: true, description: 'Accent-insensitive words of the number or title ("562/KH", "vi nguoi ngheo").' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;

  @Field(() => PlanStatusEnum, { nullable: true, description: 'Plans with this status.' })
  status?: PlanStatus | null;

  @Field(() => PlanKindEnum, { nullable: true, description: 'Plans of this kind.' })
  kind?: PlanKind | null;

  @Field(() => ID, { nullable: true, description: 'Plans this organization issued (alone or jointly).' })
  issuerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Plans implementing this plan (directly).' })
  implementsId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Plans whose period includes this year.' })
  year?: number | null;

  @Field(() => OrganizationLevelEnum, { nullable: true, description: 'Plans whose first issuer works at this level.' })
  level?: OrganizationLevel | null;
}

@ArgsType()
export class PlansArgs extends PageArgs {
  @Field(() => PlanFilter, { nullable: true, description: 'Conditions on the plans.' })
  @ValidateNested()
  filter?: PlanFilter | null;
}

@InputType({ description: 'A section of a plan\'s text.' })
export class PlanSectionInput {
  @Field(() => PlanSectionKindEnum, { description: 'Which part of the plan it is.' })
  kind: PlanSectionKind;

  @Field({ description: 'Heading, 1–255 characters.' })
  title: string;

  @Field({ description: 'Text (Markdown), 1–50,000 characters.' })
  body: string;
}

@InputType({ description: 'A recipient of a plan (nơi nhận).' })
export class PlanRecipientInput {
  @Field(() => ID, { nullable: true, description: 'The organization, when it is one of the hub\'s (must be visible to you).' })
  organizationId?: string | null;

  @Field({ description: 'Name as written in the plan, 1–255 characters.' })
  name: string;
}

@InputType({ description: 'A new plan, saved as a DRAFT. Every problem is reported at once.' })
export class DraftPlanInput {
  @Field({ description: 'Number and symbol (số/ký hiệu), e.g. "562/KH-MTTW-BTT", "666/QĐ-TTg", "14/KHPH-UBND-MTTQ".' })
  number: string;

  @Field({ description: 'Title (trích yếu), 1–500 characters.' })
  title: string;

  @Field(() => PlanKindEnum, { description: 'What kind of document it is (a JOINT_PLAN has two or more issuers).' })
  kind: PlanKind;

  @Field(() => [ID], { description: 'The issuers, in order. You need `data.capture` owning the first one; the others must be visible to you.' })
  issuerIds: string[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'The intended date of issue (set for good by `issuePlan`).' })
  issuedOn?: LocalDate | null;

  @Field(() => String, { nullable: true, description: 'Who signs (người ký).' })
  signer?: string | null;

  @Field(() => Int, { description: 'First year of the period, 2000–2100.' })
  periodFrom: number;

  @Field(() => Int, { description: 'Last year of the period, not before `periodFrom`.' })
  periodTo: number;

  @Field(() => ID, { nullable: true, description: 'The plan this one implements: issued, visible to you, with an overlapping period.' })
  implementsId?: string | null;

  @Field(() => String, { nullable: true, description: 'The movement (default "LNOB").' })
  movement?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes of the hub\'s staff.' })
  notes?: string | null;

  @Field(() => [PlanSectionInput], { nullable: true, description: 'The text, section by section.' })
  sections?: PlanSectionInput[] | null;

  @Field(() => [PlanRecipientInput], { nullable: true, description: 'Recipients (nơi nhận).' })
  recipients?: PlanRecipientInput[] | null;
}

@InputType({ description: 'Changes to a DRAFT plan (CONFLICT PLAN_NOT_DRAFT once issued); omitted fields stay as they are, null clears an optional one.' })
export class UpdatePlanInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => String, { nullable: true, description: 'New number and symbol.' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => PlanKindEnum, { nullable: true, description: 'New kind.' })
  kind?: PlanKind | null;

  @Field(() => [ID], { nullable: true, description: 'New issuers, in order (the whole list).' })
  issuerIds?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New intended date of issue.' })
  issuedOn?: LocalDate | null;

  @Field(() => String, { nullable: true, description: 'New signer.' })
  signer?: string | null;

  @Field(() => Int, { nullable: true, description: 'New first year.' })
  periodFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'New last year.' })
  periodTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'New implemented plan (null: none).' })
  implementsId?: string | null;

  @Field(() => String, { nullable: true, description: 'New movement.' })
  movement?: string | null;

  @Field(() => String, { nullable: true, description: 'New notes.' })
  notes?: string | null;

  @Field(() => [PlanSectionInput], { nullable: true, description: 'New text (the whole list).' })
  sections?: PlanSectionInput[] | null;

  @Field(() => [PlanRecipientInput], { nullable: true, description: 'New recipients (the whole list).' })
  recipients?: PlanRecipientInput[] | null;
}

@InputType({ description: 'Issue a DRAFT plan (ban hành).' })
export class IssuePlanInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of issue (default: the draft\'s intended date, else today). Every issuer must be active on it.' })
  issuedOn?: LocalDate | null;
}

@InputType({ description: 'Mark an ISSUED plan as superseded by another issued plan.' })
export class SupersedePlanInput {
  @Field(() => ID, { description: 'The plan superseded.' })
  planId: string;

  @Field(() => ID, { description: 'The issued plan that replaces it.' })
  supersededById: string;
}

@InputType({ description: 'An organization assigned a task.' })
export class TaskAssigneeInput {
  @Field(() => ID, { description: 'The organization (visible to you).' })
  organizationId: string;

  @Field(() => TaskRoleEnum, { description: 'Leads or coordinates.' })
  role: TaskRole;
}

@InputType({ description: 'A new task of a DRAFT plan, with its assignees.' })
export class AddPlanTaskInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field({ description: 'What is to be done, 1–500 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details (Markdown).' })
  description?: string | null;

  @Field(() => TaskRecurrenceEnum, { description: 'Once, or every year, half-year, quarter or month of the plan\'s period.' })
  recurrence: TaskRecurrence;

  @Field(() => LocalDateScalar, { nullable: true, description: 'ONE_OFF: the due date, within the plan\'s years.' })
  dueOn?: LocalDate | null;

  @Field(() => Int, { nullable: true, description: 'ANNUAL: month of the due date (1–12).' })
  dueMonth?: number | null;

  @Field(() => Int, { nullable: true, description: 'Recurring: day of the due date (1–31; past the month\'s end it means its last day).' })
  dueDay?: number | null;

  @Field(() => [TaskAssigneeInput], { nullable: true, description: 'Organizations assigned, each once.' })
  assignees?: TaskAssigneeInput[] | null;
}

@InputType({ description: 'Assign a task of a DRAFT plan to one more organization.' })
export class AssignTaskInput {
  @Field(() => ID, { description: 'The task.' })
  taskId: string;

  @Field(() => ID, { description: 'The organization (visible to you, not yet assigned).' })
  organizationId: string;

  @Field(() => TaskRoleEnum, { description: 'Leads or coordinates.' })
  role: TaskRole;
}

@InputType({ description: 'Progress an assignee records on a task of an ISSUED plan; omitted fields stay as they are.' })
export class UpdateTaskAssignmentInput {
  @Field(() => ID, { description: 'The assignment.' })
  assignmentId: string;

  @Field(() => TaskStatusEnum, { nullable: true, description: 'NOT_STARTED, IN_PROGRESS or DONE (OVERDUE is computed, never recorded).' })
  status?: RecordedTaskStatus | null;

  @Field(() => String, { nullable: true, description: 'What was done (kết quả, minh chứng), at most 5,000 characters; an empty string clears it.' })
  evidence?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was done (DONE only; default today).' })
  doneOn?: LocalDate | null;
}

@InputType({ description: 'A new milestone of a DRAFT plan.' })
export class AddMilestoneInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => MilestoneKindEnum, { description: 'What happens.' })
  kind: MilestoneKind;

  @Field({ description: 'As written in the plan, 1–500 characters.' })
  title: string;

  @Field(() => LocalDateScalar, { description: 'First day (in the plan\'s years or the year after).' })
  startsOn: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, not before `startsOn` (null: a single day).' })
  endsOn?: LocalDate | null;
}

@InputType({ description: 'A new reporting obligation of a DRAFT plan (who reports to whom, how often, by when). Every problem is reported at once.' })
export class AddReportingObligationInput {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field({ description: 'What is reported, 1–500 characters.' })
  title: string;

  @Field(() => ID, { description: 'The organization reports go to (visible to you).' })
  recipientId: string;

  @Field(() => ReporterRuleEnum, { description: 'How the reporters are chosen.' })
  reporterRule: ReporterRule;

  @Field(() => OrganizationKindEnum, { nullable: true, description: 'SUBORDINATE_UNITS: the kind of organization that reports.' })
  reporterKind?: OrganizationKind | null;

  @Field(() => OrganizationLevelEnum, { nullable: true, description: 'SUBORDINATE_UNITS: only units of this level.' })
  reporterLevel?: OrganizationLevel | null;

  @Field(() => [ID], { nullable: true, description: 'NAMED: the reporting organizations (visible to you).' })
  reporterIds?: string[] | null;

  @Field(() => ReportingFrequencyEnum, { description: 'How often.' })
  frequency: ReportingFrequency;

  @Field(() => Int, { nullable: true, description: 'Recurring: day of the month a report is due (1–31).' })
  dueDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'ANNUAL: month of the due date (1–12).' })
  dueMonth?: number | null;

  @Field(() => Int, { nullable: true, description: 'SEMI_ANNUAL, QUARTERLY, MONTHLY: months after the period\'s last month (0–11, default 0).' })
  dueMonthOffset?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'ONE_OFF: the due date.' })
  dueOn?: LocalDate | null;

  @Field(() => PeriodScalar, { nullable: true, description: 'ONE_OFF: the period reported on (default: the year of `dueOn`).' })
  period?: Period | null;

  @Field(() => Int, { nullable: true, description: 'First year reported on (default: the plan\'s first year).' })
  firstYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year reported on (default: the plan\'s last year).' })
  lastYear?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Indicators reported on, in order.' })
  indicatorIds?: string[] | null;
}

@ObjectType('PlanPayload', { description: 'The plan as saved.' })
export class PlanPayload {
  @Field(() => PlanObject, { description: 'The plan.' })
  plan: PlanObject;
}

@ObjectType('PlanTaskPayload', { description: 'The task as saved.' })
export class PlanTaskPayload {
  @Field(() => PlanTaskObject, { description: 'The task.' })
  task: PlanTaskObject;
}

@ObjectType('TaskAssignmentPayload', { description: 'The assignment as saved.' })
export class TaskAssignmentPayload {
  @Field(() => TaskAssignmentObject, { description: 'The assignment.' })
  assignment: TaskAssignmentObject;
}

@ObjectType('MilestonePayload', { description: 'The milestone as saved.' })
export class MilestonePayload {
  @Field(() => MilestoneObject, { description: 'The milestone.' })
  milestone: MilestoneObject;
}

@ObjectType('ReportingObligationPayload', { description: 'The obligation as saved.' })
export class ReportingObligationPayload {
  @Field(() => ReportingObligationObject, { description: 'The obligation.' })
  obligation: ReportingObligationObject;
}
