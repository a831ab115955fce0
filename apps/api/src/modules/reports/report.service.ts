import type { DataSource, EntityManager } from 'typeorm';
import {
  addGroupToTally,
  complianceOf,
  emptyTally,
  latestDuePeriod,
  notFound,
  todayLocal,
  type ComplianceTally,
  type LocalDate,
  type ReportStatus,
} from '@lnob/domain';
import { groupBy } from '../../common/hierarchy';
import type { Cursor } from '../../common/relay/cursor';
import { isUniqueViolation } from '../../db/dialect';
import { insertMany } from '../../db/insert-many';
import { localDateOf, num } from '../../db/raw';
import type { Caller } from '../auth/caller';
import { andWhereClause, type SqlClause } from '../auth/scope';
import { PlanAccess } from '../plans/plan.access';
import type { PlanEntity } from '../plans/plan.entity';
import { ReportAccess } from './report.access';
import { ReportEntity, reportDates, ReportValueEntity } from './report.entity';
import type { ReportBox } from './report.enums';
import { indicatorsOf, mergeValues } from './report-values';

export interface ReportFilter {
  box?: ReportBox | null;
  planId?: number | null;
  period?: string | null;
  status?: ReportStatus[] | null;
  reporterId?: number | null;
  recipientId?: number | null;
  asOf?: LocalDate | null;
}

export interface ComplianceRowData {
  report: ReportEntity;
  status: ReportStatus;
  daysLate: number;
}

export interface ReportingCompliance extends ComplianceTally {
  plan: PlanEntity;
  period: string | null;
  asOf: LocalDate;
  rows: ComplianceRowData[];
}

export interface CascadeCompliance extends ComplianceTally {
  period: string;
}

/** SQL of one status on `asOf` (report columns of alias `r`, named parameter `:asOf`). */
const STATUS_SQL: Record<ReportStatus, string> = {
  NOT_DUE: "(r.state = 'OPEN' AND r.opensOn > :asOf)",
  DUE: "(r.state = 'OPEN' AND r.opensOn <= :asOf AND r.dueOn >= :asOf)",
  OVERDUE: "(r.state = 'OPEN' AND r.dueOn < :asOf)",
  SUBMITTED: "(r.state = 'SUBMITTED' AND r.submittedOn <= r.dueOn)",
  SUBMITTED_LATE: "(r.state = 'SUBMITTED' AND (r.submittedOn IS NULL OR r.submittedOn > r.dueOn))",
  RETURNED: "(r.state = 'RETURNED')",
  APPROVED: "(r.state = 'APPROVED')",
  ACCEPTED: "(r.state = 'ACCEPTED')",
};

/** A clause with positional parameters as raw SQL text and values (for `ds.query`). */
function rawClause(c: SqlClause | null): { sql: string; params: unknown[] } {
  return c ? { sql: ` AND ${c.sql}`, params: c.params } : { sql: '', params: [] };
}

/**
 * Reports (docs/plans.md "reports"), the reading side: the lists of the caller's boxes, one report
 * (with its values pre-filled the first time it is read while with its reporter), and compliance of
 * a plan's period and of a cascade. Scope follows ReportAccess; lists filter in SQL. The workflow
 * (save, submit, return, approve, accept) and opening periods: ReportWorkflowService.
 */
