/**
 * Typed documents of the households feature (./operations.graphql), one module per document so the
 * lazily loaded screens carry only their own queries.
 */
export { HouseholdsDocument } from '../../gql/documents/HouseholdsDocument';
export { HouseholdDetailDocument } from '../../gql/documents/HouseholdDetailDocument';
export { RegisterHouseholdDocument } from '../../gql/documents/RegisterHouseholdDocument';
export { UpdateHouseholdDocument } from '../../gql/documents/UpdateHouseholdDocument';
export { SetHouseholdSponsorDocument } from '../../gql/documents/SetHouseholdSponsorDocument';
export { AddHouseholdMemberDocument } from '../../gql/documents/AddHouseholdMemberDocument';
export { UpdateHouseholdMemberDocument } from '../../gql/documents/UpdateHouseholdMemberDocument';
export { RemoveHouseholdMemberDocument } from '../../gql/documents/RemoveHouseholdMemberDocument';
export { RecordReviewDocument } from '../../gql/documents/RecordReviewDocument';
export type { HouseholdDetailQuery, HouseholdFilter, MemberFieldsFragment } from '../../gql/graphql';

export const HOUSEHOLDS_PAGE = 20;
