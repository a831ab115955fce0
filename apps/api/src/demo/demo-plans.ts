/**
 * The demo plans, reports, targets and events (libs/domain/src/fixtures/plans*.ts), loaded through
 * the API's own services as the system caller: each plan drafted, given its tasks, milestones and
 * reporting obligations, issued on its date (which opens the reports whose windows have opened by
 * today), its targets set; task progress recorded; the reports' stories played with back-dated
 * times; the events of seed 004 created and credited with the demo fund's donations (only when the
 * funds were loaded). Deterministic apart from "today", which decides which reports exist and which
 * steps have happened.
 */
import { In, type DataSource } from 'typeorm';
import { addDays, EVENT_LINKABLE_TRANSACTION_KINDS, todayLocal, type LocalDate } from '@lnob/domain';
import { REPORTS_SETTLED_BEFORE, type DemoPlanSet, type PlanFixture, type ReportStepFixture } from '@lnob/domain/fixtures';
import type { Services } from '../common/services';
import { FundEntity } from '../modules/funds/fund.entity';
import { notReversed } from '../modules/funds/ledger.queries';
import { IndicatorEntity } from '../modules/indicators/indicator.entity';
import type { OrganizationEntity } from '../modules/organizations/organization.entity';
import { ReportingObligationEntity } from '../modules/plans/plan.entity';
import { ReportEntity } from '../modules/reports/report.entity';

/** Reports of the plans in force are opened this many days ahead, so that the next ones exist (NOT_DUE). */
const OPEN_AHEAD_DAYS = 60;

/** The moment of a back-dated step: mid-morning in Vietnam on its day. */
const at = (on: LocalDate) => new Date(`${on}T10:00:00+07:00`);

export interface DemoPlansResult {
  plans: number;
  tasks: number;
  obligations: number;
  targets: number;
  reports: number;
  reportSteps: number;
  events: number;
  eventTransactions: number;
}

/** Every organization a plan fixture names (a plan is loaded only when the data set has them all). */
function namedOrganizations(p: PlanFixture): string[] {
  return [
    ...p.issuerKeys,
    ...p.recipients.flatMap((r) => (r.organizationKey ? [r.organizationKey] : [])),
    ...p.tasks.flatMap((t) => t.assignees.map((a) => a.organizationKey)),
    ...p.obligations.flatMap((o) => [o.recipientKey, ...(o.reporterKeys ?? [])]),
    ...p.targets.flatMap((t) => (t.organizationKey ? [t.organizationKey] : [])),
  ];
}

