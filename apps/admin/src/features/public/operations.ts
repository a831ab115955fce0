/** Typed documents of the public disclosure page (./operations.graphql). */
export { PublicFundListDocument } from '../../gql/documents/PublicFundListDocument';
export { PublicFundReportDocument } from '../../gql/documents/PublicFundReportDocument';
export type { PublicFundListQuery, PublicFundReportQuery } from '../../gql/graphql';
