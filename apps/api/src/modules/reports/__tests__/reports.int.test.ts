/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Reports (issue 6, docs/plans.md "reports") through GraphQL on both engines: instances made when a
 * plan is issued (reporters × opened periods, idempotent, more as periods open), the workflow with
 * its typed errors and wrong actors, lateness, compliance, values pre-filled from the registry, the
 * boxes, and a statement count that does not grow with the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, parsePeriod, ratioValue, registryReviewYear, todayLocal } from '@lnob/domain';
import { demoData } from '@lnob/domain/fixtures';
import { fromGlobalId, toGlobalId } from '../../../common/relay/global-id';
import { engines, startTestHub, type TestHub } from '../../../testing/harness';
import { AuditEntryEntity } from '../../audit/audit.entity';
import { freshToken, GOOD_PASSWORD, makeUser, rid } from '../../auth/__tests__/identity-helpers';
import { IndicatorEntity } from '../../indicators/indicator.entity';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { createLogger } from '../../../logger';
import { ReportEntity } from '../report.entity';
import { openAllReportingPeriods, startReportingClock } from '../reporting-clock';

const reason = (r: any) => r.errors?.[0]?.extensions?.reason;
const code = (r: any) => r.errors?.[0]?.extensions?.code;
const ok = (r: any) => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

const REPORT = `id period dueOn opensOn status daysLate version narrative submittedOn submittedBy returnReason approvedBy acceptedBy
  canSubmit canReturn canApprove canAccept reporter { id name } recipient { id name } plan { id } obligation { id }
  values { value numerator denominator source computedValue note indicator { id code } }`;
const GET = `query ($id: ID!) { report(id: $id) { ${REPORT} } }`;
const SAVE = `mutation ($i: SaveReportInput!) { saveReport(input: $i) { report { ${REPORT} } } }`;
const SUBMIT = `mutation ($i: SubmitReportInput!) { submitReport(input: $i) { report { ${REPORT} } } }`;
const RETURN = `mutation ($i: ReturnReportInput!) { returnReport(input: $i) { report { ${REPORT} } } }`;
const APPROVE = `mutation ($i: ApproveReportInput!) { approveReport(input: $i) { report { ${REPORT} } } }`;
const ACCEPT = `mutation ($i: AcceptReportInput!) { acceptReport(input: $i) { report { ${REPORT} } } }`;
const OPEN = 'mutation ($i: OpenReportingPeriodsInput!) { openReportingPeriods(input: $i) { created } }';
const LIST = `query ($f: ReportFilter, $first: Int, $after: String) {
  reports(filter: $f, first: $first, after: $after) { totalCount edges { cursor node { id period dueOn status reporter { id } } } pageInfo { hasNextPage endCursor } }
}`;
const COMPLIANCE = `query ($p: ID!, $period: Period, $asOf: LocalDate) {
  reportingCompliance(planId: $p, period: $period, asOf: $asOf) {
    period asOf expected submitted onTime late overdue notDue approved accepted plan { id }
    rows { status dueOn submittedOn daysLate organization { id name } report { id } }
  }
}`;

const orgFixture = (key: string) => demoData.organizations.find((o) => o.key === key)!;

