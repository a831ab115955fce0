import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isMemberOrganizationKind, pathIds } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { visibleArea, visibleOrganization, visibleOrganizations } from '../../common/visibility';
import { childrenConnection, pageOf } from '../../common/paging';
import { ChildrenArgs, toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { AreaObject } from '../areas/area.object';
import type { OrganizationEntity, OrganizationSuccessionEntity } from './organization.entity';
import {
  CloseOrganizationInput,
  CloseOrganizationPayload,
  CreateOrganizationInput,
  MoveOrganizationInput,
  OrganizationArgs,
  OrganizationPayload,
  OrganizationsArgs,
  UpdateOrganizationInput,
} from './organization.inputs';
import { OrganizationConnection, OrganizationObject, OrganizationSuccessionObject } from './organization.object';

@Resolver(() => OrganizationObject)
export class OrganizationResolver {
  @Query(() => OrganizationObject, { description: 'One organization. Unknown ids answer NOT_FOUND.' })
  async organization(@Args() { id, validOn }: OrganizationArgs, @Ctx() ctx: HubContext): Promise<OrganizationObject> {
    const row = await ctx.services.organizations.get(rowIdOf(id, 'Organization'));
    return OrganizationObject.from(row, validOn ?? ctx.today);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations active on a date (default today), sorted by name.' })
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: HubContext): Promise<OrganizationConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const validOn = f.validOn ?? ctx.today;
    const { rows, count } = await ctx.services.organizations.list(
      {
        kind: f.kind,
        level: f.level,
        areaId: optionalRowIdOf(f.areaId, 'Area', 'filter.areaId'),
        withinOrganizationId: optionalRowIdOf(f.withinOrganizationId, 'Organization', 'filter.withinOrganizationId'),
        topLevel: f.topLevel,
        search: f.search,
        validOn,
      },
      first + 1,
      after,
    );
    for (const r of rows) ctx.loaders.organizationById.prime(r.id, r);
    return toConnection(
      OrganizationConnection,
      rows,
      first,
      after !== null,
      (r) => OrganizationObject.from(r, validOn),
      (r) => ({ key: r.nameSearch, id: r.id }),
      count,
    );
  }

  @FieldResolver(() => AreaObject, { nullable: true, description: 'The administrative unit it works in (null for central organizations).' })
  async area(@Root() o: OrganizationObject, @Ctx() ctx: HubContext): Promise<AreaObject | null> {
    if (o.areaRowId == null) return null;
    const row = visibleArea(ctx, await ctx.loaders.areaById.load(o.areaRowId));
    return row && AreaObject.from(row, o.asOf);
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'Its parent inside its own system.' })
  async parent(@Root() o: OrganizationObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    if (o.parentRowId == null) return null;
    const row = await visibleOrganization(ctx, await ctx.loaders.organizationById.load(o.parentRowId));
    return row && OrganizationObject.from(row, o.asOf);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations directly under this one in its system, active on `validOn`.' })
  children(@Root() o: OrganizationObject, @Args() args: ChildrenArgs, @Ctx() ctx: HubContext): Promise<OrganizationConnection> {
    const validOn = args.validOn ?? o.asOf;
    return childrenConnection({
      Ctor: OrganizationConnection,
      children: ctx.loaders.organizationChildren,
      count: ctx.loaders.organizationChildCount,
      parentId: o.rowId,
      validOn,
      args,
      toNode: (r: OrganizationEntity) => OrganizationObject.from(r, validOn),
      sortKey: (r) => r.nameSearch,
    });
  }

  @FieldResolver(() => [OrganizationObject], { description: 'Organizations above this one in its system, top first.' })
  async ancestors(@Root() o: OrganizationObject, @Ctx() ctx: HubContext): Promise<OrganizationObject[]> {
    const rows = await visibleOrganizations(ctx, await ctx.loaders.organizationById.loadMany(pathIds(o.pathString).slice(0, -1)));
    return rows.map((r) => OrganizationObject.from(r, o.asOf));
  }

  @FieldResolver(() => [OrganizationObject], { description: 'The ancestors followed by this organization.' })
  async path(@Root() o: OrganizationObject, @Ctx() ctx: HubContext): Promise<OrganizationObject[]> {
    return [...(await this.ancestors(o, ctx)), o];
  }

  @FieldResolver(() => [OrganizationObject], {
    description:
      'For a VFF committee: the member organizations (tổ chức thành viên) at its level and area — Youth Union, ' +
      "Veterans', Labour, Women's and Farmers' organizations. Empty for other kinds.",
  })
  async memberOrganizations(@Root() o: OrganizationObject, @Ctx() ctx: HubContext): Promise<OrganizationObject[]> {
    if (o.kind !== 'VFF_COMMITTEE') return [];
    const rows = await visibleOrganizations(ctx, await ctx.loaders.organizationsByAreaLevel.load({ areaId: o.areaRowId, level: o.level, validOn: o.asOf }));
    return rows.filter((r) => isMemberOrganizationKind(r.kind)).map((r) => OrganizationObject.from(r, o.asOf));
  }

  @FieldResolver(() => OrganizationObject, {
    nullable: true,
    description: 'For a member organization: the VFF committee of the same area and level it is a member of.',
  })
  async vffCommittee(@Root() o: OrganizationObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    if (!isMemberOrganizationKind(o.kind)) return null;
    const rows = await visibleOrganizations(ctx, await ctx.loaders.organizationsByAreaLevel.load({ areaId: o.areaRowId, level: o.level, validOn: o.asOf }));
    const vff = rows.find((r) => r.kind === 'VFF_COMMITTEE');
    return vff ? OrganizationObject.from(vff, o.asOf) : null;
  }

  @FieldResolver(() => [OrganizationSuccessionObject], { description: 'Organizations this one took over from.' })
  async predecessors(@Root() o: OrganizationObject, @Ctx() ctx: HubContext): Promise<OrganizationSuccessionObject[]> {
    const links = await ctx.loaders.organizationPredecessors.load(o.rowId);
    return this.linked(links, (l) => l.predecessorId, 'lastDay', ctx);
  }

  @FieldResolver(() => [OrganizationSuccessionObject], { description: 'Organizations that took over from this one.' })
  async successors(@Root() o: OrganizationObject, @Ctx() ctx: HubContext): Promise<OrganizationSuccessionObject[]> {
    const links = await ctx.loaders.organizationSuccessors.load(o.rowId);
    return this.linked(links, (l) => l.successorId, 'firstDay', ctx);
  }

  /** Predecessors are viewed on their last day, successors on their first. */
  private async linked(
    links: OrganizationSuccessionEntity[],
    other: (l: OrganizationSuccessionEntity) => number,
    view: 'lastDay' | 'firstDay',
    ctx: HubContext,
  ) {
    const rows = await ctx.loaders.organizationById.loadMany(links.map(other));
    const visible = new Set((await visibleOrganizations(ctx, rows)).map((r) => r.id));
    return links.flatMap((l, i) => {
      const row = rows[i];
      if (!row || row instanceof Error || !visible.has(row.id)) return [];
      return [Object.assign(new OrganizationSuccessionObject(), { organization: OrganizationObject.from(row, view === 'lastDay' ? (row.validTo ?? row.validFrom) : row.validFrom), effectiveOn: l.effectiveOn })];
    });
  }

  @Mutation(() => OrganizationPayload, { description: 'Create an organization under a parent in your `organization.write` subtree (top-level: system administrators).' })
  async createOrganization(@Arg('input') i: CreateOrganizationInput, @Ctx() ctx: HubContext): Promise<OrganizationPayload> {
    const row = await ctx.services.organizations.create({
      name: i.name,
      shortName: i.shortName ?? null,
      kind: i.kind,
      level: i.level ?? null,
      areaId: optionalRowIdOf(i.areaId, 'Area', 'input.areaId'),
      parentId: optionalRowIdOf(i.parentId, 'Organization', 'input.parentId'),
      validFrom: i.validFrom,
      validTo: i.validTo ?? null,
    });
    return { organization: OrganizationObject.from(row, row.validFrom) };
  }

  @Mutation(() => OrganizationPayload, { description: 'Rename or re-classify an organization of your `organization.write` subtree.' })
  async updateOrganization(@Arg('input') i: UpdateOrganizationInput, @Ctx() ctx: HubContext): Promise<OrganizationPayload> {
    const row = await ctx.services.organizations.update(rowIdOf(i.id, 'Organization', 'input.id'), {
      name: i.name ?? undefined,
      shortName: i.shortName,
      kind: i.kind,
      validFrom: i.validFrom,
    });
    return { organization: OrganizationObject.from(row, ctx.today) };
  }

  @Mutation(() => OrganizationPayload, { description: 'Move an organization and its subtree under another parent. A cycle is HIERARCHY_CYCLE.' })
  async moveOrganization(@Arg('input') i: MoveOrganizationInput, @Ctx() ctx: HubContext): Promise<OrganizationPayload> {
    const row = await ctx.services.organizations.move(
      rowIdOf(i.id, 'Organization', 'input.id'),
      optionalRowIdOf(i.newParentId, 'Organization', 'input.newParentId'),
    );
    return { organization: OrganizationObject.from(row, ctx.today) };
  }

  @Mutation(() => CloseOrganizationPayload, { description: 'Close an organization and its still-open subtree on a date.' })
  async closeOrganization(@Arg('input') i: CloseOrganizationInput, @Ctx() ctx: HubContext): Promise<CloseOrganizationPayload> {
    const r = await ctx.services.organizations.close(
      rowIdOf(i.id, 'Organization', 'input.id'),
      i.validTo,
      optionalRowIdOf(i.successorId, 'Organization', 'input.successorId'),
    );
    return { organization: OrganizationObject.from(r.organization, r.organization.validFrom), closedCount: r.closedCount };
  }
}
