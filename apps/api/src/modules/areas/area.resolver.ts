import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pathIds } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { visibleArea, visibleAreas } from '../../common/visibility';
import { childrenConnection, pageOf } from '../../common/paging';
import { ChildrenArgs, toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import type { AreaEntity } from './area.entity';
import {
  AreaArgs,
  AreasArgs,
  CreateAreaInput,
  CreateAreaPayload,
  RecordAreaMergerInput,
  RecordAreaMergerPayload,
} from './area.inputs';
import { AreaConnection, AreaObject, AreaSuccessionObject } from './area.object';

function toNewArea(i: CreateAreaInput, path: string) {
  return {
    code: i.code,
    name: i.name,
    kind: i.kind,
    urban: i.urban,
    parentId: optionalRowIdOf(i.parentId, 'Area', `${path}.parentId`),
    validFrom: i.validFrom,
    validTo: i.validTo ?? null,
  };
}

@Resolver(() => AreaObject)
export class AreaResolver {
  @Query(() => AreaObject, { description: 'One administrative unit. Unknown ids answer NOT_FOUND.' })
  async area(@Args() { id, validOn }: AreaArgs, @Ctx() ctx: HubContext): Promise<AreaObject> {
    const row = await ctx.services.areas.get(rowIdOf(id, 'Area'));
    return AreaObject.from(row, validOn ?? ctx.today);
  }

  @Query(() => AreaConnection, { description: 'Administrative units valid on a date (default today), sorted by code.' })
  async areas(@Args() args: AreasArgs, @Ctx() ctx: HubContext): Promise<AreaConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const validOn = f.validOn ?? ctx.today;
    const { rows, count } = await ctx.services.areas.list(
      {
        parentId: optionalRowIdOf(f.parentId, 'Area', 'filter.parentId'),
        withinAreaId: optionalRowIdOf(f.withinAreaId, 'Area', 'filter.withinAreaId'),
        topLevel: f.topLevel,
        kind: f.kind,
        search: f.search,
        validOn,
      },
      first + 1,
      after,
    );
    for (const r of rows) ctx.loaders.areaById.prime(r.id, r);
    return toConnection(AreaConnection, rows, first, after !== null, (r) => AreaObject.from(r, validOn), (r) => ({ key: r.code, id: r.id }), count);
  }

  @FieldResolver(() => AreaObject, { nullable: true, description: 'The unit this one belongs to (null for a province).' })
  async parent(@Root() a: AreaObject, @Ctx() ctx: HubContext): Promise<AreaObject | null> {
    if (a.parentRowId == null) return null;
    const row = visibleArea(ctx, await ctx.loaders.areaById.load(a.parentRowId));
    return row && AreaObject.from(row, a.asOf);
  }

  @FieldResolver(() => AreaConnection, { description: 'Units directly under this one, valid on `validOn`, sorted by code.' })
  children(@Root() a: AreaObject, @Args() args: ChildrenArgs, @Ctx() ctx: HubContext): Promise<AreaConnection> {
    const validOn = args.validOn ?? a.asOf;
    return childrenConnection({
      Ctor: AreaConnection,
      children: ctx.loaders.areaChildren,
      count: ctx.loaders.areaChildCount,
      parentId: a.rowId,
      validOn,
      args,
      toNode: (r: AreaEntity) => AreaObject.from(r, validOn),
      sortKey: (r) => r.code,
    });
  }

  @FieldResolver(() => [AreaObject], { description: 'Units above this one, from the top (province) down to the parent.' })
  async ancestors(@Root() a: AreaObject, @Ctx() ctx: HubContext): Promise<AreaObject[]> {
    const ids = pathIds(a.pathString).slice(0, -1);
    return visibleAreas(ctx, await ctx.loaders.areaById.loadMany(ids)).map((r) => AreaObject.from(r, a.asOf));
  }

  @FieldResolver(() => [AreaObject], { description: 'The ancestors followed by this unit: the breadcrumb from the top.' })
  async path(@Root() a: AreaObject, @Ctx() ctx: HubContext): Promise<AreaObject[]> {
    return [...(await this.ancestors(a, ctx)), a];
  }

  @FieldResolver(() => [AreaSuccessionObject], { description: 'Units that (partly) became this one, with the share of each.' })
  async predecessors(@Root() a: AreaObject, @Ctx() ctx: HubContext): Promise<AreaSuccessionObject[]> {
    const links = await ctx.loaders.areaPredecessors.load(a.rowId);
    return this.linked(links.map((l) => ({ id: l.predecessorId, l })), 'lastDay', ctx);
  }

  @FieldResolver(() => [AreaSuccessionObject], { description: 'Units this one (partly) became, with the share that went to each.' })
  async successors(@Root() a: AreaObject, @Ctx() ctx: HubContext): Promise<AreaSuccessionObject[]> {
    const links = await ctx.loaders.areaSuccessors.load(a.rowId);
    return this.linked(links.map((l) => ({ id: l.successorId, l })), 'firstDay', ctx);
  }

  /** Predecessors are viewed on their last day, successors on their first: the two sides of the change. */
  private async linked(items: { id: number; l: { effectiveOn: string; share: number } }[], view: 'lastDay' | 'firstDay', ctx: HubContext) {
    const rows = await ctx.loaders.areaById.loadMany(items.map((i) => i.id));
    const visible = new Set(visibleAreas(ctx, rows).map((r) => r.id));
    return items.flatMap((i, k) => {
      const row = rows[k];
      if (!row || row instanceof Error || !visible.has(row.id)) return [];
      const o = new AreaSuccessionObject();
      o.area = AreaObject.from(row, view === 'lastDay' ? (row.validTo ?? row.validFrom) : row.validFrom);
      o.effectiveOn = i.l.effectiveOn;
      o.share = i.l.share;
      return [o];
    });
  }

  @Mutation(() => CreateAreaPayload, { description: 'Create an administrative unit. Needs `area.write` (system administrators).' })
  async createArea(@Arg('input') input: CreateAreaInput, @Ctx() ctx: HubContext): Promise<CreateAreaPayload> {
    const row = await ctx.services.areas.create(toNewArea(input, 'input'));
    return { area: AreaObject.from(row, row.validFrom) };
  }

  @Mutation(() => RecordAreaMergerPayload, {
    description: 'Record that several units became one on a date (sáp nhập): closes them, links the successor. Administrators only.',
  })
  async recordAreaMerger(@Arg('input') input: RecordAreaMergerInput, @Ctx() ctx: HubContext): Promise<RecordAreaMergerPayload> {
    const r = await ctx.services.areas.recordMerger({
      predecessors: input.predecessors.map((p, i) => ({ areaId: rowIdOf(p.areaId, 'Area', `input.predecessors.${i}.areaId`), share: p.share })),
      successorId: optionalRowIdOf(input.successorId, 'Area', 'input.successorId'),
      newSuccessor: input.newSuccessor ? toNewArea(input.newSuccessor, 'input.newSuccessor') : null,
      effectiveOn: input.effectiveOn,
      rehomeOrganizations: input.rehomeOrganizations,
    });
    return {
      successor: AreaObject.from(r.successor, input.effectiveOn),
      predecessors: r.predecessors.map((p) => AreaObject.from(p, p.validFrom)),
      closedAreaCount: r.closedAreaCount,
      rehomedOrganizationCount: r.rehomedOrganizationCount,
    };
  }
}
