import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  aggregate,
  badInput,
  EMPTY_FIGURE,
  formatPeriod,
  isIndicatorSource,
  notFound,
  periodRange,
  Problems,
  targetFor,
  targetProblems,
  formatDecimal,
  parsePeriod,
  SERIES_MAX_PERIODS,
  todayLocal,
  type IndicatorAggregation,
  type IndicatorFigure,
  type IndicatorSource,
  type LocalDate,
  type Period,
  type PeriodKind,
  type TargetKind,
} from '@lnob/domain';
import { whereSearch } from '../../common/hierarchy';
import type { Cursor } from '../../common/relay/cursor';
import { referencedOrganization, organizationVisible } from '../../common/visibility';
import { num } from '../../db/raw';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PlanAccess, planReadSql } from '../plans/plan.access';
import { computeActualsMany, requireFiguresReadable, resolveScope, type ResolvedScope } from './actuals';
import { IndicatorEntity, IndicatorTargetEntity } from './indicator.entity';

export interface IndicatorListFilter {
  search?: string | null;
  source?: IndicatorSource | null;
}

export interface TargetFilter {
  indicatorId?: number | null;
  planId?: number | null;
  organizationId?: number | null;
  areaId?: number | null;
}

/** At most this many targets in one `indicatorTargets` answer. */
export const TARGETS_MAX = 1000;

export interface SetTargetCommand {
  indicatorId: number;
  planId: number;
  organizationId?: number | null;
  areaId?: number | null;
  kind: TargetKind;
  fromPeriod: Period | string;
  toPeriod: Period | string;
  value: string;
  note?: string | null;
}

/** One period of a series. */
export interface SeriesPoint {
  period: string;
  figure: IndicatorFigure;
  source: IndicatorSource;
  detail: string;
  reportId: number | null;
  asRecorded: boolean | null;
  target: { id: number; kind: TargetKind; value: string } | null;
}

/** Whose values a series is of. */
export interface SeriesScope {
  areaId?: number | null;
  organizationId?: number | null;
}

/**
 * The indicator catalogue, the targets plans set, and indicator series (actuals beside targets).
 * Indicators are reference data any signed-in caller reads. Targets are read through their plans
 * (the plan read rule, in SQL) and set with `data.capture` owning the plan's first issuer. Series
 * need read access to their area (`area.read`) or organization (`organization.read`): NOT_FOUND
 * otherwise; and their figures are read under their own rule (`requireFiguresReadable`).
 */
