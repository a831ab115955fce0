/** The fields of the parts of a plan (recipients, tasks, assignments, milestones, obligations), through the request's loaders. */
import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import { assignmentStatus, taskDueOn, type LocalDate, type TaskStatus } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { loadedRows } from '../../common/hierarchy';
import { LocalDateScalar } from '../../common/scalars';
import { visibleOrganization, visibleOrganizations } from '../../common/visibility';
import { IndicatorObject } from '../indicators/indicator.object';
import { OrganizationObject } from '../organizations/organization.object';
import { TaskStatusEnum } from './plan.enums';
import { MilestoneObject, PlanObject, planObjectOf, PlanRecipientObject, PlanTaskObject, ReportingObligationObject, TaskAssignmentObject } from './plan.object';

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

@Resolver(() => PlanRecipientObject)
export class PlanRecipientResolver {
  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The organization, when the recipient is one of the hub\'s and visible to you.' })
  async organization(@Root() r: PlanRecipientObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    if (r.organizationRowId === null) return null;
    const row = await visibleOrganization(ctx, await ctx.loaders.organizationById.load(r.organizationRowId));
    return row && OrganizationObject.from(row, ctx.today);
  }
}

@Resolver(() => PlanTaskObject)
export class PlanTaskResolver {
  @FieldResolver(() => PlanObject, { description: 'The plan.' })
  plan(@Root() t: PlanTaskObject, @Ctx() ctx: HubContext): Promise<PlanObject> {
    return planObjectOf(ctx, t.planRowId);
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
    return planObjectOf(ctx, m.planRowId);
  }
}

@Resolver(() => ReportingObligationObject)
export class ReportingObligationResolver {
  @FieldResolver(() => PlanObject, { description: 'The plan.' })
  plan(@Root() o: ReportingObligationObject, @Ctx() ctx: HubContext): Promise<PlanObject> {
    return planObjectOf(ctx, o.planRowId);
  }

  @FieldResolver(() => OrganizationObject, { description: 'The organization reports go to (part of the plan: shown even outside your organization view).' })
  async recipient(@Root() o: ReportingObligationObject, @Ctx() ctx: HubContext): Promise<OrganizationObject> {
    return OrganizationObject.from((await ctx.loaders.organizationById.load(o.recipientRowId))!, ctx.today);
  }

  @FieldResolver(() => [IndicatorObject], { description: 'The indicators reported on (chỉ tiêu), in order.' })
  async indicators(@Root() o: ReportingObligationObject, @Ctx() ctx: HubContext): Promise<IndicatorObject[]> {
    return loadedRows(await ctx.loaders.indicatorById.loadMany(o.indicatorRowIds)).map((r) => IndicatorObject.from(r));
  }

  @FieldResolver(() => [OrganizationObject], { description: 'The reporters the rule selects on `on` (default today) that you may read, by name.' })
  async reporters(@Root() o: ReportingObligationObject, @Args() { on }: OnArgs, @Ctx() ctx: HubContext): Promise<OrganizationObject[]> {
    const day = on ?? ctx.today;
    const rows = await ctx.loaders.obligationReporters.load({ obligationId: o.rowId, on: day });
    for (const r of rows) ctx.loaders.organizationById.prime(r.id, r);
    return (await visibleOrganizations(ctx, rows)).map((r) => OrganizationObject.from(r, day));
  }
}
