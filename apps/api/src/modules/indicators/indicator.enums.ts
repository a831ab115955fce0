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
import { codeEnum } from '../../common/enums';

export const IndicatorUnitEnum = codeEnum<IndicatorUnit>(INDICATOR_UNITS, 'IndicatorUnit', 'Unit of an indicator (đơn vị tính).', INDICATOR_UNIT_LABELS);
export const IndicatorDirectionEnum = codeEnum<IndicatorDirection>(INDICATOR_DIRECTIONS, 'IndicatorDirection', 'Which way is progress (chiều đánh giá): poverty lower, money raised higher.', INDICATOR_DIRECTION_LABELS);
export const IndicatorAggregationEnum = codeEnum<IndicatorAggregation>(
  INDICATOR_AGGREGATIONS,
  'IndicatorAggregation',
  'How the values of parts (sub-areas, reporters) add up (cách tổng hợp).',
  INDICATOR_AGGREGATION_LABELS,
);
export const IndicatorSourceEnum = codeEnum<IndicatorSource>(INDICATOR_SOURCES, 'IndicatorSource', 'Where actual values come from (nguồn số liệu).', INDICATOR_SOURCE_LABELS);
export const IndicatorPeriodTypeEnum = codeEnum<IndicatorPeriodType>(
  INDICATOR_PERIOD_TYPES,
  'IndicatorPeriodType',
  'The periods an indicator is measured over (kỳ): YEAR `2024`, HALF `2024H1`, QUARTER `2024Q3`, MONTH `2024-10`.',
  {
    YEAR: 'A year (năm): `2024`.',
    HALF: 'A half year (6 tháng): `2024H1`.',
    QUARTER: 'A quarter (quý): `2024Q3`.',
    MONTH: 'A month (tháng): `2024-10`.',
  },
);
export const TargetKindEnum = codeEnum<TargetKind>(TARGET_KINDS, 'TargetKind', 'What a target asks (loại chỉ tiêu).', TARGET_KIND_LABELS);
export const CriterionResultEnum = codeEnum<CriterionResult>(CRITERION_RESULTS, 'CriterionResult', 'The outcome of an emulation criterion (kết quả đánh giá tiêu chí).', {
  MET: 'Met (đạt).',
  NOT_MET: 'Not met (không đạt), decided by the figures given as evidence.',
  INSUFFICIENT_DATA: 'Not enough data to decide (chưa đủ số liệu): a year the rule compares has no registry figures.',
});
export const CriterionLevelEnum = codeEnum<CriterionLevel>(CRITERION_LEVELS, 'CriterionLevel', 'The level of collective an emulation criterion applies to (cấp).', {
  PROVINCE: 'Province (tỉnh).',
  DISTRICT: 'District (huyện; until 30/06/2025).',
  COMMUNE: 'Commune (xã).',
  HAMLET: 'Hamlet (thôn, ấp, khóm).',
});
