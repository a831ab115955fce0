import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput, type LocalDate } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { fromGlobalId, optionalRowIdOf, rowIdOf, toGlobalId } from '../../common/relay/global-id';
import { LocalDateScalar } from '../../common/scalars';
import { visibleArea, visibleOrganization } from '../../common/visibility';
import { AreaObject } from '../areas/area.object';
import { OrganizationObject } from '../organizations/organization.object';
import { visiblePlanById } from '../plans/plan.access';
import { PlanObject, visiblePlanObject } from '../plans/plan.object';
import type { CriteriaLookups } from './criteria.service';
import { IndicatorsArgs, IndicatorSeriesArgs, IndicatorTargetFilter, SetIndicatorTargetInput } from './indicator.inputs';
import {
  CriteriaEvaluationObject,
  CriterionEvaluationObject,
  CriterionFigureObject,
  EmulationCriterionObject,
  IndicatorConnection,
  IndicatorObject,
  IndicatorPointObject,
  IndicatorProvenanceObject,
  IndicatorSeriesObject,
  IndicatorTargetObject,
  IndicatorTargetPayload,
} from './indicator.object';

/** What criteria read, through the request's loaders: many subjects in one request share each read. */
const lookups = (ctx: HubContext): CriteriaLookups => ({
  readablePlan: async (id) => !!(await visiblePlanById(ctx, id)),
  chain: (id) => ctx.loaders.planChains.load(id),
  area: (id) => ctx.loaders.areaById.load(id),
  visibleOrganization: async (id) => visibleOrganization(ctx, await ctx.loaders.organizationById.load(id)),
  counts: (scope, years, today) => ctx.loaders.povertyCountsOfScope.load({ scope, years, today }),
});

/** An Area or Organization global id as the subject of an evaluation. */
function subjectOf(id: string): { areaId: number } | { organizationId: number } {
  const parsed = fromGlobalId(id);
  if (parsed?.type === 'Area') return { areaId: parsed.rowId };
  if (parsed?.type === 'Organization') return { organizationId: parsed.rowId };
  throw badInput('INVALID_ID', `Not an Area or Organization id: ${JSON.stringify(id)}`, [{ path: 'subjectId', message: 'must be an Area or Organization id' }]);
}

