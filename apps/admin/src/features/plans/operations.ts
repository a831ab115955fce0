/**
 * Typed documents of the plans feature (./operations.graphql), one module per document so the
 * lazily loaded screens carry only their own queries.
 */
import type { PlanDetailQuery } from '../../gql/graphql';

export { PlansDocument } from '../../gql/documents/PlansDocument';
export { PlanPickerDocument } from '../../gql/documents/PlanPickerDocument';
export { PlanDetailDocument } from '../../gql/documents/PlanDetailDocument';
export { PlanCascadeDocument } from '../../gql/documents/PlanCascadeDocument';
export { MissingImplementingPlansDocument } from '../../gql/documents/MissingImplementingPlansDocument';
export { DraftPlanDocument } from '../../gql/documents/DraftPlanDocument';
export { IssuePlanDocument } from '../../gql/documents/IssuePlanDocument';
export type {
  CascadeFieldsFragment,
  DraftPlanInput,
  MilestoneKind,
  PlanDetailQuery,
  PlanFilter,
  PlanKind,
  PlanRowFragment,
  PlanSectionKind,
  PlanStatus,
  ReporterRule,
  ReportingFrequency,
  TaskAssignmentFieldsFragment,
  TaskRecurrence,
  TaskRole,
  TaskStatus,
  TargetKind,
} from '../../gql/graphql';

/** A plan as its page reads it (PlanDetail). */
export type PlanDetail = NonNullable<PlanDetailQuery['plan']>;

export const PLANS_PAGE = 20;

/** Levels an implementing plan may be missing at (below the central level). */
export const CASCADE_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
