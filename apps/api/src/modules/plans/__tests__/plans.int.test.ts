/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Plans through GraphQL on both engines (docs/plans.md): draft → issue → supersede with typed
 * errors; tasks and assignments with OVERDUE; reporting obligations with each reporter rule; the
 * cascade over three levels and the organizations that have not implemented a plan; the read rule
 * (a provincial officer reads its province's plans and the central ones, never another province's);
 * statement counts that do not grow with the rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../../common/relay/global-id';
import { demoOrganizationRows, engines, startTestHub, type GqlResult, type TestHub } from '../../../testing/harness';
import { IndicatorEntity } from '../../indicators/indicator.entity';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { ReportEntity } from '../../reports/report.entity';
import { demoData } from '@lnob/domain/fixtures';

const PLAN = 'id number title kind status issuedOn periodFrom periodTo signer movement notes issuers { name } implements { id } supersededBy { id } sections { kind title body } recipients { name organization { name } }';
const DRAFT = `mutation ($i: DraftPlanInput!) { draftPlan(input: $i) { plan { ${PLAN} } } }`;
const UPDATE = `mutation ($i: UpdatePlanInput!) { updatePlan(input: $i) { plan { ${PLAN} } } }`;
const ISSUE = `mutation ($i: IssuePlanInput!) { issuePlan(input: $i) { plan { ${PLAN} } } }`;
const SUPERSEDE = `mutation ($i: SupersedePlanInput!) { supersedePlan(input: $i) { plan { ${PLAN} } } }`;
const ADD_TASK = 'mutation ($i: AddPlanTaskInput!) { addPlanTask(input: $i) { task { id title recurrence dueOn dueMonth dueDay plan { id } assignments { id role organization { name } } } } }';
const ASSIGN = 'mutation ($i: AssignTaskInput!) { assignTask(input: $i) { assignment { id role recordedStatus organization { name } } } }';
const PROGRESS = 'mutation ($i: UpdateTaskAssignmentInput!) { updateTaskAssignment(input: $i) { assignment { id recordedStatus status evidence doneOn } } }';
const MILESTONE = 'mutation ($i: AddMilestoneInput!) { addMilestone(input: $i) { milestone { id kind title startsOn endsOn plan { id } } } }';
const OBLIGATION = 'mutation ($i: AddReportingObligationInput!) { addReportingObligation(input: $i) { obligation { id title reporterRule reporterKind reporterLevel frequency dueDay dueMonth dueMonthOffset dueOn period firstYear lastYear recipient { name } indicators { code } } } }';
const GET = `query ($id: ID!) { plan(id: $id) { ${PLAN} } }`;

const err = (r: GqlResult<any>) => {
  const e = r.errors?.[0]?.extensions;
  return e ? { code: e.code, reason: e.reason, paths: e.fieldErrors.map((f) => f.path) } : null;
};
const names = (rows: { name: string }[]) => rows.map((o) => o.name);