export class IndicatorService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {}

  /** Indicators by code, filtered in SQL; `limit` is the page size plus one. */
  async list(f: IndicatorListFilter, limit: number, after: Cursor | null) {
    this.caller.requireSignedIn();
    const qb = this.ds.getRepository(IndicatorEntity).createQueryBuilder('i');
    if (f.source) {
      if (!isIndicatorSource(f.source)) throw badInput('VALIDATION_FAILED', 'Unknown source.', [{ path: 'filter.source', message: 'REGISTRY, LEDGER or REPORTED' }]);
      qb.andWhere('i.source = :source', { source: f.source });
    }
    if (f.search?.trim()) whereSearch(qb, ['i.nameSearch'], f.search);
    const count = () => qb.clone().getCount();
    if (after) qb.andWhere('(i.code > :ac OR (i.code = :ac AND i.id > :ai))', { ac: String(after.key), ai: after.id });
    const rows = await qb.orderBy('i.code', 'ASC').addOrderBy('i.id', 'ASC').take(limit).getMany();
    return { rows, count };
  }

  /** The indicator with this code, or null. */
  async byCode(code: string): Promise<IndicatorEntity | null> {
    this.caller.requireSignedIn();
    return this.ds.getRepository(IndicatorEntity).findOneBy({ code });
  }

  /** An indicator by id; NOT_FOUND when unknown. */
  async get(id: number, m: EntityManager = this.ds.manager): Promise<IndicatorEntity> {
    this.caller.requireSignedIn();
    const row = await m.getRepository(IndicatorEntity).findOneBy({ id });
    if (!row) throw notFound('Indicator');
    return row;
  }

  /** Targets of the plans the caller may read, by id (at most TARGETS_MAX). */
  async targets(f: TargetFilter): Promise<IndicatorTargetEntity[]> {
    const scope = this.caller.require('organization.read');
    const qb = this.ds.getRepository(IndicatorTargetEntity).createQueryBuilder('t').leftJoin('plan', 'p', 'p.id = t.planId');
    if (f.indicatorId != null) qb.andWhere('t.indicatorId = :ind', { ind: f.indicatorId });
    if (f.planId != null) qb.andWhere('t.planId = :plan', { plan: f.planId });
    if (f.organizationId != null) qb.andWhere('t.organizationId = :org', { org: f.organizationId });
    if (f.areaId != null) qb.andWhere('t.areaId = :area', { area: f.areaId });
    const plans = planReadSql(this.caller, 'p');
    // Targets outside plans (none are made through the API) are for national readers only.
    if (plans) andWhereClause(qb, { sql: `(t.planId IS NOT NULL AND ${plans.sql})`, params: plans.params });
    else if (!scope.national) qb.andWhere('t.planId IS NOT NULL');
    return qb.orderBy('t.id', 'ASC').take(TARGETS_MAX).getMany();
  }

  /**
   * Sets a plan's target (data.capture owning the plan's first issuer; NOT_FOUND for a plan,
   * indicator, organization or area the caller cannot read). All field problems at once. The plan's
   * target on the same indicator, scope and range is replaced (kind, value, note); audited as
   * `IndicatorTarget` under the plan's first issuer.
   */
  async setTarget(c: SetTargetCommand): Promise<IndicatorTargetEntity> {
    const access = new PlanAccess(this.caller);
    return this.ds.transaction(async (m) => {
      const { plan } = await access.writable(m, c.planId);
      const indicator = await m.getRepository(IndicatorEntity).findOneBy({ id: c.indicatorId });
      const hasOrg = c.organizationId != null;
      const hasArea = c.areaId != null;
      const note = c.note?.trim() ? c.note.trim() : null;
      const p = indicator
        ? targetProblems({ kind: c.kind, fromPeriod: c.fromPeriod, toPeriod: c.toPeriod, value: c.value, note }, indicator.periodType as PeriodKind, 'input')
        : new Problems().add('input.indicatorId', 'no such indicator', 'NOT_FOUND');
      let scopePath = '';
      if (hasOrg === hasArea) {
        p.add('input.organizationId', 'an organization or an area, exactly one');
        p.add('input.areaId', 'an organization or an area, exactly one');
      } else if (hasOrg) {
        const org = await referencedOrganization(m, this.caller, c.organizationId!);
        if (org) scopePath = org.path;
        else p.add('input.organizationId', 'no such organization', 'NOT_FOUND');
      } else {
        const area = await m.getRepository(AreaEntity).findOneBy({ id: c.areaId! });
        if (area && this.caller.scope('area.read').coversArea(area.path)) scopePath = area.path;
        else p.add('input.areaId', 'no such area', 'NOT_FOUND');
      }
      p.throwIfAny();
      const fromPeriod = formatPeriod(typeof c.fromPeriod === 'string' ? parsePeriod(c.fromPeriod) : c.fromPeriod);
      const toPeriod = formatPeriod(typeof c.toPeriod === 'string' ? parsePeriod(c.toPeriod) : c.toPeriod);
      const repo = m.getRepository(IndicatorTargetEntity);
      const existing = await repo.findOneBy({
        indicatorId: indicator!.id,
        planId: plan.id,
        organizationId: hasOrg ? c.organizationId! : IsNull(),
        areaId: hasArea ? c.areaId! : IsNull(),
        fromPeriod,
        toPeriod,
      });
      const before = existing ? { ...existing } : null;
      const row = existing ?? repo.create({ indicatorId: indicator!.id, planId: plan.id, organizationId: hasOrg ? c.organizationId! : null, areaId: hasArea ? c.areaId! : null, scopePath, fromPeriod, toPeriod });
      Object.assign(row, { kind: c.kind, value: formatDecimal(c.value), note, scopePath });
      const saved = await repo.save(row);
      await access.audit(m, 'IndicatorTarget', existing ? 'update' : 'create', plan.orgPath, before, { ...saved });
      return saved;
    });
  }

  /**
   * An indicator over the periods `from`…`to` for an area or an organization: per period the actual
   * value with its provenance and what the target asks of it.
   * - REGISTRY / LEDGER: computed (actuals.ts), for the organization's area when an organization.
   * - REPORTED: from the report values of that scope (the organization's own reports; for an area,
   *   the reports of the organizations working in it, added up with the indicator's aggregation):
   *   per reporter and period the latest APPROVED or ACCEPTED report, else the latest SUBMITTED one.
   * - Targets: set on this indicator for exactly this organization or area by plans the caller may
   *   read (only `planId`'s when given); per period the latest such target that asks something of it.
   */
  async series(indicatorId: number, s: SeriesScope, from: Period, to: Period, planId: number | null, today: LocalDate = todayLocal()): Promise<{ indicator: IndicatorEntity; points: SeriesPoint[] }> {
    this.caller.requireSignedIn();
    const p = new Problems();
    if ((s.areaId != null) === (s.organizationId != null)) {
      p.add('scope.areaId', 'an area or an organization, exactly one');
      p.add('scope.organizationId', 'an area or an organization, exactly one');
    }
    p.throwIfAny();
    const { area, organization } = await this.readableScope(s);
    const indicator = await this.get(indicatorId);
    if (from.kind !== indicator.periodType) p.add('from', `a ${indicator.periodType} period: the indicator's period type`);
    if (to.kind !== indicator.periodType) p.add('to', `a ${indicator.periodType} period: the indicator's period type`);
    let periods: string[] = [];
    if (!p.any) {
      try {
        periods = periodRange(from, to);
        if (periods.length === 0) p.add('to', 'not before `from`');
      } catch {
        p.add('to', `at most ${SERIES_MAX_PERIODS} periods after \`from\``);
      }
    }
    p.throwIfAny();

    const resolved: ResolvedScope = await resolveScope(this.ds.manager, area ? { areaId: area.id } : { organizationId: organization!.id }, today);
    requireFiguresReadable(this.caller, indicator.source as IndicatorSource, resolved, area ? 'Area' : 'Organization');
    const figures = new Map<string, Omit<SeriesPoint, 'period' | 'target'>>();
    if (indicator.source === 'REPORTED') {
      const reported = await reportedValues(this.ds, indicator, organization ? { reporterPath: organization.path } : { areaId: area!.id }, periods);
      for (const period of periods) {
        const r = reported.get(period);
        figures.set(period, r ?? { figure: EMPTY_FIGURE, source: 'REPORTED', detail: 'No submitted, approved or accepted report gives a value.', reportId: null, asRecorded: null });
      }
    } else {
      const actuals = await computeActualsMany(this.ds.manager, [indicator], resolved, periods, today);
      for (const period of periods) {
        const a = actuals.get(`${indicator.id}|${period}`)!;
        figures.set(period, { figure: { value: a.value, numerator: a.numerator, denominator: a.denominator }, source: a.source, detail: a.detail, reportId: null, asRecorded: a.asRecorded });
      }
    }

    const tq = this.ds.getRepository(IndicatorTargetEntity).createQueryBuilder('t').innerJoin('plan', 'p', 'p.id = t.planId').where('t.indicatorId = :ind', { ind: indicator.id });
    if (organization) tq.andWhere('t.organizationId = :org', { org: organization.id });
    else tq.andWhere('t.areaId = :area', { area: area!.id });
    if (planId != null) tq.andWhere('t.planId = :plan', { plan: planId });
    andWhereClause(tq, planReadSql(this.caller, 'p'));
    const targets = await tq.orderBy('t.id', 'DESC').take(TARGETS_MAX).getMany();

    const points = periods.map((period) => {
      let target: SeriesPoint['target'] = null;
      for (const t of targets) {
        const asked = targetFor({ kind: t.kind as TargetKind, fromPeriod: t.fromPeriod, toPeriod: t.toPeriod, value: t.value }, period);
        if (asked) {
          target = { id: t.id, kind: asked.kind, value: asked.value };
          break;
        }
      }
      return { period, ...figures.get(period)!, target };
    });
    return { indicator, points };
  }

  /** The area or organization of a series, NOT_FOUND outside the caller's read scope. */
  private async readableScope(s: SeriesScope): Promise<{ area: AreaEntity | null; organization: OrganizationEntity | null }> {
    if (s.areaId != null) {
      const scope = this.caller.require('area.read');
      const area = await this.ds.getRepository(AreaEntity).findOneBy({ id: s.areaId });
      if (!area || !scope.coversArea(area.path)) throw notFound('Area');
      return { area, organization: null };
    }
    this.caller.require('organization.read');
    const org = await this.ds.getRepository(OrganizationEntity).findOneBy({ id: s.organizationId! });
    if (!org || !(await organizationVisible(this.ds.manager, this.caller, org))) throw notFound('Organization');
    return { area: null, organization: org };
  }
}

