/**
 * Plans, reports and emulation criteria on the national tree (a script that prints figures, not a test).
 *
 *   DATABASE_URL=sqlite:/tmp/lnob-plans-bench.sqlite npm run bench:plans [-- --runs 50 --warmup 5 --budget 60 --households 2]
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/lnob_plans_bench npm run bench:plans
 *
 * DATABASE_URL as for the API — give one of its own: absent, it is the hub's `data/lnob.sqlite`, which
 * would keep the generated plans. The database is migrated; when it holds nothing yet, the demo data
 * is loaded first (it brings the seeds' plans, among them Trà Vinh's plan with the emulation criteria
 * of seed 003), then the generated national tree hung under the demo's central organizations, with
 * `--households` percent (default 2) of the national households (`npm run seed -- --scale national
 * --households 0.02`).
 *
 * Then, when not there yet, the national cascade is generated through the API (GraphQL over HTTP,
 * as a SYSTEM_ADMIN): a central VFF plan for 2026–2030 implementing the demo's Plan 562 successor,
 * with three annual reporting obligations (provincial VFF committees by 10/12, the central member
 * organizations by 15/12, every VFF committee below the centre by 20/12 — the commune committees of
 * the whole country), an implementing plan of every province's VFF committee and of every province's
 * five member organizations (34 × 6), of the five central member organizations, and of every commune
 * VFF committee (under its province's VFF plan, whose own obligation makes the communes report to it).
 * Issuing the plans opens the 2026 reports (today is past 10/11/2026, when the first ones open); about
 * two thirds of the central plan's reports are submitted, a few returned and approved.
 *
 * Timed (sequential HTTP requests on localhost after warm-up): planCascade of the central plan (the
 * whole tree with compliance marks per node), reportingCompliance of the central plan for 2026 (every
 * reporter), missingImplementingPlans at commune level, and evaluateCriteria for each of the 34
 * provinces of today against Trà Vinh's criteria (province level: −0.5 point a year for three years or
 * −50 % of poor + near-poor households, on the statistics carried onto today's provinces).
 */
import { buildHubSchema, createHub, loadDemoData, toGlobalId } from '@lnob/api/testing';
import { withDatabase } from '../database';
import { seedDatabase } from '../seed/cli';
import { NEW_TREE_FROM } from '../seed/national';
import { arg, BENCH_SECRET, BenchClient, benchLogin, ensureBenchUsers, listenLocally, measure, runBench, timingTable, type TimedRow } from './common';

const CENTRAL_NUMBER = '01/KH-MTTW-BTT-BENCH';
const YEAR = 2026;
const n = (x: number) => x.toLocaleString('en-US');

type Row = { id: number | string };
type OrgRow = { id: number | string; name: string; kind: string; areaId: number | string | null };

