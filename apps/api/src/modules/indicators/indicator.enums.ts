import { registerEnumType } from 'type-graphql';
import {
  CRITERION_LEVELS,
  CRITERION_RESULTS,
  INDICATOR_AGGREGATION_LABELS,
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  INDICATOR_PERIOD_TYPES,
  INDICATOR_SOURCE_LABELS,
  INDICATOR_SOURCES,
  INDICATOR_UNIT_LABELS,
  INDICATOR_UNITS,
  TARGET_KIND_LABELS,
  TARGET_KINDS,
  type CriterionLevel,
  type CriterionResult,
  type IndicatorAggregation,
  type IndicatorDirection,
  type IndicatorPeriodType,
  type IndicatorSource,
  type IndicatorUnit,
  type TargetKind,
} from '@lnob/domain';
import { asEnum, describe } from '../../common/enums';

export const IndicatorUnitEnum = asEnum<IndicatorUnit>(INDICATOR_UNITS);
export const IndicatorDirectionEnum = asEnum<IndicatorDirection>(INDICATOR_DIRECTIONS);
export const IndicatorAggregationEnum = asEnum<IndicatorAggregation>(INDICATOR_AGGREGATIONS);
export const IndicatorSourceEnum = asEnum<IndicatorSource>(INDICATOR_SOURCES);
export const IndicatorPeriodTypeEnum = asEnum<IndicatorPeriodType>(INDICATOR_PERIOD_TYPES);
export const TargetKindEnum = asEnum<TargetKind>(TARGET_KINDS);
export const CriterionResultEnum = asEnum<CriterionResult>(CRITERION_RESULTS);
export const CriterionLevelEnum = asEnum<CriterionLevel>(CRITERION_LEVELS);

registerEnumType(IndicatorUnitEnum, { name: 'IndicatorUnit', description: 'Unit of an indicator (đơn vị tính).', valuesConfig: describe(INDICATOR_UNIT_LABELS) });
registerEnumType(IndicatorDirectionEnum, { name: 'IndicatorDirection', description: 'Which way is progress (chiều đánh giá): poverty lower, money raised higher.', valuesConfig: describe(INDICATOR_DIRECTION_LABELS) });
registerEnumType(IndicatorAggregationEnum, { name: 'IndicatorAggregation', description: 'How the values of parts (sub-areas, reporters) add up (cách tổng hợp).', valuesConfig: describe(INDICATOR_AGGREGATION_LABELS) });
registerEnumType(IndicatorSourceEnum, { name: 'IndicatorSource', description: 'Where actual values come from (nguồn số liệu).', valuesConfig: describe(INDICATOR_SOURCE_LABELS) });
registerEnumType(IndicatorPeriodTypeEnum, {
  name: 'IndicatorPeriodType',
  description: 'The periods an indicator is measured over (kỳ): YEAR `2024`, HALF `2024H1`, QUARTER `2024Q3`, MONTH `2024-10`.',
  valuesConfig: {
    YEAR: { description: 'A year (năm): `2024`.' },
    HALF: { description: 'A half year (6 tháng): `2024H1`.' },
    QUARTER: { description: 'A quarter (quý): `2024Q3`.' },
    MONTH: { description: 'A month (tháng): `2024-10`.' },
  },
});
registerEnumType(TargetKindEnum, { name: 'TargetKind', description: 'What a target asks (loại chỉ tiêu).', valuesConfig: describe(TARGET_KIND_LABELS) });
registerEnumType(CriterionResultEnum, {
  name: 'CriterionResult',
  description: 'The outcome of an emulation criterion (kết quả đánh giá tiêu chí).',
  valuesConfig: {
    MET: { description: 'Met (đạt).' },
    NOT_MET: { description: 'Not met (không đạt), decided by the figures given as evidence.' },
    INSUFFICIENT_DATA: { description: 'Not enough data to decide (chưa đủ số liệu): a year the rule compares has no registry figures.' },
  },
});
registerEnumType(CriterionLevelEnum, {
  name: 'CriterionLevel',
  description: 'The level of collective an emulation criterion applies to (cấp).',
  valuesConfig: {
    PROVINCE: { description: 'Province (tỉnh).' },
    DISTRICT: { description: 'District (huyện; until 30/06/2025).' },
    COMMUNE: { description: 'Commune (xã).' },
    HAMLET: { description: 'Hamlet (thôn, ấp, khóm).' },
  },
});
