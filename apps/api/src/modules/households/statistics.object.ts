import { Field, Float, Int, ObjectType } from 'type-graphql';
import { multidimensionalPovertyRate, poorRate, type LocalDate, type PovertyCounts } from '@lnob/domain';
import { codeEnum } from '../../common/enums';
import { AreaObject } from '../areas/area.object';
import type { AreaEntity } from '../areas/area.entity';
import { STATISTICS_BOUNDARIES, type StatisticsBoundary } from './statistics.service';

export const StatisticsBoundaryEnum = codeEnum<StatisticsBoundary>(STATISTICS_BOUNDARIES, 'StatisticsBoundary', 'Which administrative tree the statistics are drawn on (địa giới tổng hợp).', {
  AS_RECORDED: 'The tree as it was recorded: the households registered on units of the area\'s subtree (theo địa giới khi rà soát).',
  CURRENT:
    'Today\'s tree (theo địa giới hiện hành): figures recorded on units that were merged or split (the 2025 reform) are carried onto ' +
    'today\'s units through the succession shares, rounded half up per unit of today.',
});

@ObjectType('PovertyRate', { description: 'A rate with its parts (never only a percentage): value = numerator / denominator.' })
export class PovertyRateObject {
  @Field(() => Int, { description: 'Numerator (tử số), a count of households.' })
  numerator: number;

  @Field(() => Int, { description: 'Denominator (mẫu số): the reviewed households.' })
  denominator: number;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator as a fraction (0.05 = 5 %); null when the denominator is 0.' })
  value: number | null;
}

@ObjectType('PovertyAreaFigures', { description: 'Poverty figures of one area and year (a child area in `byChild`; the statistics repeat them for the area asked).' })
export class PovertyAreaFiguresObject {
  @Field(() => AreaObject, { description: 'The area the figures are for.' })
  area: AreaObject;

  @Field(() => Int, { description: 'Reviewed households (số hộ được rà soát): households with an effective review that year.' })
  households: number;

  @Field(() => Int, { description: 'Poor households (hộ nghèo).' })
  poor: number;

  @Field(() => Int, { description: 'Near-poor households (hộ cận nghèo).' })
  nearPoor: number;

  @Field(() => Int, { description: 'Households of average living standard (hộ có mức sống trung bình).' })
  averageLiving: number;

  @Field(() => PovertyRateObject, { description: 'Multidimensional poverty rate (tỷ lệ nghèo đa chiều) as the ministry reports it: (poor + near-poor) / households.' })
  multidimensionalPovertyRate: PovertyRateObject;

  @Field(() => PovertyRateObject, { description: 'Poor-household rate (tỷ lệ hộ nghèo): poor / households.' })
  poorRate: PovertyRateObject;

  @Field(() => Int, { description: 'Newly poor (hộ nghèo phát sinh): poor this year, not poor the year before and never poor earlier (near-poor → poor counts).' })
  newlyPoor: number;

  @Field(() => Int, { description: 'Escaped poverty (thoát nghèo): poor the year before, neither poor nor near-poor this year.' })
  escapedPoverty: number;

  @Field(() => Int, { description: 'Escaped near-poverty (thoát cận nghèo): near-poor the year before, neither poor nor near-poor this year.' })
  escapedNearPoverty: number;

  @Field(() => Int, { description: 'Relapsed into poverty (tái nghèo): poor again after having left the poor list.' })
  relapsed: number;

  @Field(() => Int, { description: 'Reviewed ethnic-minority households (hộ dân tộc thiểu số).' })
  ethnicMinorityHouseholds: number;

  @Field(() => Int, { description: 'Poor ethnic-minority households (hộ nghèo dân tộc thiểu số).' })
  ethnicMinorityPoor: number;

  @Field(() => Int, { description: 'Near-poor ethnic-minority households (hộ cận nghèo dân tộc thiểu số).' })
  ethnicMinorityNearPoor: number;

  static fill<T extends PovertyAreaFiguresObject>(o: T, area: AreaEntity, c: PovertyCounts, asOf: LocalDate): T {
    return Object.assign(o, c, {
      area: AreaObject.from(area, asOf),
      multidimensionalPovertyRate: multidimensionalPovertyRate(c),
      poorRate: poorRate(c),
    });
  }
}

@ObjectType('PovertyStatistics', {
  description:
    'Poverty statistics of an area and review year (thống kê hộ nghèo, hộ cận nghèo), over its whole subtree, from the summary ' +
    'tables that every review write keeps up to date.',
})
export class PovertyStatisticsObject extends PovertyAreaFiguresObject {
  @Field(() => Int, { description: 'Review year (năm rà soát).' })
  year: number;

  @Field(() => StatisticsBoundaryEnum, { description: 'The tree the figures are drawn on.' })
  boundary: StatisticsBoundary;

  @Field(() => [PovertyAreaFiguresObject], {
    description: 'The same figures per child area: children valid in that year (AS_RECORDED) or today (CURRENT), by code. Figures on the area itself are in the totals only.',
  })
  byChild: PovertyAreaFiguresObject[];
}

@ObjectType('RebuildPovertySummaryPayload', { description: 'What a rebuild of the poverty summary read and wrote.' })
export class RebuildPovertySummaryPayload {
  @Field(() => Int, { description: 'Households read.' })
  households: number;

  @Field(() => Int, { description: 'Review rows read (corrections included).' })
  reviews: number;

  @Field(() => Int, { description: 'Summary rows written (one per area and year with reviewed households).' })
  rows: number;

  @Field(() => Int, { description: 'Time taken, in milliseconds.' })
  ms: number;
}