export async function loadDemoPlans(
  services: Services,
  ds: DataSource,
  data: DemoPlanSet,
  org: (key: string) => OrganizationEntity | undefined,
  areaIdOf: (code: string) => number | undefined,
  opts: { funds: boolean },
): Promise<DemoPlansResult> {
  const today = todayLocal();
  const out: DemoPlansResult = { plans: 0, tasks: 0, obligations: 0, targets: 0, reports: 0, reportSteps: 0, events: 0, eventTransactions: 0 };
  const must = (key: string) => {
    const o = org(key);
    if (!o) throw new Error(`demo plans: organization ${key} is not in the data set`);
    return o;
  };
  const indicators = new Map((await ds.getRepository(IndicatorEntity).find()).map((i) => [i.code, i.id]));
  const indicator = (code: string) => {
    const id = indicators.get(code);
    if (!id) throw new Error(`demo plans: indicator ${code} is not in the catalogue`);
    return id;
  };

  // Plans: draft, content, issue (a plan after the one it implements, as the fixtures are ordered).
  const planIds = new Map<string, number>();
  const obligationIds = new Map<string, number>();
  for (const p of data.plans) {
    if (!namedOrganizations(p).every((k) => org(k))) continue;
    const plan = await services.plans.draft({
      number: p.number,
      title: p.title,
      kind: p.kind,
      issuerIds: p.issuerKeys.map((k) => must(k).id),
      issuedOn: p.issuedOn,
      signer: p.signer,
      periodFrom: p.periodFrom,
      periodTo: p.periodTo,
      implementsId: p.implementsKey ? (planIds.get(p.implementsKey) ?? null) : null,
      notes: p.notes,
      sections: p.sections,
      recipients: p.recipients.map((r) => ({ organizationId: r.organizationKey ? must(r.organizationKey).id : null, name: r.name })),
    });
    planIds.set(p.key, plan.id);
    const assignments: { id: number; fixture: PlanFixture['tasks'][number]['assignees'][number] }[] = [];
    for (const t of p.tasks) {
      const r = await services.planParts.addTask({
        planId: plan.id,
        title: t.title,
        description: t.description ?? null,
        recurrence: t.recurrence,
        dueOn: t.dueOn ?? null,
        dueMonth: t.dueMonth ?? null,
        dueDay: t.dueDay ?? null,
        assignees: t.assignees.map((a) => ({ organizationId: must(a.organizationKey).id, role: a.role })),
      });
      r.assignments.forEach((row, k) => assignments.push({ id: row.id, fixture: t.assignees[k] }));
      out.tasks++;
    }
    for (const m of p.milestones) await services.planParts.addMilestone({ planId: plan.id, kind: m.kind, title: m.title, startsOn: m.startsOn, endsOn: m.endsOn ?? null });
    for (const o of p.obligations) {
      const row = await services.planParts.addObligation({
        planId: plan.id,
        title: o.title,
        recipientId: must(o.recipientKey).id,
        reporterRule: o.reporterRule,
        reporterKind: o.reporterKind ?? null,
        reporterLevel: o.reporterLevel ?? null,
        reporterIds: (o.reporterKeys ?? []).map((k) => must(k).id),
        frequency: o.frequency,
        dueDay: o.dueDay ?? null,
        dueMonth: o.dueMonth ?? null,
        dueMonthOffset: o.dueMonthOffset ?? null,
        dueOn: o.dueOn ?? null,
        period: o.period ?? null,
        firstYear: o.firstYear ?? null,
        lastYear: o.lastYear ?? null,
        indicatorIds: o.indicatorCodes.map(indicator),
      });
      obligationIds.set(`${p.key}/${o.key}`, row.id);
      out.obligations++;
    }
    await services.plans.issue(plan.id, p.issuedOn, today);
    for (const t of p.targets) {
      const areaId = t.areaCode ? areaIdOf(t.areaCode) : undefined;
      if (t.areaCode && areaId === undefined) continue;
      await services.indicators.setTarget({
        indicatorId: indicator(t.indicatorCode),
        planId: plan.id,
        organizationId: t.organizationKey ? must(t.organizationKey).id : null,
        areaId: areaId ?? null,
        kind: t.kind,
        fromPeriod: t.fromPeriod,
        toPeriod: t.toPeriod,
        value: t.value,
        note: t.note ?? null,
      });
      out.targets++;
    }
    if (p.periodTo >= Number(today.slice(0, 4))) await services.reportWorkflow.openPeriods(plan.id, addDays(today, OPEN_AHEAD_DAYS));
    // Progress the assignees recorded (on an issued plan only).
    for (const a of assignments) {
      if (!a.fixture.status || (a.fixture.doneOn && a.fixture.doneOn > today)) continue;
      await services.planParts.updateAssignment({ assignmentId: a.id, status: a.fixture.status, evidence: a.fixture.evidence ?? null, doneOn: a.fixture.doneOn ?? null }, today);
    }
    out.plans++;
  }

  // Reports: the listed stories, then the routine of past years for the others.
  const planRowIds = [...planIds.values()];
  const reports = planRowIds.length ? await ds.getRepository(ReportEntity).find({ where: { planId: In(planRowIds) }, order: { dueOn: 'ASC', id: 'ASC' } }) : [];
  const obligationsById = new Map((planRowIds.length ? await ds.getRepository(ReportingObligationEntity).findBy({ planId: In(planRowIds) }) : []).map((o) => [o.id, o]));
  const keyOf = (obligationId: number, reporterId: number, period: string) => `${obligationId}|${reporterId}|${period}`;
  const byKey = new Map(reports.map((r) => [keyOf(r.obligationId, r.reporterId, r.period), r]));
  out.reports = reports.length;
  const listed = new Set<string>();
  const play = async (report: ReportEntity, steps: ReportStepFixture[]) => {
    const values = (vs?: { code: string; value: string }[]) => vs?.map((x) => ({ indicatorId: indicator(x.code), value: x.value }));
    for (const s of steps) {
      if (s.on > today) break;
      const when = { at: at(s.on) };
      if (s.action === 'SAVE') await services.reportWorkflow.save({ reportId: report.id, narrative: s.narrative, values: values(s.values) });
      else if (s.action === 'SUBMIT') await services.reportWorkflow.submit({ reportId: report.id, narrative: s.narrative, values: values(s.values) }, when);
      else if (s.action === 'RETURN') await services.reportWorkflow.returnReport({ reportId: report.id, reason: s.reason }, when);
      else if (s.action === 'APPROVE') await services.reportWorkflow.approve({ reportId: report.id }, when);
      else await services.reportWorkflow.accept({ reportId: report.id }, when);
      out.reportSteps++;
    }
  };
  for (const r of data.reports) {
    const obligationId = obligationIds.get(`${r.planKey}/${r.obligationKey}`);
    const reporter = org(r.reporterKey);
    const report = obligationId && reporter ? byKey.get(keyOf(obligationId, reporter.id, r.period)) : undefined;
    if (!report) continue; // not open yet (or its organizations are not in the data set)
    listed.add(keyOf(report.obligationId, report.reporterId, report.period));
    await play(report, r.steps);
  }
  for (const report of reports) {
    if (report.dueOn >= REPORTS_SETTLED_BEFORE || listed.has(keyOf(report.obligationId, report.reporterId, report.period))) continue;
    const title = obligationsById.get(report.obligationId)?.title ?? 'Báo cáo';
    await play(report, [
      { action: 'SUBMIT', on: addDays(report.dueOn, -5), narrative: `${title}: kết quả kỳ ${report.period}.` },
      { action: 'APPROVE', on: addDays(report.dueOn, 10) },
    ]);
  }

  // Events, credited with the demo fund's donations when the funds are loaded.
  for (const e of data.events) {
    if (e.organizerKeys.some((k) => !org(k))) continue;
    const event = await services.events.create({
      planId: e.planKey ? (planIds.get(e.planKey) ?? null) : null,
      kind: e.kind,
      title: e.title,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      place: e.place,
      areaId: e.areaCode ? (areaIdOf(e.areaCode) ?? null) : null,
      organizerIds: e.organizerKeys.map((k) => must(k).id),
      participantsCount: e.participantsCount,
      participants: e.participants,
      beneficiariesCount: e.beneficiariesCount,
      beneficiaries: e.beneficiaries,
      notes: e.notes,
    });
    out.events++;
    const committee = e.donations && org(e.donations.fundCommitteeKey);
    if (!opts.funds || !e.donations || !committee) continue;
    const fund = await ds.getRepository(FundEntity).findOneBy({ organizationId: committee.id });
    if (!fund) continue;
    const dates = e.donations.on;
    const candidates = (await ds.query(
      `SELECT t.id AS id, t.note AS note, p.note AS pledgeNote FROM ledger_transaction t LEFT JOIN pledge p ON p.id = t.pledgeId
        WHERE t.fundId = ? AND t.kind IN (${EVENT_LINKABLE_TRANSACTION_KINDS.map(() => '?').join(', ')}) AND t.occurredOn IN (${dates.map(() => '?').join(', ')})
          AND ${notReversed('t')} ORDER BY t.id`,
      [fund.id, ...EVENT_LINKABLE_TRANSACTION_KINDS, ...dates],
    )) as { id: unknown; note: string | null; pledgeNote: string | null }[];
    const needle = e.donations.noteContains;
    for (const c of candidates) {
      if (needle !== null && !(c.note ?? '').includes(needle) && !(c.pledgeNote ?? '').includes(needle)) continue;
      await services.events.linkTransaction(event.id, Number(c.id));
      out.eventTransactions++;
    }
  }
  return out;
}
