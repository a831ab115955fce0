/**
 * Typed documents of the reports feature (./operations.graphql), one module per document so the
 * lazily loaded screens carry only their own queries.
 */
export { ReportsDocument } from '../../gql/documents/ReportsDocument';
export { ReportDocument } from '../../gql/documents/ReportDocument';
export { SaveReportDocument } from '../../gql/documents/SaveReportDocument';
export { SubmitReportDocument } from '../../gql/documents/SubmitReportDocument';
export { ReturnReportDocument } from '../../gql/documents/ReturnReportDocument';
export { ApproveReportDocument } from '../../gql/documents/ApproveReportDocument';
export { AcceptReportDocument } from '../../gql/documents/AcceptReportDocument';
export { ReportingComplianceDocument } from '../../gql/documents/ReportingComplianceDocument';
export type { IndicatorSource, ReportBox, ReportFieldsFragment, ReportRowFragment, ReportStatus, ReportingComplianceQuery } from '../../gql/graphql';

export const REPORTS_PAGE = 20;

export const REPORT_BOXES = ['OUTBOX', 'INBOX', 'ALL'] as const;
