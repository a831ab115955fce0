import { Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../common/context';
import { rowIdOf } from '../../common/relay/global-id';
import { PovertyAreaFiguresObject, PovertyStatisticsObject, RebuildPovertySummaryPayload, StatisticsBoundaryEnum } from './statistics.object';
import type { StatisticsBoundary } from './statistics.service';

@ArgsType()
class PovertyStatisticsArgs {
  @Field(() => ID, { description: 'Global id of the area (any level): the figures cover its whole subtree.' })
  areaId: string;

  @Field(() => Int, { description: 'Review year (năm rà soát).' })
  year: number;

  @Field(() => StatisticsBoundaryEnum, { nullable: true, defaultValue: 'AS_RECORDED', description: 'The tree to draw the figures on (default AS_RECORDED).' })
  boundary?: StatisticsBoundary | null;
}

/** Poverty statistics over any subtree, and the rebuild of their summary table. */
@Resolver()
export class PovertyStatisticsResolver {
  @Query(() => PovertyStatisticsObject, {
    description:
      'Poverty statistics of an area and year (needs household.read covering the area; otherwise NOT_FOUND): households, poor, ' +
      'near-poor, both rates with numerator and denominator, transitions, the ethnic-minority breakdown, and the same per child area. ' +
      'CURRENT needs a unit of today\'s tree.',
  })
  async povertyStatistics(@Args() a: PovertyStatisticsArgs, @Ctx() ctx: HubContext): Promise<PovertyStatisticsObject> {
    const s = await ctx.services.povertyStatistics.statistics(rowIdOf(a.areaId, 'Area', 'areaId'), a.year, a.boundary ?? 'AS_RECORDED', ctx.today);
    const o = PovertyAreaFiguresObject.fill(new PovertyStatisticsObject(), s.area, s.counts, ctx.today);
    o.year = s.year;
    o.boundary = s.boundary;
    o.byChild = s.byChild.map((c) => PovertyAreaFiguresObject.fill(new PovertyAreaFiguresObject(), c.area, c.counts, ctx.today));
    return o;
  }

  @Mutation(() => RebuildPovertySummaryPayload, {
    description: 'Recompute the poverty summary table from the reviews (SYSTEM_ADMIN only; audited). Reviews wait for it to finish.',
  })
  async rebuildPovertySummary(@Ctx() ctx: HubContext): Promise<RebuildPovertySummaryPayload> {
    return Object.assign(new RebuildPovertySummaryPayload(), await ctx.services.povertyStatistics.rebuild());
  }
}
