/**
 * Typed documents of the imports feature (./operations.graphql), one module per document so the
 * lazily loaded import page carries only its own queries.
 */
export { ImportJobDocument } from '../../gql/documents/ImportJobDocument';
export { ImportJobsDocument } from '../../gql/documents/ImportJobsDocument';
export { ImportProblemsDocument } from '../../gql/documents/ImportProblemsDocument';
export { ImportHouseholdReviewsDocument } from '../../gql/documents/ImportHouseholdReviewsDocument';
export type { ImportJobFieldsFragment, ImportJobStatus, ImportProblemsQuery } from '../../gql/graphql';

/** Problems per page of the problem table ("Xem thêm" loads the next). */
export const PROBLEMS_PAGE = 50;
/** Problems per request when all of them are fetched for the CSV download (the API's page maximum). */
export const PROBLEMS_PAGE_MAX = 100;
/** Jobs in the "recent imports" list. */
export const RECENT_JOBS = 10;
/** How often a QUEUED or RUNNING job is asked for its progress. */
export const POLL_MS = 500;
