import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { IndicatorSource, Period, TargetKind } from '@lnob/domain';
import { PageArgs } from '../../common/relay/connection';
import { PeriodScalar } from '../../common/scalars';
import { IndicatorSourceEnum, TargetKindEnum } from './indicator.enums';

@InputType({ description: 'Which indicators to list.' })
export class IndicatorFilter {
  @Field(() => String, { nullable: true, description: 'Words of the code or of either name, accent-insensitive ("ty le ho ngheo").' }) search?: string | null;
  @Field(() => IndicatorSourceEnum, { nullable: true, description: 'Only indicators from this source.' }) source?: IndicatorSource | null;
}

@ArgsType()
export class IndicatorsArgs extends PageArgs {
  @Field(() => IndicatorFilter, { nullable: true, description: 'Filter (default: every indicator).' }) filter?: IndicatorFilter | null;
}

@InputType({ description: 'Which targets to list: any combination (targets of plans you may read).' })
export class IndicatorTargetFilter {
  @Field(() => ID, { nullable: true, description: 'Targets on this indicator.' }) indicatorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Targets set by this plan.' }) planId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Targets for this organization.' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Targets for this area.' }) areaId?: string | null;
}

@InputType({ description: 'Whose values: an area (its whole subtree) or an organization (its area for computed values; its own reports). Exactly one.' })
export class IndicatorScopeInput {
  @Field(() => ID, { nullable: true, description: 'An area (needs area.read covering it).' }) areaId?: string | null;
  @Field(() => ID, { nullable: true, description: 'An organization (needs organization.read covering it).' }) organizationId?: string | null;
}

@ArgsType()
export class IndicatorSeriesArgs {
  @Field(() => ID, { description: 'The indicator.' }) indicatorId: string;
  @Field(() => IndicatorScopeInput, { description: 'The area or organization.' }) scope: IndicatorScopeInput;
  @Field(() => PeriodScalar, { description: 'First period (of the indicator\'s period type).' }) from: Period;
  @Field(() => PeriodScalar, { description: 'Last period, inclusive (at most 120 periods after `from`).' }) to: Period;
  @Field(() => ID, {
    nullable: true,
    description: 'Show the targets of this plan only (default: for each period, the latest target set on this indicator and scope by a plan you may read).',
  })
  planId?: string | null;
}

@InputType({ description: 'Set a target of a plan on an indicator for an organization or an area (replaces the plan\'s target on the same indicator, scope and range).' })
export class SetIndicatorTargetInput {
  @Field(() => ID, { description: 'The indicator.' }) indicatorId: string;
  @Field(() => ID, { description: 'The plan setting it (data.capture owning its first issuer).' }) planId: string;
  @Field(() => ID, { nullable: true, description: 'The organization it is for (or areaId).' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The area it is for (or organizationId).' }) areaId?: string | null;
  @Field(() => TargetKindEnum, { description: 'LEVEL, CHANGE_PER_PERIOD or TOTAL.' }) kind: TargetKind;
  @Field(() => PeriodScalar, { description: 'First period of the range (the indicator\'s period type).' }) fromPeriod: Period;
  @Field(() => PeriodScalar, { description: 'Last period of the range, inclusive.' }) toPeriod: Period;
  @Field({ description: 'Exact decimal text, e.g. "-0.5" (CHANGE_PER_PERIOD), "15735" (TOTAL), "1.3" (LEVEL); reason INVALID_DECIMAL otherwise.' }) value: string;
  @Field(() => String, { nullable: true, description: 'Note, at most 2,000 characters (e.g. the plan\'s wording).' }) note?: string | null;
}
