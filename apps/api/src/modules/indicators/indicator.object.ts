import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  CriterionLevel,
  CriterionResult,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorPeriodType,
  IndicatorSource,
  IndicatorUnit,
  LocalDate,
  TargetKind,
} from '@lnob/domain';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { LocalDateScalar, PeriodScalar } from '../../common/scalars';
import type { AreaEntity } from '../areas/area.entity';
import { AreaObject } from '../areas/area.object';
import { StatisticsBoundaryEnum } from '../households/statistics.object';
import type { StatisticsBoundary } from '../households/statistics.service';
import type { IndicatorEntity, IndicatorTargetEntity } from './indicator.entity';
import {
  CriterionLevelEnum,
  CriterionResultEnum,
  IndicatorAggregationEnum,
  IndicatorDirectionEnum,
  IndicatorPeriodTypeEnum,
  IndicatorSourceEnum,
  IndicatorUnitEnum,
  TargetKindEnum,
} from './indicator.enums';

@ObjectType('Indicator', {
  implements: Node,
  description:
    'An indicator (chỉ tiêu) of the catalogue: what is measured, in which unit, which way is better, how parts add up and where ' +
    'actual values come from (computed from the registry or the fund ledger, or reported). Reference data every signed-in caller reads.',
})
export class IndicatorObject extends Node {
  rowId: number;

  @Field({ description: 'Stable code, e.g. POOR_AND_NEAR_POOR_RATE (mã chỉ tiêu).' }) code: string;
  @Field({ description: 'Name in Vietnamese (tên chỉ tiêu).' }) nameVi: string;
  @Field({ description: 'Name in English.' }) nameEn: string;
  @Field(() => String, { nullable: true, description: 'How it is computed or what to report (English, with the Vietnamese term).' }) description: string | null;
  @Field(() => IndicatorUnitEnum, { description: 'Unit (đơn vị tính).' }) unit: IndicatorUnit;
  @Field(() => Int, { description: '100 for a percentage of a ratio (value = numerator / denominator × factor), 1 otherwise.' }) factor: number;
  @Field(() => IndicatorDirectionEnum, { description: 'Which way is progress.' }) direction: IndicatorDirection;
  @Field(() => IndicatorAggregationEnum, { description: 'How values of parts add up: RATIO sums numerators and denominators, never percentages.' }) aggregation: IndicatorAggregation;
  @Field(() => IndicatorSourceEnum, { description: 'Where actual values come from.' }) source: IndicatorSource;
  @Field(() => String, { nullable: true, description: 'REGISTRY and LEDGER: what the hub computes (e.g. POOR_RATE, FUND_RAISED); null for REPORTED.' }) measure: string | null;
  @Field(() => IndicatorPeriodTypeEnum, { description: 'The periods it is measured over (kỳ).' }) periodType: IndicatorPeriodType;

  static from(e: IndicatorEntity): IndicatorObject {
    return Object.assign(new IndicatorObject(), {
      id: toGlobalId('Indicator', e.id),
      rowId: e.id,
      code: e.code,
      nameVi: e.nameVi,
      nameEn: e.nameEn,
      description: e.description,
      unit: e.unit,
      factor: e.factor,
      direction: e.direction,
      aggregation: e.aggregation,
      source: e.source,
      measure: e.measure,
      periodType: e.periodType,
    });
  }
}

@ObjectType('IndicatorConnection', { description: 'A page of indicators, by code.' })
export class IndicatorConnection extends Connection(IndicatorObject, 'Indicator') {}

@ObjectType('IndicatorTarget', {
  implements: Node,
  description:
    'A target (chỉ tiêu kế hoạch) a plan sets on an indicator for an organization or an area over a range of periods: reach a LEVEL by ' +
    'the end, CHANGE the value by so much in each period, or a TOTAL over the range.',
})
export class IndicatorTargetObject extends Node {
  rowId: number;
  indicatorRowId: number;
  planRowId: number | null;
  organizationRowId: number | null;
  areaRowId: number | null;

