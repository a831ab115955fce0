import type { DataSource, EntityManager } from 'typeorm';
import {
  assertReportTransition,
  conflict,
  narrativeProblems,
  Problems,
  reportValueProblems,
  returnReasonProblems,
  todayLocal,
  type Action,
  type LocalDate,
  type ReportAction,
  type ReportValueInput,
} from '@lnob/domain';
import { isUniqueViolation } from '../../db/dialect';
import { insertMany } from '../../db/insert-many';
import { auditable, recordAudit } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import { PlanAccess } from '../plans/plan.access';
import { ReportAccess } from './report.access';
import { ReportEntity, ReportValueEntity } from './report.entity';
import { openReportInstances } from './report-generation';
import { indicatorsOf, mergeValues } from './report-values';

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

/** The permission each action needs. */
const ACTION_PERMISSION: Record<ReportAction, Action> = { SAVE: 'data.capture', SUBMIT: 'data.capture', RETURN: 'data.review', APPROVE: 'data.review', ACCEPT: 'data.review' };

/**
 * The reports workflow (docs/plans.md "reports"): opening an issued plan's periods, then save,
 * submit, return, approve and accept. Scope follows ReportAccess (NOT_FOUND for a report the caller
 * cannot read, FORBIDDEN without the action's scope over the right party); every change is one
 * transaction with its audit entry, guarded by the report's `version`.
 */
export class ReportWorkflowService {
  private readonly access: ReportAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new ReportAccess(caller);
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
