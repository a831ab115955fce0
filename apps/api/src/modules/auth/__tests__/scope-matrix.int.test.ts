/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * The scope matrix: every root query and mutation × every demo user (and anonymous) × an object
 * inside and an object outside the user's scope → the expected outcome. A root field without a row
 * here fails the last test, so a new query or mutation cannot ship without deciding who may use it.
 *
 * Outcomes: ok (answered; for lists `hit`/`miss` = the target is in/absent from the page),
 * N = NOT_FOUND (or null from node), F = FORBIDDEN, U = UNAUTHENTICATED, B = BAD_USER_INPUT (the
 * caller got past authorization to the input check).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../../schema';
import { demoData } from '@lnob/domain/fixtures';
import { engines, startTestHub, type GqlResult, type TestHub } from '../../../testing/harness';
import { encodeCursor } from '../../../common/relay/cursor';
import { fromGlobalId, toGlobalId } from '../../../common/relay/global-id';

const rowIdOfGid = (gid: string) => fromGlobalId(gid)!.rowId;
import { OrganizationEntity } from '../../organizations/organization.entity';
import { AreaEntity } from '../../areas/area.entity';
import { HouseholdMemberEntity } from '../../households/household.entity';
import { ImportJobEntity } from '../../imports/import-job.entity';
import { FundEntity } from '../../funds/fund.entity';
import { IndicatorEntity } from '../../indicators/indicator.entity';
import { ReportEntity } from '../../reports/report.entity';
import { BankStatementEntity, StatementLineEntity } from '../../funds/statement.entity';
import { csv, problemsOf, upload, waitForJob } from '../../imports/__tests__/import-helpers';

const USERS = ['anonymous', 'admin', 'quangnam.officer', 'travinh.viewer', 'youth.central', 'veterans.quangnam', 'labour.ninhthuan'] as const;
type Who = (typeof USERS)[number];

/**
 * The object inside and the one outside each user's scope (organization fixture keys). The
 * Youth Union centre covers every area, so nothing is outside its *read* scope: its `out` is a VFF
 * committee it can see but not change.
 */
const TARGETS: Record<Who, { in: string; out: string }> = {
  anonymous: { in: 'vff-tra-vinh', out: 'vff-quang-nam' },
  admin: { in: 'vff-tra-vinh', out: 'yu-central' },
  'quangnam.officer': { in: 'vff-quang-nam', out: 'vff-tra-vinh' },
  'travinh.viewer': { in: 'vff-tra-vinh', out: 'vff-quang-nam' },
  'youth.central': { in: 'yu-central', out: 'vff-tra-vinh' },
  'veterans.quangnam': { in: 'ccb-quang-nam', out: 'vff-tra-vinh' },
  'labour.ninhthuan': { in: 'ldld-ninh-thuan', out: 'vff-quang-nam' },
};

/** Expected outcome per user, in USERS order, as "in|out". */
type Row = [string, string, string, string, string, string, string];

