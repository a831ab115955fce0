/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/** The append-only audit log: one entry per changed object, redaction, filters, scope, paging (docs/auth.md "Audit"). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayLocal } from '@lnob/domain';
import { fromGlobalId, toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type GqlResult, type TestHub } from '../../../testing/harness';
import { AuditEntryEntity } from '../../audit/audit.entity';
import { AreaEntity } from '../../areas/area.entity';
import { csv, upload } from '../../imports/__tests__/import-helpers';
import { auditRowsOf, cr, freshToken, GOOD_PASSWORD, LOGIN, makeUser, mutationNames, orgGid, orgRow, rid, userRow } from './identity-helpers';

const ENTRY = 'id at requestId action entityType entityId actorName actor { username } apiKey { id } changes { field before after }';
const LOG = `query ($f: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) { totalCount edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage hasPreviousPage endCursor } }
}`;
const rowIdOf = (gid: string) => fromGlobalId(gid)!.rowId;
const REDACTED = JSON.stringify('[redacted]');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(engines())('audit log on %s', (engine) => {
  let hub: TestHub;
  let today: string;
  const log = async (f: Record<string, unknown>, as = 'admin', first = 100, after: string | null = null) => {
    const r = await hub.gql<any>(LOG, { f, first, after }, { as });
    expect(r.errors).toBeUndefined();
    return r.data.auditLog;
  };
  const nodes = (conn: any) => conn.edges.map((e: any) => e.node);

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true, demoFunds: false });
    today = todayLocal();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('every mutation kind writes exactly one entry per changed object, with who, what and the request id', async () => {
    const subject = await makeUser(hub, 'audit.subject', 'yu-quang-nam');
    const self = await makeUser(hub, 'audit.self', 'yu-quang-nam', { role: 'VIEWER' });
    let selfToken = await freshToken(hub, self.username, self.password);
    const yu = await orgGid(hub, 'yu-central');
    const dept = await orgGid(hub, 'yu-central-ban-dkthtn');
    const p1 = await hub.services.areas.create({ code: 'AU1', name: 'Tỉnh Một', kind: 'PROVINCE', urban: false, parentId: null, validFrom: '2026-01-01', validTo: null });
    const p2 = await hub.services.areas.create({ code: 'AU2', name: 'Tỉnh Hai', kind: 'PROVINCE', urban: false, parentId: null, validFrom: '2026-01-01', validTo: null });
    const ids: Record<string, number> = {};
    const hamlet = toGlobalId('Area', (await hub.dataSource.getRepository(AreaEntity).findOneByOrFail({ code: '84-29404-OKADA' })).id);
    const household = () => toGlobalId('Household', ids.household);

    /** One mutation: its document, variables and caller (built when it runs), and the entries it must write. */
    interface Case {
      name: string;
      query: string;
      vars?: () => Record<string, unknown>;
      as?: () => { as?: string | null; token?: string };
      /** [entityType, action, entity row id, actor username] per changed object. */
      writes: (d: any) => [string, string, number, string][];
    }
    const m = (field: string, type?: string, sel = '__typename') => (type ? `mutation ($i: ${type}!) { ${field}(input: $i) { ${sel} } }` : `mutation { ${field} { ${sel} } }`);
    const i = (input: () => Record<string, unknown>) => () => ({ i: input() });
    const org = () => toGlobalId('Organization', ids.org);
    const tvCommittee = await orgGid(hub, 'vff-tra-vinh');
    const cauKeCommittee = await orgGid(hub, 'vff-tra-vinh-cau-ke');
    const statementUpload = (await upload(hub, 'Ngày GD;Số tiền;Nội dung;Số tham chiếu\n20/10/2024;4.321.000;CK UNG HO;FT-AUDIT-42\n')).body.uploadId;
    const importUpload = (await upload(hub, csv(['year', 'income', 'score_b'], [[2024, 1, 0]]))).body.uploadId;
    // Reports: an issued plan (made by the system) whose half-year reports have not been opened yet.
    const reportPlan = await hub.services.plans.draft({ number: '07/KH-AUDIT', title: 'Kế hoạch thử nhật ký', kind: 'PLAN', issuerIds: [(await orgRow(hub, 'ccb-quang-nam')).id], periodFrom: 2024, periodTo: 2024 });
    await hub.services.planParts.addObligation({ planId: reportPlan.id, title: 'Báo cáo 6 tháng', recipientId: (await orgRow(hub, 'ccb-quang-nam')).id, reporterRule: 'NAMED', reporterIds: [(await orgRow(hub, 'ccb-quang-nam-tam-ky')).id], frequency: 'SEMI_ANNUAL', dueDay: 10 });
    await hub.services.plans.issue(reportPlan.id, '2024-03-01', '2024-06-01'); // the 2024H1 report has opened, 2024H2 has not
    ids.report = Number(((await hub.dataSource.query("SELECT id FROM report WHERE planId = ? AND period = '2024H1'", [reportPlan.id])) as { id: unknown }[])[0].id);
    const report = () => toGlobalId('Report', ids.report);
    // Plans: a second issued plan (made by the system) to supersede the audited one with.
    const nextPlan = await hub.services.plans.draft({ number: '09/KH-AUDIT', title: 'Kế hoạch thay thế', kind: 'PLAN', issuerIds: [(await orgRow(hub, 'vff-tra-vinh')).id], periodFrom: 2021, periodTo: 2025 });
    await hub.services.plans.issue(nextPlan.id, '2023-01-05', '2023-01-05');
    const plan = () => toGlobalId('Plan', ids.plan);
    ids.indicator = Number(((await hub.dataSource.query("SELECT id FROM indicator WHERE code = 'FUND_RAISED'")) as { id: unknown }[])[0].id);
    const cases: Case[] = [
      { name: 'createUser', query: m('createUser', 'CreateUserInput', 'user { id }'), vars: i(() => ({ username: 'audit.new', displayName: 'Mới', password: GOOD_PASSWORD, organizationId: yu })),
        writes: (d) => [['User', 'create', rowIdOf(d.createUser.user.id), 'admin']] },
      { name: 'updateUser', query: m('updateUser', 'UpdateUserInput'), vars: i(() => ({ id: subject.gid, displayName: 'Đã sửa' })), writes: () => [['User', 'update', subject.id, 'admin']] },
      { name: 'resetUserPassword', query: m('resetUserPassword', 'ResetUserPasswordInput'), vars: i(() => ({ id: subject.gid, newPassword: 'Mat-khau-moi-99' })),
        writes: () => [['User', 'resetPassword', subject.id, 'admin']] },
      { name: 'assignRole', query: m('assignRole', 'AssignRoleInput', 'assignment { id }'), vars: i(() => ({ userId: subject.gid, role: 'OFFICER', organizationId: yu, validFrom: '2024-01-01' })),
        writes: (d) => [['RoleAssignment', 'assign', (ids.assignment = rowIdOf(d.assignRole.assignment.id)), 'admin']] },
      { name: 'endRoleAssignment', query: m('endRoleAssignment', 'EndRoleAssignmentInput'), vars: i(() => ({ id: toGlobalId('RoleAssignment', ids.assignment) })),
        writes: () => [['RoleAssignment', 'end', ids.assignment, 'admin']] },
      { name: 'createApiKey', query: m('createApiKey', 'CreateApiKeyInput', 'apiKey { id }'), vars: i(() => ({ name: 'Cổng', organizationId: yu, scopes: ['AREAS'], personalData: false, expiresOn: addDays(today, 30) })),
        writes: (d) => [['ApiKey', 'create', (ids.key = rowIdOf(d.createApiKey.apiKey.id)), 'admin']] },
      { name: 'revokeApiKey', query: m('revokeApiKey', 'RevokeApiKeyInput'), vars: i(() => ({ id: toGlobalId('ApiKey', ids.key) })), writes: () => [['ApiKey', 'revoke', ids.key, 'admin']] },
      { name: 'login', query: LOGIN, vars: () => ({ u: self.username, p: self.password }), as: () => ({ as: null }), writes: () => [['User', 'login', self.id, self.username]] },
      { name: 'login (failed)', query: LOGIN, vars: () => ({ u: self.username, p: 'wrong-password-1' }), as: () => ({ as: null }), writes: () => [['User', 'loginFailed', self.id, self.username]] },
      { name: 'changePassword', query: m('changePassword', 'ChangePasswordInput', 'token'), vars: i(() => ({ currentPassword: self.password, newPassword: 'Mat-khau-cua-toi-7' })), as: () => ({ token: selfToken }),
        writes: (d) => ((selfToken = d.changePassword.token), [['User', 'changePassword', self.id, self.username]]) },
      { name: 'logout', query: m('logout'), as: () => ({ token: selfToken }), writes: () => [['User', 'logout', self.id, self.username]] },
      { name: 'createOrganization', query: m('createOrganization', 'CreateOrganizationInput', 'organization { id }'), vars: i(() => ({ name: 'Ban Kiểm toán', kind: 'OTHER', parentId: yu, validFrom: '2024-01-01' })),
        writes: (d) => [['Organization', 'create', (ids.org = rowIdOf(d.createOrganization.organization.id)), 'admin']] },
      { name: 'updateOrganization', query: m('updateOrganization', 'UpdateOrganizationInput'), vars: i(() => ({ id: org(), name: 'Ban Kiểm toán (sửa)' })), writes: () => [['Organization', 'update', ids.org, 'admin']] },
      { name: 'moveOrganization', query: m('moveOrganization', 'MoveOrganizationInput'), vars: i(() => ({ id: org(), newParentId: dept })), writes: () => [['Organization', 'move', ids.org, 'admin']] },
      { name: 'closeOrganization', query: m('closeOrganization', 'CloseOrganizationInput'), vars: i(() => ({ id: org(), validTo: '2026-06-30' })), writes: () => [['Organization', 'close', ids.org, 'admin']] },
      { name: 'createArea', query: m('createArea', 'CreateAreaInput', 'area { id }'), vars: i(() => ({ code: 'AU3', name: 'Tỉnh Ba', kind: 'PROVINCE', urban: false, validFrom: '2026-01-01' })),
        writes: (d) => [['Area', 'create', rowIdOf(d.createArea.area.id), 'admin']] },
      { name: 'recordAreaMerger', query: m('recordAreaMerger', 'RecordAreaMergerInput', 'successor { id }'),
        vars: i(() => ({
          predecessors: [{ areaId: toGlobalId('Area', p1.id) }, { areaId: toGlobalId('Area', p2.id) }],
          newSuccessor: { code: 'AU9', name: 'Tỉnh Gộp', kind: 'PROVINCE', urban: false, validFrom: '2026-07-01' },
          effectiveOn: '2026-07-01',
        })),
        writes: (d) => [['Area', 'create', rowIdOf(d.recordAreaMerger.successor.id), 'admin'], ['Area', 'merge', p1.id, 'admin'], ['Area', 'merge', p2.id, 'admin']] },
      { name: 'registerHousehold', query: m('registerHousehold', 'RegisterHouseholdInput', 'household { id members { id } }'),
        vars: i(() => ({ areaId: hamlet, members: [{ fullName: 'Thạch Văn Sơn', relation: 'HEAD' }, { fullName: 'Thạch Thị Mai', relation: 'CHILD' }] })),
        writes: (d) => {
          const h = d.registerHousehold.household;
          [ids.household, ids.head, ids.child] = [rowIdOf(h.id), rowIdOf(h.members[0].id), rowIdOf(h.members[1].id)];
          return [['Household', 'register', ids.household, 'admin'], ['HouseholdMember', 'add', ids.head, 'admin'], ['HouseholdMember', 'add', ids.child, 'admin']];
        } },
      { name: 'updateHousehold', query: m('updateHousehold', 'UpdateHouseholdInput'), vars: i(() => ({ id: household(), housingStatus: 'REPAIRED' })),
        writes: () => [['Household', 'update', ids.household, 'admin']] },
      { name: 'setHouseholdSponsor', query: m('setHouseholdSponsor', 'SetHouseholdSponsorInput'), vars: i(() => ({ householdId: household(), organizationId: yu })),
        writes: () => [['Household', 'setSponsor', ids.household, 'admin']] },
      { name: 'addHouseholdMember', query: m('addHouseholdMember', 'AddHouseholdMemberInput', 'member { id }'), vars: i(() => ({ householdId: household(), fullName: 'Thạch Văn Út', relation: 'GRANDCHILD' })),
        writes: (d) => [['HouseholdMember', 'add', rowIdOf(d.addHouseholdMember.member.id), 'admin']] },
      { name: 'updateHouseholdMember', query: m('updateHouseholdMember', 'UpdateHouseholdMemberInput'), vars: i(() => ({ id: toGlobalId('HouseholdMember', ids.child), ethnicity: 'Khmer' })),
        writes: () => [['HouseholdMember', 'update', ids.child, 'admin']] },
      { name: 'removeHouseholdMember', query: m('removeHouseholdMember', 'RemoveHouseholdMemberInput'), vars: i(() => ({ id: toGlobalId('HouseholdMember', ids.child) })),
        writes: () => [['HouseholdMember', 'remove', ids.child, 'admin']] },
      { name: 'recordReview', query: m('recordReview', 'RecordReviewInput', 'review { id }'), vars: i(() => ({ householdId: household(), year: 2024, incomePerPersonPerMonth: 1_000_000, deprivedIndicators: [] })),
        writes: (d) => [['HouseholdReview', 'record', rowIdOf(d.recordReview.review.id), 'admin']] },
      { name: 'recordReview (correction)', query: m('recordReview', 'RecordReviewInput', 'review { id }'),
        vars: i(() => ({ householdId: household(), year: 2024, incomePerPersonPerMonth: 1_000_000, deprivedIndicators: ['NUTRITION', 'EMPLOYMENT', 'DEPENDANTS'], correction: true })),
        writes: (d) => [['HouseholdReview', 'correct', rowIdOf(d.recordReview.review.id), 'admin']] },
      { name: 'rebuildPovertySummary', query: m('rebuildPovertySummary', undefined, 'rows'), writes: () => [['PovertySummary', 'rebuild', 0, 'admin']] },
      { name: 'importHouseholdReviews', query: m('importHouseholdReviews', 'ImportHouseholdReviewsInput', 'job { id }'), vars: i(() => ({ uploadId: importUpload, dryRun: true })),
        writes: (d) => [['ImportJob', 'dryRun', rowIdOf(d.importHouseholdReviews.job.id), 'admin']] },
      { name: 'createFund', query: m('createFund', 'CreateFundInput', 'fund { id }'), vars: i(() => ({ organizationId: tvCommittee, name: 'Quỹ Vì người nghèo tỉnh Trà Vinh', level: 'PROVINCE', validFrom: '2021-01-01' })),
        writes: (d) => [['Fund', 'create', (ids.fund = rowIdOf(d.createFund.fund.id)), 'admin']] },
      { name: 'createFund (second)', query: m('createFund', 'CreateFundInput', 'fund { id }'), vars: i(() => ({ organizationId: cauKeCommittee, name: 'Quỹ Vì người nghèo huyện Cầu Kè', level: 'DISTRICT', validFrom: '2021-01-01' })),
        writes: (d) => [['Fund', 'create', (ids.fund2 = rowIdOf(d.createFund.fund.id)), 'admin']] },
      { name: 'recordDonation', query: m('recordDonation', 'RecordDonationInput', 'transaction { id donor { id } }'),
        vars: i(() => ({ fundId: toGlobalId('Fund', ids.fund), idempotencyKey: 'audit-donation-1', amount: 50_000_000, occurredOn: '2024-10-17', channel: 'BANK_TRANSFER', newDonor: { kind: 'ENTERPRISE', name: 'Công ty Audit' } })),
        writes: (d) => [['Donor', 'create', (ids.donor = rowIdOf(d.recordDonation.transaction.donor.id)), 'admin'], ['LedgerTransaction', 'record', rowIdOf(d.recordDonation.transaction.id), 'admin']] },
      { name: 'recordDisbursement', query: m('recordDisbursement', 'RecordDisbursementInput', 'transaction { id }'),
        vars: i(() => ({ fundId: toGlobalId('Fund', ids.fund), idempotencyKey: 'audit-disbursement-1', amount: 30_000_000, occurredOn: '2024-11-01', channel: 'BANK_TRANSFER', category: 'HOUSING_REPAIR', beneficiaryKind: 'HOUSEHOLD', householdId: household() })),
        writes: (d) => [['LedgerTransaction', 'record', (ids.housing = rowIdOf(d.recordDisbursement.transaction.id)), 'admin']] },
      { name: 'completeHousing', query: m('completeHousing', 'CompleteHousingInput', 'transaction { id }'), vars: i(() => ({ transactionId: toGlobalId('LedgerTransaction', ids.housing), completedOn: '2025-01-10' })),
        writes: () => [['LedgerTransaction', 'completeHousing', ids.housing, 'admin'], ['Household', 'update', ids.household, 'admin']] },
      { name: 'recordTransfer', query: m('recordTransfer', 'RecordTransferInput', 'transaction { id }'),
        vars: i(() => ({ fromFundId: toGlobalId('Fund', ids.fund), toFundId: toGlobalId('Fund', ids.fund2), idempotencyKey: 'audit-transfer-1', amount: 1_000_000, occurredOn: '2024-11-02', channel: 'BANK_TRANSFER' })),
        writes: (d) => [['LedgerTransaction', 'record', (ids.transfer = rowIdOf(d.recordTransfer.transaction.id)), 'admin']] },
      { name: 'reverseTransaction', query: m('reverseTransaction', 'ReverseTransactionInput', 'transaction { id }'),
        vars: i(() => ({ transactionId: toGlobalId('LedgerTransaction', ids.transfer), idempotencyKey: 'audit-reversal-1', occurredOn: '2024-11-03', reason: 'Chuyển nhầm quỹ' })),
        writes: (d) => [['LedgerTransaction', 'reverse', rowIdOf(d.reverseTransaction.transaction.id), 'admin']] },
      { name: 'recordPledge', query: m('recordPledge', 'RecordPledgeInput', 'pledge { id }'),
        vars: i(() => ({ fundId: toGlobalId('Fund', ids.fund), idempotencyKey: 'audit-pledge-1', donorId: toGlobalId('Donor', ids.donor), amount: 10_000_000, pledgedOn: '2024-10-17', dueOn: '2024-12-31' })),
        writes: (d) => [['Pledge', 'record', rowIdOf(d.recordPledge.pledge.id), 'admin']] },
      { name: 'recordDonation (statement)', query: m('recordDonation', 'RecordDonationInput', 'transaction { id }'),
        vars: i(() => ({ fundId: toGlobalId('Fund', ids.fund), idempotencyKey: 'audit-donation-2', amount: 4_321_000, occurredOn: '2024-10-20', channel: 'BANK_TRANSFER', donorId: toGlobalId('Donor', ids.donor), reference: 'FT-AUDIT-42' })),
        writes: (d) => [['LedgerTransaction', 'record', (ids.stmtTx = rowIdOf(d.recordDonation.transaction.id)), 'admin']] },
      { name: 'importBankStatement', query: m('importBankStatement', 'ImportBankStatementInput', 'statement { id lines { edges { node { id status } } } }'), vars: i(() => ({ fundId: toGlobalId('Fund', ids.fund), uploadId: statementUpload })),
        writes: (d) => {
          const [line] = d.importBankStatement.statement.lines.edges.map((e: any) => e.node);
          expect(line.status).toBe('PROPOSED');
          ids.line = rowIdOf(line.id);
          return [['BankStatement', 'import', rowIdOf(d.importBankStatement.statement.id), 'admin']];
        } },
      { name: 'confirmStatementMatch', query: m('confirmStatementMatch', 'StatementLineInput', 'line { id }'), vars: i(() => ({ lineId: toGlobalId('StatementLine', ids.line) })),
        writes: () => [['StatementLine', 'confirm', ids.line, 'admin']] },
      { name: 'unmatchStatementLine', query: m('unmatchStatementLine', 'StatementLineInput', 'line { id }'), vars: i(() => ({ lineId: toGlobalId('StatementLine', ids.line) })),
        writes: () => [['StatementLine', 'unmatch', ids.line, 'admin']] },
      { name: 'rejectStatementMatch', query: m('rejectStatementMatch', 'StatementLineInput', 'line { id }'), vars: i(() => ({ lineId: toGlobalId('StatementLine', ids.line) })),
        writes: () => [['StatementLine', 'reject', ids.line, 'admin']] },
      { name: 'matchStatementLine', query: m('matchStatementLine', 'MatchStatementLineInput', 'line { id }'),
        vars: i(() => ({ lineId: toGlobalId('StatementLine', ids.line), transactionId: toGlobalId('LedgerTransaction', ids.stmtTx) })),
        writes: () => [['StatementLine', 'match', ids.line, 'admin']] },
      { name: 'createEvent', query: m('createEvent', 'CreateEventInput', 'event { id }'),
        vars: i(() => ({ kind: 'FORUM', title: 'Diễn đàn “Lắng nghe tiếng nói của người nghèo”', startsOn: '2024-10-16', endsOn: '2024-10-16', organizerIds: [tvCommittee] })),
        writes: (d) => [['Event', 'create', (ids.event = rowIdOf(d.createEvent.event.id)), 'admin']] },
      { name: 'linkEventTransaction', query: m('linkEventTransaction', 'LinkEventTransactionInput', 'event { moneyRaised }'),
        vars: i(() => ({ eventId: toGlobalId('Event', ids.event), transactionId: toGlobalId('LedgerTransaction', ids.stmtTx) })),
        writes: () => [['Event', 'linkTransaction', ids.event, 'admin']] },
      { name: 'openReportingPeriods', query: m('openReportingPeriods', 'OpenReportingPeriodsInput', 'created'), vars: i(() => ({ planId: toGlobalId('Plan', reportPlan.id), asOf: '2024-12-31' })),
        writes: (d) => {
          expect(d.openReportingPeriods.created).toBe(1);
          return [['Plan', 'openReportingPeriods', reportPlan.id, 'admin']];
        } },
      { name: 'saveReport', query: m('saveReport', 'SaveReportInput', 'report { id }'),
        vars: i(() => ({ reportId: report(), narrative: 'Bản nháp' })), writes: () => [['Report', 'save', ids.report, 'admin']] },
      { name: 'submitReport', query: m('submitReport', 'SubmitReportInput', 'report { id }'), vars: i(() => ({ reportId: report() })), writes: () => [['Report', 'submit', ids.report, 'admin']] },
      { name: 'returnReport', query: m('returnReport', 'ReturnReportInput', 'report { id }'), vars: i(() => ({ reportId: report(), reason: 'Bổ sung số liệu' })), writes: () => [['Report', 'return', ids.report, 'admin']] },
      { name: 'submitReport (again)', query: m('submitReport', 'SubmitReportInput', 'report { id }'), vars: i(() => ({ reportId: report() })), writes: () => [['Report', 'submit', ids.report, 'admin']] },
      { name: 'approveReport', query: m('approveReport', 'ApproveReportInput', 'report { id }'), vars: i(() => ({ reportId: report() })), writes: () => [['Report', 'approve', ids.report, 'admin']] },
      { name: 'acceptReport', query: m('acceptReport', 'AcceptReportInput', 'report { id }'), vars: i(() => ({ reportId: report() })), writes: () => [['Report', 'accept', ids.report, 'admin']] },
      { name: 'draftPlan', query: m('draftPlan', 'DraftPlanInput', 'plan { id }'),
        vars: i(() => ({ number: '08/KH-AUDIT', title: 'Kế hoạch thử nhật ký', kind: 'PLAN', issuerIds: [tvCommittee], periodFrom: 2021, periodTo: 2025 })),
        writes: (d) => [['Plan', 'draft', (ids.plan = rowIdOf(d.draftPlan.plan.id)), 'admin']] },
      { name: 'updatePlan', query: m('updatePlan', 'UpdatePlanInput'), vars: i(() => ({ planId: plan(), signer: 'Chủ tịch' })), writes: () => [['Plan', 'update', ids.plan, 'admin']] },
      { name: 'addPlanTask', query: m('addPlanTask', 'AddPlanTaskInput', 'task { id assignments { id } }'),
        vars: i(() => ({ planId: plan(), title: 'Tuyên truyền', recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10, assignees: [{ organizationId: tvCommittee, role: 'LEAD' }] })),
        writes: (d) => {
          [ids.task, ids.assignment] = [rowIdOf(d.addPlanTask.task.id), rowIdOf(d.addPlanTask.task.assignments[0].id)];
          return [['PlanTask', 'add', ids.task, 'admin'], ['TaskAssignment', 'assign', ids.assignment, 'admin']];
        } },
      { name: 'assignTask', query: m('assignTask', 'AssignTaskInput', 'assignment { id }'), vars: i(() => ({ taskId: toGlobalId('PlanTask', ids.task), organizationId: cauKeCommittee, role: 'COORDINATE' })),
        writes: (d) => [['TaskAssignment', 'assign', rowIdOf(d.assignTask.assignment.id), 'admin']] },
      { name: 'addMilestone', query: m('addMilestone', 'AddMilestoneInput', 'milestone { id }'), vars: i(() => ({ planId: plan(), kind: 'FINAL_REVIEW', title: 'Tổng kết', startsOn: '2025-06-11' })),
        writes: (d) => [['Milestone', 'add', rowIdOf(d.addMilestone.milestone.id), 'admin']] },
      { name: 'addReportingObligation', query: m('addReportingObligation', 'AddReportingObligationInput', 'obligation { id }'),
        vars: i(() => ({ planId: plan(), title: 'Báo cáo năm', recipientId: tvCommittee, reporterRule: 'NAMED', reporterIds: [cauKeCommittee], frequency: 'ANNUAL', dueDay: 15, dueMonth: 12 })),
        writes: (d) => [['ReportingObligation', 'add', rowIdOf(d.addReportingObligation.obligation.id), 'admin']] },
      { name: 'issuePlan', query: m('issuePlan', 'IssuePlanInput'), vars: i(() => ({ planId: plan(), issuedOn: '2022-07-01' })), writes: () => [['Plan', 'issue', ids.plan, 'admin']] },
      { name: 'updateTaskAssignment', query: m('updateTaskAssignment', 'UpdateTaskAssignmentInput'), vars: i(() => ({ assignmentId: toGlobalId('TaskAssignment', ids.assignment), status: 'DONE', doneOn: '2024-12-01' })),
        writes: () => [['TaskAssignment', 'update', ids.assignment, 'admin']] },
      { name: 'setIndicatorTarget', query: m('setIndicatorTarget', 'SetIndicatorTargetInput', 'target { id }'),
        vars: i(() => ({ indicatorId: toGlobalId('Indicator', ids.indicator), planId: plan(), organizationId: tvCommittee, kind: 'TOTAL', fromPeriod: '2024', toPeriod: '2024', value: '5000000' })),
        writes: (d) => [['IndicatorTarget', 'create', rowIdOf(d.setIndicatorTarget.target.id), 'admin']] },
      { name: 'supersedePlan', query: m('supersedePlan', 'SupersedePlanInput'), vars: i(() => ({ planId: plan(), supersededById: toGlobalId('Plan', nextPlan.id) })),
        writes: () => [['Plan', 'supersede', ids.plan, 'admin']] },
    ];
    expect([...new Set(cases.map((c) => c.name.split(' ')[0]))].sort()).toEqual(await mutationNames(hub)); // a new mutation needs a row here

    const users = new Map<string, number>();
    for (const u of ['admin', self.username]) users.set(u, (await userRow(hub, u)).id);
    for (const c of cases) {
      const requestId = rid();
      const r: GqlResult<any> = await hub.gql<any>(c.query, c.vars?.() ?? {}, { ...c.as?.(), headers: { 'x-request-id': requestId } });
      if (c.name !== 'login (failed)') expect({ name: c.name, errors: r.errors }).toEqual({ name: c.name, errors: undefined });
      const want = c.writes(r.data);
      const rows = await auditRowsOf(hub, requestId);
      expect({ name: c.name, rows: rows.map((x) => [x.entityType, x.action, x.entityRowId, x.actorName]) }).toEqual({ name: c.name, rows: want });
      rows.forEach((row, n) => expect(row).toMatchObject({ requestId, userId: users.get(want[n][3]), apiKeyId: null }));
    }

    const failed = rid();
    const dup = { username: 'audit.new', displayName: 'X', password: GOOD_PASSWORD, organizationId: yu };
    expect(cr(await hub.gql<any>(m('createUser', 'CreateUserInput'), { i: dup }, { headers: { 'x-request-id': failed } })).reason).toBe('DUPLICATE_USERNAME');
    expect(await auditRowsOf(hub, failed)).toEqual([]); // a refused mutation leaves no entry
  });

  it('shows the entry through auditLog; secrets read "[redacted]"', async () => {
    const u = await userRow(hub, 'audit.new');
    const [created] = nodes(await log({ entityId: toGlobalId('User', u.id), entityType: 'User' }));
    expect(created).toMatchObject({ action: 'create', entityType: 'User', actorName: 'admin', actor: { username: 'admin' }, apiKey: null });
    expect(created.changes).toContainEqual({ field: 'passwordHash', before: null, after: REDACTED });
    expect(created.changes).toContainEqual({ field: 'username', before: null, after: JSON.stringify('audit.new') });
    const self = await userRow(hub, 'audit.self');
    const changed = nodes(await log({ entityId: toGlobalId('User', self.id) })).find((n: any) => n.action === 'changePassword');
    expect(changed.changes).toEqual([{ field: 'passwordHash', before: REDACTED, after: REDACTED }]);
    const key = nodes(await log({ entityType: 'ApiKey' })).find((n: any) => n.action === 'create');
    expect(key.changes).toContainEqual({ field: 'secretHash', before: null, after: REDACTED });
    const all = JSON.stringify(await hub.dataSource.getRepository(AuditEntryEntity).find());
    expect(all).not.toMatch(/scrypt\$/);
  });

  it('filters by entity type, entity, acting user and time', async () => {
    const byType = await log({ entityType: 'ApiKey' });
    expect(nodes(byType).every((n: any) => n.entityType === 'ApiKey')).toBe(true);
    expect(byType.totalCount).toBe(await hub.dataSource.getRepository(AuditEntryEntity).countBy({ entityType: 'ApiKey' }));

    const qn = await orgGid(hub, 'vff-quang-nam');
    const byEntity = await log({ entityId: qn });
    expect(byEntity.totalCount).toBeGreaterThan(0);
    expect(nodes(byEntity).every((n: any) => n.entityId === qn)).toBe(true);

    const yc = await userRow(hub, 'youth.central');
    const member = await makeUser(hub, 'audit.member', 'yu-quang-nam');
    await hub.gql<any>('mutation ($i: UpdateUserInput!) { updateUser(input: $i) { user { id } } }', { i: { id: member.gid, phone: '0900 111 222' } }, { as: 'youth.central' });
    const byUser = await log({ userId: toGlobalId('User', yc.id) });
    expect(byUser.totalCount).toBe(await hub.dataSource.getRepository(AuditEntryEntity).countBy({ userId: yc.id }));
    expect(nodes(byUser).map((n: any) => [n.actorName, n.action, n.entityId])).toContainEqual(['youth.central', 'update', member.gid]);
    expect(nodes(byUser).every((n: any) => n.actorName === 'youth.central')).toBe(true);

    const before = await makeUser(hub, 'audit.before', 'yu-quang-nam');
    await sleep(15);
    const t = new Date().toISOString();
    await sleep(15);
    const after = await makeUser(hub, 'audit.after', 'yu-quang-nam');
    expect(nodes(await log({ from: t, entityType: 'User' })).map((n: any) => n.entityId)).toEqual([after.gid]);
    expect(nodes(await log({ to: t, entityType: 'User' }, 'admin', 1))[0].entityId).toBe(before.gid);
    expect(nodes(await log({ from: t, to: t }))).toEqual([]);

    const contradiction = await hub.gql<any>(LOG, { f: { entityId: qn, entityType: 'User' } });
    expect(cr(contradiction)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(cr(await hub.gql<any>(LOG, { f: { entityId: '???' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });

  it('an ORG_ADMIN reads the entries of its subtree only; others without audit.read are refused', async () => {
    const yuPath = (await orgRow(hub, 'yu-central')).path;
    const seen = await log({}, 'youth.central', 100);
    expect(seen.totalCount).toBeGreaterThan(0);
    const rows = await hub.dataSource.getRepository(AuditEntryEntity).findBy(nodes(seen).map((n: any) => ({ id: rowIdOf(n.id) })));
    expect(rows).toHaveLength(nodes(seen).length);
    for (const r of rows) expect(r.orgPath === null ? r.areaPath !== null : r.orgPath.startsWith(yuPath)).toBe(true);

    const qn = await orgGid(hub, 'vff-quang-nam');
    const officer = toGlobalId('User', (await userRow(hub, 'quangnam.officer')).id);
    for (const entityId of [qn, officer]) {
      expect((await log({ entityId })).totalCount).toBeGreaterThan(0);
      expect((await log({ entityId }, 'youth.central')).totalCount).toBe(0);
    }
    expect((await log({ entityId: await orgGid(hub, 'yu-quang-nam') }, 'youth.central')).totalCount).toBeGreaterThan(0);
    // Every entry about a Youth Union user (created, reset, signed in and out, password changed…) is in its view.
    for (const username of ['audit.self', 'audit.subject']) {
      const entityId = toGlobalId('User', (await userRow(hub, username)).id);
      const all = nodes(await log({ entityId })).map((n: any) => n.action);
      expect(all.length).toBeGreaterThan(1);
      expect(nodes(await log({ entityId }, 'youth.central')).map((n: any) => n.action)).toEqual(all);
    }

    for (const q of [LOG, '{ personalDataReads { totalCount } }']) {
      expect(cr(await hub.gql<any>(q, {}, { as: 'quangnam.officer' }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      expect(cr(await hub.gql<any>(q, {}, { as: null }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
    }
  });

  it('pages newest first with cursors, consistent with one big page', async () => {
    const whole = nodes(await log({}, 'admin', 12));
    const pages: any[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: any = await log({}, 'admin', 4, after);
      expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: after !== null });
      pages.push(...nodes(page));
      after = page.pageInfo.endCursor;
    }
    expect(pages.map((n) => n.id)).toEqual(whole.map((n: any) => n.id));
    const rowIds = whole.map((n: any) => rowIdOf(n.id));
    const newest: { id: number }[] = await hub.dataSource.getRepository(AuditEntryEntity).find({ select: { id: true }, order: { id: 'DESC' }, take: 12 });
    expect(rowIds).toEqual(newest.map((r) => r.id));
    for (let i = 1; i < whole.length; i++) expect(new Date(whole[i - 1].at).getTime()).toBeGreaterThanOrEqual(new Date(whole[i].at).getTime());
  });

  it('no mutation edits or deletes audit rows', async () => {
    const names = await mutationNames(hub);
    expect(names.length).toBeGreaterThan(10);
    // removeHouseholdMember marks a member inactive (kept for the history): it deletes nothing.
    const reviewed = new Set(['removeHouseholdMember']);
    expect(names.filter((n) => !reviewed.has(n) && /audit|personalData|read|log(?!in|out)|^(delete|remove|purge|erase|truncate|clear)/i.test(n))).toEqual([]);
  });
});