  @Field(() => TargetKindEnum, { description: 'LEVEL, CHANGE_PER_PERIOD or TOTAL.' }) kind: TargetKind;
  @Field(() => PeriodScalar, { description: 'First period of the range (the indicator\'s period type).' }) fromPeriod: string;
  @Field(() => PeriodScalar, { description: 'Last period of the range, inclusive.' }) toPeriod: string;
  @Field({ description: 'The target value, exact decimal text (signed for CHANGE_PER_PERIOD: -0.5 = down half a point each period).' }) value: string;
  @Field(() => String, { nullable: true, description: 'Note, e.g. the wording of the plan.' }) note: string | null;

  static from(e: IndicatorTargetEntity): IndicatorTargetObject {
    return Object.assign(new IndicatorTargetObject(), {
      id: toGlobalId('IndicatorTarget', e.id),
      rowId: e.id,
      indicatorRowId: e.indicatorId,
      planRowId: e.planId,
      organizationRowId: e.organizationId,
      areaRowId: e.areaId,
      kind: e.kind,
      fromPeriod: e.fromPeriod,
      toPeriod: e.toPeriod,
      value: e.value,
      note: e.note,
    });
  }
}

@ObjectType('IndicatorTargetPayload', { description: 'The target as set.' })
export class IndicatorTargetPayload {
  @Field(() => IndicatorTargetObject, { description: 'The target.' }) target: IndicatorTargetObject;
}

@ObjectType('IndicatorProvenance', { description: 'Where an actual value comes from (nguồn số liệu), embedded.' })
export class IndicatorProvenanceObject {
  @Field(() => IndicatorSourceEnum, { description: 'REGISTRY and LEDGER: computed by the hub; REPORTED: from reports.' }) source: IndicatorSource;
  @Field({ description: 'How it was obtained: which statistics, funds, review year or reports.' }) detail: string;
  @Field(() => ID, { nullable: true, description: 'REPORTED: the report the value comes from, when exactly one.' }) reportId: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'REGISTRY: true when read on the tree as recorded (a unit that has ended), false when carried onto today\'s units through the successions; null otherwise.',
  })
  asRecorded: boolean | null;
}

@ObjectType('IndicatorPoint', { description: 'One period of an indicator series: the actual value with its provenance, and the target (embedded).' })
export class IndicatorPointObject {
  @Field(() => PeriodScalar, { description: 'The period.' }) period: string;
  @Field(() => String, { nullable: true, description: 'The actual value, exact decimal text; null when unknown.' }) actual: string | null;
  @Field(() => Int, { nullable: true, description: 'RATIO: the numerator (e.g. poor households).' }) numerator: number | null;
  @Field(() => Int, { nullable: true, description: 'RATIO: the denominator (e.g. reviewed households).' }) denominator: number | null;
  @Field(() => IndicatorProvenanceObject, { description: 'Where the actual value comes from.' }) provenance: IndicatorProvenanceObject;
  @Field(() => String, { nullable: true, description: 'What the target asks of this period (see targetFor): its change for CHANGE_PER_PERIOD, the level or total at the range\'s last period.' }) target: string | null;
  @Field(() => TargetKindEnum, { nullable: true, description: 'The kind of that target.' }) targetKind: TargetKind | null;
  @Field(() => ID, { nullable: true, description: 'The IndicatorTarget it comes from.' }) targetId: string | null;
}

@ObjectType('IndicatorSeries', { description: 'An indicator over a range of periods for one area or organization, actuals and targets side by side (embedded).' })
export class IndicatorSeriesObject {
  indicatorRowId: number;
  @Field(() => IndicatorObject, { description: 'The indicator.' }) indicator: IndicatorObject;
  @Field(() => [IndicatorPointObject], { description: 'One point per period, in order.' }) points: IndicatorPointObject[];
}

