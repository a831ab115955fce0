/**
 * Typed documents of the indicators and criteria screens (./operations.graphql), one module per
 * document so the lazily loaded screens carry only their own queries.
 */
export { IndicatorPickerDocument } from '../../gql/documents/IndicatorPickerDocument';
export { IndicatorSeriesDocument } from '../../gql/documents/IndicatorSeriesDocument';
export { EmulationCriteriaDocument } from '../../gql/documents/EmulationCriteriaDocument';
export { EvaluateCriteriaDocument } from '../../gql/documents/EvaluateCriteriaDocument';
export { AreaAsOfPickerDocument } from '../../gql/documents/AreaAsOfPickerDocument';
export { PlanYearsDocument } from '../../gql/documents/PlanYearsDocument';
export type { CriterionResult, EvaluateCriteriaQuery, IndicatorPickerQuery, IndicatorSeriesQuery, IndicatorUnit } from '../../gql/graphql';

/** Indicators offered by the picker (the catalogue is small: one page). */
export const INDICATORS_PAGE = 100;
