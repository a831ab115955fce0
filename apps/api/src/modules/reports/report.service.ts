import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  addGroupToTally,
  assertReportTransition,
  compareDecimals,
  complianceOf,
  conflict,
  emptyTally,
  enteredValue,
  latestDuePeriod,
  narrativeProblems,
  notFound,
  Problems,
  reportValueProblems,
  returnReasonProblems,
  todayLocal,
  type Action,
  type ComplianceTally,
  type IndicatorFigure,
  type LocalDate,
  type ReportAction,
  type ReportStatus,
  type ReportValueInput,
} from '@lnob/domain';
import type { Cursor } from '../../common/relay/cursor';
import { isUniqueViolation } from '../../db/dialect';
import { insertMany } from '../../db/insert-many';
import { localDateOf, num } from '../../db/raw';
import { auditable, recordAudit } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import { andWhereClause, type SqlClause } from '../auth/scope';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { computeActuals } from '../indicators/actuals';
import { PlanAccess } from '../plans/plan.access';
import { PlanEntity, ReportingObligationEntity } from '../plans/plan.entity';
import { ReportAccess } from './report.access';
import { ReportEntity, ReportValueEntity } from './report.entity';
import { openReportInstances } from './report-generation';
import type { ReportBox } from './report.enums';

export interface ReportFilter {
  box?: ReportBox | null;
  planId?: number | null;
  period?: string | null;
  status?: ReportStatus[] | null;
  reporterId?: number | null;
  recipientId?: number | null;
  asOf?: LocalDate | null;
}

export interface SaveReportCommand {
  reportId: number;
  /** Undefined keeps the narrative; null or '' clears it. */
  narrative?: string | null;
  /** Only the indicators listed change; the others keep their values. */
  values?: ReportValueInput[] | null;
  /** The version the caller read: CONFLICT / VERSION_CONFLICT when the report changed since. */
  version?: number | null;
}

