/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Indicators: the catalogue on every hub, targets set by plans (validated, replaced, audited, in
 * scope), and series: registry actuals equal to the poverty statistics (as recorded for an old
 * unit, carried onto today's unit for a new one), ledger actuals equal to the funds' summaries,
 * reported actuals from the best report of each reporter, targets side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, INDICATOR_CATALOGUE, ratioValue, todayLocal } from '@lnob/domain';
import { toGlobalId } from '../../../common/relay/global-id';
import { demoOrganizationRows, engines, startTestHub, type GqlResult, type TestHub } from '../../../testing/harness';
import { AreaEntity } from '../../areas/area.entity';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { ReportEntity, ReportValueEntity } from '../../reports/report.entity';
import { ensureIndicatorCatalogue } from '../catalogue';
import { IndicatorEntity } from '../indicator.entity';

const SERIES = `query ($ind: ID!, $scope: IndicatorScopeInput!, $from: Period!, $to: Period!, $plan: ID) {
  indicatorSeries(indicatorId: $ind, scope: $scope, from: $from, to: $to, planId: $plan) {
    indicator { code }
    points { period actual numerator denominator target targetKind targetId provenance { source detail reportId asRecorded } } } }`;
const STATS = `query ($id: ID!, $y: Int!, $b: StatisticsBoundary) { povertyStatistics(areaId: $id, year: $y, boundary: $b) {
  households poor nearPoor escapedPoverty ethnicMinorityHouseholds ethnicMinorityPoor multidimensionalPovertyRate { numerator denominator } poorRate { numerator denominator } } }`;
const SET = `mutation ($i: SetIndicatorTargetInput!) { setIndicatorTarget(input: $i) { target { id kind fromPeriod toPeriod value note indicator { code } plan { id } organization { name } area { code } } } }`;
const DRAFT = `mutation ($i: DraftPlanInput!) { draftPlan(input: $i) { plan { id } } }`;
const ISSUE = `mutation ($i: IssuePlanInput!) { issuePlan(input: $i) { plan { id status } } }`;
const SUMMARY = `query ($f: ID!, $p: Period!) { fundSummary(fundId: $f, period: $p) { raised spent spentByCategory { category count amount } } }`;

const err = (r: GqlResult<any>) => {
  const e = r.errors?.[0]?.extensions;
  return e ? { code: e.code, reason: e.reason, paths: [...(e.fieldErrors ?? []).map((f) => f.path)].sort() } : null;
};

