import { In, type EntityManager } from 'typeorm';
import { LOADER_BATCH_MAX, obligationCalendar, type LocalDate, type ReportCalendar, type ReportingFrequency } from '@lnob/domain';
import { groupBy } from '../../common/hierarchy';
import { insertMany } from '../../db/insert-many';
import { AreaEntity } from '../areas/area.entity';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { PlanEntity, ReportingObligationEntity } from '../plans/plan.entity';
import { resolveReportersMany } from '../plans/reporters';
import { ReportEntity } from './report.entity';

/** The calendar of an obligation row: every period with its opening and due dates. */
function calendarOf(o: ReportingObligationEntity): ReportCalendar[] {
  return obligationCalendar({
    frequency: o.frequency as ReportingFrequency,
    dueDay: o.dueDay,
    dueMonth: o.dueMonth,
    dueMonthOffset: o.dueMonthOffset,
    dueOn: o.dueOn,
    period: o.period,
    firstYear: o.firstYear,
    lastYear: o.lastYear,
  });
}

/**
 * Makes the report instances of an ISSUED plan that have opened by `asOf`: for each obligation,
 * each period whose report opens on or before `asOf`, each reporter its rule selects on that
 * period's due date (`resolveReportersMany`), one OPEN report unless it exists already. Idempotent
 * (unique obligation × reporter × period). Runs in the caller's transaction (`issuePlan`,
 * `openReportingPeriods`, the hourly clock); inserts in batches. Returns how many it made.
 *
 * Statements: 3 (plan, obligations, existing instances) + at most 3 for the reporters of every
 * obligation on every due date + ⌈new areas / 500⌉ + ⌈new reports / 1000⌉ — never one per period.
 */
export async function openReportInstances(m: EntityManager, planId: number, asOf: LocalDate): Promise<number> {
  const plan = await m.getRepository(PlanEntity).findOne({ select: { id: true, status: true }, where: { id: planId } });
  if (!plan || plan.status !== 'ISSUED') return 0;
  const obligations = await m.getRepository(ReportingObligationEntity).find({ where: { planId }, order: { id: 'ASC' } });
  // The opened periods of every obligation, by due date; the reporters of every obligation on every due date are resolved together.
  const opened = obligations.flatMap((obligation) => calendarOf(obligation).flatMap((calendar) => (calendar.opensOn <= asOf ? [{ obligation, calendar }] : [])));
  const byDue = groupBy(opened, (x) => x.calendar.dueOn);
  if (byDue.size === 0) return 0;
  const reportersOn = await resolveReportersMany(m, [...new Map(opened.map((x) => [x.obligation.id, x.obligation])).values()], [...byDue.keys()]);
  const existing = new Set(
    (
      (await m
        .getRepository(ReportEntity)
        .createQueryBuilder('r')
        .select(['r.obligationId', 'r.reporterId', 'r.period'])
        .where('r.planId = :planId', { planId })
        .getMany()) as Pick<ReportEntity, 'obligationId' | 'reporterId' | 'period'>[]
    ).map((r) => `${r.obligationId}|${r.reporterId}|${r.period}`),
  );
  const now = new Date();
  const fresh: ReportEntity[] = [];
  const reporters: OrganizationEntity[] = [];
  for (const [dueOn, due] of [...byDue].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const { obligation: o, calendar: c } of due) {
      for (const org of reportersOn(o.id, dueOn)) {
        const key = `${o.id}|${org.id}|${c.period}`;
        if (existing.has(key)) continue;
        existing.add(key);
        reporters.push(org);
        fresh.push(
          m.getRepository(ReportEntity).create({
            obligationId: o.id,
            planId,
            reporterId: org.id,
            reporterPath: org.path,
            reporterAreaPath: null,
            recipientId: o.recipientId,
            recipientPath: o.recipientPath,
            period: c.period,
            periodStart: c.periodStart,
            periodEnd: c.periodEnd,
            opensOn: c.opensOn,
            dueOn: c.dueOn,
            state: 'OPEN',
            narrative: null,
            submittedOn: null,
            submittedAt: null,
            submittedBy: null,
            returnReason: null,
            returnedAt: null,
            approvedAt: null,
            approvedBy: null,
            acceptedAt: null,
            acceptedBy: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
      }
    }
  }
  if (fresh.length === 0) return 0;
  // The reporters' area paths (filed with each report for the area part of the read scope).
  const areaIds = [...new Set(reporters.map((r) => r.areaId).filter((id): id is number => id !== null))];
  const areaPath = new Map<number, string>();
  for (let i = 0; i < areaIds.length; i += LOADER_BATCH_MAX) {
    const rows = await m.getRepository(AreaEntity).find({ select: { id: true, path: true }, where: { id: In(areaIds.slice(i, i + LOADER_BATCH_MAX)) } });
    for (const a of rows) areaPath.set(a.id, a.path);
  }
  fresh.forEach((r, i) => {
    const areaId = reporters[i].areaId;
    r.reporterAreaPath = areaId === null ? null : (areaPath.get(areaId) ?? null);
  });
  await insertMany(m, ReportEntity, fresh);
  return fresh.length;
}
