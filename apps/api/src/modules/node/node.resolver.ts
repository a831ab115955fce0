import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../common/context';
import { loadedRows } from '../../common/hierarchy';
import { fromGlobalId, type NodeTypeName } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { visibleApiKey, visibleArea, visibleOrganization, visibleOrganizations, visibleUser } from '../../common/visibility';
import { AreaObject } from '../areas/area.object';
import { ApiKeyObject } from '../auth/api-key.object';
import { UserObject } from '../auth/user.object';
import { EventObject } from '../events/event.object';
import { visibleFund } from '../funds/fund.access';
import { FundObject, LedgerTransactionObject, PledgeObject } from '../funds/fund.object';
import { HouseholdAccess } from '../households/household.access';
import { HouseholdObject } from '../households/household.object';
import { IndicatorObject, IndicatorTargetObject } from '../indicators/indicator.object';
import { OrganizationObject } from '../organizations/organization.object';
import { visiblePlanById } from '../plans/plan.access';
import { MilestoneObject, PlanObject, PlanTaskObject, ReportingObligationObject, TaskAssignmentObject } from '../plans/plan.object';
import { ReportAccess } from '../reports/report.access';
import { ReportObject } from '../reports/report.object';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when it does not exist or lies outside your scope (the two are not told apart).',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Node | null> {
    ctx.caller.requireSignedIn();
    const parsed = fromGlobalId(id);
    return parsed ? this.fetch(parsed.type, parsed.rowId, ctx) : null;
  }

  /** Through the request's loaders (many node() calls batch into one statement per type), then the caller's scope. */
  private async fetch(type: NodeTypeName, rowId: number, ctx: HubContext): Promise<Node | null> {
    const l = ctx.loaders;
    switch (type) {
      case 'Area': {
        const row = visibleArea(ctx, await l.areaById.load(rowId));
        return row && AreaObject.from(row, ctx.today);
      }
      case 'Organization': {
        const row = await visibleOrganization(ctx, await l.organizationById.load(rowId));
        return row && OrganizationObject.from(row, ctx.today);
      }
      case 'User': {
        const row = await visibleUser(ctx, await l.userById.load(rowId));
        return row && UserObject.from(row);
      }
      case 'ApiKey': {
        const row = await visibleApiKey(ctx, rowId);
        return row && ApiKeyObject.from(row, ctx.today);
      }
      case 'Household': {
        const row = await l.householdById.load(rowId);
        return row && new HouseholdAccess(ctx.caller).visible(row) ? HouseholdObject.from(row) : null;
      }
      case 'Fund': {
        const row = visibleFund(ctx.caller, await l.fundById.load(rowId));
        return row && FundObject.from(row);
      }
      case 'LedgerTransaction': {
        // As in `ledger`: a transaction belongs to the fund recording it and, for a transfer, to the fund receiving it.
        const row = await l.ledgerTransactionById.load(rowId);
        const funds = row ? loadedRows(await l.fundById.loadMany([row.fundId, ...(row.counterFundId ? [row.counterFundId] : [])])) : [];
        return row && funds.some((f) => visibleFund(ctx.caller, f)) ? LedgerTransactionObject.from(row) : null;
      }
      case 'Pledge': {
        const row = await l.pledgeById.load(rowId);
        return row && visibleFund(ctx.caller, await l.fundById.load(row.fundId)) ? PledgeObject.load(row, l) : null;
      }
      case 'Event': {
        // Readable when one of its organizers is (organization.read).
        const row = await l.eventById.load(rowId);
        const organizers = row ? await l.eventOrganizers.load(row.id) : [];
        const visible = organizers.length ? await visibleOrganizations(ctx, await l.organizationById.loadMany(organizers.map((o) => o.organizationId))) : [];
        return row && visible.length > 0 ? EventObject.from(row) : null;
      }
      case 'Plan': {
        const row = await visiblePlanById(ctx, rowId);
        return row && PlanObject.from(row);
      }
      case 'PlanTask': {
        // Tasks, assignments, milestones and obligations are readable with their plan.
        const row = await l.planTaskById.load(rowId);
        return row && (await visiblePlanById(ctx, row.planId)) ? PlanTaskObject.from(row) : null;
      }
      case 'TaskAssignment': {
        // As in `PlanTask.assignments`: the assignee must be visible too.
        const row = await l.taskAssignmentById.load(rowId);
        const visible = row && (await visiblePlanById(ctx, row.planId)) && (await visibleOrganization(ctx, await l.organizationById.load(row.organizationId)));
        return row && visible ? TaskAssignmentObject.from(row) : null;
      }
      case 'Milestone': {
        const row = await l.milestoneById.load(rowId);
        return row && (await visiblePlanById(ctx, row.planId)) ? MilestoneObject.from(row) : null;
      }
      case 'ReportingObligation': {
        const row = await l.obligationById.load(rowId);
        return row && (await visiblePlanById(ctx, row.planId)) ? ReportingObligationObject.from(row) : null;
      }
      case 'Report': {
        // Readable by whoever views its reporter or recipient; read alone, it gets its pre-filled values (as `report`).
        const row = await l.reportById.load(rowId);
        if (!row || !new ReportAccess(ctx.caller).visible(row)) return null;
        await ctx.services.reports.prefill(row);
        return ReportObject.from(row);
      }
      case 'Indicator': {
        // Reference data: any signed-in caller.
        const row = await l.indicatorById.load(rowId);
        return row && IndicatorObject.from(row);
      }
      case 'IndicatorTarget': {
        // Readable with the plan that set it; one outside plans by national readers only (as `indicatorTargets`).
        const row = await l.indicatorTargetById.load(rowId);
        const readable = row && (row.planId === null ? ctx.caller.scope('organization.read').national : !!(await visiblePlanById(ctx, row.planId)));
        return row && readable ? IndicatorTargetObject.from(row) : null;
      }
      case 'HouseholdMember':
      case 'HouseholdReview':
      case 'ImportJob':
      case 'Donor':
      case 'BankStatement':
      case 'StatementLine':
        // Reached through their household (`members`, `reviews`), `importJob`, a transaction (`donor`) or a fund's statements, not fetched alone.
        return null;
      case 'RoleAssignment':
      case 'AuditEntry':
      case 'PersonalDataRead':
        // Reached through their user (`assignments`) or the audit queries, not fetched alone.
        return null;
    }
  }
}
