/**
 * Normalised cache (graphcache) configuration.
 *
 * - Every type implementing `Node` is keyed by its `id`. Types without an id (connections, edges,
 *   PageInfo, payloads, HubInfo, Viewer, AuditChange, succession links) are embedded in their
 *   parent (`key → null`), which also keeps graphcache from warning about missing keys. A test
 *   checks this list against the schema.
 * - Mutations that add or remove list members invalidate the lists they affect, so the next read
 *   refetches them; plain field changes update the entities in place.
 */
import type { Cache, CacheExchangeOpts, DataField, Variables } from '@urql/exchange-graphcache';

/** `<name>Connection` and `<name>Edge` of each paged list. */
const paged = (...names: string[]) => names.flatMap((n) => [`${n}Connection`, `${n}Edge`]);
/** `<name>Payload` of each mutation answer. */
const payloads = (...names: string[]) => names.map((n) => `${n}Payload`);

/** Object types without an `id`: stored inside their parent. */
export const EMBEDDED_TYPES: readonly string[] = [
  // Relay plumbing
  'PageInfo',
  ...paged('Area', 'Organization', 'User', 'ApiKey', 'AuditEntry', 'PersonalDataRead', 'Household', 'ImportJob', 'ImportProblem', 'Fund', 'Pledge', 'Donor'),
  'LedgerConnection',
  'LedgerTransactionEdge',
  // value objects
  'ImportProblem',
  'HubInfo',
  'HubLimits',
  'PeriodInfo',
  'Viewer',
  'AuditChange',
  'AreaSuccession',
  'OrganizationSuccession',
  'PovertyStandard',
  'PovertyDimension',
  'PovertyIndicator',
  'LocalizedLabel',
  'ResidenceAmounts',
  'ResidenceScores',
  'PovertyStatistics',
  'PovertyAreaFigures',
  'PovertyRate',
  'FundBalance',
  'FundBankAccount',
  'FundSummary',
  'CategoryAmount',
  'LedgerTotals',
  // mutation payloads
  ...payloads(
    'ImportJob',
    'Login',
    'Logout',
    'User',
    'RoleAssignment',
    'CreateApiKey',
    'ApiKey',
    'Organization',
    'CreateArea',
    'CloseOrganization',
    'RecordAreaMerger',
    'Household',
    'HouseholdMember',
    'RecordReview',
    'RebuildPovertySummary',
    'Fund',
    'LedgerTransaction',
    'Pledge',
  ),
  // Fund for the Poor: public report and bank-statement reconciliation
  ...paged('PublicFund', 'BankStatement', 'StatementLine'),
  'PublicFundReport',
  'PublicTally',
  'PublicChildArea',
  'PublicDonor',
  'Fraction',
  'Reconciliation',
  'StatementProblem',
  ...payloads('StatementLine', 'ImportBankStatement'),
  // Plans, reports, indicators, criteria and events (issue 6)
  ...paged('Plan', 'Report', 'Indicator', 'Event'),
  'PlanSection',
  'PlanRecipient',
  'PlanCascadeNode',
  'CascadeCompliance',
  'MissingImplementingPlan',
  'ReportValue',
  'ReportingCompliance',
  'ComplianceRow',
  'IndicatorSeries',
  'IndicatorPoint',
  'IndicatorProvenance',
  'EmulationCriterion',
  'CriteriaEvaluation',
  'CriterionEvaluation',
  'CriterionFigure',
  ...payloads('Plan', 'PlanTask', 'TaskAssignment', 'Milestone', 'ReportingObligation', 'OpenReportingPeriods', 'Report', 'IndicatorTarget', 'Event'),
];

const embedded = () => null;

/** What a money movement changes besides the entities in its payload (money in feeds the reconciliation). */
const MONEY_FIELDS = ['ledger', 'fundBalance', 'fundSummary', 'peakMonthReport', 'pledges', 'reconciliation'] as const;

/**
 * What a statement import or a decision on a line changes: the lines' lists (a line leaves its status
 * filter, and every open line of the fund is matched afresh, so others may gain or lose a proposal),
 * the statements' open counts and the reconciled share.
 */
const STATEMENT_FIELDS = ['bankStatements', 'statementLines', 'reconciliation'] as const;

/**
 * What a plan's issue changes besides the plan itself: the lists (status is a filter), the cascade
 * and the implementing plans above it, and the reports it opened (outboxes, inboxes, compliance).
 */
const PLAN_FIELDS = ['plans', 'planCascade', 'missingImplementingPlans', 'reports', 'reportingCompliance'] as const;

/**
 * What a report's step changes besides the report in its payload: the boxes (a submitted report
 * leaves the outbox, joins the inbox), the compliance tallies, the cascade's marks and the series
 * of the indicators it reports.
 */
const REPORT_FIELDS = ['reports', 'reportingCompliance', 'planCascade', 'indicatorSeries', 'evaluateCriteria'] as const;

/** Invalidates every cached page of `Query.<field>` (all argument combinations). */
function invalidateQueryField(cache: Cache, field: string): void {
  for (const f of cache.inspectFields('Query')) {
    if (f.fieldName === field) cache.invalidate('Query', f.fieldName, f.arguments ?? undefined);
  }
}

/** Invalidates every cached variant of `<entity>.<field>` (e.g. a user's `assignments(includeEnded)`). */
function invalidateEntityField(cache: Cache, typename: string, id: string, field: string): void {
  const entity = { __typename: typename, id };
  for (const f of cache.inspectFields(entity)) {
    if (f.fieldName === field) cache.invalidate(entity, f.fieldName, f.arguments ?? undefined);
  }
}

