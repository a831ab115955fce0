import fs from 'node:fs';
import path from 'node:path';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_COMPLEXITY_MAX,
  QUERY_DEPTH_MAX,
  type Period,
} from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { DateTimeScalar, LocalDateScalar, PeriodScalar, VndScalar } from '../../common/scalars';

/** The API's version, from apps/api/package.json (same relative place from src/ and dist/). */
const VERSION: string = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')).version;

@ObjectType({ description: 'Limits every request is held to.' })
class HubLimits {
  @Field(() => Int, { description: 'Default page size of a connection.' })
  pageSizeDefault: number;

  @Field(() => Int, { description: 'Largest `first` a connection accepts.' })
  pageSizeMax: number;

  @Field(() => Int, { description: 'Deepest selection nesting (QUERY_TOO_DEEP beyond).' })
  queryDepthMax: number;

  @Field(() => Int, {
    description: 'Highest query cost (QUERY_TOO_COMPLEX beyond): each field costs 1 and a field with `first: n` multiplies its selection by n.',
  })
  queryComplexityMax: number;

  @Field(() => VndScalar, { description: 'Largest amount a VND value can carry exactly (2^53 − 1 đồng).' })
  vndMax: number;
}

@ObjectType({ description: 'About this hub.' })
class HubInfo {
  @Field({ description: 'API version.' })
  version: string;

  @Field(() => LocalDateScalar, { description: "Today in Vietnam (Asia/Ho_Chi_Minh): the default `validOn`." })
  today: string;

  @Field(() => DateTimeScalar, { description: 'Server time (UTC).' })
  serverTime: Date;

  @Field(() => HubLimits, { description: 'Limits every request is held to.' })
  limits: HubLimits;
}

@ObjectType({ description: 'A reporting period (kỳ báo cáo) with its first and last days.' })
class PeriodInfo {
  @Field(() => PeriodScalar, { description: 'The period, normalised.' })
  value: Period;

  @Field({ description: 'YEAR, HALF, QUARTER or MONTH.' })
  kind: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  start: string;

  @Field(() => LocalDateScalar, { description: 'Last day (inclusive).' })
  end: string;
}

@Resolver()
export class HubResolver {
  @Query(() => HubInfo, { description: 'Version, today\'s date in Vietnam and the request limits.' })
  hub(@Ctx() ctx: HubContext): HubInfo {
    return {
      version: VERSION,
      today: ctx.today,
      serverTime: new Date(),
      limits: {
        pageSizeDefault: PAGE_SIZE_DEFAULT,
        pageSizeMax: PAGE_SIZE_MAX,
        queryDepthMax: QUERY_DEPTH_MAX,
        queryComplexityMax: QUERY_COMPLEXITY_MAX,
        vndMax: Number.MAX_SAFE_INTEGER,
      },
    };
  }

  @Query(() => PeriodInfo, { description: 'Parse a period such as `2024`, `2024H1`, `2024Q3` or `2024-10` into its dates.' })
  period(@Arg('value', () => PeriodScalar) value: Period): PeriodInfo {
    return { value, kind: value.kind, start: value.start, end: value.end };
  }
}