@ObjectType('EmulationCriterion', { description: 'A quantitative emulation criterion (tiêu chí thi đua) a plan sets for one level of collectives (embedded).' })
export class EmulationCriterionObject {
  @Field({ description: 'Stable code within its set, e.g. PROVINCE_RATE_DOWN_3_YEARS.' }) code: string;
  @Field(() => CriterionLevelEnum, { description: 'The level of collective it applies to.' }) level: CriterionLevel;
  @Field({ description: 'Title in Vietnamese.' }) titleVi: string;
  @Field({ description: 'Title in English.' }) titleEn: string;
  @Field({ description: 'The source plan\'s own words (trích nguyên văn).' }) quoteVi: string;
  @Field({ description: 'The criteria set, e.g. TRA_VINH_2021_2025.' }) setCode: string;
}

@ObjectType('CriterionFigure', { description: 'A figure that decided a criterion: a year\'s rate with its parts, a change, a start or end count, a percentage (embedded).' })
export class CriterionFigureObject {
  @Field(() => Int, { nullable: true, description: 'The review year it is of; null for a figure over several years.' }) year: number | null;
  @Field({ description: 'What it is (English).' }) label: string;
  @Field({ description: 'What it is (Vietnamese).' }) labelVi: string;
  @Field(() => String, { nullable: true, description: 'Exact decimal text (at most 4 decimals, half-up); null when unknown. Decisions use the exact fractions.' }) value: string | null;
  @Field(() => Int, { nullable: true, description: 'A rate\'s numerator (households).' }) numerator: number | null;
  @Field(() => Int, { nullable: true, description: 'A rate\'s denominator (households).' }) denominator: number | null;
}

@ObjectType('CriterionEvaluation', { description: 'One criterion evaluated, with the figures that decided it (embedded).' })
export class CriterionEvaluationObject {
  @Field({ description: 'The criterion\'s code.' }) code: string;
  @Field({ description: 'Title in Vietnamese.' }) titleVi: string;
  @Field({ description: 'Title in English.' }) titleEn: string;
  @Field(() => CriterionResultEnum, { description: 'MET, NOT_MET or INSUFFICIENT_DATA.' }) result: CriterionResult;
  @Field({ description: 'Why, in English.' }) explanation: string;
  @Field({ description: 'Why, in Vietnamese.' }) explanationVi: string;
  @Field(() => [CriterionFigureObject], { description: 'The figures used.' }) evidence: CriterionFigureObject[];
}

@ObjectType('CriteriaEvaluation', {
  description:
    'A subject evaluated against the emulation criteria of its level in a plan (embedded): the level is met when any of its ' +
    'alternatives is met. Figures come from the registry on the tree of the period: a unit that has ended (a 2021–2025 district) ' +
    'on the tree as recorded, a unit of today\'s tree on what was recorded on its predecessors carried onto it.',
})
export class CriteriaEvaluationObject {
  subjectRow: AreaEntity;
  @Field(() => AreaObject, { description: 'The area evaluated (an organization\'s area when an organization was given).' }) subject: AreaObject;
  @Field(() => CriterionLevelEnum, { description: 'Its level.' }) level: CriterionLevel;
  @Field(() => LocalDateScalar, { description: 'The day of the evaluation (the nomination).' }) asOf: LocalDate;
  @Field(() => Int, { description: 'First year of the plan\'s period.' }) periodFrom: number;
  @Field(() => Int, { description: 'Last year of the plan\'s period (later reviews do not count).' }) periodTo: number;
  @Field(() => Int, { description: 'The nomination year: the reviews counted are those before it (official by 20/12 of each year).' }) nominationYear: number;
  @Field(() => StatisticsBoundaryEnum, { description: 'Which tree the figures are on: AS_RECORDED (the unit as it was, for a unit that has ended) or CURRENT (carried onto a unit of today\'s tree).' }) boundary: StatisticsBoundary;
  @Field(() => CriterionResultEnum, { description: 'The level\'s result: MET if any criterion is met; else INSUFFICIENT_DATA if one lacks data; else NOT_MET.' }) result: CriterionResult;
  @Field(() => [CriterionEvaluationObject], { description: 'Each criterion of the level, evaluated.' }) criteria: CriterionEvaluationObject[];
}