async function main() {
  const runs = arg('runs', 50);
  const warmup = arg('warmup', 5);
  const householdPercent = arg('households', 2);
  const opts = { runs, warmup, budgetMs: 1000 * arg('budget', 60) };
  await withDatabase({ logLevel: process.env.LOG_LEVEL ?? 'silent', poolSize: 5 }, async ({ ds, log, where, engine }) => {
    const client = new BenchClient();
    const hub = await createHub({ config: { authSecret: BENCH_SECRET }, dataSource: ds, schema: await buildHubSchema(), log, onRequestScope: (s) => client.scopes.set(s.requestId, s) });
    const say = (line: string) => process.stderr.write(`${line}\n`);
    try {
      const t0 = performance.now();
      const demo = await loadDemoData(hub.services, ds, log);
      if (demo) say(`${engine} ${where}: demo data loaded (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      await seedDatabase(ds, { scale: 'national', seed: 1, households: householdPercent / 100 }, `${where} (${engine})`, say);
      await ensureBenchUsers(hub, ds, null);
      client.url = await listenLocally(hub);
      const admin = await benchLogin(client, 'bench.admin');
      const post = async <T>(query: string, variables: Record<string, unknown> = {}) => (await client.post<T>(query, variables, admin)).data;
      const gid: Gid = (type, id) => toGlobalId(type, Number(id));

      const newProvinces: { id: number | string; name: string }[] = await ds.query(
        "SELECT id, name FROM area WHERE code LIKE 'N-P%' AND parentId IS NULL AND validFrom = ? ORDER BY id",
        [NEW_TREE_FROM],
      );
      if (newProvinces.length !== 34) throw new Error(`expected the 34 provinces of the national tree, found ${newProvinces.length}`);

      // --- the generated cascade ----------------------------------------------------------------
      let [central] = (await ds.query('SELECT id FROM plan WHERE number = ?', [CENTRAL_NUMBER])) as Row[];
      if (!central) {
        const g0 = performance.now();
        central = await generateCascade(ds, post, gid, say);
        say(`  cascade generated in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
      }
      const centralId = gid('Plan', central.id);
      const count = async (sql: string, params: unknown[] = []) => Number(((await ds.query(sql, params)) as { n: number | string }[])[0].n);
      const plans = await count('SELECT COUNT(*) AS n FROM plan');
      const reports = await count('SELECT COUNT(*) AS n FROM report');
      const centralReports = await count('SELECT COUNT(*) AS n FROM report WHERE planId = ?', [Number(central.id)]);

      // --- timings ------------------------------------------------------------------------------
      const out: TimedRow[] = [];
      say('  planCascade');
      type Cascade = { planCascade: CascadeNode };
      type CascadeNode = { children: CascadeNode[] };
      const size = (c: CascadeNode): number => 1 + c.children.reduce((a, x) => a + size(x), 0);
      out.push(
        await measure(
          'planCascade(central plan) with compliance per node',
          () => client.post<Cascade>(CASCADE, { planId: centralId, asOf: `${YEAR}-12-31` }, admin),
          (d) => `${n(size(d.planCascade))} plans`,
          opts,
        ),
      );
      say('  reportingCompliance');
      type Compliance = { reportingCompliance: { expected: number; submitted: number; late: number; overdue: number; rows: unknown[] } };
      out.push(
        await measure(
          `reportingCompliance(central plan, ${YEAR})`,
          () => client.post<Compliance>(COMPLIANCE, { planId: centralId, period: String(YEAR), asOf: `${YEAR}-12-31` }, admin),
          (d) => `${n(d.reportingCompliance.expected)} expected, ${n(d.reportingCompliance.submitted)} submitted, ${n(d.reportingCompliance.overdue)} overdue`,
          opts,
        ),
      );
      say('  missingImplementingPlans');
      type Missing = { missingImplementingPlans: unknown[] };
      for (const level of ['PROVINCE', 'COMMUNE']) {
        out.push(
          await measure(
            `missingImplementingPlans(central plan, ${level})`,
            () => client.post<Missing>('query($p: ID!, $l: OrganizationLevel!) { missingImplementingPlans(planId: $p, level: $l) { organization { id name } } }', { p: centralId, l: level }, admin),
            (d) => `${n(d.missingImplementingPlans.length)} organizations`,
            opts,
          ),
        );
      }
      say('  evaluateCriteria');
      // The plan's first issuer (its orgPath) a People's Committee: seed 003's plan of Trà Vinh.
      const [traVinh] = (await ds.query("SELECT p.id FROM plan p WHERE p.periodTo = 2025 AND p.status = 'ISSUED' AND p.orgPath IN (SELECT path FROM organization WHERE kind = 'PEOPLES_COMMITTEE') ORDER BY p.id")) as Row[];
      if (!traVinh) throw new Error('the demo data has no issued plan of a provincial People\'s Committee (seed 003)');
      type Evaluation = { evaluateCriteria: { result: string } };
      const results = new Map<string, number>();
      const all34 = await measure(
        'evaluateCriteria(seed 003 plan, each of the 34 provinces of today), one request per province',
        async () => {
          let statements = 0;
          let authStatements = 0;
          results.clear();
          for (const p of newProvinces) {
            const r = await client.post<Evaluation>(EVALUATE, { planId: gid('Plan', traVinh.id), subjectId: gid('Area', p.id), asOf: '2025-12-31' }, admin);
            statements += r.statements;
            authStatements += r.authStatements;
            results.set(r.data.evaluateCriteria.result, (results.get(r.data.evaluateCriteria.result) ?? 0) + 1);
          }
          return { data: null, statements, authStatements };
        },
        () => [...results].map(([k, v]) => `${v} ${k}`).join(', '),
        { ...opts, runs: Math.max(3, Math.round(runs / 5)) },
      );
      out.push(all34);
      // The same 34 evaluations as one request (one aliased field per province): the service batches the statistics reads.
      const aliased = `query($planId: ID!) { ${newProvinces
        .map((p, k) => `p${k}: evaluateCriteria(planId: $planId, subjectId: "${gid('Area', p.id)}", asOf: "2025-12-31") { result criteria { code result evidence { year value } } }`)
        .join(' ')} }`;
      out.push(
        await measure(
          'evaluateCriteria × 34 provinces in one request (aliased fields)',
          () => client.post<Record<string, { result: string }>>(aliased, { planId: gid('Plan', traVinh.id) }, admin),
          (d) => `${Object.values(d).filter((e) => e.result === 'MET').length} MET of ${Object.keys(d).length}`,
          opts,
        ),
      );
      const one = await measure(
        `evaluateCriteria(seed 003 plan, ${newProvinces[0].name})`,
        () => client.post<Evaluation>(EVALUATE, { planId: gid('Plan', traVinh.id), subjectId: gid('Area', newProvinces[0].id), asOf: '2025-12-31' }, admin),
        (d) => d.evaluateCriteria.result,
        opts,
      );
      out.push(one);

      console.log(`\nPlans on ${engine} (${where}): ${n(plans)} plans, ${n(reports)} reports (${n(centralReports)} of the central plan).`);
      console.log(`Up to ${runs} runs after up to ${warmup} warm-up, sequential, client-side round trip over HTTP on localhost; "SQL/req": statements per request (+ authentication).`);
      console.log('');
      console.log(timingTable(out));
    } finally {
      await hub.stop();
    }
  });
}