/** Options only the server itself may use (the demo loader back-dates submissions). */
export interface SystemOptions {
  /** When the action happened (default: now); its day in Vietnam is `submittedOn`. */
  at?: Date;
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

/** The permission each action needs. */
const ACTION_PERMISSION: Record<ReportAction, Action> = { SAVE: 'data.capture', SUBMIT: 'data.capture', RETURN: 'data.review', APPROVE: 'data.review', ACCEPT: 'data.review' };

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
 * Reports (docs/plans.md "reports"): the lists of the caller's boxes, one report, compliance of a
 * plan's period, the workflow (save, submit, return, approve, accept) and opening periods. Scope
 * follows ReportAccess; lists filter in SQL; every change is one transaction with its audit entry,
 * guarded by the report's `version`.
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
      rows.map((r) => ({ ...dates(r), report: r })),
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
    const byPlan = new Map<number, typeof groups>();
    for (const g of groups) byPlan.set(num(g.planId), [...(byPlan.get(num(g.planId)) ?? []), g]);
    for (const [planId, gs] of byPlan) {
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

  /** Opens the periods of an issued plan that have opened by `asOf` (data.capture over its first issuer). */
  async openPeriods(planId: number, asOf: LocalDate): Promise<{ planId: number; created: number }> {
    return this.ds.transaction(async (m) => {
      const { plan } = await new PlanAccess(this.caller).writable(m, planId);
      if (plan.status !== 'ISSUED') throw conflict('PLAN_NOT_ISSUED', 'Only an issued plan has reporting periods to open.');
      const created = await this.guardUnique(() => openReportInstances(m, plan.id, asOf));
      await recordAudit(m, this.caller, { entityType: 'Plan', entityRowId: plan.id, action: 'openReportingPeriods', before: null, after: { asOf, created }, orgPath: plan.orgPath });
      return { planId: plan.id, created };
    });
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

  /** Saves a draft: narrative and values, while the report is OPEN or RETURNED (reporter, data.capture). */
  save(c: SaveReportCommand): Promise<ReportEntity> {
    return this.writeReport(c, 'SAVE');
  }

  /** Submits (with the last changes): `submittedOn` is today in Vietnam — or, for the server itself only, the day of `opts.at`. */
  submit(c: SaveReportCommand, opts: SystemOptions = {}): Promise<ReportEntity> {
    return this.writeReport(c, 'SUBMIT', opts);
  }

  /** Returns a submitted or approved report to its reporter, saying why (recipient, data.review). */
  returnReport(c: { reportId: number; reason: string; version?: number | null }, opts: SystemOptions = {}): Promise<ReportEntity> {
    return this.transition(c.reportId, 'RETURN', c.version, async () => {
      new Problems().addAll(returnReasonProblems(c.reason)).throwIfAny();
      return { returnReason: c.reason.trim(), returnedAt: this.at(opts), approvedAt: null, approvedBy: null };
    });
  }

  /** Approves a submitted report (recipient, data.review). */
  approve(c: { reportId: number; version?: number | null }, opts: SystemOptions = {}): Promise<ReportEntity> {
    return this.transition(c.reportId, 'APPROVE', c.version, async () => ({ approvedAt: this.at(opts), approvedBy: this.caller.actorName }));
  }

  /** Accepts an approved report (the level above the recipient, data.review over its parent). */
  accept(c: { reportId: number; version?: number | null }, opts: SystemOptions = {}): Promise<ReportEntity> {
    return this.transition(c.reportId, 'ACCEPT', c.version, async () => ({ acceptedAt: this.at(opts), acceptedBy: this.caller.actorName }));
  }

  private at(opts: SystemOptions): Date {
    return opts.at && this.caller.kind === 'system' ? opts.at : new Date();
  }

  private writeReport(c: SaveReportCommand, action: 'SAVE' | 'SUBMIT', opts: SystemOptions = {}): Promise<ReportEntity> {
    return this.transition(c.reportId, action, c.version, async (r, m) => {
      const indicators = await indicatorsOf(m, r.obligationId);
      const byId = new Map(indicators.map((i) => [i.id, i]));
      const values = c.values ?? [];
      new Problems().addAll(reportValueProblems(values, byId)).addAll(narrativeProblems(c.narrative)).throwIfAny();
      const existing = await m.getRepository(ReportValueEntity).find({ where: { reportId: r.id }, order: { id: 'ASC' } });
      const merged = await mergeValues(m, r, indicators, existing, values);
      if (existing.length) await m.getRepository(ReportValueEntity).delete({ reportId: r.id });
      await insertMany(m, ReportValueEntity, merged);
      const changes: Partial<ReportEntity> = {};
      if (c.narrative !== undefined) changes.narrative = c.narrative === null || c.narrative.trim() === '' ? null : c.narrative;
      if (action === 'SUBMIT') {
        const at = this.at(opts);
        Object.assign(changes, { submittedAt: at, submittedOn: todayLocal(at), submittedBy: this.caller.actorName });
      }
      return { changes, values: merged };
    });
  }

  /**
   * One workflow step in one transaction: the report (NOT_FOUND unless readable; FORBIDDEN unless
   * the caller holds the action over the right party), the version check, the state rule, the
   * step's own checks and changes (`apply`), a conditional UPDATE on the version read (a
   * concurrent step makes it CONFLICT / VERSION_CONFLICT), and the audit entry.
   */
  private async transition(
    reportId: number,
    action: ReportAction,
    version: number | null | undefined,
    apply: (r: ReportEntity, m: EntityManager) => Promise<Partial<ReportEntity> | { changes: Partial<ReportEntity>; values: ReportValueEntity[] }>,
  ): Promise<ReportEntity> {
    return this.ds.transaction(async (m) => {
      const before = await m.getRepository(ReportEntity).findOneBy({ id: reportId });
      this.caller.requireOwned(ACTION_PERMISSION[action], 'Report', !!before && this.access.visible(before), () => this.access.owns(before!, action));
      const r = before!;
      if (version != null && version !== r.version) throw versionConflict();
      const state = assertReportTransition(r.state as never, action);
      const applied = await apply(r, m);
      const { changes, values } = 'changes' in applied ? applied : { changes: applied, values: null };
      const next: Partial<ReportEntity> = { ...changes, state, version: r.version + 1, updatedAt: new Date() };
      const res = await m.createQueryBuilder().update(ReportEntity).set(next).where('id = :id AND version = :version', { id: r.id, version: r.version }).execute();
      if (res.affected === 0) throw versionConflict();
      const after = { ...r, ...next };
      const audited = (x: ReportEntity, vs: ReportValueEntity[] | null) => ({
        ...auditable(x),
        ...(vs ? { values: vs.map((v) => ({ indicatorId: v.indicatorId, value: v.value, source: v.source })) } : {}),
      });
      await recordAudit(m, this.caller, {
        entityType: 'Report',
        entityRowId: r.id,
        action: action.toLowerCase(),
        before: audited(r, null),
        after: audited(after, values),
        orgPath: r.reporterPath,
      });
      return after;
    });
  }

  /** A unique-key race with a concurrent opening of the same periods: CONFLICT BUSY (retry). */
  private async guardUnique<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('BUSY', 'The same reporting periods are being opened by another request; try again.');
      throw e;
    }
  }
}

