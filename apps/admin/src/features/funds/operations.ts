/**
 * Typed documents of the Fund for the Poor feature (./operations.graphql), one module per document
 * so the lazily loaded screens carry only their own queries.
 */
export { FundsDocument } from '../../gql/documents/FundsDocument';
export { FundHeaderDocument } from '../../gql/documents/FundHeaderDocument';
export { FundOverviewDocument } from '../../gql/documents/FundOverviewDocument';
export { LedgerDocument } from '../../gql/documents/LedgerDocument';
export { LedgerTransactionDocument } from '../../gql/documents/LedgerTransactionDocument';
export { DonorPickerDocument } from '../../gql/documents/DonorPickerDocument';
export { PledgesDocument } from '../../gql/documents/PledgesDocument';
export { FundHouseholdPickerDocument } from '../../gql/documents/FundHouseholdPickerDocument';
export { RecordDonationDocument } from '../../gql/documents/RecordDonationDocument';
export { RecordDisbursementDocument } from '../../gql/documents/RecordDisbursementDocument';
export { RecordTransferDocument } from '../../gql/documents/RecordTransferDocument';
export { ReverseTransactionDocument } from '../../gql/documents/ReverseTransactionDocument';
export { CompleteHousingDocument } from '../../gql/documents/CompleteHousingDocument';
export { RecordPledgeDocument } from '../../gql/documents/RecordPledgeDocument';
export { CommitteePickerDocument } from '../../gql/documents/CommitteePickerDocument';
export { CreateFundDocument } from '../../gql/documents/CreateFundDocument';
export { FundStatementsDocument } from '../../gql/documents/FundStatementsDocument';
export { FundStatementLinesDocument } from '../../gql/documents/FundStatementLinesDocument';
export { FundReconciliationDocument } from '../../gql/documents/FundReconciliationDocument';
export { MatchCandidatesDocument } from '../../gql/documents/MatchCandidatesDocument';
export { ImportBankStatementDocument } from '../../gql/documents/ImportBankStatementDocument';
export { ConfirmStatementMatchDocument } from '../../gql/documents/ConfirmStatementMatchDocument';
export { RejectStatementMatchDocument } from '../../gql/documents/RejectStatementMatchDocument';
export { MatchStatementLineDocument } from '../../gql/documents/MatchStatementLineDocument';
export { UnmatchStatementLineDocument } from '../../gql/documents/UnmatchStatementLineDocument';
export type {
  BeneficiaryKind,
  Channel,
  CommitteePickerQuery,
  CreateFundInput,
  DisbursementCategory,
  DonorKind,
  DonorPickerQuery,
  FundFieldsFragment,
  FundHeaderQuery,
  FundLevel,
  FundOverviewQuery,
  FundReconciliationQuery,
  FundStatementLinesQuery,
  FundStatementsQuery,
  ImportBankStatementMutation,
  LedgerFilter,
  LedgerQuery,
  LedgerRowFragment,
  MatchCandidatesQuery,
  MonthFieldsFragment,
  PledgeRowFragment,
  PledgeStatus,
  PledgesQuery,
  PostedFragment,
  StatementFieldsFragment,
  StatementLineRowFragment,
  StatementLineStatus,
  SummaryFieldsFragment,
  TransactionKind,
} from '../../gql/graphql';

export const FUNDS_PAGE = 20;
/** Ledger rows per "Xem thêm". */
export const LEDGER_PAGE = 50;
/** Page size of the export (the API's maximum). */
export const LEDGER_EXPORT_PAGE = 100;
export const PLEDGES_PAGE = 20;
/** Funds offered as a transfer's destination. */
export const TRANSFER_FUNDS = 100;
/** Statements per page of the reconciliation tab. */
export const STATEMENTS_PAGE = 10;
/** Statement lines per page. */
export const STATEMENT_LINES_PAGE = 50;
/** Page size of the manual match's ledger reads (the API's maximum). */
export const CANDIDATES_PAGE = 100;