describe.each(engines())('indicators on %s', (engine) => {
  let hub: TestHub;
  const orgs = new Map<string, OrganizationEntity>();
  const areas = new Map<string, AreaEntity>();
  const ids = new Map<string, number>();
  const org = (key: string) => orgs.get(key)!;
  const orgGid = (key: string) => toGlobalId('Organization', org(key).id);
  const areaGid = (code: string) => toGlobalId('Area', areas.get(code)!.id);
  const indGid = (code: string) => toGlobalId('Indicator', ids.get(code)!);
  const ok = async (query: string, variables: Record<string, unknown>, as = 'admin') => {
    const r = await hub.gql<any>(query, variables, { as });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  };
  let planId: string;

  beforeAll(async () => {
    hub = await startTestHub(engine, { demo: true });
    for (const [key, row] of await demoOrganizationRows(hub)) orgs.set(key, row);
    for (const a of await hub.dataSource.getRepository(AreaEntity).find()) areas.set(a.code, a);
    for (const i of await hub.dataSource.getRepository(IndicatorEntity).find()) ids.set(i.code, i.id);
    const draft = await ok(DRAFT, { i: { number: '99/KH-UBND', title: 'Kế hoạch thử nghiệm chỉ tiêu Trà Vinh', kind: 'PLAN', issuerIds: [orgGid('ubnd-tra-vinh')], periodFrom: 2021, periodTo: 2025 } });
    planId = draft.draftPlan.plan.id;
    await ok(ISSUE, { i: { planId, issuedOn: '2022-07-08' } });
  });
  afterAll(() => hub?.stop());

  describe('the catalogue', () => {
    it('is on the hub, searchable accent-insensitively, filtered by source, by code', async () => {
      const all = await ok('{ indicators(first: 100) { totalCount edges { node { code source unit factor measure periodType } } } }', {}, 'travinh.viewer');
      expect(all.indicators.totalCount).toBe(INDICATOR_CATALOGUE.length);
      expect(all.indicators.edges.map((e: any) => e.node.code)).toEqual(INDICATOR_CATALOGUE.map((i) => i.code).sort());
      const search = await ok('{ indicators(filter: { search: "ty le ho ngheo dan toc" }) { edges { node { code } } } }', {});
      expect(search.indicators.edges.map((e: any) => e.node.code)).toEqual(['ETHNIC_MINORITY_POOR_RATE']);
      const ledger = await ok('{ indicators(filter: { source: LEDGER }) { edges { node { code } } } }', {});
      expect(ledger.indicators.edges.map((e: any) => e.node.code)).toEqual(['FUND_RAISED', 'FUND_SPENT', 'HOUSES_BUILT', 'HOUSES_REPAIRED']);
      const page = await ok('{ indicators(first: 2) { pageInfo { hasNextPage endCursor } edges { node { code } } } }', {});
      const next = await ok('query ($a: String) { indicators(first: 2, after: $a) { edges { node { code } } } }', { a: page.indicators.pageInfo.endCursor });
      expect([...page.indicators.edges, ...next.indicators.edges].map((e: any) => e.node.code)).toEqual(INDICATOR_CATALOGUE.map((i) => i.code).sort().slice(0, 4));
      expect((await ok('{ indicator(code: "POOR_RATE") { code nameVi factor aggregation direction } }', {})).indicator).toEqual({ code: 'POOR_RATE', nameVi: 'Tỷ lệ hộ nghèo', factor: 100, aggregation: 'RATIO', direction: 'LOWER_IS_BETTER' });
      expect((await ok('{ indicator(code: "NO_SUCH") { code } }', {})).indicator).toBeNull();
      expect(err(await hub.gql('{ indicators { totalCount } }', {}, { as: null }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('is inserted once: a second start adds nothing', async () => {
      expect(await ensureIndicatorCatalogue(hub.dataSource)).toEqual([]);
      expect(await hub.dataSource.getRepository(IndicatorEntity).count()).toBe(INDICATOR_CATALOGUE.length);
    });

    it('is node-fetchable', async () => {
      const r = await ok('query ($id: ID!) { node(id: $id) { ... on Indicator { code } } }', { id: indGid('FUND_RAISED') }, 'labour.ninhthuan');
      expect(r.node).toEqual({ code: 'FUND_RAISED' });
    });
  });

  describe('registry series', () => {
    it.each([
      ['POOR_AND_NEAR_POOR_RATE', (s: any) => s.multidimensionalPovertyRate],
      ['POOR_RATE', (s: any) => s.poorRate],
      ['ETHNIC_MINORITY_POOR_RATE', (s: any) => ({ numerator: s.ethnicMinorityPoor, denominator: s.ethnicMinorityHouseholds })],
    ])("Trà Vinh's %s 2022–2025 equals povertyStatistics (the old province, as recorded)", async (code, rate) => {
      const r = await ok(SERIES, { ind: indGid(code), scope: { areaId: areaGid('84') }, from: '2022', to: '2025' }, 'travinh.viewer');
      expect(r.indicatorSeries.points.map((p: any) => p.period)).toEqual(['2022', '2023', '2024', '2025']);
      for (const p of r.indicatorSeries.points) {
        const s = (await ok(STATS, { id: areaGid('84'), y: Number(p.period) }, 'travinh.viewer')).povertyStatistics;
        const { numerator, denominator } = rate(s);
        expect(denominator).toBeGreaterThan(0);
        expect(p).toMatchObject({ numerator, denominator, actual: ratioValue(numerator, denominator, 100), provenance: { source: 'REGISTRY', asRecorded: true, reportId: null } });
        expect(p.provenance.detail).toContain(`review ${p.period}`);
      }
    });

    it("today's Vĩnh Long is read on what was carried onto it (CURRENT), and counts add up", async () => {
      const vl = areaGid('N2025-86');
      const r = await ok(SERIES, { ind: indGid('POOR_AND_NEAR_POOR_HOUSEHOLDS'), scope: { areaId: vl }, from: '2022', to: '2025' });
      const reduced = await ok(SERIES, { ind: indGid('POOR_HOUSEHOLDS_REDUCED'), scope: { areaId: vl }, from: '2023', to: '2025' });
      const exited = await ok(SERIES, { ind: indGid('POOR_HOUSEHOLDS_EXITED'), scope: { areaId: vl }, from: '2023', to: '2025' });
      for (const p of r.indicatorSeries.points) {
        const y = Number(p.period);
        const s = (await ok(STATS, { id: vl, y, b: 'CURRENT' })).povertyStatistics;
        expect(p).toMatchObject({ actual: String(s.poor + s.nearPoor), numerator: null, provenance: { source: 'REGISTRY', asRecorded: false } });
        if (y > 2022) {
          const before = (await ok(STATS, { id: vl, y: y - 1, b: 'CURRENT' })).povertyStatistics;
          expect(reduced.indicatorSeries.points.find((q: any) => q.period === p.period).actual).toBe(String(before.poor - s.poor));
          expect(exited.indicatorSeries.points.find((q: any) => q.period === p.period).actual).toBe(String(s.escapedPoverty));
        }
      }
      // Trà Vinh's households are all inside today's Vĩnh Long.
      const tv = await ok(SERIES, { ind: indGid('POOR_AND_NEAR_POOR_HOUSEHOLDS'), scope: { areaId: areaGid('84') }, from: '2022', to: '2025' });
      expect(tv.indicatorSeries.points.map((p: any) => Number(p.actual)).every((v: number, k: number) => v <= Number(r.indicatorSeries.points[k].actual))).toBe(true);
    });

    it('an organization is read on its area', async () => {
      const byOrg = await ok(SERIES, { ind: indGid('POOR_RATE'), scope: { organizationId: orgGid('ubnd-tra-vinh-tra-cu') }, from: '2023', to: '2024' }, 'travinh.viewer');
      const byArea = await ok(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('849') }, from: '2023', to: '2024' }, 'travinh.viewer');
      expect(byOrg.indicatorSeries.points).toEqual(byArea.indicatorSeries.points);
      expect(byArea.indicatorSeries.points[1].actual).not.toBeNull();
    });

    it('reads in a number of statements that does not grow with the periods', async () => {
      const two = await hub.gql<any>(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('84') }, from: '2024', to: '2025' });
      const five = await hub.gql<any>(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('84') }, from: '2021', to: '2025' });
      expect(five.statements).toBe(two.statements);
      const today = await hub.gql<any>(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('N2025-86') }, from: '2021', to: '2025' });
      expect(today.statements).toBeLessThanOrEqual(two.statements + 1);
    });

    it('checks its arguments', async () => {
      const bad = await hub.gql<any>(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('84'), organizationId: orgGid('vff-tra-vinh') }, from: '2024', to: '2024' });
      expect(err(bad)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['scope.areaId', 'scope.organizationId'] });
      const kinds = await hub.gql<any>(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('84') }, from: '2024H1', to: '2023' });
      expect(err(kinds)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['from'] });
      const reversed = await hub.gql<any>(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('84') }, from: '2025', to: '2024' });
      expect(err(reversed)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['to'] });
      const tooLong = await hub.gql<any>(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('84') }, from: '1900', to: '2025' });
      expect(err(tooLong)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['to'] });
    });

    it('answers NOT_FOUND outside the read scope', async () => {
      const qn = await hub.gql<any>(SERIES, { ind: indGid('POOR_RATE'), scope: { areaId: areaGid('49') }, from: '2024', to: '2024' }, { as: 'travinh.viewer' });
      expect(err(qn)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND', paths: [] });
      const qnOrg = await hub.gql<any>(SERIES, { ind: indGid('FUND_RAISED'), scope: { organizationId: orgGid('vff-quang-nam') }, from: '2024', to: '2024' }, { as: 'travinh.viewer' });
      expect(err(qnOrg)).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND', paths: [] });
    });

    it("reads figures under their own rule: registry figures need household.read, as povertyStatistics (an API key's scopes)", async () => {
      const key = async (scopes: string[]) =>
        (await hub.services.apiKeys.create({ name: `series ${scopes.join(' ')}`, organizationId: org('vff-tra-vinh').id, scopes: scopes as any, personalData: false, expiresOn: addDays(todayLocal(), 365), requestsPerMinute: 6000 }, todayLocal())).secret;
      const vars = (code: string) => ({ ind: indGid(code), scope: { areaId: areaGid('84') }, from: '2024', to: '2024' });
      const areasOnly = await key(['AREAS']);
      expect(err(await hub.gql<any>(STATS, { id: areaGid('84'), y: 2024 }, { token: areasOnly }))).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      expect(err(await hub.gql<any>(SERIES, vars('POOR_RATE'), { token: areasOnly }))).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      // Ledger and reported figures are those of the organizations working in the area.
      expect(err(await hub.gql<any>(SERIES, vars('FUND_RAISED'), { token: areasOnly }))).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      const full = await key(['AREAS', 'ORGANIZATIONS', 'HOUSEHOLDS']);
      for (const code of ['POOR_RATE', 'FUND_RAISED']) {
        const r = await hub.gql<any>(SERIES, vars(code), { token: full });
        expect(r.errors).toBeUndefined();
        expect(r.data).toEqual(await ok(SERIES, vars(code), 'travinh.viewer'));
      }
    });
  });

  describe('ledger series', () => {
    it("Trà Vinh's money raised, spent and houses equal the summaries of the funds in its subtree", async () => {
      const funds = (await ok('{ funds(first: 100) { edges { node { id area { code } } } } }', {})).funds.edges.map((e: any) => e.node);
      const tvCodes = new Set([...areas.values()].filter((a) => a.path.startsWith(areas.get('84')!.path)).map((a) => a.code));
      const tvFunds = funds.filter((f: any) => f.area && tvCodes.has(f.area.code));
      expect(tvFunds.length).toBeGreaterThanOrEqual(3);
      for (const period of ['2023', '2024', '2025']) {
        let raised = 0;
        let spent = 0;
        let built = 0;
        let repaired = 0;
        for (const f of tvFunds) {
          const s = (await ok(SUMMARY, { f: f.id, p: period })).fundSummary;
          raised += s.raised;
          spent += s.spent;
          built += s.spentByCategory.find((c: any) => c.category === 'HOUSING_NEW')?.count ?? 0;
          repaired += s.spentByCategory.find((c: any) => c.category === 'HOUSING_REPAIR')?.count ?? 0;
        }
        const actual = async (code: string) => (await ok(SERIES, { ind: indGid(code), scope: { areaId: areaGid('84') }, from: period, to: period }, 'travinh.viewer')).indicatorSeries.points[0];
        if (period === '2024') expect(raised).toBeGreaterThan(0);
        // Transfers between Trà Vinh's own funds are neither raised nor spent.
        expect((await actual('FUND_RAISED')).actual).toBe(String(raised));
        expect((await actual('FUND_SPENT')).actual).toBe(String(spent));
        expect((await actual('HOUSES_BUILT')).actual).toBe(String(built));
        expect((await actual('HOUSES_REPAIRED')).actual).toBe(String(repaired));
        expect((await actual('FUND_RAISED')).provenance).toMatchObject({ source: 'LEDGER', asRecorded: null });
      }
    });
  });

  describe('targets', () => {
    const input = (extra: Record<string, unknown> = {}) => ({ indicatorId: indGid('POOR_AND_NEAR_POOR_RATE'), planId, areaId: areaGid('84'), kind: 'CHANGE_PER_PERIOD', fromPeriod: '2021', toPeriod: '2025', value: '-0.50', note: 'Giảm bình quân 0,5%/năm.', ...extra });

    it('are set by the plan, replaced on the same range, audited, and shown beside the actuals', async () => {
      const t = (await ok(SET, { i: input() })).setIndicatorTarget.target;
      expect(t).toMatchObject({ kind: 'CHANGE_PER_PERIOD', fromPeriod: '2021', toPeriod: '2025', value: '-0.5', indicator: { code: 'POOR_AND_NEAR_POOR_RATE' }, plan: { id: planId }, organization: null, area: { code: '84' } });
      const again = (await ok(SET, { i: input({ value: '-0.6' }) })).setIndicatorTarget.target;
      expect(again).toMatchObject({ id: t.id, value: '-0.6' });
      const level = (await ok(SET, { i: input({ kind: 'LEVEL', fromPeriod: '2025', toPeriod: '2025', value: '4' }) })).setIndicatorTarget.target;
      expect(level.id).not.toBe(t.id);

      const audit = await ok('query ($id: ID!) { auditLog(filter: { entityType: "IndicatorTarget", entityId: $id }) { edges { node { action changes { field before after } } } } }', { id: t.id });
      expect(audit.auditLog.edges.map((e: any) => e.node.action).sort()).toEqual(['create', 'update']);
      expect(audit.auditLog.edges.find((e: any) => e.node.action === 'update').node.changes).toContainEqual({ field: 'value', before: '"-0.5"', after: '"-0.6"' });

      const s = await ok(SERIES, { ind: indGid('POOR_AND_NEAR_POOR_RATE'), scope: { areaId: areaGid('84') }, from: '2022', to: '2025', plan: planId }, 'travinh.viewer');
      expect(s.indicatorSeries.points.map((p: any) => [p.period, p.target, p.targetKind])).toEqual([
        ['2022', '-0.6', 'CHANGE_PER_PERIOD'],
        ['2023', '-0.6', 'CHANGE_PER_PERIOD'],
        ['2024', '-0.6', 'CHANGE_PER_PERIOD'],
        // The LEVEL set later asks its value of the range's last period.
        ['2025', '4', 'LEVEL'],
      ]);
      expect(s.indicatorSeries.points[3].targetId).toBe(level.id);

      const listed = await ok('query ($p: ID!) { indicatorTargets(filter: { planId: $p }) { id value } plan(id: $p) { targets { id kind value indicator { code } } } }', { p: planId }, 'travinh.viewer');
      expect(listed.indicatorTargets.map((x: any) => x.id)).toEqual([t.id, level.id]);
      expect(listed.plan.targets.map((x: any) => [x.id, x.kind, x.value])).toEqual([
        [t.id, 'CHANGE_PER_PERIOD', '-0.6'],
        [level.id, 'LEVEL', '4'],
      ]);
      const node = await ok('query ($id: ID!) { node(id: $id) { ... on IndicatorTarget { value } } }', { id: t.id }, 'travinh.viewer');
      expect(node.node).toEqual({ value: '-0.6' });
    });

    it('refuse bad input with every problem at once', async () => {
      expect(err(await hub.gql<any>(SET, { i: input({ fromPeriod: '2024H1', value: '1,5', note: 'x'.repeat(2001) }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        paths: ['input.fromPeriod', 'input.note', 'input.value'],
      });
      expect(err(await hub.gql<any>(SET, { i: input({ value: '1e3' }) }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_DECIMAL', paths: ['input.value'] });
      expect(err(await hub.gql<any>(SET, { i: input({ organizationId: orgGid('vff-tra-vinh') }) }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.areaId', 'input.organizationId'] });
      expect(err(await hub.gql<any>(SET, { i: input({ kind: 'TOTAL', value: '-3' }) }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', paths: ['input.value'] });
      expect(err(await hub.gql<any>(SET, { i: input({ areaId: toGlobalId('Area', 987654) }) }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND', paths: ['input.areaId'] });
      expect(err(await hub.gql<any>(SET, { i: input({ indicatorId: toGlobalId('Indicator', 987654) }) }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND', paths: ['input.indicatorId'] });
    });

    it("need data.capture owning the plan's first issuer", async () => {
      // travinh.viewer reads the plan but may not change it; quangnam.officer does not even see it.
      expect(err(await hub.gql<any>(SET, { i: input() }, { as: 'travinh.viewer' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      expect(err(await hub.gql<any>(SET, { i: input() }, { as: 'quangnam.officer' }))).toMatchObject({ code: 'NOT_FOUND' });
      const qn = await hub.gql<any>('query ($p: ID!) { indicatorTargets(filter: { planId: $p }) { id } }', { p: planId }, { as: 'quangnam.officer' });
      expect(qn.data.indicatorTargets).toEqual([]);
    });
  });

  describe('reported series', () => {
    it('take the latest approved report of each reporter (else the submitted one) and add reporters up', async () => {
      const ind = ids.get('HOUSES_SUPPORTED')!;
      const reports = hub.dataSource.getRepository(ReportEntity);
      const values = hub.dataSource.getRepository(ReportValueEntity);
      const tvArea = areas.get('84')!;
      const base = { obligationId: 900_001, planId: 900_001, recipientId: org('vff-tra-vinh').id, recipientPath: org('vff-tra-vinh').path, period: '2020', periodStart: '2020-01-01', periodEnd: '2020-12-31', opensOn: '2020-11-10', dueOn: '2020-12-10', narrative: null, submittedOn: '2020-12-01', submittedBy: 'test', returnReason: null, returnedAt: null, approvedBy: null, acceptedAt: null, acceptedBy: null, version: 1, createdAt: new Date(), updatedAt: new Date() };
      const report = async (reporterKey: string, state: string, value: string, extra: Record<string, unknown> = {}) => {
        const r = await reports.save(reports.create({ ...base, reporterId: org(reporterKey).id, reporterPath: org(reporterKey).path, reporterAreaPath: tvArea.path, state, submittedAt: new Date('2020-12-01T03:00:00Z'), approvedAt: state === 'APPROVED' ? new Date('2020-12-20T03:00:00Z') : null, ...extra }));
        await values.save(values.create({ reportId: r.id, indicatorId: ind, value, numerator: null, denominator: null, source: 'REPORTED', computedValue: null, note: null }));
        return r;
      };
      const approved = await report('yu-tra-vinh', 'APPROVED', '40', { obligationId: 900_002 });
      await report('yu-tra-vinh', 'SUBMITTED', '55', { obligationId: 900_003, submittedAt: new Date('2020-12-30T03:00:00Z') });
      await report('ccb-tra-vinh', 'SUBMITTED', '12');
      await report('ccb-tra-vinh', 'OPEN', '999', { obligationId: 900_004 });
      const one = await ok(SERIES, { ind: indGid('HOUSES_SUPPORTED'), scope: { organizationId: orgGid('yu-tra-vinh') }, from: '2019', to: '2020' }, 'travinh.viewer');
      expect(one.indicatorSeries.points.map((p: any) => [p.period, p.actual, p.provenance.source, p.provenance.reportId])).toEqual([
        ['2019', null, 'REPORTED', null],
        ['2020', '40', 'REPORTED', toGlobalId('Report', approved.id)],
      ]);
      const area = await ok(SERIES, { ind: indGid('HOUSES_SUPPORTED'), scope: { areaId: areaGid('84') }, from: '2020', to: '2020' }, 'travinh.viewer');
      expect(area.indicatorSeries.points[0]).toMatchObject({ actual: '52', provenance: { source: 'REPORTED', reportId: null } });
      expect(area.indicatorSeries.points[0].provenance.detail).toMatch(/SUM of 2 reporters' values \(1 approved or accepted, 1 submitted\)/);
    });
  });
});

describe.each(engines())('the catalogue without demo data on %s', (engine) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(engine);
  });
  afterAll(() => hub?.stop());

  it('is present on every hub', async () => {
    const r = await hub.gql<any>('{ indicators(first: 100) { totalCount } }');
    expect(r.data.indicators.totalCount).toBe(INDICATOR_CATALOGUE.length);
  });
});