export class ReportService {
  private readonly access: ReportAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new ReportAccess(caller);
  }

  /** A report the caller may read; NOT_FOUND otherwise. */
  async get(id: number, m: EntityManager = this.ds.manager): Promise<ReportEntity> {
    this.caller.require('organization.read');
    const r = await m.getRepository(ReportEntity).findOneBy({ id });
    if (!r || !this.access.visible(r)) throw notFound('Report');
    return r;
  }

  /**
   * Reports of a box, by due date then id (keyset on both), filtered in SQL: INBOX needs
   * data.review, OUTBOX data.capture, ALL organization.read. A status filter is turned into SQL
   * on the dates and `asOf` (default today).
   */
  async list(f: ReportFilter, limit: number, after: Cursor | null) {
    const box = f.box ?? 'ALL';
    const asOf = f.asOf ?? todayLocal();
    const clause =
      box === 'INBOX'
        ? this.access.inboxSql('r', this.caller.require('data.review'))
        : box === 'OUTBOX'
          ? this.access.outboxSql('r', this.caller.require('data.capture'))
          : this.access.visibleSql('r', this.caller.require('organization.read'));
    const build = () => {
      const qb = this.ds.getRepository(ReportEntity).createQueryBuilder('r');
      andWhereClause(qb, clause);
      if (f.planId != null) qb.andWhere('r.planId = :planId', { planId: f.planId });
      if (f.period) qb.andWhere('r.period = :period', { period: f.period });
      if (f.reporterId != null) qb.andWhere('r.reporterId = :reporterId', { reporterId: f.reporterId });
      if (f.recipientId != null) qb.andWhere('r.recipientId = :recipientId', { recipientId: f.recipientId });
      if (f.status) {
        if (f.status.length === 0) qb.andWhere('1 = 0');
        else qb.andWhere(`(${[...new Set(f.status)].map((s) => STATUS_SQL[s]).join(' OR ')})`, { asOf });
      }
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('(r.dueOn > :ak OR (r.dueOn = :ak AND r.id > :aid))', { ak: String(after.key), aid: after.id });
    const rows = await qb.orderBy('r.dueOn', 'ASC').addOrderBy('r.id', 'ASC').take(limit).getMany();
    return { rows, asOf, count: () => build().getCount() };
  }

  /**
   * Who has reported on a plan's period (default: the latest period that has come due on `asOf`,
   * see latestDuePeriod): the tallies and one row per expected report the caller may read.
   */
  async compliance(planId: number, period: string | null | undefined, asOf: LocalDate): Promise<ReportingCompliance> {
    const { plan } = await new PlanAccess(this.caller).readable(this.ds.manager, planId);
    const vis = this.access.visibleSql('r');
    let chosen = period ?? null;
    if (!chosen) {
      const q = rawClause(vis);
      const periods = (await this.ds.query(`SELECT r.period AS period, MIN(r.dueOn) AS dueOn FROM report r WHERE r.planId = ?${q.sql} GROUP BY r.period`, [plan.id, ...q.params])) as {
        period: string;
        dueOn: string | Date;
      }[];
      chosen = latestDuePeriod(
        periods.map((p) => ({ period: p.period, dueOn: localDateOf(p.dueOn) })),
        asOf,
      );
    }
    const rows = chosen
      ? await andWhereClause(this.ds.getRepository(ReportEntity).createQueryBuilder('r').where('r.planId = :planId AND r.period = :period', { planId: plan.id, period: chosen }), vis)
          .orderBy('r.reporterPath', 'ASC')
          .addOrderBy('r.id', 'ASC')
          .getMany()
      : [];
    const c = complianceOf(
      rows.map((r) => ({ ...reportDates(r), report: r })),
      asOf,
    );
    const { rows: out, ...tally } = c;
    return { plan, period: chosen, asOf, ...tally, rows: out.map((x) => ({ report: x.row.report, status: x.status, daysLate: x.daysLate })) };
  }

  /**
   * The tallies of many plans for their latest due periods on `asOf` (the cascade's compliance), in
   * one grouped statement over the reports the caller may read.
   */
  async cascadeCompliance(planIds: readonly number[], asOf: LocalDate): Promise<Map<number, CascadeCompliance>> {
    const out = new Map<number, CascadeCompliance>();
    if (planIds.length === 0 || this.caller.scope('organization.read').isEmpty) return out;
    const q = rawClause(this.access.visibleSql('r'));
    const groups = (await this.ds.query(
      `SELECT r.planId AS planId, r.period AS period, r.state AS state, MIN(r.dueOn) AS firstDue, COUNT(*) AS n,
              SUM(CASE WHEN r.submittedOn IS NOT NULL AND r.submittedOn <= r.dueOn THEN 1 ELSE 0 END) AS onTime,
              SUM(CASE WHEN r.dueOn < ? THEN 1 ELSE 0 END) AS pastDue
         FROM report r WHERE r.planId IN (${planIds.map(() => '?').join(', ')})${q.sql}
        GROUP BY r.planId, r.period, r.state`,
      [asOf, ...planIds, ...q.params],
    )) as { planId: unknown; period: string; state: string; firstDue: string | Date; n: unknown; onTime: unknown; pastDue: unknown }[];
    for (const [planId, gs] of groupBy(groups, (g) => num(g.planId))) {
      const period = latestDuePeriod(
        gs.map((g) => ({ period: g.period, dueOn: localDateOf(g.firstDue) })),
        asOf,
      );
      if (!period) continue;
      const t = emptyTally();
      for (const g of gs.filter((x) => x.period === period)) addGroupToTally(t, { state: g.state as never, count: num(g.n), onTime: num(g.onTime), pastDue: num(g.pastDue) });
      out.set(planId, { period, ...t });
    }
    return out;
  }

  /**
   * The values of a report the first time it is read while with its reporter: the REGISTRY and
   * LEDGER indicators pre-filled from the hub's figures for the reporter's area and period, the
   * REPORTED ones empty. Nothing happens once values exist (or after submission).
   */
  async prefill(report: ReportEntity): Promise<void> {
    if (report.state !== 'OPEN' && report.state !== 'RETURNED') return;
    if (await this.ds.getRepository(ReportValueEntity).existsBy({ reportId: report.id })) return;
    try {
      await this.ds.transaction(async (m) => {
        const indicators = await indicatorsOf(m, report.obligationId);
        if (indicators.length === 0) return;
        const merged = await mergeValues(m, report, indicators, [], []);
        await insertMany(m, ReportValueEntity, merged);
      });
    } catch (e) {
      // Two first reads at once: the other one wrote them.
      if (!isUniqueViolation(e)) throw e;
    }
  }
}
