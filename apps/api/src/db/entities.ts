import { AreaEntity, AreaSuccessionEntity } from '../modules/areas/area.entity';
import { AuditEntryEntity, PersonalDataReadEntity } from '../modules/audit/audit.entity';
import { ApiKeyEntity } from '../modules/auth/api-key.entity';
import { RoleAssignmentEntity, SessionEntity, UserEntity } from '../modules/auth/user.entity';
import { EventEntity, EventOrganizerEntity, EventTransactionEntity } from '../modules/events/event.entity';
import { DonorEntity, FundBankAccountEntity, FundEntity, LedgerEntryEntity, LedgerTransactionEntity, PledgeEntity } from '../modules/funds/fund.entity';
import { BankStatementEntity, StatementLineEntity, StatementRejectionEntity } from '../modules/funds/statement.entity';
import { HouseholdEntity, HouseholdMemberEntity, HouseholdReviewEntity } from '../modules/households/household.entity';
import { PovertySummaryEntity } from '../modules/households/poverty-summary';
import { ImportJobEntity, ImportProblemEntity } from '../modules/imports/import-job.entity';
import { IndicatorEntity, IndicatorTargetEntity } from '../modules/indicators/indicator.entity';
import { OrganizationEntity, OrganizationSuccessionEntity } from '../modules/organizations/organization.entity';
import { MilestoneEntity, ObligationReporterEntity, PlanEntity, PlanIssuerEntity, PlanTaskEntity, ReportingObligationEntity, TaskAssignmentEntity } from '../modules/plans/plan.entity';
import { ReportEntity, ReportValueEntity } from '../modules/reports/report.entity';

/** Every entity the hub maps; modules add theirs here. */
export const entities = [
  AreaEntity,
  AreaSuccessionEntity,
  OrganizationEntity,
  OrganizationSuccessionEntity,
  UserEntity,
  RoleAssignmentEntity,
  SessionEntity,
  ApiKeyEntity,
  AuditEntryEntity,
  PersonalDataReadEntity,
  HouseholdEntity,
  HouseholdMemberEntity,
  HouseholdReviewEntity,
  PovertySummaryEntity,
  ImportJobEntity,
  ImportProblemEntity,
  FundEntity,
  FundBankAccountEntity,
  DonorEntity,
  LedgerTransactionEntity,
  LedgerEntryEntity,
  PledgeEntity,
  BankStatementEntity,
  StatementLineEntity,
  StatementRejectionEntity,
  PlanEntity,
  PlanIssuerEntity,
  PlanTaskEntity,
  TaskAssignmentEntity,
  MilestoneEntity,
  ReportingObligationEntity,
  ObligationReporterEntity,
  ReportEntity,
  ReportValueEntity,
  IndicatorEntity,
  IndicatorTargetEntity,
  EventEntity,
  EventOrganizerEntity,
  EventTransactionEntity,
];