describe.each(engines())('plans on %s', (engine) => {
  let hub: TestHub;
  const orgs = new Map<string, OrganizationEntity>();
  const org = (key: string) => {
    const o = orgs.get(key);
    if (!o) throw new Error(`no organization ${key}`);
    return o;
  };
  const gid = (key: string) => toGlobalId('Organization', org(key).id);
  /** A GraphQL call that must succeed. */
  const ok = async (query: string, variables: Record<string, unknown>, as = 'admin') => {
    const r = await hub.gql<any>(query, variables, { as });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  };
  let n = 0;
  const draftInput = (issuers: string[], extra: Record<string, unknown> = {}) => ({
    number: `${++n}/KH-MTTQ-BTT`,
    title: `Kế hoạch thử nghiệm số ${n}`,
    kind: issuers.length > 1 ? 'JOINT_PLAN' : 'PLAN',
    issuerIds: issuers.map(gid),
    periodFrom: 2021,
    periodTo: 2025,
    ...extra,
  });
  const draft = async (issuers: string[], extra: Record<string, unknown> = {}, as = 'admin') => (await ok(DRAFT, { i: draftInput(issuers, extra) }, as)).draftPlan.plan;
  const issue = async (id: string, issuedOn: string, as = 'admin') => (await ok(ISSUE, { i: { planId: id, issuedOn } }, as)).issuePlan.plan;

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true, demoFunds: false });
    for (const [key, row] of await demoOrganizationRows(hub)) orgs.set(key, row);
  });
  afterAll(() => hub?.stop());

  describe('draft → issue → supersede', () => {
    it('drafts a plan with its sections and recipients, as a DRAFT', async () => {
      const p = await draft(['vff-central'], {
        number: '562/KH-MTTW-BTT',
        title: 'Kế hoạch triển khai thực hiện Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau”',
        signer: 'Phó Chủ tịch',
        issuedOn: '2022-06-16',
        sections: [
          { kind: 'PURPOSE', title: 'I. MỤC ĐÍCH, YÊU CẦU', body: '1. Mục đích\n- Phát huy vai trò…' },
          { kind: 'CONTENTS', title: 'II. NỘI DUNG', body: '**Đẩy mạnh** công tác tuyên truyền' },
        ],
        recipients: [{ organizationId: gid('vff-quang-nam'), name: 'Ban Thường trực UBMTTQ các tỉnh' }, { name: 'Lưu VP' }],
      });
      expect(p).toMatchObject({
        number: '562/KH-MTTW-BTT',
        kind: 'PLAN',
        status: 'DRAFT',
        issuedOn: '2022-06-16',
        movement: 'LNOB',
        issuers: [{ name: org('vff-central').name }],
        implements: null,
        sections: [{ kind: 'PURPOSE' }, { kind: 'CONTENTS', body: '**Đẩy mạnh** công tác tuyên truyền' }],
        recipients: [{ name: 'Ban Thường trực UBMTTQ các tỉnh', organization: { name: org('vff-quang-nam').name } }, { name: 'Lưu VP', organization: null }],
      });
    });

    it('reports every problem of a draft at once', async () => {
      const r = await hub.gql<any>(DRAFT, {
        i: {
          number: 'KH 562',
          title: ' ',
          kind: 'JOINT_PLAN',
          issuerIds: [gid('vff-central')],
          periodFrom: 2026,
          periodTo: 2025,
          sections: [{ kind: 'PURPOSE', title: '', body: 'x' }],
          recipients: [{ name: '' }],
        },
      });
      expect(err(r)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        paths: ['input.number', 'input.title', 'input.periodTo', 'input.issuerIds', 'input.sections[0].title', 'input.recipients[0].name'],
      });
    });

    it('walks DRAFT → ISSUED → SUPERSEDED with typed refusals', async () => {
      const p = await draft(['vff-quang-nam'], { issuedOn: '2024-03-05' }, 'quangnam.officer');
      const up = (i: Record<string, unknown>, as = 'quangnam.officer') => hub.gql<any>(UPDATE, { i: { planId: p.id, ...i } }, { as });
      const changed = (await up({ title: 'Kế hoạch đã sửa', notes: 'Ghi chú', signer: null })).data.updatePlan.plan;
      expect(changed).toMatchObject({ title: 'Kế hoạch đã sửa', notes: 'Ghi chú', signer: null, number: p.number, status: 'DRAFT' });
      expect(err(await up({ periodFrom: 1999 }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.periodFrom'] });
      // Issued on a day its issuer no longer exists (Quảng Nam's old-tree committee ended on 2025-06-30).
      expect(err(await hub.gql<any>(ISSUE, { i: { planId: p.id, issuedOn: '2025-08-01' } }, { as: 'quangnam.officer' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.issuedOn'] });
      const issued = (await ok(ISSUE, { i: { planId: p.id } }, 'quangnam.officer')).issuePlan.plan;
      expect(issued).toMatchObject({ status: 'ISSUED', issuedOn: '2024-03-05' });
      expect(err(await up({ title: 'Sửa sau khi ban hành' }))).toEqual({ code: 'CONFLICT', reason: 'PLAN_NOT_DRAFT', paths: [] });
      expect(err(await hub.gql<any>(ISSUE, { i: { planId: p.id } }, { as: 'quangnam.officer' }))).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_DRAFT' });

      const sup = (by: string) => hub.gql<any>(SUPERSEDE, { i: { planId: p.id, supersededById: by } }, { as: 'quangnam.officer' });
      expect(err(await sup(p.id))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.supersededById'] });
      const next = await draft(['vff-quang-nam'], {}, 'quangnam.officer');
      expect(err(await sup(next.id))).toEqual({ code: 'BAD_USER_INPUT', reason: 'PLAN_NOT_ISSUED', paths: ['input.supersededById'] });
      const tv = await issue((await draft(['vff-tra-vinh'])).id, '2022-08-01');
      expect(err(await sup(tv.id))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND', paths: ['input.supersededById'] }); // not readable by the officer
      await issue(next.id, '2024-09-01', 'quangnam.officer');
      const superseded = (await sup(next.id)).data.supersedePlan.plan;
      expect(superseded).toMatchObject({ status: 'SUPERSEDED', supersededBy: { id: next.id } });
      expect(err(await sup(next.id))).toEqual({ code: 'CONFLICT', reason: 'PLAN_NOT_ISSUED', paths: [] });
      // A draft cannot be superseded either.
      const other = await draft(['vff-quang-nam'], {}, 'quangnam.officer');
      expect(err(await hub.gql<any>(SUPERSEDE, { i: { planId: other.id, supersededById: next.id } }, { as: 'quangnam.officer' }))).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_ISSUED' });
    });

    it('checks the implemented plan and the issuers', async () => {
      const central = await draft(['vff-central'], { periodFrom: 2021, periodTo: 2025 });
      const implementing = (extra: Record<string, unknown>) => hub.gql<any>(DRAFT, { i: draftInput(['vff-quang-nam'], { implementsId: central.id, ...extra }) });
      expect(err(await implementing({}))).toEqual({ code: 'BAD_USER_INPUT', reason: 'PLAN_NOT_ISSUED', paths: ['input.implementsId'] });
      await issue(central.id, '2022-06-16');
      expect(err(await implementing({ periodFrom: 2026, periodTo: 2030 }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        // The old-tree committee is not active in 2026–2030 either.
        paths: ['input.issuerIds[0]', 'input.implementsId'],
      });
      const p = (await implementing({})).data.draftPlan.plan;
      expect(p.implements).toEqual({ id: central.id });
      // A joint plan needs two issuers; the second one here is unknown.
      expect(err(await hub.gql<any>(DRAFT, { i: { ...draftInput(['ubnd-ninh-thuan', 'vff-ninh-thuan']), issuerIds: [gid('ubnd-ninh-thuan'), toGlobalId('Organization', 999_999)] } }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_FOUND',
        paths: ['input.issuerIds[1]'],
      });
      const joint = await draft(['ubnd-ninh-thuan', 'vff-ninh-thuan'], { number: '14/KHPH-UBND-MTTQ' });
      expect(joint).toMatchObject({ kind: 'JOINT_PLAN', issuers: [{ name: org('ubnd-ninh-thuan').name }, { name: org('vff-ninh-thuan').name }] });
    });

    it('needs data.capture owning the first issuer', async () => {
      // The central committee is not even visible to the provincial officer; the provincial Youth Union is visible but not his.
      expect(err(await hub.gql<any>(DRAFT, { i: draftInput(['vff-central']) }, { as: 'quangnam.officer' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND', paths: ['input.issuerIds[0]'] });
      expect(err(await hub.gql<any>(DRAFT, { i: draftInput(['yu-quang-nam']) }, { as: 'quangnam.officer' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      expect(err(await hub.gql<any>(DRAFT, { i: draftInput(['vff-tra-vinh']) }, { as: 'travinh.viewer' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      const theirs = await draft(['ccb-quang-nam'], {}, 'veterans.quangnam');
      expect(err(await hub.gql<any>(UPDATE, { i: { planId: theirs.id, title: 'Không phải của tôi' } }, { as: 'quangnam.officer' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      expect(err(await hub.gql<any>(UPDATE, { i: { planId: theirs.id, title: 'Không thấy' } }, { as: 'labour.ninhthuan' }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(err(await hub.gql<any>(ISSUE, { i: { planId: toGlobalId('Plan', 999_999) } }))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('tasks and assignments', () => {
    let plan: any;
    let annual: any;

    beforeAll(async () => {
      plan = await draft(['vff-quang-nam'], { issuedOn: '2024-03-05' }, 'quangnam.officer');
      annual = (
        await ok(
          ADD_TASK,
          { i: { planId: plan.id, title: 'Báo cáo kết quả năm', recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10, assignees: [{ organizationId: gid('ccb-quang-nam'), role: 'LEAD' }, { organizationId: gid('yu-quang-nam'), role: 'COORDINATE' }] } },
          'quangnam.officer',
        )
      ).addPlanTask.task;
      const oneOff = (await ok(ADD_TASK, { i: { planId: plan.id, title: 'Hội nghị triển khai', recurrence: 'ONE_OFF', dueOn: '2024-06-10', assignees: [{ organizationId: gid('ldld-quang-nam'), role: 'LEAD' }] } }, 'quangnam.officer')).addPlanTask.task;
      expect(oneOff).toMatchObject({ recurrence: 'ONE_OFF', dueOn: '2024-06-10', dueMonth: null, dueDay: null });
    });

    it('adds tasks with their assignees, checking every field', async () => {
      expect(annual).toMatchObject({ recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10, dueOn: null, plan: { id: plan.id }, assignments: [{ role: 'LEAD', organization: { name: org('ccb-quang-nam').name } }, { role: 'COORDINATE' }] });
      const bad = await hub.gql<any>(ADD_TASK, { i: { planId: plan.id, title: '', recurrence: 'ANNUAL', dueMonth: 2, dueDay: 30, assignees: [{ organizationId: gid('vff-tra-vinh'), role: 'LEAD' }] } }, { as: 'quangnam.officer' });
      expect(err(bad)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.title', 'input.dueDay', 'input.assignees[0].organizationId'] });
      const again = await hub.gql<any>(ASSIGN, { i: { taskId: annual.id, organizationId: gid('ccb-quang-nam'), role: 'COORDINATE' } }, { as: 'quangnam.officer' });
      expect(err(again)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.organizationId'] });
      const added = (await ok(ASSIGN, { i: { taskId: annual.id, organizationId: gid('lhpn-quang-nam'), role: 'COORDINATE' } }, 'quangnam.officer')).assignTask.assignment;
      expect(added).toMatchObject({ role: 'COORDINATE', recordedStatus: 'NOT_STARTED', organization: { name: org('lhpn-quang-nam').name } });
      const m = (await ok(MILESTONE, { i: { planId: plan.id, kind: 'MID_TERM_REVIEW', title: 'Sơ kết', startsOn: '2023-06-01', endsOn: '2023-06-30' } }, 'quangnam.officer')).addMilestone.milestone;
      expect(m).toMatchObject({ kind: 'MID_TERM_REVIEW', startsOn: '2023-06-01', endsOn: '2023-06-30', plan: { id: plan.id } });
      expect(err(await hub.gql<any>(MILESTONE, { i: { planId: plan.id, kind: 'OTHER', title: 'X', startsOn: '2024-10-17', endsOn: '2024-10-01' } }, { as: 'quangnam.officer' }))).toMatchObject({ paths: ['input.endsOn'] });
    });

    it('computes OVERDUE from the due date in force, and records progress on the issued plan only', async () => {
      const Q = 'query ($id: ID!, $asOf: LocalDate) { plan(id: $id) { tasks { title assignments { organization { name } status(asOf: $asOf) recordedStatus dueOn(asOf: $asOf) } } } }';
      const at = async (asOf: string) => (await ok(Q, { id: plan.id, asOf }, 'quangnam.officer')).plan.tasks.map((t: any) => t.assignments.map((a: any) => `${a.status} ${a.dueOn}`));
      expect(await at('2024-06-10')).toEqual([['NOT_STARTED 2024-12-10', 'NOT_STARTED 2024-12-10', 'NOT_STARTED 2024-12-10'], ['NOT_STARTED 2024-06-10']]);
      expect(await at('2024-06-11')).toEqual([['NOT_STARTED 2024-12-10', 'NOT_STARTED 2024-12-10', 'NOT_STARTED 2024-12-10'], ['OVERDUE 2024-06-10']]);
      expect(await at('2024-12-11')).toEqual([['OVERDUE 2024-12-10', 'OVERDUE 2024-12-10', 'OVERDUE 2024-12-10'], ['OVERDUE 2024-06-10']]);
      expect(await at('2025-01-01')).toEqual([['NOT_STARTED 2025-12-10', 'NOT_STARTED 2025-12-10', 'NOT_STARTED 2025-12-10'], ['OVERDUE 2024-06-10']]);

      const [ccb, yu] = annual.assignments;
      const progress = (i: Record<string, unknown>, as: string) => hub.gql<any>(PROGRESS, { i }, { as });
      expect(err(await progress({ assignmentId: ccb.id, status: 'IN_PROGRESS' }, 'veterans.quangnam'))).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_ISSUED' });
      await issue(plan.id, '2024-03-05', 'quangnam.officer');
      expect(err(await hub.gql<any>(ADD_TASK, { i: { planId: plan.id, title: 'Muộn', recurrence: 'ONE_OFF', dueOn: '2024-12-01' } }, { as: 'quangnam.officer' }))).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_DRAFT' });
      expect(err(await hub.gql<any>(ASSIGN, { i: { taskId: annual.id, organizationId: gid('hnd-quang-nam'), role: 'COORDINATE' } }, { as: 'quangnam.officer' }))).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_DRAFT' });

      const done = (await progress({ assignmentId: ccb.id, status: 'DONE', doneOn: '2024-12-09', evidence: 'Đã gửi báo cáo số 12/BC-CCB' }, 'veterans.quangnam')).data.updateTaskAssignment.assignment;
      expect(done).toMatchObject({ recordedStatus: 'DONE', doneOn: '2024-12-09', evidence: 'Đã gửi báo cáo số 12/BC-CCB' });
      expect(err(await progress({ assignmentId: yu.id, status: 'IN_PROGRESS' }, 'veterans.quangnam'))).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      expect(err(await progress({ assignmentId: yu.id, status: 'IN_PROGRESS' }, 'travinh.viewer'))).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      expect(err(await progress({ assignmentId: yu.id, status: 'IN_PROGRESS' }, 'labour.ninhthuan'))).toMatchObject({ code: 'NOT_FOUND' });
      expect(err(await progress({ assignmentId: yu.id, status: 'OVERDUE' }, 'admin'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.status'] });
      expect(err(await progress({ assignmentId: yu.id, status: 'IN_PROGRESS', doneOn: '2024-12-01' }, 'admin'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.doneOn'] });
      // DONE stays DONE after the due date; the others are overdue.
      expect(await at('2024-12-11')).toEqual([['DONE 2024-12-10', 'OVERDUE 2024-12-10', 'OVERDUE 2024-12-10'], ['OVERDUE 2024-06-10']]);
      // Back to IN_PROGRESS clears the done date.
      const reopened = (await progress({ assignmentId: ccb.id, status: 'IN_PROGRESS' }, 'veterans.quangnam')).data.updateTaskAssignment.assignment;
      expect(reopened).toMatchObject({ recordedStatus: 'IN_PROGRESS', doneOn: null, evidence: 'Đã gửi báo cáo số 12/BC-CCB' });
    });
  });

  describe('reporting obligations', () => {
    let plan: any;
    const add = (i: Record<string, unknown>, as = 'quangnam.officer') => hub.gql<any>(OBLIGATION, { i: { planId: plan.id, title: 'Báo cáo kết quả thực hiện', frequency: 'ANNUAL', dueDay: 10, dueMonth: 12, ...i } }, { as });
    const REPORTERS = 'query ($id: ID!, $on: LocalDate) { plan(id: $id) { obligations { title reporterRule reporters(on: $on) { name } } } }';
    const reporters = async (on: string, as = 'quangnam.officer') => Object.fromEntries((await ok(REPORTERS, { id: plan.id, on }, as)).plan.obligations.map((o: any) => [o.title, names(o.reporters)]));

    beforeAll(async () => {
      plan = await draft(['vff-quang-nam'], { periodFrom: 2024, periodTo: 2025, issuedOn: '2024-03-05' }, 'quangnam.officer');
    });

    it('selects the reporters of each rule on a date', async () => {
      const indicator = await hub.dataSource.getRepository(IndicatorEntity).findOneByOrFail({ code: 'POOR_RATE' });
      const members = (await add({ title: 'Thành viên', recipientId: gid('vff-quang-nam'), reporterRule: 'MEMBER_ORGANIZATIONS', indicatorIds: [toGlobalId('Indicator', indicator.id)] })).data.addReportingObligation.obligation;
      expect(members).toMatchObject({ reporterRule: 'MEMBER_ORGANIZATIONS', frequency: 'ANNUAL', dueDay: 10, dueMonth: 12, dueMonthOffset: 0, firstYear: 2024, lastYear: 2025, recipient: { name: org('vff-quang-nam').name }, indicators: [{ code: 'POOR_RATE' }] });
      await ok(OBLIGATION, { i: { planId: plan.id, title: 'Hội CCB cấp huyện', recipientId: gid('ccb-quang-nam'), reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VETERANS_ASSOCIATION', reporterLevel: 'DISTRICT', frequency: 'SEMI_ANNUAL', dueDay: 10 } }, 'quangnam.officer');
      await ok(OBLIGATION, { i: { planId: plan.id, title: 'Mọi đơn vị Hội CCB', recipientId: gid('ccb-quang-nam'), reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VETERANS_ASSOCIATION', frequency: 'ONE_OFF', dueOn: '2024-11-10', period: '2024' } }, 'quangnam.officer');
      await ok(OBLIGATION, { i: { planId: plan.id, title: 'Đích danh', recipientId: gid('vff-quang-nam'), reporterRule: 'NAMED', reporterIds: [gid('yu-quang-nam'), gid('ccb-quang-nam-tam-ky')], frequency: 'QUARTERLY', dueDay: 15, dueMonthOffset: 1 } }, 'quangnam.officer');

      const memberNames = ['yu-quang-nam', 'ccb-quang-nam', 'ldld-quang-nam', 'lhpn-quang-nam', 'hnd-quang-nam'].map((k) => org(k).name);
      const districts = demoData.organizations.filter((o) => o.parentKey === 'ccb-quang-nam' && o.level === 'DISTRICT').map((o) => o.key);
      const on2024 = await reporters('2024-06-01');
      expect([...on2024['Thành viên']].sort()).toEqual([...memberNames].sort());
      expect(on2024['Hội CCB cấp huyện']).toHaveLength(18);
      expect(on2024['Hội CCB cấp huyện']).toEqual(expect.arrayContaining(districts.slice(0, 17).map((k) => org(k).name)));
      expect(on2024['Mọi đơn vị Hội CCB']).toHaveLength(19); // the 18 district associations and the directly managed block
      expect(on2024['Mọi đơn vị Hội CCB']).toContain(org('ccb-quang-nam-khoi-487').name);
      expect(on2024['Đích danh']).toEqual([org('ccb-quang-nam-tam-ky').name, org('yu-quang-nam').name].sort((a, b) => (a < b ? -1 : 1)));
      // After the old tree ended, nobody is left to report under these rules.
      expect(Object.values(await reporters('2025-07-01')).every((r) => (r as string[]).length === 0)).toBe(true);
      // Reporters outside the caller's view are left out: the Ninh Thuận labour officer sees none of Quảng Nam's.
      expect(err(await hub.gql<any>(REPORTERS, { id: plan.id, on: '2024-06-01' }, { as: 'labour.ninhthuan' }))).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('reports every problem of an obligation at once', async () => {
      expect(err(await add({ recipientId: gid('vff-tra-vinh'), reporterRule: 'NAMED', dueMonth: null, firstYear: 2023 }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        paths: ['input.reporterIds', 'input.dueMonth', 'input.firstYear', 'input.recipientId'],
      });
      expect(err(await add({ recipientId: gid('ccb-quang-nam'), reporterRule: 'SUBORDINATE_UNITS', frequency: 'ONE_OFF', dueDay: null, dueMonth: null }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        paths: ['input.reporterKind', 'input.dueOn'],
      });
      expect(err(await add({ recipientId: gid('vff-quang-nam'), reporterRule: 'MEMBER_ORGANIZATIONS', indicatorIds: [toGlobalId('Indicator', 999_999)] }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_FOUND',
        paths: ['input.indicatorIds[0]'],
      });
    });

    it('opens the reports that have opened when the plan is issued', async () => {
      const before = await hub.dataSource.getRepository(ReportEntity).countBy({ planId: fromGlobalId(plan.id)!.rowId });
      expect(before).toBe(0);
      await issue(plan.id, '2024-03-05', 'quangnam.officer');
      const reports = await hub.dataSource.getRepository(ReportEntity).findBy({ planId: fromGlobalId(plan.id)!.rowId });
      // Every period of 2024–2025 has opened by now; reporters are those valid on each due date (the old tree ended on 2025-06-30).
      expect(reports.length).toBeGreaterThan(0);
      expect(new Set(reports.map((r) => r.period))).toContain('2024');
      expect(err(await add({ recipientId: gid('vff-quang-nam'), reporterRule: 'MEMBER_ORGANIZATIONS' }))).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_DRAFT' });
    });
  });

  describe('cascade and missing implementing plans', () => {
    let root: any;
    let qn: any;
    let ccb: any;
    let tamKy: any;
    let yu: any;
    let tvDraft: any;
    const CASCADE = 'query ($id: ID!) { planCascade(planId: $id) { depth plan { id number issuers { name } } children { depth plan { id issuers { name } } children { depth plan { id } children { depth plan { id } children { depth plan { id } } } } } } }';
    const MISSING = 'query ($id: ID!, $level: OrganizationLevel!) { missingImplementingPlans(planId: $id, level: $level) { reason organization { name } } }';
    const flat = (node: any): string[] => [`${node.depth}:${node.plan.id}`, ...(node.children ?? []).flatMap(flat)];
    const missing = async (level: string, as = 'admin') => (await ok(MISSING, { id: root.id, level }, as)).missingImplementingPlans;

    beforeAll(async () => {
      root = await issue((await draft(['vff-central'], { number: '562/KH-MTTW-BTT', recipients: [{ organizationId: gid('ubnd-quang-nam'), name: 'UBND tỉnh Quảng Nam' }] })).id, '2022-06-16');
      qn = await issue((await draft(['vff-quang-nam'], { implementsId: root.id, number: '271/KH-MTTQ-BTT' }, 'quangnam.officer')).id, '2024-03-05', 'quangnam.officer');
      ccb = await issue((await draft(['ccb-quang-nam'], { implementsId: qn.id, periodFrom: 2024, periodTo: 2024 }, 'veterans.quangnam')).id, '2024-03-20', 'veterans.quangnam');
      tamKy = await issue((await draft(['ccb-quang-nam-tam-ky'], { implementsId: ccb.id, periodFrom: 2024, periodTo: 2024 }, 'veterans.quangnam')).id, '2024-04-01', 'veterans.quangnam');
      yu = await issue((await draft(['yu-central'], { implementsId: root.id, periodFrom: 2022, periodTo: 2025 })).id, '2022-07-01');
      tvDraft = await draft(['vff-tra-vinh'], { implementsId: root.id });
    });

    it('follows the cascade breadth first, one statement per depth', async () => {
      const r = await hub.gql<any>(CASCADE, { id: root.id });
      expect(r.errors).toBeUndefined();
      const tree = r.data.planCascade;
      expect(flat(tree)).toEqual([`0:${root.id}`, `1:${qn.id}`, `2:${ccb.id}`, `3:${tamKy.id}`, `1:${yu.id}`, `1:${tvDraft.id}`]);
      expect(tree.children[0].plan.issuers).toEqual([{ name: org('vff-quang-nam').name }]);
      // More plans at each depth: the same number of statements.
      for (const key of ['vff-ninh-thuan', 'vff-ben-tre', 'vff-vinh-long']) await issue((await draft([key], { implementsId: root.id })).id, '2022-08-01');
      for (const key of ['ccb-quang-nam-hoi-an', 'ccb-quang-nam-dai-loc']) await issue((await draft([key], { implementsId: ccb.id, periodFrom: 2024, periodTo: 2024 })).id, '2024-04-02');
      const more = await hub.gql<any>(CASCADE, { id: root.id });
      expect(flat(more.data.planCascade)).toHaveLength(11);
      expect(more.statements).toBe(r.statements);
      expect(r.statements).toBeGreaterThan(4); // root, its issuers, one per depth (4 levels and the empty one), issuers of each level
      expect(r.statements).toBeLessThan(16);
    });

    it('shows another province\'s plans to nobody in Quảng Nam', async () => {
      const seen = flat((await ok(CASCADE, { id: root.id }, 'quangnam.officer')).planCascade);
      expect(seen).toContain(`3:${tamKy.id}`);
      expect(seen).toContain(`1:${yu.id}`); // issued centrally: it applies to everyone
      expect(seen).not.toContain(`1:${tvDraft.id}`);
      expect(seen).toHaveLength(7); // Quảng Nam's district associations' plans too; Ninh Thuận, Bến Tre, Vĩnh Long are not Quảng Nam's
    });

    it('names the organizations that have not implemented the plan, down the cascade', async () => {
      const province = await missing('PROVINCE');
      const provinceNames = names(province.map((m: any) => m.organization));
      // Quảng Nam's committee implemented it; so did its veterans (below, in the cascade): neither is missing.
      expect(provinceNames).not.toContain(org('vff-quang-nam').name);
      expect(provinceNames).not.toContain(org('ccb-quang-nam').name);
      expect(provinceNames).not.toContain(org('vff-ninh-thuan').name);
      // Trà Vinh only has a draft; Quảng Nam's Youth Union has none; the provincial People's Committee is a recipient.
      expect(provinceNames).toEqual(expect.arrayContaining([org('vff-tra-vinh').name, org('yu-quang-nam').name, org('yu-tra-vinh').name, org('ubnd-quang-nam').name]));
      expect(province.find((m: any) => m.organization.name === org('vff-tra-vinh').name).reason).toMatch(/own system/);
      expect(province.find((m: any) => m.organization.name === org('yu-quang-nam').name).reason).toMatch(/Member organization/);
      expect(province.find((m: any) => m.organization.name === org('ubnd-quang-nam').name).reason).toMatch(/recipients/);
      expect(provinceNames).not.toContain(org('ccb-quang-nam-khoi-487').name); // part of the provincial association
      expect(provinceNames).not.toContain(org('yu-central-ban-tuyen-giao').name);
      // Central level: the member organizations' centres, the Youth Union excepted (it implemented it).
      const central = names((await missing('CENTRAL')).map((m: any) => m.organization));
      expect(central).toEqual(expect.arrayContaining([org('ccb-central').name, org('ldld-central').name, org('lhpn-central').name, org('hnd-central').name]));
      expect(central).not.toContain(org('yu-central').name);
      expect(central).not.toContain(org('vff-central').name);
      // Limited to what the caller reads: the Quảng Nam officer sees only Quảng Nam's.
      const qnSees = names((await missing('PROVINCE', 'quangnam.officer')).map((m: any) => m.organization));
      expect(qnSees).toEqual(expect.arrayContaining([org('yu-quang-nam').name, org('ubnd-quang-nam').name]));
      expect(qnSees).not.toContain(org('vff-tra-vinh').name);
      // Once Quảng Nam's Youth Union issues its plan (below the central Youth Union's, a branch of the cascade), it is no longer missing.
      await issue((await draft(['yu-quang-nam'], { implementsId: yu.id })).id, '2022-09-01');
      expect(names((await missing('PROVINCE')).map((m: any) => m.organization))).not.toContain(org('yu-quang-nam').name);
    });
  });

  describe('scope', () => {
    let central: any;
    let centralDraft: any;
    let qnDraft: any;
    let tvIssued: any;
    let tvDraft: any;
    const LIST = 'query ($s: String) { plans(first: 100, filter: { search: $s }) { totalCount edges { node { id } } } }';

    beforeAll(async () => {
      central = await issue((await draft(['vff-central'], { title: 'Phạm vi trung ương' })).id, '2022-06-16');
      centralDraft = await draft(['vff-central'], { title: 'Phạm vi dự thảo trung ương' });
      qnDraft = await draft(['vff-quang-nam'], { title: 'Phạm vi dự thảo Quảng Nam', implementsId: central.id }, 'quangnam.officer');
      tvIssued = await issue((await draft(['vff-tra-vinh'], { title: 'Phạm vi Trà Vinh', implementsId: central.id })).id, '2022-07-01');
      tvDraft = await draft(['vff-tra-vinh'], { title: 'Phạm vi dự thảo Trà Vinh' });
    });

    it('a provincial officer reads its province\'s plans and the central plans, never another province\'s', async () => {
      const listed = (await ok(LIST, { s: 'pham vi' }, 'quangnam.officer')).plans;
      expect(listed.edges.map((e: any) => e.node.id).sort()).toEqual([central.id, qnDraft.id].sort());
      expect(listed.totalCount).toBe(2);
      for (const hidden of [centralDraft, tvIssued, tvDraft]) {
        expect(err(await hub.gql<any>(GET, { id: hidden.id }, { as: 'quangnam.officer' }))).toMatchObject({ code: 'NOT_FOUND' });
        expect((await ok('query ($id: ID!) { node(id: $id) { id } }', { id: hidden.id }, 'quangnam.officer')).node).toBeNull();
      }
      expect((await ok(GET, { id: central.id }, 'quangnam.officer')).plan.issuers).toEqual([{ name: org('vff-central').name }]);
      // implementingPlans of the central plan: Quảng Nam's draft, not Trà Vinh's plan.
      const impl = (await ok('query ($id: ID!) { plan(id: $id) { implementingPlans { id } } }', { id: central.id }, 'quangnam.officer')).plan.implementingPlans;
      expect(impl).toEqual([{ id: qnDraft.id }]);
      // The Trà Vinh viewer: Trà Vinh's plans (its draft too) and the central one.
      const tv = (await ok(LIST, { s: 'pham vi' }, 'travinh.viewer')).plans.edges.map((e: any) => e.node.id);
      expect(tv.sort()).toEqual([central.id, tvIssued.id, tvDraft.id].sort());
      // The central Youth Union reads every organization, so every plan.
      expect((await ok(LIST, { s: 'pham vi' }, 'youth.central')).plans.totalCount).toBe(5);
      expect((await hub.gql<any>(LIST, { s: 'pham vi' }, { as: null })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('leaves out an assignment whose assignee you cannot read, in the task\'s list and through node alike', async () => {
      const p = await draft(['vff-central'], { title: 'Phân công cho hai tỉnh' });
      const task = (await ok(ADD_TASK, { i: { planId: p.id, title: 'Phân công', recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10, assignees: [{ organizationId: gid('vff-quang-nam'), role: 'LEAD' }, { organizationId: gid('vff-tra-vinh'), role: 'COORDINATE' }] } })).addPlanTask.task;
      await issue(p.id, '2022-06-20');
      const [qn, tv] = task.assignments;
      const TASKS = 'query ($id: ID!) { plan(id: $id) { tasks { assignments { id } } } }';
      const NODE = 'query ($id: ID!) { node(id: $id) { id } }';
      expect((await ok(TASKS, { id: p.id }, 'quangnam.officer')).plan.tasks[0].assignments).toEqual([{ id: qn.id }]);
      expect((await ok(NODE, { id: qn.id }, 'quangnam.officer')).node).toEqual({ id: qn.id });
      expect((await ok(NODE, { id: tv.id }, 'quangnam.officer')).node).toBeNull();
      expect((await ok(NODE, { id: tv.id }, 'travinh.viewer')).node).toEqual({ id: tv.id });
    });

    it('filters by status, kind, issuer, implemented plan, year and level', async () => {
      const ids = async (filter: Record<string, unknown>, as = 'admin') =>
        (await ok('query ($f: PlanFilter) { plans(first: 100, filter: $f) { edges { node { id } } } }', { f: { search: 'pham vi', ...filter } }, as)).plans.edges.map((e: any) => e.node.id).sort();
      expect(await ids({ status: 'DRAFT' })).toEqual([centralDraft.id, qnDraft.id, tvDraft.id].sort());
      expect(await ids({ issuerId: gid('vff-tra-vinh') })).toEqual([tvIssued.id, tvDraft.id].sort());
      expect(await ids({ implementsId: central.id })).toEqual([qnDraft.id, tvIssued.id].sort());
      expect(await ids({ implementsId: central.id }, 'quangnam.officer')).toEqual([qnDraft.id]);
      expect(await ids({ level: 'CENTRAL' })).toEqual([central.id, centralDraft.id].sort());
      expect(await ids({ year: 2026 })).toEqual([]);
      expect(await ids({ year: 2025, kind: 'PLAN', status: 'ISSUED' })).toEqual([central.id, tvIssued.id].sort());
      // Accent-insensitive search on the number too.
      expect((await ok('query ($s: String) { plans(first: 5, filter: { search: $s }) { edges { node { number } } } }', { s: '562/kh-mttw' })).plans.edges.length).toBeGreaterThan(0);
    });

    it('pages with a keyset cursor', async () => {
      const page = async (after: string | null) => (await ok('query ($after: String) { plans(first: 2, after: $after, filter: { search: "pham vi" }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after })).plans;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p: any = await page(after);
        seen.push(...p.edges.map((e: any) => e.node.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual([central.id, centralDraft.id, qnDraft.id, tvIssued.id, tvDraft.id]);
    });
  });

  it('answers plans { issuers tasks { assignments } } with a constant number of statements', async () => {
    const tag = `dem ${engine}`;
    const make = async (count: number) => {
      for (let k = 0; k < count; k++) {
        const p = await draft(['vff-quang-nam'], { title: `Kế hoạch đếm ${engine} ${k}` }, 'quangnam.officer');
        for (const title of ['Một', 'Hai']) {
          await ok(ADD_TASK, { i: { planId: p.id, title, recurrence: 'ANNUAL', dueMonth: 12, dueDay: 10, assignees: [{ organizationId: gid('ccb-quang-nam'), role: 'LEAD' }, { organizationId: gid('yu-quang-nam'), role: 'COORDINATE' }] } }, 'quangnam.officer');
        }
        await ok(OBLIGATION, { i: { planId: p.id, title: 'Thành viên', recipientId: gid('vff-quang-nam'), reporterRule: 'MEMBER_ORGANIZATIONS', frequency: 'ANNUAL', dueDay: 10, dueMonth: 12 } }, 'quangnam.officer');
      }
    };
    const Q = `query ($s: String) { plans(first: 50, filter: { search: $s }) { edges { node { id issuers { name } implements { id } tasks { title assignments { status organization { name } } } milestones { id } obligations { recipient { name } reporters(on: "2024-06-01") { name } } } } } }`;
    await make(2);
    const few = await hub.gql<any>(Q, { s: tag }, { as: 'quangnam.officer' });
    expect(few.errors).toBeUndefined();
    expect(few.data.plans.edges).toHaveLength(2);
    await make(4);
    const many = await hub.gql<any>(Q, { s: tag }, { as: 'quangnam.officer' });
    expect(many.data.plans.edges).toHaveLength(6);
    expect(many.data.plans.edges[5].node.tasks[1].assignments).toHaveLength(2);
    expect(many.data.plans.edges[5].node.obligations[0].reporters).toHaveLength(5);
    expect(few.statements).toBeGreaterThan(0);
    expect(many.statements).toBe(few.statements);
  });
});
