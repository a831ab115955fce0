/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/** Read-only integrator keys: secret shown once, scopes, subtree, rate limit, revocation, expiry (docs/auth.md). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayLocal } from '@lnob/domain';
import { toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { paths } from '../../../testing/assertions';
import { ApiKeyEntity } from '../api-key.entity';
import { counts, cr, GOOD_PASSWORD, mutationNames, orgGid } from './identity-helpers';

const CREATE = `mutation ($i: CreateApiKeyInput!) {
  createApiKey(input: $i) { secret apiKey { id name prefix scopes personalData expiresOn requestsPerMinute active lastUsedAt createdBy { username } organization { name } } }
}`;
const LIST = `query ($f: ApiKeyFilter) {
  apiKeys(first: 100, filter: $f) { totalCount edges { node { id name prefix scopes lastUsedAt revokedAt active } } }
}`;
const ORG = 'query ($id: ID!) { organization(id: $id) { name } }';
const ORGS = 'query ($s: String!) { organizations(first: 100, filter: { search: $s, validOn: "2024-01-01" }) { edges { node { name } } } }';

describe.each(engines())('API keys on %s', (engine) => {
  let hub: TestHub;
  let today: string;
  let qn: string;
  let tv: string;
  /** The main key: ORGANIZATIONS on Quảng Nam VFF, generous rate. */
  let key: { id: string; secret: string };

  const create = async (i: Record<string, unknown>, as = 'admin') => {
    const r = await hub.gql<any>(CREATE, { i: { name: 'Cổng thông tin tỉnh', organizationId: qn, scopes: ['ORGANIZATIONS'], personalData: false, expiresOn: addDays(today, 365), requestsPerMinute: 6000, ...i } }, { as });
    return r;
  };
  const newKey = async (i: Record<string, unknown> = {}) => {
    const r = await create(i);
    expect(r.errors).toBeUndefined();
    return { id: r.data.createApiKey.apiKey.id as string, secret: r.data.createApiKey.secret as string, apiKey: r.data.createApiKey.apiKey };
  };

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    today = todayLocal();
    qn = await orgGid(hub, 'vff-quang-nam');
    tv = await orgGid(hub, 'vff-tra-vinh');
    key = await newKey();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('createApiKey returns the `lnob_…` secret once; lists and the database show only its prefix and hash', async () => {
    const k = await newKey({ name: 'Cục Thống kê', scopes: ['ORGANIZATIONS', 'AREAS', 'AREAS'], requestsPerMinute: 60 });
    expect(k.secret).toMatch(/^lnob_[A-Za-z0-9_-]{32,}$/);
    expect(k.apiKey).toMatchObject({
      name: 'Cục Thống kê',
      prefix: k.secret.slice(0, 11),
      scopes: ['AREAS', 'ORGANIZATIONS'],
      personalData: false,
      requestsPerMinute: 60,
      active: true,
      lastUsedAt: null,
      createdBy: { username: 'admin' },
      organization: { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam' },
    });
    const list = await hub.gql<any>(LIST);
    expect(list.data.apiKeys.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([k.id, key.id]));
    expect(JSON.stringify(list.data)).not.toContain(k.secret);
    const row = await hub.dataSource.getRepository(ApiKeyEntity).findOneByOrFail({ name: 'Cục Thống kê' });
    expect(JSON.stringify(row)).not.toContain(k.secret.slice(11));
  });

  it('reads organizations within its organization\'s subtree only', async () => {
    expect((await hub.gql<any>(ORG, { id: qn }, { token: key.secret })).data.organization.name).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam');
    const out = await hub.gql<any>(ORG, { id: tv }, { token: key.secret });
    expect(out.data).toBeNull();
    expect(cr(out)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    const names = async (s: string) => (await hub.gql<any>(ORGS, { s }, { token: key.secret })).data.organizations.edges.map((e: any) => e.node.name);
    expect(await names('tra vinh')).toEqual([]);
    expect(await names('quang nam')).toEqual(expect.arrayContaining(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam', 'Tỉnh đoàn Quảng Nam']));
    const node = await hub.gql<any>('query ($id: ID!) { node(id: $id) { id } }', { id: tv }, { token: key.secret });
    expect(node.data.node).toBeNull();
  });

  it('reads only what its scopes name: no AREAS scope, no areas; never users, keys, audit or me', async () => {
    for (const q of ['{ areas { totalCount } }', '{ users { totalCount } }', '{ apiKeys { totalCount } }', '{ auditLog { totalCount } }', '{ personalDataReads { totalCount } }']) {
      expect(cr(await hub.gql<any>(q, {}, { token: key.secret }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    }
    expect((await hub.gql<any>('{ me { user { id } } }', {}, { token: key.secret })).data.me).toBeNull();
    const areas = await newKey({ scopes: ['AREAS'] });
    expect((await hub.gql<any>('{ areas(filter: { validOn: "2024-01-01" }) { totalCount } }', {}, { token: areas.secret })).data.areas.totalCount).toBeGreaterThan(0);
    expect(cr(await hub.gql<any>(ORG, { id: qn }, { token: areas.secret }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
  });

  it('keys are read-only: every mutation is FORBIDDEN PERMISSION_DENIED and writes nothing', async () => {
    const admin = toGlobalId('User', 1);
    const area = toGlobalId('Area', 1);
    const cases: Record<string, [string, Record<string, unknown>]> = {
      assignRole: ['AssignRoleInput', { userId: admin, role: 'OFFICER', organizationId: qn }],
      changePassword: ['ChangePasswordInput', { currentPassword: 'lnob-demo', newPassword: GOOD_PASSWORD }],
      closeOrganization: ['CloseOrganizationInput', { id: qn, validTo: '2024-12-31' }],
      createApiKey: ['CreateApiKeyInput', { name: 'k', organizationId: qn, scopes: ['ORGANIZATIONS'], personalData: false, expiresOn: addDays(today, 30) }],
      createArea: ['CreateAreaInput', { code: 'K1', name: 'Tỉnh Khóa', kind: 'PROVINCE', urban: false, validFrom: '2026-01-01' }],
      createOrganization: ['CreateOrganizationInput', { name: 'Chi hội khóa', kind: 'OTHER', parentId: qn, validFrom: '2024-01-01' }],
      createUser: ['CreateUserInput', { username: 'key.made', displayName: 'K', password: GOOD_PASSWORD, organizationId: qn }],
      endRoleAssignment: ['EndRoleAssignmentInput', { id: toGlobalId('RoleAssignment', 1) }],
      login: ['LoginInput', { username: 'admin', password: 'lnob-demo' }],
      logout: ['', {}],
      moveOrganization: ['MoveOrganizationInput', { id: qn, newParentId: null }],
      recordAreaMerger: ['RecordAreaMergerInput', { predecessors: [{ areaId: area }], successorId: toGlobalId('Area', 2), effectiveOn: '2026-01-01' }],
      resetUserPassword: ['ResetUserPasswordInput', { id: admin, newPassword: GOOD_PASSWORD }],
      revokeApiKey: ['RevokeApiKeyInput', { id: key.id }],
      updateOrganization: ['UpdateOrganizationInput', { id: qn, name: 'Tên mới' }],
      updateUser: ['UpdateUserInput', { id: admin, displayName: 'Tên mới' }],
      registerHousehold: ['RegisterHouseholdInput', { areaId: area, members: [{ fullName: 'Chủ hộ', relation: 'HEAD' }] }],
      updateHousehold: ['UpdateHouseholdInput', { id: toGlobalId('Household', 1), disability: true }],
      setHouseholdSponsor: ['SetHouseholdSponsorInput', { householdId: toGlobalId('Household', 1), organizationId: qn }],
      addHouseholdMember: ['AddHouseholdMemberInput', { householdId: toGlobalId('Household', 1), fullName: 'Con', relation: 'CHILD' }],
      updateHouseholdMember: ['UpdateHouseholdMemberInput', { id: toGlobalId('HouseholdMember', 1), fullName: 'Tên mới' }],
      removeHouseholdMember: ['RemoveHouseholdMemberInput', { id: toGlobalId('HouseholdMember', 1) }],
      recordReview: ['RecordReviewInput', { householdId: toGlobalId('Household', 1), year: 2024, incomePerPersonPerMonth: 1, deprivedIndicators: [] }],
      rebuildPovertySummary: ['', {}],
      importHouseholdReviews: ['ImportHouseholdReviewsInput', { uploadId: 'none', dryRun: true }],
      createFund: ['CreateFundInput', { organizationId: qn, name: 'Quỹ', level: 'PROVINCE', validFrom: '2024-01-01' }],
      recordDonation: ['RecordDonationInput', { fundId: toGlobalId('Fund', 1), idempotencyKey: 'key-donation-1', amount: 1, occurredOn: '2024-10-17', channel: 'CASH', newDonor: { kind: 'INDIVIDUAL', name: 'A' } }],
      recordDisbursement: ['RecordDisbursementInput', { fundId: toGlobalId('Fund', 1), idempotencyKey: 'key-disburse-1', amount: 1, occurredOn: '2024-10-17', channel: 'CASH', category: 'OTHER', beneficiaryKind: 'EVENT', beneficiaryName: 'X' }],
      recordTransfer: ['RecordTransferInput', { fromFundId: toGlobalId('Fund', 1), toFundId: toGlobalId('Fund', 2), idempotencyKey: 'key-transfer-1', amount: 1, occurredOn: '2024-10-17', channel: 'CASH' }],
      reverseTransaction: ['ReverseTransactionInput', { transactionId: toGlobalId('LedgerTransaction', 1), idempotencyKey: 'key-reverse-1', occurredOn: '2024-10-17', reason: 'x' }],
      recordPledge: ['RecordPledgeInput', { fundId: toGlobalId('Fund', 1), idempotencyKey: 'key-pledge-1', amount: 1, pledgedOn: '2024-10-17', dueOn: '2024-12-31', newDonor: { kind: 'INDIVIDUAL', name: 'A' } }],
      importBankStatement: ['ImportBankStatementInput', { fundId: toGlobalId('Fund', 1), uploadId: 'none' }],
      confirmStatementMatch: ['StatementLineInput', { lineId: toGlobalId('StatementLine', 1) }],
      rejectStatementMatch: ['StatementLineInput', { lineId: toGlobalId('StatementLine', 1) }],
      matchStatementLine: ['MatchStatementLineInput', { lineId: toGlobalId('StatementLine', 1), transactionId: toGlobalId('LedgerTransaction', 1) }],
      unmatchStatementLine: ['StatementLineInput', { lineId: toGlobalId('StatementLine', 1) }],
      completeHousing: ['CompleteHousingInput', { transactionId: toGlobalId('LedgerTransaction', 1), completedOn: '2024-10-17' }],
      createEvent: ['CreateEventInput', { kind: 'FORUM', title: 'Diễn đàn', startsOn: '2024-10-16', endsOn: '2024-10-16', organizerIds: [qn] }],
      linkEventTransaction: ['LinkEventTransactionInput', { eventId: toGlobalId('Event', 1), transactionId: toGlobalId('LedgerTransaction', 1) }],
      openReportingPeriods: ['OpenReportingPeriodsInput', { planId: toGlobalId('Plan', 1), asOf: '2024-12-31' }],
      saveReport: ['SaveReportInput', { reportId: toGlobalId('Report', 1), narrative: 'x' }],
      submitReport: ['SubmitReportInput', { reportId: toGlobalId('Report', 1) }],
      returnReport: ['ReturnReportInput', { reportId: toGlobalId('Report', 1), reason: 'Thiếu số liệu' }],
      approveReport: ['ApproveReportInput', { reportId: toGlobalId('Report', 1) }],
      acceptReport: ['AcceptReportInput', { reportId: toGlobalId('Report', 1) }],
      draftPlan: ['DraftPlanInput', { number: '1/KH-KEY', title: 'Kế hoạch', kind: 'PLAN', issuerIds: [qn], periodFrom: 2021, periodTo: 2025 }],
      updatePlan: ['UpdatePlanInput', { planId: toGlobalId('Plan', 1), title: 'Tên mới' }],
      issuePlan: ['IssuePlanInput', { planId: toGlobalId('Plan', 1), issuedOn: '2022-06-16' }],
      supersedePlan: ['SupersedePlanInput', { planId: toGlobalId('Plan', 1), supersededById: toGlobalId('Plan', 2) }],
      addPlanTask: ['AddPlanTaskInput', { planId: toGlobalId('Plan', 1), title: 'Nhiệm vụ', recurrence: 'ONE_OFF', dueOn: '2024-06-10' }],
      assignTask: ['AssignTaskInput', { taskId: toGlobalId('PlanTask', 1), organizationId: qn, role: 'LEAD' }],
      updateTaskAssignment: ['UpdateTaskAssignmentInput', { assignmentId: toGlobalId('TaskAssignment', 1), status: 'DONE' }],
      addMilestone: ['AddMilestoneInput', { planId: toGlobalId('Plan', 1), kind: 'DEPLOYMENT', title: 'Triển khai', startsOn: '2022-07-01' }],
      setIndicatorTarget: ['SetIndicatorTargetInput', { indicatorId: toGlobalId('Indicator', 1), planId: toGlobalId('Plan', 1), organizationId: qn, kind: 'TOTAL', fromPeriod: '2024', toPeriod: '2024', value: '1' }],
      addReportingObligation: ['AddReportingObligationInput', { planId: toGlobalId('Plan', 1), title: 'Báo cáo', recipientId: qn, reporterRule: 'MEMBER_ORGANIZATIONS', frequency: 'ANNUAL', dueDay: 10, dueMonth: 12 }],
    };
    expect(Object.keys(cases).sort()).toEqual(await mutationNames(hub)); // a new mutation needs a row here
    const before = await counts(hub);
    for (const [name, [type, input]] of Object.entries(cases)) {
      const q = type ? `mutation ($i: ${type}!) { ${name}(input: $i) { __typename } }` : `mutation { ${name} { __typename } }`;
      const r = await hub.gql<any>(q, type ? { i: input } : {}, { token: key.secret });
      expect({ name, ...cr(r) }).toEqual({ name, code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    }
    expect(await counts(hub)).toEqual(before);
  });

  it('a revoked key is 401 TOKEN_REVOKED; an expired one TOKEN_EXPIRED; an unknown one TOKEN_INVALID', async () => {
    const k = await newKey();
    expect((await hub.gql<any>(ORG, { id: qn }, { token: k.secret })).status).toBe(200);
    const r = await hub.gql<any>('mutation ($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { active revokedAt } } }', { i: { id: k.id } });
    expect(r.data.revokeApiKey.apiKey.active).toBe(false);
    expect(r.data.revokeApiKey.apiKey.revokedAt).toBeTruthy();
    const denied = await hub.gql<any>(ORG, { id: qn }, { token: k.secret });
    expect({ status: denied.status, ...cr(denied) }).toEqual({ status: 401, code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    expect(cr(await hub.gql<any>('mutation ($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { id } } }', { i: { id: k.id } }))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_CLOSED' });
    expect((await hub.gql<any>(LIST)).data.apiKeys.edges.map((e: any) => e.node.id)).not.toContain(k.id);
    expect((await hub.gql<any>(LIST, { f: { includeRevoked: true } })).data.apiKeys.edges.map((e: any) => e.node.id)).toContain(k.id);

    const e = await newKey();
    const repo = hub.dataSource.getRepository(ApiKeyEntity);
    await repo.update({ prefix: e.secret.slice(0, 11) }, { expiresOn: today });
    expect((await hub.gql<any>(ORG, { id: qn }, { token: e.secret })).status).toBe(200); // its last day
    await repo.update({ prefix: e.secret.slice(0, 11) }, { expiresOn: addDays(today, -1) });
    const expired = await hub.gql<any>(ORG, { id: qn }, { token: e.secret });
    expect({ status: expired.status, ...cr(expired) }).toEqual({ status: 401, code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });

    const unknown = await hub.gql<any>(ORG, { id: qn }, { token: `lnob_${'A'.repeat(43)}` });
    expect({ status: unknown.status, ...cr(unknown) }).toEqual({ status: 401, code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('over its rate a key gets HTTP 429 RATE_LIMITED with Retry-After; lastUsedAt is recorded', async () => {
    const k = await newKey({ requestsPerMinute: 3 });
    expect(k.apiKey.lastUsedAt).toBeNull();
    const started = Date.now();
    for (let i = 0; i < 3; i++) expect((await hub.gql<any>('{ organizations(first: 1) { totalCount } }', {}, { token: k.secret })).status).toBe(200);
    const r = await hub.gql<any>('{ organizations(first: 1) { totalCount } }', {}, { token: k.secret });
    expect({ status: r.status, ...cr(r) }).toEqual({ status: 429, code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    const retry = Number(r.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(20);
    expect((await hub.gql<any>(ORG, { id: qn }, { token: key.secret })).status).toBe(200); // other keys are not slowed

    const listed = (await hub.gql<any>(LIST)).data.apiKeys.edges.find((e: any) => e.node.id === k.id).node;
    expect(new Date(listed.lastUsedAt).getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(new Date(listed.lastUsedAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('keys get the smaller depth budget: depth 11 is QUERY_TOO_DEEP for a key, fine for a user', async () => {
    const deep = (n: number) => `query ($id: ID!) { organization(id: $id) { name ${'parent { '.repeat(n)}name${' }'.repeat(n)} } }`;
    const tooDeep = await hub.gql<any>(deep(9), { id: qn }, { token: key.secret });
    expect({ status: tooDeep.status, ...cr(tooDeep) }).toEqual({ status: 400, code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    expect((await hub.gql<any>(deep(8), { id: qn }, { token: key.secret })).errors).toBeUndefined();
    const admin = await hub.gql<any>(deep(9), { id: qn });
    expect(admin.errors).toBeUndefined();
    expect(admin.data.organization.name).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam');
  });

  it('an ORG_ADMIN manages the keys of its subtree only; bad inputs are reported together and write nothing', async () => {
    const yu = await orgGid(hub, 'yu-quang-nam');
    const mine = await create({ organizationId: yu, personalData: true }, 'youth.central');
    expect(mine.errors).toBeUndefined();
    const listed = (await hub.gql<any>(LIST, {}, { as: 'youth.central' })).data.apiKeys.edges.map((e: any) => e.node.id);
    expect(listed).toContain(mine.data.createApiKey.apiKey.id);
    expect(listed).not.toContain(key.id);
    expect(cr(await create({}, 'youth.central'))).toEqual({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const revoke = await hub.gql<any>('mutation ($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { id } } }', { i: { id: key.id } }, { as: 'youth.central' });
    expect(cr(revoke)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    expect(cr(await create({}, 'quangnam.officer'))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });

    const before = await counts(hub);
    const bad = await create({ name: ' ', scopes: [], expiresOn: today, requestsPerMinute: 0 });
    expect(cr(bad)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(paths(bad)).toEqual(['input.expiresOn', 'input.name', 'input.requestsPerMinute', 'input.scopes']);
    expect(await counts(hub)).toEqual(before);
  });
});