/**
 * The REPORTED values of an indicator per period for an organization (its own reports, by path) or
 * an area (the reports of the organizations working in it): per reporter and period the latest
 * APPROVED/ACCEPTED report with a value, else the latest SUBMITTED one; several reporters add up
 * with the indicator's aggregation. One statement.
 */
export async function reportedValues(
  q: Pick<DataSource, 'query'>,
  indicator: Pick<IndicatorEntity, 'id' | 'aggregation' | 'factor'>,
  scope: { reporterPath: string } | { areaId: number },
  periods: readonly string[],
): Promise<Map<string, Omit<SeriesPoint, 'period' | 'target'>>> {
  const out = new Map<string, Omit<SeriesPoint, 'period' | 'target'>>();
  if (periods.length === 0) return out;
  const who = 'reporterPath' in scope ? 'r.reporterPath = ?' : 'r.reporterPath IN (SELECT o.path FROM organization o WHERE o.areaId = ?)';
  // In order of preference (approved or accepted above submitted, then the time of its last step, then id):
  // the last row of a reporter and period wins.
  const rows = (await q.query(
    `SELECT r.id AS reportId, r.reporterId AS reporterId, r.period AS period, r.state AS state,
            v.value AS value, v.numerator AS numerator, v.denominator AS denominator
       FROM report r INNER JOIN report_value v ON v.reportId = r.id AND v.indicatorId = ?
      WHERE ${who} AND r.period IN (${periods.map(() => '?').join(', ')}) AND r.state IN ('SUBMITTED', 'APPROVED', 'ACCEPTED') AND v.value IS NOT NULL
      ORDER BY CASE WHEN r.state = 'SUBMITTED' THEN 1 ELSE 2 END, COALESCE(r.acceptedAt, r.approvedAt, r.submittedAt), r.id`,
    [indicator.id, 'reporterPath' in scope ? scope.reporterPath : scope.areaId, ...periods],
  )) as { reportId: unknown; reporterId: unknown; period: string; state: string; value: string; numerator: unknown; denominator: unknown }[];
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) best.set(`${num(r.reporterId)}|${r.period}`, r);
  for (const period of periods) {
    const chosen = [...best.values()].filter((r) => r.period === period).sort((a, b) => num(a.reportId) - num(b.reportId));
    if (chosen.length === 0) continue;
    const figure = aggregate(
      indicator.aggregation as IndicatorAggregation,
      chosen.map((r) => ({ value: r.value, numerator: r.numerator == null ? null : num(r.numerator), denominator: r.denominator == null ? null : num(r.denominator) })),
      indicator.factor,
    );
    const approved = chosen.filter((r) => r.state !== 'SUBMITTED').length;
    const states = [approved ? `${approved} approved or accepted` : null, chosen.length - approved ? `${chosen.length - approved} submitted` : null].filter(Boolean).join(', ');
    out.set(period, {
      figure,
      source: 'REPORTED',
      detail: chosen.length === 1 ? `The value of one ${chosen[0].state.toLowerCase()} report.` : `${indicator.aggregation} of ${chosen.length} reporters' values (${states}).`,
      reportId: chosen.length === 1 ? num(chosen[0].reportId) : null,
      asRecorded: null,
    });
  }
  return out;
}
