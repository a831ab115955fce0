import type { DataSource } from 'typeorm';
import { AreaService } from '../modules/areas/area.service';
import { AuditService } from '../modules/audit/audit.service';
import { ApiKeyService } from '../modules/auth/api-key.service';
import { AuthService } from '../modules/auth/auth.service';
import type { Authenticator } from '../modules/auth/authenticator';
import type { Caller } from '../modules/auth/caller';
import { UserService } from '../modules/auth/user.service';
import { EventService } from '../modules/events/event.service';
import { HouseholdService } from '../modules/households/household.service';
import { HouseholdMemberService } from '../modules/households/member.service';
import { HouseholdReviewService } from '../modules/households/review.service';
import { PovertyStatisticsService } from '../modules/households/statistics.service';
import { FundService } from '../modules/funds/fund.service';
import { LedgerService } from '../modules/funds/ledger.service';
import { PublicFundService } from '../modules/funds/public-report.service';
import { ReconciliationService } from '../modules/funds/reconciliation.service';
import { ImportJobService, type ImportJobRunner } from '../modules/imports/import-job.service';
import { CriteriaService } from '../modules/indicators/criteria.service';
import { IndicatorService } from '../modules/indicators/indicator.service';
import { OrganizationService } from '../modules/organizations/organization.service';
import { PlanCascadeService } from '../modules/plans/plan-cascade.service';
import { PlanPartsService } from '../modules/plans/plan-parts.service';
import { PlanService } from '../modules/plans/plan.service';
import { ReportWorkflowService } from '../modules/reports/report-workflow.service';
import { ReportService } from '../modules/reports/report.service';

/** Services act for one caller: one set per request (cheap objects over the shared data source). */
export function createServices(ds: DataSource, caller: Caller, auth: Authenticator, imports: ImportJobRunner | null = null) {
  return {
    areas: new AreaService(ds, caller),
    organizations: new OrganizationService(ds, caller),
    auth: new AuthService(ds, caller, auth),
    users: new UserService(ds, caller),
    apiKeys: new ApiKeyService(ds, caller),
    audit: new AuditService(ds, caller),
    households: new HouseholdService(ds, caller),
    householdMembers: new HouseholdMemberService(ds, caller),
    householdReviews: new HouseholdReviewService(ds, caller),
    povertyStatistics: new PovertyStatisticsService(ds, caller),
    imports: new ImportJobService(ds, caller, imports),
    funds: new FundService(ds, caller),
    ledger: new LedgerService(ds, caller),
    publicFunds: new PublicFundService(ds, caller, auth),
    reconciliation: new ReconciliationService(ds, caller, imports?.uploads ?? null),
    plans: new PlanService(ds, caller),
    planParts: new PlanPartsService(ds, caller),
    planCascades: new PlanCascadeService(ds, caller),
    reports: new ReportService(ds, caller),
    reportWorkflow: new ReportWorkflowService(ds, caller),
    events: new EventService(ds, caller),
    indicators: new IndicatorService(ds, caller),
    criteria: new CriteriaService(ds, caller),
  };
}

export type Services = ReturnType<typeof createServices>;