const CASCADE = `query($planId: ID!, $asOf: LocalDate) {
  planCascade(planId: $planId, asOf: $asOf) { ...Node children { ...Node children { ...Node children { ...Node } } } }
}
fragment Node on PlanCascadeNode { depth plan { id number title status issuers { id name } } compliance { period expected submitted late overdue approved } }`;

const COMPLIANCE = `query($planId: ID!, $period: Period, $asOf: LocalDate) {
  reportingCompliance(planId: $planId, period: $period, asOf: $asOf) {
    period expected submitted onTime late overdue notDue approved accepted
    rows { organization { id name } status dueOn submittedOn daysLate report { id } }
  }
}`;

const EVALUATE = `query($planId: ID!, $subjectId: ID!, $asOf: LocalDate) {
  evaluateCriteria(planId: $planId, subjectId: $subjectId, asOf: $asOf) {
    result criteria { code result explanation evidence { year label value numerator denominator } }
  }
}`;

type Post = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
type Gid = (type: Parameters<typeof toGlobalId>[0], id: number | string) => string;

/** Drafts and issues the central plan and the implementing plans; submits part of the reports. */
async function generateCascade(ds: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, post: Post, gid: Gid, say: (line: string) => void): Promise<Row> {
  const q = async <T>(sql: string, params: unknown[] = []) => (await ds.query(sql, params)) as T[];
  const [vffCentral] = await q<OrgRow>("SELECT id, name, kind, areaId FROM organization WHERE kind = 'VFF_COMMITTEE' AND level = 'CENTRAL' AND validTo IS NULL ORDER BY id LIMIT 1");
  const centralMembers = await q<OrgRow>(
    "SELECT id, name, kind, areaId FROM organization WHERE level = 'CENTRAL' AND parentId IS NULL AND validTo IS NULL AND kind IN ('YOUTH_UNION','VETERANS_ASSOCIATION','LABOUR_FEDERATION','WOMENS_UNION','FARMERS_UNION') ORDER BY id",
  );
  const provincial = await q<OrgRow>(
    "SELECT o.id, o.name, o.kind, o.areaId FROM organization o JOIN area a ON a.id = o.areaId WHERE o.level = 'PROVINCE' AND a.code LIKE 'N-P%' AND o.validTo IS NULL AND o.kind IN ('VFF_COMMITTEE','YOUTH_UNION','VETERANS_ASSOCIATION','LABOUR_FEDERATION','WOMENS_UNION','FARMERS_UNION') ORDER BY o.id",
  );
  const communeVffs = await q<OrgRow & { provinceAreaId: number | string }>(
    "SELECT o.id, o.name, o.kind, o.areaId, a.parentId AS provinceAreaId FROM organization o JOIN area a ON a.id = o.areaId WHERE o.level = 'COMMUNE' AND a.code LIKE 'N-P%' AND o.validTo IS NULL AND o.kind = 'VFF_COMMITTEE' ORDER BY o.id",
  );
  say(`  generating: 1 central plan, ${centralMembers.length} central member organizations, ${provincial.length} provincial organizations, ${communeVffs.length} commune VFF committees`);

  const draftAndIssue = async (issuerId: number | string, number: string, title: string, implementsId: string | null, obligations: (planId: string) => Promise<void>) => {
    const d = await post<{ draftPlan: { plan: { id: string } } }>(
      `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { plan { id } } }`,
      { input: { number, title, kind: 'PLAN', issuerIds: [gid('Organization', issuerId)], periodFrom: YEAR, periodTo: 2030, implementsId, sections: [{ kind: 'PURPOSE', title: 'Mục đích', body: 'Triển khai phong trào thi đua "Vì người nghèo – Không để ai bị bỏ lại phía sau" giai đoạn 2026–2030.' }] } },
    );
    const planId = d.draftPlan.plan.id;
    await obligations(planId);
    await post(`mutation($input: IssuePlanInput!) { issuePlan(input: $input) { plan { id } } }`, { input: { planId, issuedOn: `${YEAR}-01-15` } });
    return planId;
  };
  const obligation = (planId: string, title: string, recipientId: number | string, rule: Record<string, unknown>, dueDay: number) =>
    post(`mutation($input: AddReportingObligationInput!) { addReportingObligation(input: $input) { obligation { id } } }`, {
      input: { planId, title, recipientId: gid('Organization', recipientId), frequency: 'ANNUAL', dueDay, dueMonth: 12, ...rule },
    });

  const centralPlan = await draftAndIssue(vffCentral.id, CENTRAL_NUMBER, 'Kế hoạch triển khai phong trào thi đua giai đoạn 2026–2030 (bench)', null, async (planId) => {
    await obligation(planId, 'Báo cáo năm của Ủy ban MTTQ cấp tỉnh', vffCentral.id, { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VFF_COMMITTEE', reporterLevel: 'PROVINCE' }, 10);
    await obligation(planId, 'Báo cáo năm của các tổ chức thành viên', vffCentral.id, { reporterRule: 'MEMBER_ORGANIZATIONS' }, 15);
    await obligation(planId, 'Báo cáo Quỹ "Vì người nghèo" của Ủy ban MTTQ các cấp', vffCentral.id, { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VFF_COMMITTEE' }, 20);
  });
  let done = 0;
  const progress = () => {
    done++;
    if (done % 250 === 0) say(`  … ${n(done)} plans`);
  };
  for (const m of centralMembers) {
    await draftAndIssue(m.id, `${m.id}/KH-TW-BENCH`, `Kế hoạch của ${m.name}`, centralPlan, async () => undefined);
    progress();
  }
  const provinceVffPlan = new Map<string, string>();
  for (const o of provincial) {
    const planId = await draftAndIssue(o.id, `${o.id}/KH-T-BENCH`, `Kế hoạch của ${o.name}`, centralPlan, async (id) => {
      if (o.kind === 'VFF_COMMITTEE') await obligation(id, 'Báo cáo năm của Ủy ban MTTQ cấp xã', o.id, { reporterRule: 'SUBORDINATE_UNITS', reporterKind: 'VFF_COMMITTEE', reporterLevel: 'COMMUNE' }, 5);
    });
    if (o.kind === 'VFF_COMMITTEE') provinceVffPlan.set(String(o.areaId), planId);
    progress();
  }
  for (const c of communeVffs) {
    const parent = provinceVffPlan.get(String(c.provinceAreaId));
    if (!parent) continue;
    await draftAndIssue(c.id, `${c.id}/KH-X-BENCH`, `Kế hoạch của ${c.name}`, parent, async () => undefined);
    progress();
  }
  // Submit about two thirds of the central plan's reports; return a few, approve a few.
  const [central] = await q<Row>('SELECT id FROM plan WHERE number = ?', [CENTRAL_NUMBER]);
  const reports = await q<Row>('SELECT id FROM report WHERE planId = ? ORDER BY id', [Number(central.id)]);
  let submitted = 0;
  for (const [i, r] of reports.entries()) {
    if (i % 3 === 2) continue;
    const reportId = gid('Report', r.id);
    await post(`mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { id } } }`, { input: { reportId, narrative: 'Đã triển khai đầy đủ các nội dung của kế hoạch.' } });
    submitted++;
    if (i % 30 === 0) await post(`mutation($input: ReturnReportInput!) { returnReport(input: $input) { report { id } } }`, { input: { reportId, reason: 'Bổ sung số liệu hộ nghèo.' } });
    else if (i % 10 === 0) await post(`mutation($input: ApproveReportInput!) { approveReport(input: $input) { report { id } } }`, { input: { reportId } });
  }
  say(`  ${n(reports.length)} reports of the central plan, ${n(submitted)} submitted`);
  return central;
}

runBench(main);
