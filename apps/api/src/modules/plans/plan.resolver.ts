import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assignmentStatus, formatPeriod, taskDueOn, type LocalDate, type OrganizationLevel, type TaskStatus } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { OrganizationLevelEnum } from '../../common/enums';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { LocalDateScalar } from '../../common/scalars';
import { visibleOrganization, visibleOrganizations } from '../../common/visibility';
import { IndicatorObject } from '../indicators/indicator.object';
import { OrganizationObject } from '../organizations/organization.object';
import { visiblePlanById } from './plan.access';
import type { PlanEntity } from './plan.entity';
import { reasonText } from './plan.implementers';
import {
  AddMilestoneInput,
  AddPlanTaskInput,
  AddReportingObligationInput,
  AssignTaskInput,
  DraftPlanInput,
  IssuePlanInput,
  MilestonePayload,
  PlanPayload,
  PlansArgs,
  PlanTaskPayload,
  ReportingObligationPayload,
  SupersedePlanInput,
  TaskAssignmentPayload,
  UpdatePlanInput,
  UpdateTaskAssignmentInput,
  type PlanRecipientInput,
} from './plan.inputs';
import {
  MilestoneObject,
  MissingImplementingPlanObject,
  PlanCascadeNode,
  PlanConnection,
  PlanObject,
  PlanRecipientObject,
  PlanTaskObject,
  ReportingObligationObject,
  TaskAssignmentObject,
} from './plan.object';
import { TaskStatusEnum } from './plan.enums';
import type { CascadeTree } from './plan.service';

@ArgsType()
class PlanArgs {
  @Field(() => ID, { description: 'Global id of the plan.' })
  id: string;
}

@ArgsType()
class PlanCascadeArgs {
  @Field(() => ID, { description: 'The plan at the root of the cascade.' })
  planId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date compliance is computed on (default today).' })
  asOf?: LocalDate | null;
}

@ArgsType()
class MissingImplementingPlansArgs {
  @Field(() => ID, { description: 'The plan.' })
  planId: string;

  @Field(() => OrganizationLevelEnum, { description: 'The level asked about (e.g. PROVINCE: the provincial organizations).' })
  level: OrganizationLevel;
}

@ArgsType()
class AsOfArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it is judged on (default today).' })
  asOf?: LocalDate | null;
}

@ArgsType()
class OnArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the rule is evaluated on (default today): organizations valid that day.' })
  on?: LocalDate | null;
}

const recipientsOf = (i: { recipients?: PlanRecipientInput[] | null }) =>
  i.recipients?.map((r, k) => ({ organizationId: optionalRowIdOf(r.organizationId, 'Organization', `input.recipients[${k}].organizationId`), name: r.name }));

const issuerIdsOf = (ids: string[]) => ids.map((id, k) => rowIdOf(id, 'Organization', `input.issuerIds[${k}]`));

function cascadeNode(t: CascadeTree, asOf: LocalDate): PlanCascadeNode {
  return Object.assign(new PlanCascadeNode(), {
    planRowId: t.plan.id,
    asOf,
    entity: t.plan,
    plan: PlanObject.from(t.plan),
    depth: t.depth,
    children: t.children.map((c) => cascadeNode(c, asOf)),
  });
}

function primeTree(ctx: HubContext, t: CascadeTree): void {
  ctx.loaders.planById.prime(t.plan.id, t.plan);
  for (const c of t.children) primeTree(ctx, c);
}

@Resolver(() => PlanObject)
export class PlanResolver {
  @Query(() => PlanObject, { description: 'One plan. Unknown ids and plans you may not read answer NOT_FOUND.' })
  async plan(@Args() { id }: PlanArgs, @Ctx() ctx: HubContext): Promise<PlanObject> {
    const row = await ctx.services.plans.get(rowIdOf(id, 'Plan'));
    ctx.loaders.planById.prime(row.id, row);
    return PlanObject.from(row);
  }