function versionConflict() {
  return conflict('VERSION_CONFLICT', 'The report changed since it was read; reload it.');
}

/** The dates a status depends on. */
export function dates(r: ReportEntity) {
  return { state: r.state as never, opensOn: r.opensOn, dueOn: r.dueOn, submittedOn: r.submittedOn };
}

/** The indicators an obligation asks for, in its order. */
export async function indicatorsOf(m: EntityManager, obligationId: number): Promise<IndicatorEntity[]> {
  const o = await m.getRepository(ReportingObligationEntity).findOne({ select: { id: true, indicatorIds: true }, where: { id: obligationId } });
  const ids = o?.indicatorIds ?? [];
  if (ids.length === 0) return [];
  const rows = await m.getRepository(IndicatorEntity).findBy({ id: In(ids) });
  const byId = new Map(rows.map((i) => [i.id, i]));
  return ids.map((id) => byId.get(id)).filter((i): i is IndicatorEntity => !!i);
}

/**
 * The values to store, one per indicator of the report, in order:
 * - REPORTED indicators: what the reporter gave (else what was saved before);
 * - REGISTRY and LEDGER indicators: `computedValue` is the hub's figure for the reporter's area and
 *   period, recomputed on every save while the report is with its reporter; the value is that
 *   figure unless the reporter entered another one (source REPORTED: an override, kept until the
 *   reporter clears it by sending an empty value).
 */
async function mergeValues(m: EntityManager, r: ReportEntity, indicators: IndicatorEntity[], existing: ReportValueEntity[], given: ReportValueInput[]): Promise<ReportValueEntity[]> {
  const prevBy = new Map(existing.map((v) => [v.indicatorId, v]));
  const givenBy = new Map(given.map((v) => [v.indicatorId, v]));
  const repo = m.getRepository(ReportValueEntity);
  const computed = indicators.filter((i) => i.source !== 'REPORTED');
  // Every computed indicator of the report at once (one statistics read, one ledger read).
  const figures = computed.length ? await computeActuals(m, computed, { areaPath: r.reporterAreaPath, organizationId: r.reporterId }, r.period) : new Map<number, IndicatorFigure>();
  const out: ReportValueEntity[] = [];
  for (const ind of indicators) {
    const prev = prevBy.get(ind.id);
    const g = givenBy.get(ind.id);
    const note = g && g.note !== undefined ? (g.note === null || g.note.trim() === '' ? null : g.note) : (prev?.note ?? null);
    if (ind.source === 'REPORTED') {
      out.push(
        repo.create({
          reportId: r.id,
          indicatorId: ind.id,
          value: g ? enteredValue(g, ind) : (prev?.value ?? null),
          numerator: g ? (g.numerator ?? null) : (prev?.numerator ?? null),
          denominator: g ? (g.denominator ?? null) : (prev?.denominator ?? null),
          source: 'REPORTED',
          computedValue: null,
          note,
        }),
      );
      continue;
    }
    const figure: IndicatorFigure = figures.get(ind.id) ?? { value: null, numerator: null, denominator: null };
    const entered = g ? enteredValue(g, ind) : null;
    const override = g ? entered !== null && (figure.value === null || compareDecimals(entered, figure.value) !== 0) : prev?.source === 'REPORTED';
    const keep = !g && override ? prev! : null;
    out.push(
      repo.create({
        reportId: r.id,
        indicatorId: ind.id,
        value: keep ? keep.value : override ? entered : figure.value,
        numerator: keep ? keep.numerator : override ? (g!.numerator ?? null) : figure.numerator,
        denominator: keep ? keep.denominator : override ? (g!.denominator ?? null) : figure.denominator,
        source: override ? 'REPORTED' : ind.source,
        computedValue: figure.value,
        note,
      }),
    );
  }
  return out;
}