describe.each(engines())('reports on %s', (engine) => {
  let hub: TestHub;
  let today: string;
  const tokens = new Map<string, string>();
  /** A request as a demo user, or as one of the reviewers made here. */
  const gql = (query: string, variables: Record<string, unknown>, o: { as: string; headers?: Record<string, string> }) =>
    hub.gql<any>(query, variables, tokens.has(o.as) ? { token: tokens.get(o.as)!, headers: o.headers } : o);
  const org = async (key: string) => {
    const f = orgFixture(key);
    return hub.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ name: f.name, validFrom: f.validFrom });
  };
  const orgGid = async (key: string) => toGlobalId('Organization', (await org(key)).id);
  const indicatorGid = async (c: string) => toGlobalId('Indicator', (await hub.dataSource.getRepository(IndicatorEntity).findOneByOrFail({ code: c })).id);

  /** Drafts, gives an obligation and issues a plan; returns the plan's and the obligation's ids. */
  const issuedPlan = async (o: { as: string; issuer: string; number: string; from: number; to: number; issuedOn: string; obligation: Record<string, unknown> }) => {
    const d = ok(
      await gql(
        'mutation ($i: DraftPlanInput!) { draftPlan(input: $i) { plan { id } } }',
        { i: { number: o.number, title: `Kế hoạch ${o.number}`, kind: 'PLAN', issuerIds: [await orgGid(o.issuer)], periodFrom: o.from, periodTo: o.to } },
        { as: o.as },
      ),
    );
    const planId = d.draftPlan.plan.id as string;
    const ob = ok(
      await gql(
        'mutation ($i: AddReportingObligationInput!) { addReportingObligation(input: $i) { obligation { id } } }',
        { i: { planId, title: 'Báo cáo kết quả thực hiện', ...o.obligation } },
        { as: o.as },
      ),
    );
    ok(await gql('mutation ($i: IssuePlanInput!) { issuePlan(input: $i) { plan { id status } } }', { i: { planId, issuedOn: o.issuedOn } }, { as: o.as }));
    return { planId, obligationId: ob.addReportingObligation.obligation.id as string };
  };
  const reportsOf = (planId: string) => hub.dataSource.getRepository(ReportEntity).find({ where: { planId: fromGlobalId(planId)!.rowId }, order: { id: 'ASC' } });

  // The seed-002 plan of the Quảng Nam Veterans' Association (2024): its 18 district associations
  // report on each half-year by the 10th of its last month (10/06 and 10/12).
  let veterans: { planId: string; obligationId: string };
  let tamKyReport: string;
  let tayGiangReport: string;

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true, demoFunds: false });
    today = todayLocal();
    // Reviewers (data.review) of the recipient and of the level above it.
    for (const [username, key] of [['ccb.qn.reviewer', 'ccb-quang-nam'], ['ccb.central.reviewer', 'ccb-central']]) {
      await makeUser(hub, username, key, { role: 'REVIEWER' });
      tokens.set(username, await freshToken(hub, username, GOOD_PASSWORD));
    }
    veterans = await issuedPlan({
      as: 'veterans.quangnam',
      issuer: 'ccb-quang-nam',
      number: '05/KH-CCB',
      from: 2024,
      to: 2024,
      issuedOn: '2024-03-15',
      obligation: {
        recipientId: await orgGid('ccb-quang-nam'),
        reporterRule: 'SUBORDINATE_UNITS',
        reporterKind: 'VETERANS_ASSOCIATION',
        reporterLevel: 'DISTRICT',
        frequency: 'SEMI_ANNUAL',
        dueDay: 10,
        indicatorIds: [await indicatorGid('POOR_RATE'), await indicatorGid('TET_GIFTS_GIVEN')],
      },
    });
    const rows = await reportsOf(veterans.planId);
    const tamKy = await org('ccb-quang-nam-tam-ky');
    const tayGiang = await org('ccb-quang-nam-tay-giang');
    tamKyReport = toGlobalId('Report', rows.find((r) => r.reporterId === tamKy.id && r.period === '2024H1')!.id);
    tayGiangReport = toGlobalId('Report', rows.find((r) => r.reporterId === tayGiang.id && r.period === '2024H2')!.id);
  });
  afterAll(() => hub?.stop());

  it('issuing a plan makes one report per reporter and opened period; opening again makes none', async () => {
    const rows = await reportsOf(veterans.planId);
    const reporters = ok(await gql('query ($id: ID!) { node(id: $id) { ... on ReportingObligation { reporters(on: "2024-06-10") { id } } } }', { id: veterans.obligationId }, { as: 'admin' })).node.reporters;
    expect(reporters).toHaveLength(18); // seed 002: the 18 district associations
    expect(rows).toHaveLength(18 * 2);
    expect(new Set(rows.map((r) => `${r.reporterId}|${r.period}`)).size).toBe(36);
    expect(rows.every((r) => r.state === 'OPEN' && r.version === 1)).toBe(true);
    const h1 = rows.filter((r) => r.period === '2024H1');
    expect(h1.every((r) => r.dueOn === '2024-06-10' && r.opensOn === '2024-05-11' && r.periodStart === '2024-01-01' && r.periodEnd === '2024-06-30')).toBe(true);
    expect(rows.filter((r) => r.period === '2024H2').every((r) => r.dueOn === '2024-12-10' && r.opensOn === '2024-11-10')).toBe(true);
    // The reporters' area paths are filed with the reports (their area part of the read scope).
    expect(rows.every((r) => r.reporterAreaPath !== null && r.recipientPath === rows[0].recipientPath)).toBe(true);

    expect(ok(await gql(OPEN, { i: { planId: veterans.planId } }, { as: 'veterans.quangnam' })).openReportingPeriods.created).toBe(0);
    expect(await reportsOf(veterans.planId)).toHaveLength(36);
  });

  it('opens later periods as time passes (openReportingPeriods asOf), idempotently', async () => {
    // A central plan of 2098–2099: nothing has opened when it is issued. The VFF central committee's
    // member organizations at the central level report monthly, on the 5th of the next month.
    const p = await issuedPlan({
      as: 'admin',
      issuer: 'vff-central',
      number: '99/KH-MTTW',
      from: 2098,
      to: 2099,
      issuedOn: '2026-01-15',
      obligation: { recipientId: await orgGid('vff-central'), reporterRule: 'MEMBER_ORGANIZATIONS', frequency: 'MONTHLY', dueDay: 5, dueMonthOffset: 1 },
    });
    expect(await reportsOf(p.planId)).toHaveLength(0);
    const reporters = ok(await gql('query ($id: ID!) { node(id: $id) { ... on ReportingObligation { reporters(on: "2098-02-05") { id } } } }', { id: p.obligationId }, { as: 'admin' })).node.reporters;
    expect(reporters.length).toBeGreaterThan(0);
    const open = async (asOf: string, as = 'admin') => gql(OPEN, { i: { planId: p.planId, asOf } }, { as });
    // By 20/03/2098: January (opens 06/01), February (03/02) and March (06/03); April opens on 05/04.
    expect(ok(await open('2098-03-20')).openReportingPeriods.created).toBe(reporters.length * 3);
    expect(ok(await open('2098-03-20')).openReportingPeriods.created).toBe(0);
    expect(ok(await open('2098-04-04')).openReportingPeriods.created).toBe(0);
    expect(ok(await open('2098-04-05')).openReportingPeriods.created).toBe(reporters.length);
    expect((await reportsOf(p.planId)).map((r) => r.period).sort()).toEqual([...Array(reporters.length).fill(['2098-01', '2098-02', '2098-03', '2098-04']).flat()].sort());
    // Only data.capture over the first issuer opens periods.
    expect(code(await open('2098-06-01', 'quangnam.officer'))).toBe('FORBIDDEN');
    expect(code(await open('2098-06-01', 'travinh.viewer'))).toBe('FORBIDDEN');
  });

  it('opening periods costs the same statements for 3 opened periods as for 24 (reporters of every due date at once)', async () => {
    const p = await issuedPlan({
      as: 'admin',
      issuer: 'vff-central',
      number: '96/KH-MTTW',
      from: 2096,
      to: 2097,
      issuedOn: '2026-01-15',
      obligation: { recipientId: await orgGid('vff-central'), reporterRule: 'MEMBER_ORGANIZATIONS', frequency: 'MONTHLY', dueDay: 5, dueMonthOffset: 1 },
    });
    const open = async (asOf: string) => {
      const r = await gql(OPEN, { i: { planId: p.planId, asOf } }, { as: 'admin' });
      return { created: ok(r).openReportingPeriods.created as number, statements: r.statements as number };
    };
    const reporters = (await open('2096-03-20')).created / 3;
    expect(reporters).toBeGreaterThan(0);
    const three = await open('2096-03-20');
    expect((await open('2098-01-10')).created).toBe(reporters * 21);
    const all = await open('2098-01-10');
    expect([three.created, all.created]).toEqual([0, 0]);
    expect(all.statements).toBe(three.statements);
  });

  it('the hourly clock opens the periods of every issued plan, audited as the system', async () => {
    const p = await issuedPlan({
      as: 'admin',
      issuer: 'vff-central',
      number: '97/KH-MTTW',
      from: 2097,
      to: 2097,
      issuedOn: '2026-01-15',
      obligation: { recipientId: await orgGid('vff-central'), reporterRule: 'MEMBER_ORGANIZATIONS', frequency: 'QUARTERLY', dueDay: 20, dueMonthOffset: 1 },
    });
    const reporters = (await reportsOf(p.planId)).length;
    expect(reporters).toBe(0);
    const planRow = fromGlobalId(p.planId)!.rowId;
    // Q1 2097 is due on 20/04 and opens on 21/03.
    expect((await openAllReportingPeriods(hub.dataSource, '2097-03-20')).get(planRow)).toBeUndefined();
    const made = (await openAllReportingPeriods(hub.dataSource, '2097-03-21')).get(planRow)!;
    expect(made).toBeGreaterThan(0);
    expect((await reportsOf(p.planId)).every((r) => r.period === '2097Q1')).toBe(true);
    const audit = await hub.dataSource.getRepository(AuditEntryEntity).find({ where: { entityType: 'Plan', entityRowId: planRow, action: 'openReportingPeriods' } });
    expect(audit.map((a) => [a.actorName, a.requestId])).toEqual([['system', 'reporting-clock']]);
    // The clock runs at once, then every interval; stopping waits for a run in progress.
    let asked = 0;
    const clock = startReportingClock(hub.dataSource, createLogger('silent'), 20, () => {
      asked++;
      return '2097-06-21';
    });
    // Until it has ticked twice (a run takes longer on some engines: a tick never overlaps a run in progress).
    for (let i = 0; i < 1000 && asked < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await clock.stop();
    expect(asked).toBeGreaterThan(1);
    expect((await reportsOf(p.planId)).filter((r) => r.period === '2097Q2')).toHaveLength(made);
  });

  it('pre-fills registry values on first read: equal to povertyStatistics for the reporter\'s area', async () => {
    const r = ok(await gql(GET, { id: tamKyReport }, { as: 'veterans.quangnam' })).report;
    expect(r.values.map((v: any) => v.indicator.code)).toEqual(['POOR_RATE', 'TET_GIFTS_GIVEN']);
    const tamKy = await org('ccb-quang-nam-tam-ky');
    const year = registryReviewYear('POOR_RATE', parsePeriod('2024H1'))!;
    const stats = ok(await gql('query ($a: ID!, $y: Int!) { povertyStatistics(areaId: $a, year: $y) { households poorRate { numerator denominator } } }', { a: toGlobalId('Area', tamKy.areaId!), y: year }, { as: 'admin' })).povertyStatistics;
    expect(stats.households).toBeGreaterThan(0);
    const [rate, gifts] = r.values;
    expect(rate).toMatchObject({ source: 'REGISTRY', numerator: stats.poorRate.numerator, denominator: stats.poorRate.denominator, value: ratioValue(stats.poorRate.numerator, stats.poorRate.denominator, 100), computedValue: ratioValue(stats.poorRate.numerator, stats.poorRate.denominator, 100) });
    expect(gifts).toMatchObject({ source: 'REPORTED', value: null, computedValue: null });
    // A second read finds them stored (no second pre-fill).
    expect(ok(await gql(GET, { id: tamKyReport }, { as: 'veterans.quangnam' })).report.values).toEqual(r.values);
  });

  it('the full workflow: save, submit late, return, resubmit, approve, accept — with typed errors and wrong actors', async () => {
    const get = async (as = 'veterans.quangnam') => ok(await gql(GET, { id: tamKyReport }, { as })).report;
    let r = await get();
    expect(r).toMatchObject({ status: 'OVERDUE', daysLate: daysBetween('2024-06-10', today), canSubmit: true, canApprove: false, canAccept: false });
    const gifts = await indicatorGid('TET_GIFTS_GIVEN');
    const poorRate = await indicatorGid('POOR_RATE');

    // Every input problem at once.
    const bad = await gql(SAVE, { i: { reportId: tamKyReport, values: [{ indicatorId: gifts, value: '12,5' }, { indicatorId: await indicatorGid('FUND_RAISED'), value: '1' }, { indicatorId: poorRate, numerator: 3 }] } }, { as: 'veterans.quangnam' });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fieldErrors.map((e: any) => e.path)).toEqual(['input.values[0].value', 'input.values[1].indicatorId', 'input.values[2].denominator']);

    // Save a draft: the REPORTED value is entered, the registry value stays the hub's.
    let res = await gql(SAVE, { i: { reportId: tamKyReport, narrative: 'Hội đã trao 120 suất quà Tết.', values: [{ indicatorId: gifts, value: '120', note: 'Tết Giáp Thìn' }], version: r.version } }, { as: 'veterans.quangnam' });
    r = ok(res).saveReport.report;
    expect(r).toMatchObject({ status: 'OVERDUE', narrative: 'Hội đã trao 120 suất quà Tết.', version: 2 });
    expect(r.values[1]).toMatchObject({ value: '120', source: 'REPORTED', note: 'Tết Giáp Thìn' });
    expect(r.values[0].source).toBe('REGISTRY');
    // A stale version is refused.
    expect(reason(await gql(SAVE, { i: { reportId: tamKyReport, narrative: 'x', version: 1 } }, { as: 'veterans.quangnam' }))).toBe('VERSION_CONFLICT');

    // Nothing to approve or return yet; the reporter may not approve; the recipient may not accept.
    expect(reason(await gql(APPROVE, { i: { reportId: tamKyReport } }, { as: 'ccb.qn.reviewer' }))).toBe('REPORT_NOT_SUBMITTED');
    expect(reason(await gql(RETURN, { i: { reportId: tamKyReport, reason: 'Thiếu số liệu' } }, { as: 'ccb.qn.reviewer' }))).toBe('REPORT_NOT_SUBMITTED');
    res = await gql(APPROVE, { i: { reportId: tamKyReport } }, { as: 'veterans.quangnam' });
    expect([code(res), reason(res)]).toEqual(['FORBIDDEN', 'PERMISSION_DENIED']);
    res = await gql(ACCEPT, { i: { reportId: tamKyReport } }, { as: 'ccb.qn.reviewer' });
    expect([code(res), reason(res)]).toEqual(['FORBIDDEN', 'OUT_OF_SCOPE']);
    // Out of scope: not found, whatever the action.
    expect(code(await gql(GET, { id: tamKyReport }, { as: 'travinh.viewer' }))).toBe('NOT_FOUND');
    expect(code(await gql(SUBMIT, { i: { reportId: tamKyReport } }, { as: 'labour.ninhthuan' }))).toBe('NOT_FOUND');
    // A viewer of the province sees it (the reporter works in Quảng Nam) but may not submit.
    expect((await get('quangnam.officer')).canSubmit).toBe(false);
    expect(code(await gql(SUBMIT, { i: { reportId: tamKyReport } }, { as: 'quangnam.officer' }))).toBe('FORBIDDEN');

    // Submitted today, long after 10/06/2024: late.
    const requestId = rid();
    res = await gql(SUBMIT, { i: { reportId: tamKyReport } }, { as: 'veterans.quangnam', headers: { 'x-request-id': requestId } });
    r = ok(res).submitReport.report;
    expect(r).toMatchObject({ status: 'SUBMITTED_LATE', submittedOn: today, daysLate: daysBetween('2024-06-10', today), canSubmit: false, version: 3 });
    expect(r.submittedBy).toBeTruthy();
    const audit = await hub.dataSource.getRepository(AuditEntryEntity).find({ where: { requestId } });
    expect(audit.map((a) => [a.entityType, a.entityRowId, a.action])).toEqual([['Report', fromGlobalId(tamKyReport)!.rowId, 'submit']]);
    expect(reason(await gql(SUBMIT, { i: { reportId: tamKyReport } }, { as: 'veterans.quangnam' }))).toBe('REPORT_ALREADY_SUBMITTED');
    expect(reason(await gql(SAVE, { i: { reportId: tamKyReport, narrative: 'sửa' } }, { as: 'veterans.quangnam' }))).toBe('REPORT_ALREADY_SUBMITTED');

    // The recipient returns it (a reason of 5–2000 characters), the reporter submits again.
    expect((await get('ccb.qn.reviewer'))).toMatchObject({ canApprove: true, canReturn: true, canAccept: false, canSubmit: false });
    expect(code(await gql(RETURN, { i: { reportId: tamKyReport, reason: 'ít' } }, { as: 'ccb.qn.reviewer' }))).toBe('BAD_USER_INPUT');
    r = ok(await gql(RETURN, { i: { reportId: tamKyReport, reason: 'Bổ sung số liệu quà Tết theo từng xã.' } }, { as: 'ccb.qn.reviewer' })).returnReport.report;
    expect(r).toMatchObject({ status: 'RETURNED', returnReason: 'Bổ sung số liệu quà Tết theo từng xã.', canSubmit: false });
    r = await get();
    expect(r.canSubmit).toBe(true);
    r = ok(await gql(SUBMIT, { i: { reportId: tamKyReport, values: [{ indicatorId: gifts, value: '125' }] } }, { as: 'veterans.quangnam' })).submitReport.report;
    expect(r).toMatchObject({ status: 'SUBMITTED_LATE' });
    expect(r.values[1].value).toBe('125');

    // Two approvals at once: exactly one passes.
    const both = await Promise.all([0, 1].map(() => gql(APPROVE, { i: { reportId: tamKyReport } }, { as: 'ccb.qn.reviewer' })));
    expect(both.filter((x) => !x.errors)).toHaveLength(1);
    expect(both.filter((x) => x.errors).map(code)).toEqual(['CONFLICT']);
    r = await get('ccb.qn.reviewer');
    expect(r).toMatchObject({ status: 'APPROVED', approvedBy: 'ccb.qn.reviewer', canApprove: false, canReturn: true, canAccept: false });
    expect(reason(await gql(APPROVE, { i: { reportId: tamKyReport } }, { as: 'ccb.qn.reviewer' }))).toBe('REPORT_ALREADY_APPROVED');

    // The level above the recipient (the central association) accepts.
    expect((await get('ccb.central.reviewer')).canAccept).toBe(true);
    r = ok(await gql(ACCEPT, { i: { reportId: tamKyReport } }, { as: 'ccb.central.reviewer' })).acceptReport.report;
    expect(r).toMatchObject({ status: 'ACCEPTED', acceptedBy: 'ccb.central.reviewer', daysLate: daysBetween('2024-06-10', today) });
    expect(reason(await gql(RETURN, { i: { reportId: tamKyReport, reason: 'Trả lại sau khi tiếp nhận' } }, { as: 'ccb.central.reviewer' }))).toBe('REPORT_ALREADY_ACCEPTED');
    // Submitted values are frozen: the registry figure is kept as it was.
    expect(r.values[0].source).toBe('REGISTRY');
  });

  it('a submission on or before the due date is on time; the day after is late (back-dated by the server)', async () => {
    const id = fromGlobalId(tayGiangReport)!.rowId;
    // Due 10/12/2024, submitted on that day in Vietnam (23:30 local = 16:30 UTC).
    const onTime = await hub.services.reportWorkflow.submit({ reportId: id }, { at: new Date('2024-12-10T16:30:00Z') });
    expect(onTime).toMatchObject({ state: 'SUBMITTED', submittedOn: '2024-12-10' });
    let r = ok(await gql(GET, { id: tayGiangReport }, { as: 'veterans.quangnam' })).report;
    expect(r).toMatchObject({ status: 'SUBMITTED', daysLate: 0, submittedOn: '2024-12-10' });
    // Returned, then submitted at 00:30 on 11/12 in Vietnam (17:30 UTC on the 10th): one day late.
    await hub.services.reportWorkflow.returnReport({ reportId: id, reason: 'Kiểm tra lại số liệu.' });
    await hub.services.reportWorkflow.submit({ reportId: id }, { at: new Date('2024-12-10T17:30:00Z') });
    r = ok(await gql(GET, { id: tayGiangReport }, { as: 'veterans.quangnam' })).report;
    expect(r).toMatchObject({ status: 'SUBMITTED_LATE', daysLate: 1, submittedOn: '2024-12-11' });
  });

  it('compliance of a period: who reported, who is late and by how much', async () => {
    const c = ok(await gql(COMPLIANCE, { p: veterans.planId, period: '2024H2', asOf: '2025-01-10' }, { as: 'veterans.quangnam' })).reportingCompliance;
    expect(c).toMatchObject({ period: '2024H2', asOf: '2025-01-10', expected: 18, submitted: 1, onTime: 0, late: 1, overdue: 17, notDue: 0, approved: 0, accepted: 0 });
    expect(c.rows).toHaveLength(18);
    const tayGiang = c.rows.find((x: any) => x.report.id === tayGiangReport);
    expect(tayGiang).toMatchObject({ status: 'SUBMITTED_LATE', submittedOn: '2024-12-11', daysLate: 1, dueOn: '2024-12-10' });
    expect(c.rows.filter((x: any) => x.status === 'OVERDUE').every((x: any) => x.daysLate === 31)).toBe(true);
    // Before the due date nothing is overdue yet.
    const early = ok(await gql(COMPLIANCE, { p: veterans.planId, period: '2024H2', asOf: '2024-12-10' }, { as: 'veterans.quangnam' })).reportingCompliance;
    expect(early).toMatchObject({ expected: 18, submitted: 1, overdue: 0, notDue: 17 });
    // The H1 report of Tam Kỳ was accepted.
    const h1 = ok(await gql(COMPLIANCE, { p: veterans.planId, period: '2024H1', asOf: '2025-01-10' }, { as: 'veterans.quangnam' })).reportingCompliance;
    expect(h1).toMatchObject({ expected: 18, submitted: 1, late: 1, approved: 1, accepted: 1, overdue: 17 });
    // Default period: the latest that has come due.
    expect(ok(await gql(COMPLIANCE, { p: veterans.planId, asOf: '2024-11-01' }, { as: 'veterans.quangnam' })).reportingCompliance.period).toBe('2024H1');
    expect(ok(await gql(COMPLIANCE, { p: veterans.planId }, { as: 'veterans.quangnam' })).reportingCompliance.period).toBe('2024H2');
    // A caller who cannot read the plan: not found.
    expect(code(await gql(COMPLIANCE, { p: veterans.planId }, { as: 'travinh.viewer' }))).toBe('NOT_FOUND');
  });

  it('the cascade shows each plan\'s compliance for its latest due period, in one statement for all its plans', async () => {
    // A plan of the Tam Kỳ association implementing the provincial one: Khối 487 reports to it once, by 10/12/2024.
    const child = ok(
      await gql(
        'mutation ($i: DraftPlanInput!) { draftPlan(input: $i) { plan { id } } }',
        { i: { number: '12/KH-CCB', title: 'Kế hoạch của Hội CCB thành phố Tam Kỳ', kind: 'PLAN', issuerIds: [await orgGid('ccb-quang-nam-tam-ky')], periodFrom: 2024, periodTo: 2024, implementsId: veterans.planId } },
        { as: 'veterans.quangnam' },
      ),
    ).draftPlan.plan.id;
    ok(
      await gql(
        'mutation ($i: AddReportingObligationInput!) { addReportingObligation(input: $i) { obligation { id } } }',
        { i: { planId: child, title: 'Báo cáo năm', recipientId: await orgGid('ccb-quang-nam-tam-ky'), reporterRule: 'NAMED', reporterIds: [await orgGid('ccb-quang-nam-khoi-487')], frequency: 'ANNUAL', dueDay: 10, dueMonth: 12 } },
        { as: 'veterans.quangnam' },
      ),
    );
    ok(await gql('mutation ($i: IssuePlanInput!) { issuePlan(input: $i) { plan { id } } }', { i: { planId: child, issuedOn: '2024-04-01' } }, { as: 'veterans.quangnam' }));
    const tree = (withCompliance: boolean) => `query ($p: ID!) { planCascade(planId: $p, asOf: "2025-01-10") {
      plan { id } ${withCompliance ? 'compliance { period expected submitted late overdue approved }' : ''}
      children { plan { id } ${withCompliance ? 'compliance { period expected submitted late overdue approved }' : ''} } } }`;
    const without = await gql(tree(false), { p: veterans.planId }, { as: 'veterans.quangnam' });
    const withIt = await gql(tree(true), { p: veterans.planId }, { as: 'veterans.quangnam' });
    const c = ok(withIt).planCascade;
    expect(c.compliance).toEqual({ period: '2024H2', expected: 18, submitted: 1, late: 1, overdue: 17, approved: 0 });
    expect(c.children).toEqual([{ plan: { id: child }, compliance: { period: '2024', expected: 1, submitted: 0, late: 0, overdue: 1, approved: 0 } }]);
    expect(withIt.statements).toBe(without.statements + 1);
  });

  it('boxes: the reporter\'s outbox, the recipient\'s inbox, what others may read; paging by due date', async () => {
    const ids = async (f: Record<string, unknown>, as: string) => {
      const r = ok(await gql(LIST, { f: { planId: veterans.planId, ...f }, first: 100 }, { as })).reports;
      return r.edges.map((e: any) => e.node.id);
    };
    expect(await ids({ box: 'OUTBOX' }, 'veterans.quangnam')).toHaveLength(36);
    expect(await ids({ box: 'INBOX' }, 'ccb.qn.reviewer')).toHaveLength(36);
    expect(await ids({ box: 'INBOX' }, 'ccb.central.reviewer')).toHaveLength(36);
    expect(await ids({ box: 'ALL' }, 'quangnam.officer')).toHaveLength(36);
    expect(await ids({}, 'travinh.viewer')).toHaveLength(0);
    expect(await ids({ box: 'OUTBOX' }, 'labour.ninhthuan')).toHaveLength(0);
    expect(code(await gql(LIST, { f: { box: 'INBOX' } }, { as: 'veterans.quangnam' }))).toBe('FORBIDDEN');
    expect(code(await gql(LIST, { f: { box: 'OUTBOX' } }, { as: 'travinh.viewer' }))).toBe('FORBIDDEN');
    // Status filters on a date (SQL): the accepted one, the late one, the overdue ones.
    expect(await ids({ status: ['ACCEPTED'] }, 'veterans.quangnam')).toEqual([tamKyReport]);
    expect(await ids({ status: ['SUBMITTED_LATE'] }, 'veterans.quangnam')).toEqual([tayGiangReport]);
    expect(await ids({ status: ['OVERDUE'], asOf: '2025-01-10' }, 'veterans.quangnam')).toHaveLength(34);
    expect(await ids({ status: ['DUE'], asOf: '2024-12-01' }, 'veterans.quangnam')).toHaveLength(17);
    expect(await ids({ status: ['NOT_DUE', 'DUE'], asOf: '2024-05-10' }, 'veterans.quangnam')).toHaveLength(34);
    expect(await ids({ period: '2024H1', reporterId: await orgGid('ccb-quang-nam-tam-ky') }, 'veterans.quangnam')).toEqual([tamKyReport]);
    // Pages follow the due date, then the id, without gaps or repeats.
    const seen: string[] = [];
    let after: string | null = null;
    let dues: string[] = [];
    for (;;) {
      const page: any = ok(await gql(LIST, { f: { planId: veterans.planId }, first: 7, after }, { as: 'veterans.quangnam' })).reports;
      expect(page.totalCount).toBe(36);
      seen.push(...page.edges.map((e: any) => e.node.id));
      dues = [...dues, ...page.edges.map((e: any) => e.node.dueOn)];
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(36);
    expect(new Set(seen).size).toBe(36);
    expect(dues).toEqual([...dues].sort());
  });

  it('a page of reports with values, parties and plan costs the same statements for 5 rows as for 36', async () => {
    const q = `query ($f: ReportFilter, $first: Int) { reports(filter: $f, first: $first) { edges { node { id status daysLate canSubmit
      values { value source indicator { code } } reporter { name } recipient { name } plan { title } obligation { title } } } } }`;
    const small = await gql(q, { f: { planId: veterans.planId }, first: 5 }, { as: 'veterans.quangnam' });
    const large = await gql(q, { f: { planId: veterans.planId }, first: 50 }, { as: 'veterans.quangnam' });
    expect(ok(large).reports.edges).toHaveLength(36);
    expect(ok(small).reports.edges).toHaveLength(5);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(8);
  });

  it('node(id) answers for a report in scope only', async () => {
    expect(ok(await gql('query ($id: ID!) { node(id: $id) { id ... on Report { period } } }', { id: tamKyReport }, { as: 'veterans.quangnam' })).node).toEqual({ id: tamKyReport, period: '2024H1' });
    expect(ok(await gql('query ($id: ID!) { node(id: $id) { id } }', { id: tamKyReport }, { as: 'travinh.viewer' })).node).toBeNull();
  });
});