  @Query(() => PlanConnection, {
    description:
      'Plans you may read (those of organizations you can see, drafts included, and the issued plans above you), in the order ' +
      'they were drafted (keyset-paginated).',
  })
  async plans(@Args() args: PlansArgs, @Ctx() ctx: HubContext): Promise<PlanConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const { rows, count } = await ctx.services.plans.list(
      {
        search: f.search,
        status: f.status,
        kind: f.kind,
        issuerId: optionalRowIdOf(f.issuerId, 'Organization', 'filter.issuerId'),
        implementsId: optionalRowIdOf(f.implementsId, 'Plan', 'filter.implementsId'),
        year: f.year,
        level: f.level,
      },
      first + 1,
      after,
    );
    for (const r of rows) ctx.loaders.planById.prime(r.id, r);
    return toConnection(PlanConnection, rows, first, after !== null, PlanObject.from, (r) => ({ key: r.id, id: r.id }), count);
  }

  @Query(() => PlanCascadeNode, {
    description:
      'The plan and, level by level, the plans implementing it that you may read (kế hoạch triển khai thực hiện): one query per ' +
      'depth whatever the number of plans.',
  })
  async planCascade(@Args() { planId, asOf }: PlanCascadeArgs, @Ctx() ctx: HubContext): Promise<PlanCascadeNode> {
    const tree = await ctx.services.plans.cascade(rowIdOf(planId, 'Plan', 'planId'));
    primeTree(ctx, tree);
    return cascadeNode(tree, asOf ?? ctx.today);
  }

  @Query(() => [MissingImplementingPlanObject], {
    description:
      'The organizations of `level` that should have issued a plan implementing this one and have not (directly, or anywhere down ' +
      'its cascade; drafts do not count), limited to those you may read, by name. Expected: the organizations valid during the ' +
      'plan\'s period at that level that (a) are of an issuer\'s kind inside its own-system subtree (provincial VFF committees under ' +
      'the central VFF, district VFFs under a provincial VFF, provincial Youth Unions under the central Youth Union); (b) are member ' +
      'organizations (Youth Union, Veterans\' Association, Labour Federation, Women\'s Union, Farmers\' Union — the top of each ' +
      'system in the area) working in the same area at the same level as a VFF-committee issuer or a VFF committee of (a); (c) are ' +
      'assigned a task of the plan or named among its recipients. Never an issuer.',
  })
  async missingImplementingPlans(@Args() { planId, level }: MissingImplementingPlansArgs, @Ctx() ctx: HubContext): Promise<MissingImplementingPlanObject[]> {
    const rows = await ctx.services.plans.missingImplementingPlans(rowIdOf(planId, 'Plan', 'planId'), level);
    return rows.map((r) => {
      ctx.loaders.organizationById.prime(r.organization.id, r.organization);
      return Object.assign(new MissingImplementingPlanObject(), { organization: OrganizationObject.from(r.organization, ctx.today), reason: reasonText(r.reasons) });
    });
  }

  @FieldResolver(() => [OrganizationObject], {
    description:
      'The issuers (cơ quan ban hành), in order. Shown even when an issuer lies outside your organization view: a plan issued ' +
      'above you applies to you.',
  })
  async issuers(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<OrganizationObject[]> {
    const rows = await ctx.loaders.issuersByPlan.load(p.rowId);
    const orgs = await ctx.loaders.organizationById.loadMany(rows.map((r) => r.organizationId));
    return orgs.flatMap((o) => (o && !(o instanceof Error) ? [OrganizationObject.from(o, ctx.today)] : []));
  }

  @FieldResolver(() => PlanObject, { nullable: true, description: 'The plan this one implements (null: none, or not readable by you).' })
  async implements(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<PlanObject | null> {
    if (p.implementsRowId === null) return null;
    const row = await visiblePlanById(ctx, p.implementsRowId);
    return row && PlanObject.from(row);
  }

  @FieldResolver(() => PlanObject, { nullable: true, description: 'The plan that superseded this one (null: none, or not readable by you).' })
  async supersededBy(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<PlanObject | null> {
    if (p.supersededByRowId === null) return null;
    const row = await visiblePlanById(ctx, p.supersededByRowId);
    return row && PlanObject.from(row);
  }

  @FieldResolver(() => [PlanObject], { description: 'The plans implementing this one directly that you may read, in the order they were drafted.' })
  async implementingPlans(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<PlanObject[]> {
    return (await ctx.loaders.implementingPlans.load(p.rowId)).map(PlanObject.from);
  }

  @FieldResolver(() => [PlanTaskObject], { description: 'The tasks (nhiệm vụ), in order.' })
  async tasks(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<PlanTaskObject[]> {
    const rows = await ctx.loaders.tasksByPlan.load(p.rowId);
    for (const r of rows) ctx.loaders.planTaskById.prime(r.id, r);
    return rows.map(PlanTaskObject.from);
  }

  @FieldResolver(() => [MilestoneObject], { description: 'The milestones (mốc thời gian), by start date.' })
  async milestones(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<MilestoneObject[]> {
    return (await ctx.loaders.milestonesByPlan.load(p.rowId)).map(MilestoneObject.from);
  }

  @FieldResolver(() => [ReportingObligationObject], { description: 'The reporting obligations (chế độ báo cáo), in the order they were added.' })
  async obligations(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<ReportingObligationObject[]> {
    const rows = await ctx.loaders.obligationsByPlan.load(p.rowId);
    for (const r of rows) ctx.loaders.obligationById.prime(r.id, r);
    return rows.map(ReportingObligationObject.from);
  }

  @Mutation(() => PlanPayload, {
    description:
      'Draft a plan (DRAFT). You need `data.capture` owning the first issuer (FORBIDDEN / OUT_OF_SCOPE otherwise); every problem ' +
      'of the content is reported at once (BAD_USER_INPUT with fieldErrors).',
  })
  async draftPlan(@Arg('input') i: DraftPlanInput, @Ctx() ctx: HubContext): Promise<PlanPayload> {
    const row = await ctx.services.plans.draft({
      ...i,
      issuerIds: issuerIdsOf(i.issuerIds),
      implementsId: optionalRowIdOf(i.implementsId, 'Plan', 'input.implementsId'),
      recipients: recipientsOf(i),
    });
    return { plan: PlanObject.from(row) };
  }

  @Mutation(() => PlanPayload, { description: 'Change a DRAFT plan (CONFLICT / PLAN_NOT_DRAFT once issued).' })
  async updatePlan(@Arg('input') i: UpdatePlanInput, @Ctx() ctx: HubContext): Promise<PlanPayload> {
    const { planId, issuerIds, implementsId, recipients, ...rest } = i;
    const changes: Record<string, unknown> = { ...rest };
    if (issuerIds !== undefined) changes.issuerIds = issuerIds === null ? null : issuerIdsOf(issuerIds);
    if (implementsId !== undefined) changes.implementsId = optionalRowIdOf(implementsId, 'Plan', 'input.implementsId');
    if (recipients !== undefined) changes.recipients = recipientsOf({ recipients }) ?? null;
    const row = await ctx.services.plans.update(rowIdOf(planId, 'Plan', 'input.planId'), changes);
    return { plan: PlanObject.from(row) };
  }

  @Mutation(() => PlanPayload, {
    description:
      'Issue a DRAFT plan (ban hành): it becomes ISSUED and the report instances of its obligations that have opened are created. ' +
      'CONFLICT / PLAN_NOT_DRAFT when it is not a draft.',
  })
  async issuePlan(@Arg('input') i: IssuePlanInput, @Ctx() ctx: HubContext): Promise<PlanPayload> {
    const row = await ctx.services.plans.issue(rowIdOf(i.planId, 'Plan', 'input.planId'), i.issuedOn ?? null);
    return { plan: PlanObject.from(row) };
  }

  @Mutation(() => PlanPayload, {
    description: 'Mark an ISSUED plan as superseded by another issued plan (CONFLICT / PLAN_NOT_ISSUED when it is not in force).',
  })
  async supersedePlan(@Arg('input') i: SupersedePlanInput, @Ctx() ctx: HubContext): Promise<PlanPayload> {
    const row = await ctx.services.plans.supersede(rowIdOf(i.planId, 'Plan', 'input.planId'), rowIdOf(i.supersededById, 'Plan', 'input.supersededById'));
    return { plan: PlanObject.from(row) };
  }

  @Mutation(() => PlanTaskPayload, { description: 'Add a task, with its assignees, to a DRAFT plan.' })
  async addPlanTask(@Arg('input') i: AddPlanTaskInput, @Ctx() ctx: HubContext): Promise<PlanTaskPayload> {
    const { task } = await ctx.services.plans.addTask({
      ...i,
      planId: rowIdOf(i.planId, 'Plan', 'input.planId'),
      assignees: i.assignees?.map((a, k) => ({ organizationId: rowIdOf(a.organizationId, 'Organization', `input.assignees[${k}].organizationId`), role: a.role })),
    });
    return { task: PlanTaskObject.from(task) };
  }

  @Mutation(() => TaskAssignmentPayload, { description: 'Assign a task of a DRAFT plan to one more organization.' })
  async assignTask(@Arg('input') i: AssignTaskInput, @Ctx() ctx: HubContext): Promise<TaskAssignmentPayload> {
    const row = await ctx.services.plans.assignTask({
      taskId: rowIdOf(i.taskId, 'PlanTask', 'input.taskId'),
      organizationId: rowIdOf(i.organizationId, 'Organization', 'input.organizationId'),
      role: i.role,
    });
    return { assignment: TaskAssignmentObject.from(row) };
  }

  @Mutation(() => TaskAssignmentPayload, {
    description:
      'Record progress on a task of an ISSUED plan: `data.capture` owning the assignee (FORBIDDEN / OUT_OF_SCOPE when you only read ' +
      'the plan). DONE without `doneOn` is done today.',
  })
  async updateTaskAssignment(@Arg('input') i: UpdateTaskAssignmentInput, @Ctx() ctx: HubContext): Promise<TaskAssignmentPayload> {
    const row = await ctx.services.plans.updateAssignment({ ...i, assignmentId: rowIdOf(i.assignmentId, 'TaskAssignment', 'input.assignmentId') }, ctx.today);
    return { assignment: TaskAssignmentObject.from(row) };
  }

  @Mutation(() => MilestonePayload, { description: 'Add a milestone to a DRAFT plan.' })
  async addMilestone(@Arg('input') i: AddMilestoneInput, @Ctx() ctx: HubContext): Promise<MilestonePayload> {
    const row = await ctx.services.plans.addMilestone({ ...i, planId: rowIdOf(i.planId, 'Plan', 'input.planId') });
    return { milestone: MilestoneObject.from(row) };
  }

  @Mutation(() => ReportingObligationPayload, { description: 'Add a reporting obligation to a DRAFT plan. Every problem is reported at once.' })
  async addReportingObligation(@Arg('input') i: AddReportingObligationInput, @Ctx() ctx: HubContext): Promise<ReportingObligationPayload> {
    const row = await ctx.services.plans.addObligation({
      ...i,
      planId: rowIdOf(i.planId, 'Plan', 'input.planId'),
      period: i.period ? formatPeriod(i.period) : null,
      recipientId: rowIdOf(i.recipientId, 'Organization', 'input.recipientId'),
      reporterIds: i.reporterIds?.map((id, k) => rowIdOf(id, 'Organization', `input.reporterIds[${k}]`)),
      indicatorIds: i.indicatorIds?.map((id, k) => rowIdOf(id, 'Indicator', `input.indicatorIds[${k}]`)),
    });
    return { obligation: ReportingObligationObject.from(row) };
  }
}

@Resolver(() => PlanRecipientObject)
export class PlanRecipientResolver {
  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The organization, when the recipient is one of the hub\'s and visible to you.' })
  async organization(@Root() r: PlanRecipientObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    if (r.organizationRowId === null) return null;
    const row = await visibleOrganization(ctx, await ctx.loaders.organizationById.load(r.organizationRowId));
    return row && OrganizationObject.from(row, ctx.today);
  }
}

/** The plan of a task, milestone or obligation: readable whenever the object was reached. */
async function planOf(ctx: HubContext, planRowId: number): Promise<PlanObject> {
  return PlanObject.from((await ctx.loaders.planById.load(planRowId)) as PlanEntity);
}

@Resolver(() => PlanTaskObject)
export class PlanTaskResolver {
  @FieldResolver(() => PlanObject, { description: 'The plan.' })
  plan(@Root() t: PlanTaskObject, @Ctx() ctx: HubContext): Promise<PlanObject> {
    return planOf(ctx, t.planRowId);
  }

  @FieldResolver(() => [TaskAssignmentObject], { description: 'The organizations assigned, those you may read, in the order they were assigned.' })
  async assignments(@Root() t: PlanTaskObject, @Ctx() ctx: HubContext): Promise<TaskAssignmentObject[]> {
    const rows = await ctx.loaders.assignmentsByTask.load(t.rowId);
    const orgs = await visibleOrganizations(ctx, await ctx.loaders.organizationById.loadMany(rows.map((r) => r.organizationId)));
    const visible = new Set(orgs.map((o) => o.id));
    return rows.filter((r) => visible.has(r.organizationId)).map(TaskAssignmentObject.from);
  }
}

@Resolver(() => TaskAssignmentObject)
export class TaskAssignmentResolver {
  @FieldResolver(() => PlanTaskObject, { description: 'The task.' })
  async task(@Root() a: TaskAssignmentObject, @Ctx() ctx: HubContext): Promise<PlanTaskObject> {
    return PlanTaskObject.from((await ctx.loaders.planTaskById.load(a.taskRowId))!);
  }

  @FieldResolver(() => OrganizationObject, { description: 'The organization assigned.' })
  async organization(@Root() a: TaskAssignmentObject, @Ctx() ctx: HubContext): Promise<OrganizationObject> {
    return OrganizationObject.from((await ctx.loaders.organizationById.load(a.organizationRowId))!, ctx.today);
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description:
      'The due date in force on `asOf` (default today): a one-off task\'s date; for a recurring one, that of the period ' +
      '(year, half, quarter, month) containing `asOf`, within the plan\'s years.',
  })
  async dueOn(@Root() a: TaskAssignmentObject, @Args() { asOf }: AsOfArgs, @Ctx() ctx: HubContext): Promise<LocalDate | null> {
    return this.due(a, asOf ?? ctx.today, ctx);
  }

  @FieldResolver(() => TaskStatusEnum, { description: 'The status on `asOf` (default today): the recorded one, or OVERDUE when not DONE after the due date.' })
  async status(@Root() a: TaskAssignmentObject, @Args() { asOf }: AsOfArgs, @Ctx() ctx: HubContext): Promise<TaskStatus> {
    const on = asOf ?? ctx.today;
    return assignmentStatus(a.recordedStatus, await this.due(a, on, ctx), on);
  }

  private async due(a: TaskAssignmentObject, asOf: LocalDate, ctx: HubContext): Promise<LocalDate | null> {
    const [task, plan] = await Promise.all([ctx.loaders.planTaskById.load(a.taskRowId), ctx.loaders.planById.load(a.planRowId)]);
    return task && plan ? taskDueOn(task, asOf, plan) : null;
  }
}

@Resolver(() => MilestoneObject)
export class MilestoneResolver {
  @FieldResolver(() => PlanObject, { description: 'The plan.' })
  plan(@Root() m: MilestoneObject, @Ctx() ctx: HubContext): Promise<PlanObject> {
    return planOf(ctx, m.planRowId);
  }
}

@Resolver(() => ReportingObligationObject)
export class ReportingObligationResolver {
  @FieldResolver(() => PlanObject, { description: 'The plan.' })
  plan(@Root() o: ReportingObligationObject, @Ctx() ctx: HubContext): Promise<PlanObject> {
    return planOf(ctx, o.planRowId);
  }

  @FieldResolver(() => OrganizationObject, { description: 'The organization reports go to (part of the plan: shown even outside your organization view).' })
  async recipient(@Root() o: ReportingObligationObject, @Ctx() ctx: HubContext): Promise<OrganizationObject> {
    return OrganizationObject.from((await ctx.loaders.organizationById.load(o.recipientRowId))!, ctx.today);
  }

  @FieldResolver(() => [IndicatorObject], { description: 'The indicators reported on (chỉ tiêu), in order.' })
  async indicators(@Root() o: ReportingObligationObject, @Ctx() ctx: HubContext): Promise<IndicatorObject[]> {
    const rows = await ctx.loaders.indicatorById.loadMany(o.indicatorRowIds);
    return rows.flatMap((r) => (r && !(r instanceof Error) ? [IndicatorObject.from(r)] : []));
  }

  @FieldResolver(() => [OrganizationObject], { description: 'The reporters the rule selects on `on` (default today) that you may read, by name.' })
  async reporters(@Root() o: ReportingObligationObject, @Args() { on }: OnArgs, @Ctx() ctx: HubContext): Promise<OrganizationObject[]> {
    const day = on ?? ctx.today;
    const rows = await ctx.loaders.obligationReporters.load({ obligationId: o.rowId, on: day });
    for (const r of rows) ctx.loaders.organizationById.prime(r.id, r);
    return (await visibleOrganizations(ctx, rows)).map((r) => OrganizationObject.from(r, day));
  }
}