// prettier-ignore
const EXPECTED: Record<string, Row> = {
  // field                anonymous  admin      qn.officer  tv.viewer   youth.central veterans.qn labour.nt
  hub:                   ['ok|ok',   'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  period:                ['ok|ok',   'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  me:                    ['ok|ok',   'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  node:                  ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  organization:          ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  organizations:         ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  area:                  ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  areas:                 ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  user:                  ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|N',       'F|F',      'F|F'],
  users:                 ['U|U',     'hit|hit', 'F|F',      'F|F',      'hit|miss',   'F|F',      'F|F'],
  apiKeys:               ['U|U',     'hit|hit', 'F|F',      'F|F',      'hit|miss',   'F|F',      'F|F'],
  auditLog:              ['U|U',     'hit|hit', 'F|F',      'F|F',      'hit|miss',   'F|F',      'F|F'],
  personalDataReads:     ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|ok',      'F|F',      'F|F'],
  login:                 ['ok|ok',   'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  logout:                ['U|U',     'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  changePassword:        ['U|U',     'B|B',     'B|B',      'B|B',      'B|B',        'B|B',      'B|B'],
  createOrganization:    ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|F',       'F|F',      'F|F'],
  updateOrganization:    ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|F',       'F|F',      'F|F'],
  moveOrganization:      ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|F',       'F|F',      'F|F'],
  closeOrganization:     ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|F',       'F|F',      'F|F'],
  createArea:            ['U|U',     'ok|ok',   'F|F',      'F|F',      'F|F',        'F|F',      'F|F'],
  recordAreaMerger:      ['U|U',     'ok|ok',   'F|F',      'F|F',      'F|F',        'F|F',      'F|F'],
  createUser:            ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|F',       'F|F',      'F|F'],
  updateUser:            ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|N',       'F|F',      'F|F'],
  resetUserPassword:     ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|N',       'F|F',      'F|F'],
  assignRole:            ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|N',       'F|F',      'F|F'],
  endRoleAssignment:     ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|N',       'F|F',      'F|F'],
  createApiKey:          ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|F',       'F|F',      'F|F'],
  revokeApiKey:          ['U|U',     'ok|ok',   'F|F',      'F|F',      'ok|N',       'F|F',      'F|F'],
  household:             ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  households:            ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  povertyStandards:      ['U|U',     'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  registerHousehold:     ['U|U',     'ok|ok',   'ok|B',     'F|F',      'F|F',        'ok|B',     'ok|B'],
  updateHousehold:       ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  setHouseholdSponsor:   ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  addHouseholdMember:    ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  updateHouseholdMember: ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  removeHouseholdMember: ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  recordReview:          ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  povertyStatistics:     ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  rebuildPovertySummary: ['U|U',     'ok|ok',   'F|F',      'F|F',      'F|F',        'F|F',      'F|F'],
  // The row of the file registers a household in the target's area: out of scope it is NOT_FOUND (a problem of the row).
  importHouseholdReviews:['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  // Jobs are private to the user who started them (here: a user of the target organization).
  importJob:             ['U|U',     'N|N',     'N|N',      'N|N',      'N|N',        'N|N',      'N|N'],
  importJobs:            ['U|U',     'miss|miss','miss|miss','miss|miss','miss|miss',  'miss|miss','miss|miss'],
  // Funds are filed under their committee (here: the target organization itself): read with organization.read, money with data.capture.
  fund:                  ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  funds:                 ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  fundBalance:           ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  ledger:                ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  fundSummary:           ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  peakMonthReport:       ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  pledges:               ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  // Only VFF committees hold funds: the Youth Union targets are KIND_NOT_ALLOWED.
  createFund:            ['U|U',     'ok|B',    'F|F',      'F|F',      'B|F',        'F|F',      'F|F'],
  recordDonation:        ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  recordDisbursement:    ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  recordTransfer:        ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  reverseTransaction:    ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  recordPledge:          ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  completeHousing:       ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  // Public disclosure: anyone, signed in or not, whatever the scope (the target's fund, in or out).
  publicFundReport:      ['ok|ok',   'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  publicFunds:           ['hit|hit', 'hit|hit', 'hit|hit',  'hit|hit',  'hit|hit',    'hit|hit',  'hit|hit'],
  donors:                ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  bankStatements:        ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  statementLines:        ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  reconciliation:        ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  importBankStatement:   ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  confirmStatementMatch: ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  rejectStatementMatch:  ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  matchStatementLine:    ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  unmatchStatementLine:  ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  // Reports of the target's own plan: a throwaway child reports to the target. Read over the reporter or the recipient; the
  // reporter writes (data.capture); only the recipient's reviewers (data.review: here the admin alone) return, approve, accept.
  reports:               ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  report:                ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  reportingCompliance:   ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  openReportingPeriods:  ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  saveReport:            ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  submitReport:          ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  returnReport:          ['U|U',     'ok|ok',   'F|F',      'F|F',      'F|F',        'F|F',      'F|F'],
  approveReport:         ['U|U',     'ok|ok',   'F|F',      'F|F',      'F|F',        'F|F',      'F|F'],
  acceptReport:          ['U|U',     'ok|ok',   'F|F',      'F|F',      'F|F',        'F|F',      'F|F'],
  // Events are read over any organizer (here: the target alone) and written owning the first one; an organizer out of view is a problem of the input.
  events:                ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  createEvent:           ['U|U',     'ok|ok',   'ok|B',     'F|F',      'F|F',        'ok|B',     'ok|B'],
  linkEventTransaction:  ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  // Plans issued by the target (made by the system): read over an issuer, or issued above the caller (a provincial plan is not
  // another province's); written with data.capture owning the first issuer — an issuer out of view is a problem of the input.
  plan:                  ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  plans:                 ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  planCascade:           ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  missingImplementingPlans:['U|U',   'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  draftPlan:             ['U|U',     'ok|ok',   'ok|B',     'F|F',      'F|F',        'ok|B',     'ok|B'],
  updatePlan:            ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  issuePlan:             ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  supersedePlan:         ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  addPlanTask:           ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  assignTask:            ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  // Progress is recorded by the assignee (here: the target itself, on its own issued plan).
  updateTaskAssignment:  ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  addMilestone:          ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  addReportingObligation:['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
  // Indicators are reference data (any signed-in caller). Targets are read with the plan that set them (here one issued by the
  // target) and set with data.capture owning its first issuer; a series of the target needs organization.read over it.
  indicators:            ['U|U',     'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  indicator:             ['U|U',     'ok|ok',   'ok|ok',    'ok|ok',    'ok|ok',      'ok|ok',    'ok|ok'],
  indicatorTargets:      ['U|U',     'hit|hit', 'hit|miss', 'hit|miss', 'hit|hit',    'hit|miss', 'hit|miss'],
  indicatorSeries:       ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  emulationCriteria:     ['U|U',     'ok|ok',   'ok|N',     'ok|N',     'ok|ok',      'ok|N',     'ok|N'],
  // The criteria of the Trà Vinh People's Committee's plan (seed 003, made by the system) on the target's area: the plan is read
  // in Trà Vinh (and nationally) only, the area with area.read.
  evaluateCriteria:      ['U|U',     'ok|ok',   'N|N',      'ok|N',     'ok|ok',      'N|N',      'N|N'],
  setIndicatorTarget:    ['U|U',     'ok|ok',   'ok|N',     'F|F',      'F|F',        'ok|N',     'ok|N'],
};

const CODE_LETTER: Record<string, string> = { NOT_FOUND: 'N', FORBIDDEN: 'F', UNAUTHENTICATED: 'U', BAD_USER_INPUT: 'B' };

/** What a case needs: the target organization and objects made for it (by the system, outside the matrix). */
interface Target {
  key: string;
  org: OrganizationEntity;
  areaPath: string;
  area: AreaEntity;
}

interface Case {
  query: string;
  variables: Record<string, unknown>;
  /** Turns a successful answer into ok / hit / miss. */
  judge?: (data: any) => string | Promise<string>;
}

type Build = (t: Target, h: Helpers) => Promise<Case>;

interface Helpers {
  hub: TestHub;
  /** The user of the cell (null: anonymous). */
  who: string | null;
  /** A lowest unit (no sub-units) of the target's area. */
  leafOf: (t: Target) => Promise<AreaEntity>;
  /** An import job of the target organization's user. */
  jobIn: (t: Target) => Promise<number>;
  /** A fund filed under the target organization (made by the system), holding 100,000,000 ₫; a second one for transfers. */
  fundIn: (t: Target, second?: boolean) => Promise<string>;
  /** A statement line of the target's fund in this status, with a donation of its amount (the proposed or confirmed one unless UNMATCHED). */
  lineIn: (t: Target, status: 'UNMATCHED' | 'PROPOSED' | 'CONFIRMED') => Promise<{ line: string; transaction: string }>;
  seq: () => number;
  /** A throwaway organization under the target (so writes never disturb the demo tree). */
  child: (t: Target) => Promise<OrganizationEntity>;
  userIn: (t: Target) => Promise<{ id: number; username: string }>;
  /** A household in a lowest unit of the target's area (made by the system), with its member row ids (head first). */
  householdIn: (t: Target) => Promise<{ id: number; gid: string; memberIds: number[]; areaId: number }>;
}

const has = (conn: any, id: string) => (conn.edges.some((e: any) => e.node.id === id) ? 'hit' : 'miss');
const orgId = (t: Target) => toGlobalId('Organization', t.org.id);

/** The target's own plan (made by the system, issued): a throwaway child of the target reports to it once a year. */
const reportPlans = new WeakMap<TestHub, Map<string, Promise<{ planId: number; obligationId: number; reporter: OrganizationEntity }>>>();
function reportPlanIn(t: Target, h: Helpers) {
  let byTarget = reportPlans.get(h.hub);
  if (!byTarget) reportPlans.set(h.hub, (byTarget = new Map()));
  let p = byTarget.get(t.key);
  if (!p) {
    p = (async () => {
      const reporter = await h.child(t);
      const plan = await h.hub.services.plans.draft({ number: `${h.seq()}/KH-MATRIX`, title: 'Kế hoạch thử phạm vi', kind: 'PLAN', issuerIds: [t.org.id], periodFrom: 2024, periodTo: 2024 });
      const o = await h.hub.services.planParts.addObligation({ planId: plan.id, title: 'Báo cáo năm', recipientId: t.org.id, reporterRule: 'NAMED', reporterIds: [reporter.id], frequency: 'ANNUAL', dueDay: 10, dueMonth: 12 });
      await h.hub.services.plans.issue(plan.id, '2024-03-01', '2024-03-01');
      return { planId: plan.id, obligationId: o.id, reporter };
    })();
    byTarget.set(t.key, p);
  }
  return p;
}

/** A plan issued by the target alone (made by the system), a DRAFT or ISSUED, with a unique search word; `task`: one ONE_OFF task assigned to the target. */
async function planIn(t: Target, h: Helpers, status: 'DRAFT' | 'ISSUED' = 'ISSUED', task = false) {
  const word = `matranplan${h.seq()}`;
  const plan = await h.hub.services.plans.draft({ number: `${h.seq()}/KH-MATRAN`, title: `Kế hoạch ${word}`, kind: 'PLAN', issuerIds: [t.org.id], periodFrom: 2021, periodTo: 2025 });
  const added = task ? await h.hub.services.planParts.addTask({ planId: plan.id, title: 'Nhiệm vụ', recurrence: 'ONE_OFF', dueOn: '2024-06-10', assignees: [{ organizationId: t.org.id, role: 'LEAD' }] }) : null;
  if (status === 'ISSUED') await h.hub.services.plans.issue(plan.id, '2022-06-16', '2022-06-16');
  return { gid: toGlobalId('Plan', plan.id), word, task: added && toGlobalId('PlanTask', added.task.id), assignment: added && toGlobalId('TaskAssignment', added.assignments[0].id) };
}

/** A new report of the target's plan in `state` (its own period: 2201, 2202…). */
async function reportIn(t: Target, h: Helpers, state: 'OPEN' | 'SUBMITTED' | 'APPROVED' = 'OPEN'): Promise<string> {
  const p = await reportPlanIn(t, h);
  const y = 2200 + h.seq();
  const done = state !== 'OPEN';
  const repo = h.hub.dataSource.getRepository(ReportEntity);
  const r = await repo.save(
    repo.create({
      obligationId: p.obligationId, planId: p.planId, reporterId: p.reporter.id, reporterPath: p.reporter.path, reporterAreaPath: t.org.areaId === null ? null : t.areaPath,
      recipientId: t.org.id, recipientPath: t.org.path, period: String(y), periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, opensOn: `${y}-11-10`, dueOn: `${y}-12-10`,
      state, narrative: null, submittedOn: done ? `${y}-12-01` : null, submittedAt: done ? new Date() : null, submittedBy: done ? 'system' : null, returnReason: null, returnedAt: null,
      approvedAt: state === 'APPROVED' ? new Date() : null, approvedBy: state === 'APPROVED' ? 'system' : null, acceptedAt: null, acceptedBy: null, version: 1, createdAt: new Date(), updatedAt: new Date(),
    }),
  );
  return toGlobalId('Report', r.id);
}

/** The id of a catalogue indicator. */
async function indicatorRowId(h: Helpers, code: string): Promise<number> {
  return (await h.hub.dataSource.getRepository(IndicatorEntity).findOneByOrFail({ code })).id;
}

/** The Trà Vinh People's Committee's plan 2021–2025 (made by the system, issued): it carries the criteria of seed 003. */
const criteriaPlans = new WeakMap<TestHub, Promise<string>>();
function criteriaPlanOf(h: Helpers): Promise<string> {
  let p = criteriaPlans.get(h.hub);
  if (!p) {
    p = (async () => {
      const fx = demoData.organizations.find((o) => o.key === 'ubnd-tra-vinh')!;
      const ubnd = await h.hub.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ name: fx.name, validFrom: fx.validFrom });
      const plan = await h.hub.services.plans.draft({ number: `${h.seq()}/KH-UBND`, title: 'Kế hoạch thi đua thử phạm vi', kind: 'PLAN', issuerIds: [ubnd.id], periodFrom: 2021, periodTo: 2025 });
      await h.hub.services.plans.issue(plan.id, '2022-07-08', '2022-07-08');
      return toGlobalId('Plan', plan.id);
    })();
    criteriaPlans.set(h.hub, p);
  }
  return p;
}

const CASES: Record<keyof typeof EXPECTED, Build> = {
  hub: async () => ({ query: '{ hub { version } }', variables: {} }),
  period: async () => ({ query: '{ period(value: "2024H1") { start } }', variables: {} }),
  me: async () => ({ query: '{ me { user { username } } }', variables: {} }),
  node: async (t) => ({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: orgId(t) }, judge: (d) => (d.node ? 'ok' : 'N') }),
  organization: async (t) => ({ query: 'query($id: ID!) { organization(id: $id) { id name } }', variables: { id: orgId(t) } }),
  organizations: async (t) => ({
    query: 'query($s: String!, $d: LocalDate!) { organizations(first: 100, filter: { search: $s, validOn: $d }) { edges { node { id } } } }',
    variables: { s: t.org.name, d: t.org.validFrom },
    judge: (d) => has(d.organizations, orgId(t)),
  }),
  area: async (t) => ({ query: 'query($id: ID!) { area(id: $id) { id } }', variables: { id: toGlobalId('Area', t.area.id) } }),
  areas: async (t) => ({
    query: 'query($s: String!, $d: LocalDate!) { areas(first: 100, filter: { search: $s, validOn: $d }) { edges { node { id } } } }',
    variables: { s: t.area.code, d: t.area.validFrom },
    judge: (d) => has(d.areas, toGlobalId('Area', t.area.id)),
  }),
  user: async (t, h) => ({ query: 'query($id: ID!) { user(id: $id) { id } }', variables: { id: toGlobalId('User', (await h.userIn(t)).id) } }),
  users: async (t, h) => {
    const u = await h.userIn(t);
    return { query: 'query($s: String!) { users(first: 100, filter: { search: $s }) { edges { node { id } } } }', variables: { s: u.username }, judge: (d) => has(d.users, toGlobalId('User', u.id)) };
  },
  apiKeys: async (t, h) => {
    const { key } = await h.hub.services.apiKeys.create({ name: `k${h.seq()}`, organizationId: t.org.id, scopes: ['ORGANIZATIONS'], personalData: false, expiresOn: '2027-06-30', requestsPerMinute: 60 }, '2026-01-01');
    return { query: '{ apiKeys(first: 100) { edges { node { id } } } }', variables: {}, judge: (d) => has(d.apiKeys, toGlobalId('ApiKey', key.id)) };
  },
  auditLog: async (t) => ({
    query: 'query($id: ID!) { auditLog(first: 5, filter: { entityId: $id }) { edges { node { id action } } } }',
    variables: { id: orgId(t) },
    judge: (d) => (d.auditLog.edges.length > 0 ? 'hit' : 'miss'),
  }),
  personalDataReads: async () => ({ query: '{ personalDataReads(first: 5) { edges { node { id } } } }', variables: {} }),
  login: async () => ({ query: 'mutation($u: String!) { login(input: { username: $u, password: "lnob-demo" }) { token } }', variables: { u: 'admin' } }),
  logout: async () => ({ query: 'mutation { logout { revoked } }', variables: {} }),
  changePassword: async () => ({ query: 'mutation { changePassword(input: { currentPassword: "not-the-password", newPassword: "another-password-2026" }) { token } }', variables: {} }),
  createOrganization: async (t, h) => ({
    query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }',
    variables: { i: { name: `Chi hội thử ${h.seq()}`, kind: 'OTHER', parentId: orgId(t), areaId: t.org.areaId === null ? null : toGlobalId('Area', t.org.areaId), validFrom: t.org.validFrom, validTo: t.org.validTo } },
  }),
  updateOrganization: async (t, h) => {
    const c = await h.child(t);
    return { query: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { organization { id } } }', variables: { i: { id: toGlobalId('Organization', c.id), name: `${c.name} (sửa)` } } };
  },
  moveOrganization: async (t, h) => {
    const c = await h.child(t);
    return { query: 'mutation($i: MoveOrganizationInput!) { moveOrganization(input: $i) { organization { id } } }', variables: { i: { id: toGlobalId('Organization', c.id), newParentId: orgId(t) } } };
  },
  closeOrganization: async (t, h) => {
    const c = await h.child(t);
    return { query: 'mutation($i: CloseOrganizationInput!) { closeOrganization(input: $i) { closedCount } }', variables: { i: { id: toGlobalId('Organization', c.id), validTo: c.validTo ? '2024-12-31' : '2030-12-31' } } };
  },
  createArea: async (_t, h) => ({
    query: 'mutation($i: CreateAreaInput!) { createArea(input: $i) { area { id } } }',
    variables: { i: { code: `M${h.seq()}`, name: 'Tỉnh Thử', kind: 'PROVINCE', urban: false, validFrom: '2026-01-01' } },
  }),
  recordAreaMerger: async (_t, h) => {
    const p = await h.hub.services.areas.create({ code: `MP${h.seq()}`, name: 'Tỉnh Gộp', kind: 'PROVINCE', urban: false, parentId: null, validFrom: '2026-01-01', validTo: null });
    const c = await h.hub.services.areas.create({ code: `MC${h.seq()}`, name: 'Xã Cũ', kind: 'COMMUNE', urban: false, parentId: p.id, validFrom: '2026-01-01', validTo: null });
    return {
      query: 'mutation($i: RecordAreaMergerInput!) { recordAreaMerger(input: $i) { successor { id } } }',
      variables: { i: { predecessors: [{ areaId: toGlobalId('Area', c.id) }], newSuccessor: { code: `MN${h.seq()}`, name: 'Xã Mới', kind: 'COMMUNE', urban: false, parentId: toGlobalId('Area', p.id), validFrom: '2026-07-01' }, effectiveOn: '2026-07-01' } },
    };
  },
  createUser: async (t, h) => ({
    query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
    variables: { i: { username: `new.user${h.seq()}`, displayName: 'Người dùng mới', password: 'mat-khau-2026', organizationId: orgId(t) } },
  }),
  updateUser: async (t, h) => ({
    query: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { id } } }',
    variables: { i: { id: toGlobalId('User', (await h.userIn(t)).id), displayName: 'Tên đã sửa' } },
  }),
  resetUserPassword: async (t, h) => ({
    query: 'mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { user { id } } }',
    variables: { i: { id: toGlobalId('User', (await h.userIn(t)).id), newPassword: 'mat-khau-moi-2026' } },
  }),
  assignRole: async (t, h) => ({
    query: 'mutation($i: AssignRoleInput!) { assignRole(input: $i) { assignment { id } } }',
    variables: { i: { userId: toGlobalId('User', (await h.userIn(t)).id), role: 'VIEWER', organizationId: orgId(t), validFrom: t.org.validFrom } },
  }),
  endRoleAssignment: async (t, h) => {
    const u = await h.userIn(t);
    const a = await h.hub.services.users.assignRole({ userId: u.id, role: 'VIEWER', organizationId: t.org.id, viewOrganizationId: null, validFrom: t.org.validFrom, validTo: null });
    return { query: 'mutation($i: EndRoleAssignmentInput!) { endRoleAssignment(input: $i) { assignment { id } } }', variables: { i: { id: toGlobalId('RoleAssignment', a.id), validTo: '2026-12-31' } } };
  },
  createApiKey: async (t, h) => ({
    query: 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
    variables: { i: { name: `Cổng ${h.seq()}`, organizationId: orgId(t), scopes: ['ORGANIZATIONS'], personalData: false, expiresOn: '2027-06-30' } },
  }),
  revokeApiKey: async (t, h) => {
    const { key } = await h.hub.services.apiKeys.create({ name: `k${h.seq()}`, organizationId: t.org.id, scopes: ['AREAS'], personalData: false, expiresOn: '2027-06-30', requestsPerMinute: 60 }, '2026-01-01');
    return { query: 'mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { id } } }', variables: { i: { id: toGlobalId('ApiKey', key.id) } } };
  },
  household: async (t, h) => ({ query: 'query($id: ID!) { household(id: $id) { id } }', variables: { id: (await h.householdIn(t)).gid } }),
  households: async (t, h) => {
    const hh = await h.householdIn(t);
    // The page right after the household's predecessor (the demo households come first): the
    // list answers whatever the caller may see there, and must hold this household exactly when visible.
    return {
      query: 'query($after: String) { households(first: 100, after: $after) { edges { node { id } } } }',
      variables: { after: encodeCursor({ key: hh.id - 1, id: hh.id - 1 }) },
      judge: (d) => has(d.households, hh.gid),
    };
  },
  povertyStandards: async () => ({ query: '{ povertyStandards { code } }', variables: {} }),
  registerHousehold: async (t, h) => ({
    query: 'mutation($i: RegisterHouseholdInput!) { registerHousehold(input: $i) { household { id } } }',
    variables: { i: { areaId: toGlobalId('Area', (await h.householdIn(t)).areaId), members: [{ fullName: 'Nguyễn Văn Thử', relation: 'HEAD' }] } },
  }),
  updateHousehold: async (t, h) => ({
    query: 'mutation($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { household { id } } }',
    variables: { i: { id: (await h.householdIn(t)).gid, housingStatus: 'REPAIRED' } },
  }),
  setHouseholdSponsor: async (t, h) => ({
    query: 'mutation($i: SetHouseholdSponsorInput!) { setHouseholdSponsor(input: $i) { household { id } } }',
    variables: { i: { householdId: (await h.householdIn(t)).gid, organizationId: orgId(t) } },
  }),
  addHouseholdMember: async (t, h) => ({
    query: 'mutation($i: AddHouseholdMemberInput!) { addHouseholdMember(input: $i) { member { id } } }',
    variables: { i: { householdId: (await h.householdIn(t)).gid, fullName: 'Nguyễn Thị Mới', relation: 'CHILD' } },
  }),
  updateHouseholdMember: async (t, h) => ({
    query: 'mutation($i: UpdateHouseholdMemberInput!) { updateHouseholdMember(input: $i) { member { id } } }',
    variables: { i: { id: toGlobalId('HouseholdMember', (await h.householdIn(t)).memberIds[1]), ethnicity: 'Kinh' } },
  }),
  removeHouseholdMember: async (t, h) => ({
    query: 'mutation($i: RemoveHouseholdMemberInput!) { removeHouseholdMember(input: $i) { member { id } } }',
    variables: { i: { id: toGlobalId('HouseholdMember', (await h.householdIn(t)).memberIds[1]) } },
  }),
  recordReview: async (t, h) => ({
    query: 'mutation($i: RecordReviewInput!) { recordReview(input: $i) { review { class } } }',
    variables: { i: { householdId: (await h.householdIn(t)).gid, year: 2024, incomePerPersonPerMonth: 1_500_000, deprivedIndicators: ['NUTRITION', 'EMPLOYMENT', 'HEALTH_INSURANCE'] } },
  }),
  povertyStatistics: async (t) => ({
    query: 'query($id: ID!) { povertyStatistics(areaId: $id, year: 2024) { households poorRate { value } } }',
    variables: { id: toGlobalId('Area', t.area.id) },
  }),
  rebuildPovertySummary: async () => ({ query: 'mutation { rebuildPovertySummary { rows } }', variables: {} }),
  importHouseholdReviews: async (t, h) => {
    const leaf = await h.leafOf(t);
    const body = csv(['Mã địa bàn', 'Họ và tên chủ hộ', 'Năm rà soát', 'Thu nhập bình quân (đồng/người/tháng)', 'Chỉ số thiếu hụt'], [[leaf.code, `Chủ hộ nhập ${h.seq()}`, 2024, '1000000', '']]);
    const up = h.who ? await upload(h.hub, body, { as: h.who }) : null;
    return {
      query: 'mutation($i: ImportHouseholdReviewsInput!) { importHouseholdReviews(input: $i) { job { id } } }',
      variables: { i: { uploadId: up?.status === 201 ? up.body.uploadId : 'none', dryRun: true } },
      judge: async (d) => {
        const job = await waitForJob(h.hub, d.importHouseholdReviews.job.id, h.who!);
        return job.validRows === 1 ? 'ok' : (CODE_LETTER[problemsOf(job)[0]?.[2]] ?? JSON.stringify(problemsOf(job)));
      },
    };
  },
  importJob: async (t, h) => ({ query: 'query($id: ID!) { importJob(id: $id) { id } }', variables: { id: toGlobalId('ImportJob', await h.jobIn(t)) } }),
  fund: async (t, h) => ({ query: 'query($id: ID!) { fund(id: $id) { id } }', variables: { id: await h.fundIn(t) } }),
  funds: async (t, h) => {
    const id = await h.fundIn(t);
    return { query: '{ funds(first: 100) { edges { node { id } } } }', variables: {}, judge: (d) => has(d.funds, id) };
  },
  fundBalance: async (t, h) => ({ query: 'query($id: ID!) { fundBalance(fundId: $id, asOf: "2024-12-31") { balance } }', variables: { id: await h.fundIn(t) } }),
  ledger: async (t, h) => ({ query: 'query($id: ID!) { ledger(fundId: $id, first: 5) { edges { node { id } } totals { count } } }', variables: { id: await h.fundIn(t) } }),
  fundSummary: async (t, h) => ({ query: 'query($id: ID!) { fundSummary(fundId: $id, period: "2024") { raised } }', variables: { id: await h.fundIn(t) } }),
  peakMonthReport: async (t, h) => ({ query: 'query($id: ID!) { peakMonthReport(fundId: $id, year: 2024) { raised } }', variables: { id: await h.fundIn(t) } }),
  pledges: async (t, h) => ({ query: 'query($id: ID!) { pledges(fundId: $id, first: 5) { edges { node { id } } } }', variables: { id: await h.fundIn(t) } }),
  createFund: async (t) => ({
    query: 'mutation($i: CreateFundInput!) { createFund(input: $i) { fund { id } } }',
    variables: { i: { organizationId: orgId(t), name: 'Quỹ Vì người nghèo (thử)', level: 'PROVINCE', validFrom: '2021-01-01' } },
  }),
  recordDonation: async (t, h) => ({
    query: 'mutation($i: RecordDonationInput!) { recordDonation(input: $i) { transaction { id } } }',
    variables: { i: { fundId: await h.fundIn(t), idempotencyKey: `matrix-${h.seq()}`, amount: 1_000_000, occurredOn: '2024-10-20', channel: 'CASH', newDonor: { kind: 'INDIVIDUAL', name: 'Người ủng hộ' } } },
  }),
  recordDisbursement: async (t, h) => ({
    query: 'mutation($i: RecordDisbursementInput!) { recordDisbursement(input: $i) { transaction { id } } }',
    variables: { i: { fundId: await h.fundIn(t), idempotencyKey: `matrix-${h.seq()}`, amount: 300_000, occurredOn: '2024-12-20', channel: 'CASH', category: 'TET_GIFT', beneficiaryKind: 'EVENT', beneficiaryName: 'Quà Tết' } },
  }),
  recordTransfer: async (t, h) => ({
    query: 'mutation($i: RecordTransferInput!) { recordTransfer(input: $i) { transaction { id } } }',
    variables: { i: { fromFundId: await h.fundIn(t), toFundId: await h.fundIn(t, true), idempotencyKey: `matrix-${h.seq()}`, amount: 1_000, occurredOn: '2024-12-20', channel: 'BANK_TRANSFER' } },
  }),
  reverseTransaction: async (t, h) => {
    const fundId = await h.fundIn(t);
    const d = await h.hub.services.ledger.recordDonation({ fundId: rowIdOfGid(fundId), idempotencyKey: `matrix-sys-${h.seq()}`, amount: 5_000, occurredOn: '2024-10-20', channel: 'CASH', newDonor: { kind: 'INDIVIDUAL', name: 'Ủng hộ nhầm' } });
    return { query: 'mutation($i: ReverseTransactionInput!) { reverseTransaction(input: $i) { transaction { id } } }', variables: { i: { transactionId: toGlobalId('LedgerTransaction', d.tx.id), idempotencyKey: `matrix-${h.seq()}`, occurredOn: '2024-10-21', reason: 'Ghi nhầm' } } };
  },
  recordPledge: async (t, h) => ({
    query: 'mutation($i: RecordPledgeInput!) { recordPledge(input: $i) { pledge { id } } }',
    variables: { i: { fundId: await h.fundIn(t), idempotencyKey: `matrix-${h.seq()}`, amount: 2_000_000, pledgedOn: '2024-10-17', dueOn: '2024-12-31', newDonor: { kind: 'ENTERPRISE', name: 'Doanh nghiệp cam kết' } } },
  }),
  completeHousing: async (t, h) => {
    const fundId = await h.fundIn(t);
    const hh = await h.householdIn(t);
    await h.hub.services.householdReviews.record({ householdId: hh.id, year: 2024, kind: 'PERIODIC', incomePerPersonPerMonth: 900_000, deprivedIndicators: ['NUTRITION', 'EMPLOYMENT', 'HEALTH_INSURANCE'] });
    const d = await h.hub.services.ledger.recordDisbursement({ fundId: rowIdOfGid(fundId), idempotencyKey: `matrix-sys-${h.seq()}`, amount: 2_000_000, occurredOn: '2024-11-01', channel: 'BANK_TRANSFER', category: 'HOUSING_REPAIR', beneficiaryKind: 'HOUSEHOLD', householdId: hh.id });
    return { query: 'mutation($i: CompleteHousingInput!) { completeHousing(input: $i) { transaction { id } } }', variables: { i: { transactionId: toGlobalId('LedgerTransaction', d.tx.id), completedOn: '2025-01-10' } } };
  },
  publicFundReport: async (t, h) => ({ query: 'query($id: ID!) { publicFundReport(fundId: $id, period: "2024") { raised donors { name } } }', variables: { id: await h.fundIn(t) } }),
  publicFunds: async (t, h) => {
    const id = await h.fundIn(t);
    return { query: '{ publicFunds(first: 100, filter: { period: "2024" }) { edges { node { id } } } }', variables: {}, judge: (d) => has(d.publicFunds, id) };
  },
  donors: async (t, h) => {
    await h.fundIn(t);
    const name = `Nhà tài trợ ${t.key}:false`;
    return { query: 'query($s: String!) { donors(search: $s, first: 100) { edges { node { name } } } }', variables: { s: name }, judge: (d) => (d.donors.edges.some((e: any) => e.node.name === name) ? 'hit' : 'miss') };
  },
  bankStatements: async (t, h) => ({ query: 'query($id: ID!) { bankStatements(fundId: $id) { edges { node { id } } } }', variables: { id: await h.fundIn(t) } }),
  statementLines: async (t, h) => ({ query: 'query($id: ID!) { statementLines(fundId: $id, first: 5) { edges { node { id } } } }', variables: { id: await h.fundIn(t) } }),
  reconciliation: async (t, h) => ({ query: 'query($id: ID!) { reconciliation(fundId: $id, period: "2024") { amountIn } }', variables: { id: await h.fundIn(t) } }),
  importBankStatement: async (t, h) => {
    const fundId = await h.fundIn(t);
    const body = `Ngày GD;Số tiền;Nội dung\n17/10/2024;${100_000 + h.seq()};UNG HO\n`;
    const up = h.who ? await upload(h.hub, body, { as: h.who }) : null;
    return { query: 'mutation($i: ImportBankStatementInput!) { importBankStatement(input: $i) { statement { id } } }', variables: { i: { fundId, uploadId: up?.status === 201 ? up.body.uploadId : 'none' } } };
  },
  confirmStatementMatch: async (t, h) => ({ query: 'mutation($i: StatementLineInput!) { confirmStatementMatch(input: $i) { line { status } } }', variables: { i: { lineId: (await h.lineIn(t, 'PROPOSED')).line } } }),
  rejectStatementMatch: async (t, h) => ({ query: 'mutation($i: StatementLineInput!) { rejectStatementMatch(input: $i) { line { status } } }', variables: { i: { lineId: (await h.lineIn(t, 'PROPOSED')).line } } }),
  matchStatementLine: async (t, h) => {
    const l = await h.lineIn(t, 'UNMATCHED');
    return { query: 'mutation($i: MatchStatementLineInput!) { matchStatementLine(input: $i) { line { status } } }', variables: { i: { lineId: l.line, transactionId: l.transaction } } };
  },
  unmatchStatementLine: async (t, h) => ({ query: 'mutation($i: StatementLineInput!) { unmatchStatementLine(input: $i) { line { status } } }', variables: { i: { lineId: (await h.lineIn(t, 'CONFIRMED')).line } } }),
  events: async (t, h) => {
    const e = await h.hub.services.events.create({ kind: 'FORUM', title: `Diễn đàn ${h.seq()}`, startsOn: '2024-10-17', endsOn: '2024-10-17', organizerIds: [t.org.id] });
    return { query: 'query($o: ID!) { events(first: 100, filter: { organizerId: $o }) { edges { node { id } } } }', variables: { o: orgId(t) }, judge: (d) => has(d.events, toGlobalId('Event', e.id)) };
  },
  createEvent: async (t, h) => ({
    query: 'mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }',
    variables: { i: { kind: 'LAUNCH_CEREMONY', title: `Lễ phát động ${h.seq()}`, startsOn: '2024-10-17', endsOn: '2024-10-17', organizerIds: [orgId(t)] } },
  }),
  linkEventTransaction: async (t, h) => {
    const e = await h.hub.services.events.create({ kind: 'CHARITY_TOURNAMENT', title: `Giải gây quỹ ${h.seq()}`, startsOn: '2024-11-16', endsOn: '2024-11-16', organizerIds: [t.org.id] });
    const d = await h.hub.services.ledger.recordDonation({ fundId: rowIdOfGid(await h.fundIn(t)), idempotencyKey: `matrix-event-${h.seq()}`, amount: 7_000, occurredOn: '2024-11-16', channel: 'CASH', newDonor: { kind: 'INDIVIDUAL', name: 'Golfer' } });
    return { query: 'mutation($i: LinkEventTransactionInput!) { linkEventTransaction(input: $i) { event { moneyRaised } } }', variables: { i: { eventId: toGlobalId('Event', e.id), transactionId: toGlobalId('LedgerTransaction', d.tx.id) } } };
  },
  reports: async (t, h) => {
    const id = await reportIn(t, h);
    const planId = toGlobalId('Plan', (await reportPlanIn(t, h)).planId);
    return { query: 'query($p: ID!) { reports(first: 100, filter: { planId: $p }) { edges { node { id } } } }', variables: { p: planId }, judge: (d) => has(d.reports, id) };
  },
  report: async (t, h) => ({ query: 'query($id: ID!) { report(id: $id) { id status } }', variables: { id: await reportIn(t, h) } }),
  reportingCompliance: async (t, h) => ({ query: 'query($p: ID!) { reportingCompliance(planId: $p) { expected } }', variables: { p: toGlobalId('Plan', (await reportPlanIn(t, h)).planId) } }),
  openReportingPeriods: async (t, h) => ({
    query: 'mutation($i: OpenReportingPeriodsInput!) { openReportingPeriods(input: $i) { created } }',
    variables: { i: { planId: toGlobalId('Plan', (await reportPlanIn(t, h)).planId), asOf: '2024-12-31' } },
  }),
  saveReport: async (t, h) => ({ query: 'mutation($i: SaveReportInput!) { saveReport(input: $i) { report { id } } }', variables: { i: { reportId: await reportIn(t, h), narrative: 'Bản nháp' } } }),
  submitReport: async (t, h) => ({ query: 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { report { id } } }', variables: { i: { reportId: await reportIn(t, h) } } }),
  returnReport: async (t, h) => ({ query: 'mutation($i: ReturnReportInput!) { returnReport(input: $i) { report { id } } }', variables: { i: { reportId: await reportIn(t, h, 'SUBMITTED'), reason: 'Bổ sung số liệu' } } }),
  approveReport: async (t, h) => ({ query: 'mutation($i: ApproveReportInput!) { approveReport(input: $i) { report { id } } }', variables: { i: { reportId: await reportIn(t, h, 'SUBMITTED') } } }),
  acceptReport: async (t, h) => ({ query: 'mutation($i: AcceptReportInput!) { acceptReport(input: $i) { report { id } } }', variables: { i: { reportId: await reportIn(t, h, 'APPROVED') } } }),
  plan: async (t, h) => ({ query: 'query($id: ID!) { plan(id: $id) { id issuers { id } } }', variables: { id: (await planIn(t, h)).gid } }),
  plans: async (t, h) => {
    const p = await planIn(t, h);
    return { query: 'query($s: String!) { plans(first: 100, filter: { search: $s }) { edges { node { id } } } }', variables: { s: p.word }, judge: (d) => has(d.plans, p.gid) };
  },
  planCascade: async (t, h) => ({ query: 'query($id: ID!) { planCascade(planId: $id) { depth plan { id } } }', variables: { id: (await planIn(t, h)).gid } }),
  missingImplementingPlans: async (t, h) => ({
    query: 'query($id: ID!) { missingImplementingPlans(planId: $id, level: PROVINCE) { organization { id } } }',
    variables: { id: (await planIn(t, h)).gid },
  }),
  draftPlan: async (t, h) => ({
    query: 'mutation($i: DraftPlanInput!) { draftPlan(input: $i) { plan { id } } }',
    variables: { i: { number: `${h.seq()}/KH-MATRAN`, title: 'Kế hoạch thử phạm vi', kind: 'PLAN', issuerIds: [orgId(t)], periodFrom: 2021, periodTo: 2025 } },
  }),
  updatePlan: async (t, h) => ({ query: 'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { plan { id } } }', variables: { i: { planId: (await planIn(t, h, 'DRAFT')).gid, title: 'Đã sửa' } } }),
  issuePlan: async (t, h) => ({ query: 'mutation($i: IssuePlanInput!) { issuePlan(input: $i) { plan { id } } }', variables: { i: { planId: (await planIn(t, h, 'DRAFT')).gid, issuedOn: '2022-06-16' } } }),
  supersedePlan: async (t, h) => ({
    query: 'mutation($i: SupersedePlanInput!) { supersedePlan(input: $i) { plan { id } } }',
    variables: { i: { planId: (await planIn(t, h)).gid, supersededById: (await planIn(t, h)).gid } },
  }),
  addPlanTask: async (t, h) => ({
    query: 'mutation($i: AddPlanTaskInput!) { addPlanTask(input: $i) { task { id } } }',
    variables: { i: { planId: (await planIn(t, h, 'DRAFT')).gid, title: 'Tuyên truyền', recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10, assignees: [{ organizationId: orgId(t), role: 'LEAD' }] } },
  }),
  assignTask: async (t, h) => {
    const c = await h.child(t);
    return { query: 'mutation($i: AssignTaskInput!) { assignTask(input: $i) { assignment { id } } }', variables: { i: { taskId: (await planIn(t, h, 'DRAFT', true)).task, organizationId: toGlobalId('Organization', c.id), role: 'COORDINATE' } } };
  },
  updateTaskAssignment: async (t, h) => ({
    query: 'mutation($i: UpdateTaskAssignmentInput!) { updateTaskAssignment(input: $i) { assignment { id status } } }',
    variables: { i: { assignmentId: (await planIn(t, h, 'ISSUED', true)).assignment, status: 'IN_PROGRESS' } },
  }),
  addMilestone: async (t, h) => ({
    query: 'mutation($i: AddMilestoneInput!) { addMilestone(input: $i) { milestone { id } } }',
    variables: { i: { planId: (await planIn(t, h, 'DRAFT')).gid, kind: 'DEPLOYMENT', title: 'Hội nghị triển khai', startsOn: '2022-07-01' } },
  }),
  addReportingObligation: async (t, h) => ({
    query: 'mutation($i: AddReportingObligationInput!) { addReportingObligation(input: $i) { obligation { id } } }',
    variables: { i: { planId: (await planIn(t, h, 'DRAFT')).gid, title: 'Báo cáo năm', recipientId: orgId(t), reporterRule: 'MEMBER_ORGANIZATIONS', frequency: 'ANNUAL', dueDay: 10, dueMonth: 12 } },
  }),
  indicators: async () => ({ query: '{ indicators(first: 5) { totalCount edges { node { id } } } }', variables: {} }),
  indicator: async () => ({ query: '{ indicator(code: "POOR_RATE") { id } }', variables: {} }),
  indicatorTargets: async (t, h) => {
    const p = await planIn(t, h);
    const target = await h.hub.services.indicators.setTarget({ indicatorId: await indicatorRowId(h, 'FUND_RAISED'), planId: rowIdOfGid(p.gid), organizationId: t.org.id, kind: 'TOTAL', fromPeriod: '2024', toPeriod: '2024', value: '1000000' });
    const id = toGlobalId('IndicatorTarget', target.id);
    return { query: 'query($p: ID!) { indicatorTargets(filter: { planId: $p }) { id } }', variables: { p: p.gid }, judge: (d) => (d.indicatorTargets.some((x: any) => x.id === id) ? 'hit' : 'miss') };
  },
  indicatorSeries: async (t, h) => ({
    query: 'query($i: ID!, $o: ID!) { indicatorSeries(indicatorId: $i, scope: { organizationId: $o }, from: "2024", to: "2024") { points { actual } } }',
    variables: { i: toGlobalId('Indicator', await indicatorRowId(h, 'POOR_RATE')), o: orgId(t) },
  }),
  emulationCriteria: async (t, h) => ({ query: 'query($p: ID!) { emulationCriteria(planId: $p) { code } }', variables: { p: (await planIn(t, h)).gid } }),
  evaluateCriteria: async (t, h) => ({
    query: 'query($p: ID!, $s: ID!) { evaluateCriteria(planId: $p, subjectId: $s) { result } }',
    variables: { p: await criteriaPlanOf(h), s: toGlobalId('Area', t.area.id) },
  }),
  setIndicatorTarget: async (t, h) => ({
    query: 'mutation($i: SetIndicatorTargetInput!) { setIndicatorTarget(input: $i) { target { id } } }',
    variables: { i: { indicatorId: toGlobalId('Indicator', await indicatorRowId(h, 'FUND_RAISED')), planId: (await planIn(t, h)).gid, organizationId: orgId(t), kind: 'TOTAL', fromPeriod: '2024', toPeriod: '2024', value: '1000000' } },
  }),
  importJobs: async (t, h) => {
    const id = toGlobalId('ImportJob', await h.jobIn(t));
    return { query: '{ importJobs(first: 100) { edges { node { id } } } }', variables: {}, judge: (d) => has(d.importJobs, id) };
  },
};

describe.each(engines())('scope matrix on %s', (engine) => {
  let hub: TestHub;
  let n = 0;
  const targets = new Map<string, Target>();
  const users = new Map<string, { id: number; username: string }>();

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true, demoFunds: false });
    const orgs = await hub.dataSource.getRepository(OrganizationEntity).find();
    const areas = await hub.dataSource.getRepository(AreaEntity).find();
    for (const key of new Set(Object.values(TARGETS).flatMap((t) => [t.in, t.out]))) {
      const fx = demoData.organizations.find((o) => o.key === key)!;
      const org = orgs.find((o) => o.name === fx.name && o.validFrom === fx.validFrom)!;
      // Central organizations have no area: their "area" case uses Trà Vinh's, which they cover.
      const area = areas.find((a) => a.id === (org.areaId ?? areas.find((x) => x.code === '84')!.id))!;
      targets.set(key, { key, org, area, areaPath: area.path });
    }
  });
  afterAll(() => hub?.stop());

  const leafOf = async (t: Target) => {
    const areas = await hub.dataSource.getRepository(AreaEntity).find({ order: { code: 'ASC' } });
    return areas.find((a) => a.path.startsWith(t.area.path) && !areas.some((c) => c.parentId === a.id))!;
  };

  const funds = new Map<string, string>();
  const helpers = (who: string | null): Helpers => ({
    hub,
    who,
    leafOf,
    lineIn: async (t, status) => {
      const fundId = rowIdOfGid(await helpers(null).fundIn(t));
      const amount = 1_000 + ++n;
      const d = await hub.services.ledger.recordDonation({ fundId, idempotencyKey: `matrix-line-${n}`, amount, occurredOn: '2024-10-20', channel: 'BANK_TRANSFER', newDonor: { kind: 'INDIVIDUAL', name: `Người gửi ${n}` } });
      const s = await hub.dataSource.getRepository(BankStatementEntity).save({ fundId, accountNumber: null, fileName: `s${n}.csv`, sha256: String(n).padStart(64, '0'), lineCount: 1, fromDate: '2024-10-20', toDate: '2024-10-20', importedAt: new Date(), actorName: 'system', orgPath: t.org.path });
      const l = await hub.dataSource.getRepository(StatementLineEntity).save({
        statementId: s.id, fundId, row: 2, occurredOn: '2024-10-20', amount, description: 'UNG HO', reference: null, status,
        transactionId: status === 'UNMATCHED' ? null : d.tx.id, confirmedTransactionId: status === 'CONFIRMED' ? d.tx.id : null, score: null, evidence: null,
      });
      return { line: toGlobalId('StatementLine', l.id), transaction: toGlobalId('LedgerTransaction', d.tx.id) };
    },
    fundIn: async (t, second = false) => {
      const k = `${t.key}:${second}`;
      let gid = funds.get(k);
      if (!gid) {
        const repo = hub.dataSource.getRepository(FundEntity);
        // Filed under a throwaway child of the target (same scope), so `createFund` on the target itself stays free.
        const holder = await helpers(null).child(t);
        const f = await repo.save(repo.create({ name: `Quỹ ${k}`, level: 'PROVINCE', organizationId: holder.id, campaignBoardId: null, orgPath: holder.path, areaId: t.area.id, areaPath: t.areaPath, validFrom: '2021-01-01', validTo: null, balance: 0, createdAt: new Date(), updatedAt: new Date() }));
        await hub.services.ledger.recordDonation({ fundId: f.id, idempotencyKey: `matrix-seed-${k}`, amount: 100_000_000, occurredOn: '2024-10-17', channel: 'BANK_TRANSFER', newDonor: { kind: 'ENTERPRISE', name: `Nhà tài trợ ${k}` } });
        gid = toGlobalId('Fund', f.id);
        funds.set(k, gid);
      }
      return gid;
    },
    jobIn: async (t) => {
      const u = await helpers(null).userIn(t);
      const repo = hub.dataSource.getRepository(ImportJobEntity);
      const row = await repo.save(repo.create({ kind: 'HOUSEHOLD_REVIEWS', status: 'SUCCEEDED', dryRun: true, fileName: 'x.csv', format: 'CSV', sha256: '0'.repeat(64), uploadId: 'u', total: 0, processed: 0, validRows: 0, invalidRows: 0, householdsRegistered: 0, reviewsRecorded: 0, problemCount: 0, error: null, userId: u.id, requestId: 'matrix', createdAt: new Date(), startedAt: null, finishedAt: null }));
      return row.id;
    },
    seq: () => ++n,
    child: (t) =>
      hub.services.organizations.create({ name: `Chi hội ${++n}`, shortName: null, kind: 'OTHER', level: null, areaId: t.org.areaId, parentId: t.org.id, validFrom: t.org.validFrom, validTo: t.org.validTo }),
    userIn: async (t) => {
      let u = users.get(t.key);
      if (!u) {
        const row = await hub.services.users.create({ username: `u.${t.key}`, displayName: `Cán bộ ${t.key}`, email: `${t.key}@example.vn`, phone: null, password: 'mat-khau-2026', organizationId: t.org.id });
        u = { id: row.id, username: row.username };
        users.set(t.key, u);
      }
      return u;
    },
    householdIn: async (t) => {
      const leaf = await leafOf(t);
      const row = await hub.services.households.register({
        areaId: leaf.id,
        members: [
          { fullName: `Chủ hộ ${++n}`, relation: 'HEAD' },
          { fullName: `Con ${n}`, relation: 'CHILD' },
        ],
      });
      const members = await hub.dataSource.getRepository(HouseholdMemberEntity).find({ where: { householdId: row.id }, order: { id: 'ASC' } });
      return { id: row.id, gid: toGlobalId('Household', row.id), memberIds: members.map((m) => m.id), areaId: leaf.id };
    },
  });

  const cells = Object.entries(EXPECTED).flatMap(([field, row]) =>
    USERS.flatMap((who, i) => (['in', 'out'] as const).map((side, k) => ({ field, who, side, expected: row[i].split('|')[k] }))),
  );

  it.each(cells)('$field as $who on the $side-scope object → $expected', async ({ field, who, side, expected }) => {
    const t = targets.get(TARGETS[who][side])!;
    const c = await CASES[field](t, helpers(who === 'anonymous' ? null : who));
    let token: string | undefined;
    if (who !== 'anonymous') {
      // logout revokes the session: give it its own so the cached one stays valid for the other cells.
      token = field === 'logout' ? await freshLogin(hub, who) : await hub.tokenOf(who);
    }
    const r: GqlResult<any> = await hub.gql<any>(c.query, c.variables, token ? { token } : { as: null });
    const code = r.errors?.[0]?.extensions?.code;
    const outcome = code ? (CODE_LETTER[code] ?? code) : c.judge ? await c.judge(r.data) : 'ok';
    expect(outcome, JSON.stringify(r.errors ?? r.data)).toBe(expected);
  });

  it('has a row for every root query and mutation of the schema', async () => {
    const schema = await buildHubSchema();
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(fields);
    expect(Object.keys(CASES).sort()).toEqual(fields);
  });
});

async function freshLogin(hub: TestHub, who: string): Promise<string> {
  const r = await hub.gql<any>('mutation($u: String!) { login(input: { username: $u, password: "lnob-demo" }) { token } }', { u: who }, { as: null });
  return r.data.login.token;
}
