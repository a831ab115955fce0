import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { Node } from './common/relay/node';
import { AreaObject } from './modules/areas/area.object';
import { AreaResolver } from './modules/areas/area.resolver';
import { AuditEntryObject, PersonalDataReadObject } from './modules/audit/audit.object';
import { AuditResolver, PersonalDataReadResolver } from './modules/audit/audit.resolver';
import { ApiKeyObject } from './modules/auth/api-key.object';
import { ApiKeyResolver } from './modules/auth/api-key.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { RoleAssignmentObject, UserObject } from './modules/auth/user.object';
import { RoleAssignmentResolver, UserResolver } from './modules/auth/user.resolver';
import { EventObject } from './modules/events/event.object';
import { EventResolver, PlanEventsResolver } from './modules/events/event.resolver';
import { HubResolver } from './modules/hub/hub.resolver';
import { HouseholdMemberObject, HouseholdObject } from './modules/households/household.object';
import { HouseholdResolver } from './modules/households/household.resolver';
import { HouseholdReviewObject } from './modules/households/review.object';
import { HouseholdReviewResolver } from './modules/households/review.resolver';
import { PovertyStatisticsResolver } from './modules/households/statistics.resolver';
import { DonorObject, FundObject, LedgerTransactionObject, PledgeObject } from './modules/funds/fund.object';
import { FundResolver, LedgerTransactionResolver, PledgeResolver } from './modules/funds/fund.resolver';
import { PublicFundResolver } from './modules/funds/public-report.resolver';
import { BankStatementObject, BankStatementResolver, ReconciliationResolver, StatementLineObject } from './modules/funds/reconciliation.resolver';
import { ImportJobObject } from './modules/imports/import-job.object';
import { ImportResolver } from './modules/imports/import.resolver';
import { IndicatorObject, IndicatorTargetObject } from './modules/indicators/indicator.object';
import { IndicatorResolver, IndicatorTargetResolver, PlanTargetsResolver } from './modules/indicators/indicator.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { OrganizationObject } from './modules/organizations/organization.object';
import { OrganizationResolver } from './modules/organizations/organization.resolver';
import { MilestoneObject, PlanObject, PlanTaskObject, ReportingObligationObject, TaskAssignmentObject } from './modules/plans/plan.object';
import { MilestoneResolver, PlanRecipientResolver, PlanTaskResolver, ReportingObligationResolver, TaskAssignmentResolver } from './modules/plans/plan-parts.resolver';
import { PlanResolver } from './modules/plans/plan.resolver';
import { ReportObject } from './modules/reports/report.object';
import { ComplianceRowResolver, PlanCascadeComplianceResolver, ReportResolver, ReportValueResolver } from './modules/reports/report.resolver';

/** Build the executable schema once at start-up. */
export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      NodeResolver,
      HubResolver,
      AreaResolver,
      OrganizationResolver,
      AuthResolver,
      UserResolver,
      RoleAssignmentResolver,
      ApiKeyResolver,
      AuditResolver,
      PersonalDataReadResolver,
      HouseholdResolver,
      HouseholdReviewResolver,
      PovertyStatisticsResolver,
      ImportResolver,
      FundResolver,
      LedgerTransactionResolver,
      PledgeResolver,
      PublicFundResolver,
      ReconciliationResolver,
      BankStatementResolver,
      PlanResolver,
      PlanRecipientResolver,
      PlanTaskResolver,
      TaskAssignmentResolver,
      MilestoneResolver,
      ReportingObligationResolver,
      ReportResolver,
      ReportValueResolver,
      ComplianceRowResolver,
      PlanCascadeComplianceResolver,
      EventResolver,
      PlanEventsResolver,
      IndicatorResolver,
      IndicatorTargetResolver,
      PlanTargetsResolver,
    ],
    orphanedTypes: [AreaObject, OrganizationObject, UserObject, RoleAssignmentObject, ApiKeyObject, AuditEntryObject, PersonalDataReadObject, HouseholdObject, HouseholdMemberObject, HouseholdReviewObject, ImportJobObject, FundObject, DonorObject, LedgerTransactionObject, PledgeObject, BankStatementObject, StatementLineObject, PlanObject, PlanTaskObject, TaskAssignmentObject, MilestoneObject, ReportingObligationObject, ReportObject, EventObject, IndicatorObject, IndicatorTargetObject, Node],
    validate: { forbidUnknownValues: false },
  });
}
