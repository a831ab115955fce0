import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { formatPeriod, type LocalDate, type OrganizationLevel } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { OrganizationLevelEnum } from '../../common/enums';
import { loadedRows } from '../../common/hierarchy';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { LocalDateScalar } from '../../common/scalars';
import { OrganizationObject } from '../organizations/organization.object';
import type { CascadeTree } from './plan-cascade.service';
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
  PlanTaskObject,
  ReportingObligationObject,
  TaskAssignmentObject,
  visiblePlanObject,
} from './plan.object';

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

/** Plans: the root queries and mutations (the parts of a plan too), and the fields of a plan. Nested types: plan-parts.resolver.ts. */
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
    const tree = await ctx.services.planCascades.cascade(rowIdOf(planId, 'Plan', 'planId'));
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
    const rows = await ctx.services.planCascades.missingImplementingPlans(rowIdOf(planId, 'Plan', 'planId'), level);
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
    return loadedRows(await ctx.loaders.organizationById.loadMany(rows.map((r) => r.organizationId))).map((o) => OrganizationObject.from(o, ctx.today));
  }

  @FieldResolver(() => PlanObject, { nullable: true, description: 'The plan this one implements (null: none, or not readable by you).' })
  implements(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<PlanObject | null> {
    return visiblePlanObject(ctx, p.implementsRowId);
  }

  @FieldResolver(() => PlanObject, { nullable: true, description: 'The plan that superseded this one (null: none, or not readable by you).' })
  supersededBy(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<PlanObject | null> {
    return visiblePlanObject(ctx, p.supersededByRowId);
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
    const { task } = await ctx.services.planParts.addTask({
      ...i,
      planId: rowIdOf(i.planId, 'Plan', 'input.planId'),
      assignees: i.assignees?.map((a, k) => ({ organizationId: rowIdOf(a.organizationId, 'Organization', `input.assignees[${k}].organizationId`), role: a.role })),
    });
    return { task: PlanTaskObject.from(task) };
  }

  @Mutation(() => TaskAssignmentPayload, { description: 'Assign a task of a DRAFT plan to one more organization.' })
  async assignTask(@Arg('input') i: AssignTaskInput, @Ctx() ctx: HubContext): Promise<TaskAssignmentPayload> {
    const row = await ctx.services.planParts.assignTask({
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
    const row = await ctx.services.planParts.updateAssignment({ ...i, assignmentId: rowIdOf(i.assignmentId, 'TaskAssignment', 'input.assignmentId') }, ctx.today);
    return { assignment: TaskAssignmentObject.from(row) };
  }

  @Mutation(() => MilestonePayload, { description: 'Add a milestone to a DRAFT plan.' })
  async addMilestone(@Arg('input') i: AddMilestoneInput, @Ctx() ctx: HubContext): Promise<MilestonePayload> {
    const row = await ctx.services.planParts.addMilestone({ ...i, planId: rowIdOf(i.planId, 'Plan', 'input.planId') });
    return { milestone: MilestoneObject.from(row) };
  }

  @Mutation(() => ReportingObligationPayload, { description: 'Add a reporting obligation to a DRAFT plan. Every problem is reported at once.' })
  async addReportingObligation(@Arg('input') i: AddReportingObligationInput, @Ctx() ctx: HubContext): Promise<ReportingObligationPayload> {
    const row = await ctx.services.planParts.addObligation({
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
