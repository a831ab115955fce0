import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { eventMoneyRaised } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { loadedRows } from '../../common/hierarchy';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { VndScalar } from '../../common/scalars';
import { visibleArea, visibleOrganizations } from '../../common/visibility';
import { AreaObject } from '../areas/area.object';
import { visibleFund } from '../funds/fund.access';
import { LedgerTransactionObject } from '../funds/fund.object';
import { OrganizationObject } from '../organizations/organization.object';
import { PlanObject, visiblePlanObject } from '../plans/plan.object';
import { CreateEventInput, EventsArgs, LinkEventTransactionInput } from './event.inputs';
import { EventConnection, EventObject, EventPayload } from './event.object';

/** Events of the movement (docs/plans.md "events"): list, create, credit donations; nested fields through loaders. */
@Resolver(() => EventObject)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events you can read (organization.read over one of their organizers), in date order.' })
  async events(@Args() args: EventsArgs, @Ctx() ctx: HubContext): Promise<EventConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const { rows, count } = await ctx.services.events.list(
      {
        planId: optionalRowIdOf(f.planId, 'Plan', 'filter.planId'),
        kind: f.kind,
        from: f.from,
        to: f.to,
        organizerId: optionalRowIdOf(f.organizerId, 'Organization', 'filter.organizerId'),
      },
      first + 1,
      after,
    );
    for (const r of rows) ctx.loaders.eventById.prime(r.id, r);
    return toConnection(EventConnection, rows, first, after !== null, EventObject.from, (r) => ({ key: r.startsOn, id: r.id }), count);
  }

  @Mutation(() => EventPayload, { description: 'Record an event (data.capture owning its first organizer).' })
  async createEvent(@Arg('input') i: CreateEventInput, @Ctx() ctx: HubContext): Promise<EventPayload> {
    const event = await ctx.services.events.create({
      ...i,
      planId: optionalRowIdOf(i.planId, 'Plan', 'input.planId'),
      areaId: optionalRowIdOf(i.areaId, 'Area', 'input.areaId'),
      organizerIds: i.organizerIds.map((id, k) => rowIdOf(id, 'Organization', `input.organizerIds[${k}]`)),
    });
    return { event: EventObject.from(event) };
  }

  @Mutation(() => EventPayload, { description: 'Credit a donation (or a pledge fulfilment) to an event: counted in its moneyRaised. A transaction is credited to one event at most.' })
  async linkEventTransaction(@Arg('input') i: LinkEventTransactionInput, @Ctx() ctx: HubContext): Promise<EventPayload> {
    const event = await ctx.services.events.linkTransaction(rowIdOf(i.eventId, 'Event', 'input.eventId'), rowIdOf(i.transactionId, 'LedgerTransaction', 'input.transactionId'));
    return { event: EventObject.from(event) };
  }

  @FieldResolver(() => PlanObject, { nullable: true, description: 'The plan it belongs to (kế hoạch), when recorded and readable.' })
  plan(@Root() e: EventObject, @Ctx() ctx: HubContext): Promise<PlanObject | null> {
    return visiblePlanObject(ctx, e.planRowId);
  }

  @FieldResolver(() => [OrganizationObject], { description: 'Its organizers you can read (đơn vị tổ chức), the first organizer first.' })
  async organizers(@Root() e: EventObject, @Ctx() ctx: HubContext): Promise<OrganizationObject[]> {
    const links = await ctx.loaders.eventOrganizers.load(e.rowId);
    const rows = await visibleOrganizations(ctx, await ctx.loaders.organizationById.loadMany(links.map((l) => l.organizationId)));
    return rows.map((r) => OrganizationObject.from(r, ctx.today));
  }

  @FieldResolver(() => AreaObject, { nullable: true, description: 'The area it takes place in, when recorded and readable.' })
  async area(@Root() e: EventObject, @Ctx() ctx: HubContext): Promise<AreaObject | null> {
    if (e.areaRowId === null) return null;
    const row = visibleArea(ctx, await ctx.loaders.areaById.load(e.areaRowId));
    return row && AreaObject.from(row, ctx.today);
  }

  @FieldResolver(() => VndScalar, { description: 'Money the event raised (VND): Σ of the donations and pledge fulfilments credited to it, less those reversed since.' })
  async moneyRaised(@Root() e: EventObject, @Ctx() ctx: HubContext): Promise<number> {
    return eventMoneyRaised(await ctx.loaders.eventTransactions.load(e.rowId));
  }

  @FieldResolver(() => [LedgerTransactionObject], { description: 'The donations credited to it, of the funds you can read, in the order recorded.' })
  async transactions(@Root() e: EventObject, @Ctx() ctx: HubContext): Promise<LedgerTransactionObject[]> {
    const linked = await ctx.loaders.eventTransactions.load(e.rowId);
    const funds = loadedRows(await ctx.loaders.fundById.loadMany([...new Set(linked.map((t) => t.fundId))]));
    const readable = new Set(funds.filter((f) => visibleFund(ctx.caller, f)).map((f) => f.id));
    const rows = loadedRows(await ctx.loaders.ledgerTransactionById.loadMany(linked.filter((t) => readable.has(t.fundId)).map((t) => t.transactionId)));
    return rows.map(LedgerTransactionObject.from);
  }
}

/** `Plan.events`: the events of a plan the caller may read, through a loader (one statement per page of plans). */
@Resolver(() => PlanObject)
export class PlanEventsResolver {
  @FieldResolver(() => [EventObject], { description: 'Events held under this plan (sự kiện) that you can read, in date order.' })
  async events(@Root() p: PlanObject, @Ctx() ctx: HubContext): Promise<EventObject[]> {
    const rows = await ctx.loaders.eventsByPlan.load(p.rowId);
    for (const r of rows) ctx.loaders.eventById.prime(r.id, r);
    return rows.map(EventObject.from);
  }
}