/** Indicators, targets, series and emulation criteria (docs/plans.md). */
@Resolver(() => IndicatorObject)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, { description: 'The indicator catalogue (danh mục chỉ tiêu), by code. Any signed-in caller.' })
  async indicators(@Args() args: IndicatorsArgs, @Ctx() ctx: HubContext): Promise<IndicatorConnection> {
    const { first, after } = pageOf(args);
    const { rows, count } = await ctx.services.indicators.list(args.filter ?? {}, first + 1, after);
    for (const r of rows) ctx.loaders.indicatorById.prime(r.id, r);
    return toConnection(IndicatorConnection, rows, first, after !== null, IndicatorObject.from, (r) => ({ key: r.code, id: r.id }), count);
  }

  @Query(() => IndicatorObject, { nullable: true, description: 'The indicator with this code (e.g. POOR_AND_NEAR_POOR_RATE); null when unknown.' })
  async indicator(@Arg('code', { description: 'Its code.' }) code: string, @Ctx() ctx: HubContext): Promise<IndicatorObject | null> {
    const row = await ctx.services.indicators.byCode(code);
    return row && IndicatorObject.from(row);
  }

  @Query(() => [IndicatorTargetObject], { description: 'Targets set by the plans you may read (at most 1,000, in the order they were set).' })
  async indicatorTargets(@Arg('filter', () => IndicatorTargetFilter, { nullable: true, description: 'Any combination; none lists every target you may read.' }) f: IndicatorTargetFilter | null, @Ctx() ctx: HubContext): Promise<IndicatorTargetObject[]> {
    const rows = await ctx.services.indicators.targets({
      indicatorId: optionalRowIdOf(f?.indicatorId, 'Indicator', 'filter.indicatorId'),
      planId: optionalRowIdOf(f?.planId, 'Plan', 'filter.planId'),
      organizationId: optionalRowIdOf(f?.organizationId, 'Organization', 'filter.organizationId'),
      areaId: optionalRowIdOf(f?.areaId, 'Area', 'filter.areaId'),
    });
    return rows.map(IndicatorTargetObject.from);
  }

  @Query(() => IndicatorSeriesObject, {
    description:
      'An indicator over a range of periods for an area or an organization: per period the actual value with its provenance ' +
      '(REGISTRY and LEDGER computed by the hub; REPORTED from the latest approved, else submitted, reports) beside the target. ' +
      'NOT_FOUND outside your read scope.',
  })
  async indicatorSeries(@Args() a: IndicatorSeriesArgs, @Ctx() ctx: HubContext): Promise<IndicatorSeriesObject> {
    const r = await ctx.services.indicators.series(
      rowIdOf(a.indicatorId, 'Indicator', 'indicatorId'),
      { areaId: optionalRowIdOf(a.scope.areaId, 'Area', 'scope.areaId'), organizationId: optionalRowIdOf(a.scope.organizationId, 'Organization', 'scope.organizationId') },
      a.from,
      a.to,
      optionalRowIdOf(a.planId, 'Plan', 'planId'),
      ctx.today,
    );
    ctx.loaders.indicatorById.prime(r.indicator.id, r.indicator);
    return Object.assign(new IndicatorSeriesObject(), {
      indicatorRowId: r.indicator.id,
      indicator: IndicatorObject.from(r.indicator),
      points: r.points.map((p) =>
        Object.assign(new IndicatorPointObject(), {
          period: p.period,
          actual: p.figure.value,
          numerator: p.figure.numerator,
          denominator: p.figure.denominator,
          provenance: Object.assign(new IndicatorProvenanceObject(), { source: p.source, detail: p.detail, reportId: p.reportId === null ? null : toGlobalId('Report', p.reportId), asRecorded: p.asRecorded }),
          target: p.target?.value ?? null,
          targetKind: p.target?.kind ?? null,
          targetId: p.target ? toGlobalId('IndicatorTarget', p.target.id) : null,
        }),
      ),
    });
  }

  @Query(() => [EmulationCriterionObject], { description: 'The quantitative emulation criteria a plan sets (or the plan it implements sets), every level; empty when none. NOT_FOUND for a plan you may not read.' })
  async emulationCriteria(@Arg('planId', () => ID, { description: 'The plan.' }) planId: string, @Ctx() ctx: HubContext): Promise<EmulationCriterionObject[]> {
    const { set, criteria } = await ctx.services.criteria.criteriaOf(rowIdOf(planId, 'Plan', 'planId'), lookups(ctx));
    return criteria.map((c) => Object.assign(new EmulationCriterionObject(), { code: c.code, level: c.level, titleVi: c.titleVi, titleEn: c.titleEn, quoteVi: c.quoteVi, setCode: set!.code }));
  }

  @Query(() => CriteriaEvaluationObject, {
    description:
      'Evaluate an area (or an organization: its area) against the emulation criteria of its level in a plan, for a nomination on ' +
      '`asOf` (default today), with the figures used. NOT_FOUND for a plan or subject outside your read scope; BAD_USER_INPUT ' +
      'NO_EMULATION_CRITERIA when the plan has no criteria for the subject\'s level.',
  })
  async evaluateCriteria(
    @Arg('planId', () => ID, { description: 'The plan whose criteria apply.' }) planId: string,
    @Arg('subjectId', () => ID, { description: 'An Area (province, district, commune, hamlet) or an Organization working in one.' }) subjectId: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'The day of the nomination (default today): reviews with official results by then count.' }) asOf: LocalDate | null,
    @Ctx() ctx: HubContext,
  ): Promise<CriteriaEvaluationObject> {
    const plan = rowIdOf(planId, 'Plan', 'planId');
    const r = await ctx.services.criteria.evaluate(plan, subjectOf(subjectId), asOf, lookups(ctx), ctx.today);
    return Object.assign(new CriteriaEvaluationObject(), {
      subjectRow: r.subject,
      subject: AreaObject.from(r.subject, ctx.today),
      level: r.level,
      asOf: r.asOf,
      periodFrom: r.set.periodFrom,
      periodTo: r.set.periodTo,
      nominationYear: r.nominationYear,
      boundary: r.boundary,
      result: r.result,
      criteria: r.criteria.map((c) =>
        Object.assign(new CriterionEvaluationObject(), {
          code: c.code,
          titleVi: c.titleVi,
          titleEn: c.titleEn,
          result: c.result,
          explanation: c.explanation,
          explanationVi: c.explanationVi,
          evidence: c.evidence.map((f) => Object.assign(new CriterionFigureObject(), f)),
        }),
      ),
    });
  }

  @Mutation(() => IndicatorTargetPayload, {
    description:
      'Set a target of a plan on an indicator for an organization or an area (data.capture owning the plan\'s first issuer; audited). ' +
      'Replaces the plan\'s target on the same indicator, scope and range. All field problems at once (BAD_USER_INPUT; INVALID_DECIMAL for the value).',
  })
  async setIndicatorTarget(@Arg('input') i: SetIndicatorTargetInput, @Ctx() ctx: HubContext): Promise<IndicatorTargetPayload> {
    const row = await ctx.services.indicators.setTarget({
      indicatorId: rowIdOf(i.indicatorId, 'Indicator', 'input.indicatorId'),
      planId: rowIdOf(i.planId, 'Plan', 'input.planId'),
      organizationId: optionalRowIdOf(i.organizationId, 'Organization', 'input.organizationId'),
      areaId: optionalRowIdOf(i.areaId, 'Area', 'input.areaId'),
      kind: i.kind,
      fromPeriod: i.fromPeriod,
      toPeriod: i.toPeriod,
      value: i.value,
      note: i.note,
    });
    return { target: IndicatorTargetObject.from(row) };
  }
}

