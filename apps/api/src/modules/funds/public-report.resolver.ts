import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { badInput, makePeriod, todayLocal, type Period } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { toGraphQLError } from '../../common/errors';
import { pageOf } from '../../common/paging';
import { PageArgs, toConnection } from '../../common/relay/connection';
import { optionalRowIdOf } from '../../common/relay/global-id';
import { PeriodScalar } from '../../common/scalars';
import { HttpDomainError } from '../auth/authenticator';
import { PublicFundConnection, PublicFundFilter, PublicFundObject, PublicFundReportObject } from './public-report.object';
import { publicRange } from './public-report.service';

@ArgsType()
class PublicFundsArgs extends PageArgs {
  @Field(() => PublicFundFilter, { nullable: true, description: 'Period, level, area.' }) filter?: PublicFundFilter | null;
}

/** Anonymous callers spend a token of their address (429 RATE_LIMITED with Retry-After when none is left). */
function admit(ctx: HubContext): void {
  try {
    ctx.services.publicFunds.admit(ctx.clientAddress);
  } catch (e) {
    if (!(e instanceof HttpDomainError)) throw e;
    throw toGraphQLError(e.error, e.status, e.headers);
  }
}

/** Public disclosure of the Fund for the Poor: no login, no scope (docs/api.md "Fund for the Poor"). */
@Resolver()
export class PublicFundResolver {
  @Query(() => PublicFundReportObject, {
    description:
      'Public report of a Fund for the Poor over a period (no login needed; anonymous callers: 60 requests a minute per address, then HTTP 429 RATE_LIMITED). Give exactly one of `fundId` or `areaId` (the fund of that area\'s VFF committee open in the period; the province\'s when there are several). Also as CSV: GET /public/funds/{fundId}/report.csv?period=2024.',
  })
  async publicFundReport(
    @Arg('fundId', () => ID, { nullable: true, description: 'The fund.' }) fundId: string | null,
    @Arg('areaId', () => ID, { nullable: true, description: 'Or an area: the fund of its VFF committee.' }) areaId: string | null,
    @Arg('period', () => PeriodScalar, { description: 'The period: 2024, 2024H1, 2024Q4 or 2024-10.' }) period: Period,
    @Arg('peakMonth', () => Boolean, { defaultValue: false, description: 'Report the peak month "Tháng cao điểm vì người nghèo" (17/10–18/11) of the period\'s year instead.' }) peakMonth: boolean,
    @Ctx() ctx: HubContext,
  ): Promise<PublicFundReportObject> {
    admit(ctx);
    if (!fundId === !areaId) {
      const message = 'give exactly one of fundId and areaId';
      throw badInput('VALIDATION_FAILED', 'Give exactly one of fundId and areaId.', [
        { path: 'fundId', message },
        { path: 'areaId', message },
      ]);
    }
    const report = await ctx.services.publicFunds.report(
      { fundId: optionalRowIdOf(fundId, 'Fund', 'fundId'), areaId: optionalRowIdOf(areaId, 'Area', 'areaId') },
      publicRange(period, peakMonth),
    );
    return PublicFundReportObject.from(report, period, peakMonth);
  }

  @Query(() => PublicFundConnection, { description: 'Funds for the public fund picker (no login needed; rate-limited like publicFundReport): name, level and area only, by id.' })
  async publicFunds(@Args() args: PublicFundsArgs, @Ctx() ctx: HubContext): Promise<PublicFundConnection> {
    admit(ctx);
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const period = f.period ?? makePeriod('YEAR', Number(todayLocal().slice(0, 4)));
    const { rows, count } = await ctx.services.publicFunds.funds(
      { from: period.start, to: period.end, level: f.level, areaId: optionalRowIdOf(f.areaId, 'Area', 'filter.areaId') },
      first + 1,
      after,
    );
    return toConnection(PublicFundConnection, rows, first, after !== null, PublicFundObject.from, (r) => ({ key: 0, id: r.id }), count);
  }
}