/** A mutation update that invalidates every cached page of these `Query` fields. */
const invalidates =
  (...fields: string[]) =>
  (_result: DataField, _args: Variables, cache: Cache) => {
    for (const f of fields) invalidateQueryField(cache, f);
  };

const inputOf = (args: Variables) => (args.input ?? {}) as Record<string, unknown>;

export const cacheConfig: CacheExchangeOpts = {
  keys: Object.fromEntries(EMBEDDED_TYPES.map((t) => [t, embedded])),
  updates: {
    Mutation: {
      createApiKey: invalidates('apiKeys'),
      // A revoked key leaves the default list and joins the "with revoked" one.
      revokeApiKey: invalidates('apiKeys'),
      createUser: invalidates('users'),
      // `active` and the organization are list filters.
      updateUser: invalidates('users'),
      assignRole(_result: DataField, args: Variables, cache: Cache) {
        const userId = inputOf(args).userId;
        if (typeof userId === 'string') invalidateEntityField(cache, 'User', userId, 'assignments');
        invalidateQueryField(cache, 'users');
      },
      registerHousehold: invalidates('households'),
      // housing, ethnic minority and status are list filters; ethnic minority feeds the statistics.
      updateHousehold: invalidates('households', 'povertyStatistics'),
      setHouseholdSponsor: invalidates('households'),
      addHouseholdMember: invalidates('households'),
      // a new head changes the head name shown and searched in the list
      updateHouseholdMember: invalidates('households'),
      // the class of a year is a list filter; every review write moves the statistics
      recordReview: invalidates('households', 'povertyStatistics'),
      endRoleAssignment(_result: DataField, _args: Variables, cache: Cache) {
        // The payload updates the assignment itself; lists without ended assignments must drop it.
        for (const f of cache.inspectFields('Query')) {
          if (f.fieldName === 'user' && typeof f.arguments?.id === 'string') invalidateEntityField(cache, 'User', f.arguments.id, 'assignments');
        }
        invalidateQueryField(cache, 'users');
      },
      // A started import job joins the user's recent jobs.
      importHouseholdReviews: invalidates('importJobs'),
      // Money movements: the payload updates the fund's balance (both funds' for a transfer) and, for a
      // reversal, the original's `reversedBy`; the ledger pages, totals, summaries, balances as of a
      // date and pledges (fulfilled, outstanding, status) read before are stale.
      recordDonation: invalidates(...MONEY_FIELDS),
      recordDisbursement: invalidates(...MONEY_FIELDS),
      recordTransfer: invalidates(...MONEY_FIELDS),
      reverseTransaction: invalidates(...MONEY_FIELDS),
      // A new pledge joins the pledges (and the donors offered by the donation form).
      recordPledge: invalidates('pledges'),
      // The household's housing status changes.
      completeHousing: invalidates('ledger', 'households', 'household'),
      createFund: invalidates('funds'),
      // Bank-statement reconciliation: the payload updates the line itself (status, donation, evidence).
      importBankStatement: invalidates(...STATEMENT_FIELDS),
      confirmStatementMatch: invalidates(...STATEMENT_FIELDS),
      rejectStatementMatch: invalidates(...STATEMENT_FIELDS),
      matchStatementLine: invalidates(...STATEMENT_FIELDS),
      unmatchStatementLine: invalidates(...STATEMENT_FIELDS),
      // Plans: a new draft joins the lists; content changes update the plan in place (its payload),
      // but the lists filter on them; issuing creates reports; a new task, milestone, obligation or
      // target joins its plan's lists (read again with the plan).
      draftPlan: invalidates('plans'),
      updatePlan: invalidates('plans'),
      issuePlan: invalidates(...PLAN_FIELDS),
      supersedePlan: invalidates(...PLAN_FIELDS),
      addPlanTask: invalidates('plan'),
      assignTask: invalidates('plan'),
      addMilestone: invalidates('plan'),
      addReportingObligation: invalidates('plan', 'reports', 'reportingCompliance', 'planCascade'),
      openReportingPeriods: invalidates('reports', 'reportingCompliance', 'planCascade'),
      setIndicatorTarget: invalidates('plan', 'indicatorTargets', 'indicatorSeries'),
      // Reports: the payload updates the report (state, figures, what the caller may do next).
      saveReport: invalidates('indicatorSeries'),
      submitReport: invalidates(...REPORT_FIELDS),
      returnReport: invalidates(...REPORT_FIELDS),
      approveReport: invalidates(...REPORT_FIELDS),
      acceptReport: invalidates(...REPORT_FIELDS),
      // Events: a new event joins the lists and its plan's events; a linked donation adds to the money raised.
      createEvent: invalidates('events', 'plan'),
      linkEventTransaction: invalidates('events', 'plan'),
    },
    Query: {
      // A finished import (not a dry run) registered households and recorded reviews: the lists,
      // details and statistics read before it are stale.
      importJob(result: DataField, _args: Variables, cache: Cache) {
        const job = (result as { importJob?: { status?: unknown; dryRun?: unknown } | null }).importJob;
        if (job?.status === 'SUCCEEDED' && job.dryRun === false) invalidates('households', 'household', 'povertyStatistics')(result, _args, cache);
      },
    },
  },
};