/** Nested fields of a target, through the request's loaders and the caller's read scope. */
@Resolver(() => IndicatorTargetObject)
export class IndicatorTargetResolver {
  @FieldResolver(() => IndicatorObject, { description: 'The indicator.' })
  async indicator(@Root() t: IndicatorTargetObject, @Ctx() ctx: HubContext): Promise<IndicatorObject> {
    return IndicatorObject.from((await ctx.loaders.indicatorById.load(t.indicatorRowId))!);
  }

  @FieldResolver(() => PlanObject, { nullable: true, description: 'The plan that set it (null when none, or not readable).' })
  plan(@Root() t: IndicatorTargetObject, @Ctx() ctx: HubContext): Promise<PlanObject | null> {
    return visiblePlanObject(ctx, t.planRowId);
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The organization it is for (null when it is for an area, or outside your view).' })
  async organization(@Root() t: IndicatorTargetObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    const row = t.organizationRowId === null ? null : await visibleOrganization(ctx, await ctx.loaders.organizationById.load(t.organizationRowId));
    return row && OrganizationObject.from(row, ctx.today);
  }

  @FieldResolver(() => AreaObject, { nullable: true, description: 'The area it is for (null when it is for an organization, or outside your view).' })
  async area(@Root() t: IndicatorTargetObject, @Ctx() ctx: HubContext): Promise<AreaObject | null> {
    const row = t.areaRowId === null ? null : visibleArea(ctx, await ctx.loaders.areaById.load(t.areaRowId));
    return row && AreaObject.from(row, ctx.today);
  }
}

/** `Plan.targets`: the targets a plan sets, batched over the plans of a request. */
@Resolver(() => PlanObject)
export class PlanTargetsResolver {
  @FieldResolver(() => [IndicatorTargetObject], { description: 'The targets (chỉ tiêu) the plan sets, in the order they were set.' })
  async targets(@Root() plan: PlanObject, @Ctx() ctx: HubContext): Promise<IndicatorTargetObject[]> {
    return (await ctx.loaders.targetsByPlan.load(plan.rowId)).map(IndicatorTargetObject.from);
  }
}
