import type { EntityManager } from 'typeorm';
import type { HubContext } from '../../common/context';
import { notFound, pathIds, Problems, type MaterializedPath, type PlanProblem } from '@lnob/domain';
import { dialectOf } from '../../db/dialect';
import { auditable, recordAudit, type AuditRecord } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import type { Scope, SqlClause } from '../auth/scope';
import { PlanEntity, PlanIssuerEntity } from './plan.entity';

/** What the read rule needs of a plan and of its issuers. */
export type PlanPlace = Pick<PlanEntity, 'status' | 'areaPath'>;
export type IssuerPlace = Pick<PlanIssuerEntity, 'orgPath' | 'areaPath'>;

/** Every area path that is an ancestor of (or equal to) one of the roots: `/1/5/` → `/1/`, `/1/5/`. */
function ancestorPaths(roots: readonly MaterializedPath[]): string[] {
  const out = new Set<string>();
  for (const r of roots) {
    let p = '/';
    for (const id of pathIds(r)) out.add((p = `${p}${id}/`));
  }
  return [...out];
}

function readScope(caller: Caller): Scope {
  return caller.scope('organization.read');
}

/**
 * Whether the caller may read a plan (docs/plans.md "Authorization"): `organization.read` covers one
 * of its issuers (any status); or the plan is not a draft and is central (`areaPath` null) or issued
 * for an area that is an ancestor of (or equal to) one of the caller's area roots.
 */
export function canReadPlan(caller: Caller, plan: PlanPlace, issuers: readonly IssuerPlace[]): boolean {
  const scope = readScope(caller);
  if (scope.isEmpty) return false;
  if (scope.national || scope.allAreas) return true;
  if (issuers.some((i) => scope.coversOrganization(i.orgPath, i.areaPath))) return true;
  if (plan.status === 'DRAFT') return false;
  return plan.areaPath === null || scope.areaRoots.some((root) => root.startsWith(plan.areaPath!));
}

/**
 * The same rule as SQL on a plan row aliased `alias` (positional parameters); null when the caller
 * reads every plan. Reports, indicators and events filter their plans with it.
 */
export function planReadSql(caller: Caller, alias = 'p'): SqlClause | null {
  const scope = readScope(caller);
  if (scope.isEmpty) return { sql: '1 = 0', params: [] };
  if (scope.national || scope.allAreas) return null;
  const issuers = scope.pathsSql('vi.orgPath', 'vi.areaPath')!;
  const above = ancestorPaths(scope.areaRoots);
  const areaSql = above.length ? `${alias}.areaPath IS NULL OR ${alias}.areaPath IN (${above.map(() => '?').join(', ')})` : `${alias}.areaPath IS NULL`;
  return {
    sql: `(EXISTS (SELECT 1 FROM plan_issuer vi WHERE vi.planId = ${alias}.id AND ${issuers.sql}) OR (${alias}.status <> 'DRAFT' AND (${areaSql})))`,
    params: [...issuers.params, ...above],
  };
}

/**
 * Reads and writes of plans for one caller. Reads need the rule above (NOT_FOUND otherwise); writes
 * to a plan, its tasks, milestones and obligations need `data.capture` owning its first issuer
 * (`orgPath`): FORBIDDEN OUT_OF_SCOPE when it is only readable.
 */
export class PlanAccess {
  constructor(readonly caller: Caller) {}

  canRead(plan: PlanPlace, issuers: readonly IssuerPlace[]): boolean {
    return canReadPlan(this.caller, plan, issuers);
  }

  /** A plan the caller may read; NOT_FOUND otherwise. */
  async readable(m: EntityManager, id: number): Promise<{ plan: PlanEntity; issuers: PlanIssuerEntity[] }> {
    this.caller.require('organization.read');
    const plan = await m.getRepository(PlanEntity).findOneBy({ id });
    const issuers = plan ? await issuersOf(m, plan.id) : [];
    if (!plan || !this.canRead(plan, issuers)) throw notFound('Plan');
    return { plan, issuers };
  }

  /** A plan to change: NOT_FOUND when unknown or unreadable, FORBIDDEN OUT_OF_SCOPE unless `data.capture` owns its first issuer. */
  async writable(m: EntityManager, id: number): Promise<{ plan: PlanEntity; issuers: PlanIssuerEntity[] }> {
    this.caller.require('data.capture');
    const plan = await m.getRepository(PlanEntity).findOneBy({ id });
    const issuers = plan ? await issuersOf(m, plan.id) : [];
    this.caller.requireOwned('data.capture', 'Plan', !!plan && this.canRead(plan, issuers), (s) => s.ownsOrganization(plan!.orgPath));
    return { plan: plan!, issuers };
  }

  /** `writable`, the plan row locked first for the rest of the transaction (MySQL/MariaDB: FOR UPDATE). */
  async writableLocked(m: EntityManager, id: number): Promise<{ plan: PlanEntity; issuers: PlanIssuerEntity[] }> {
    if (dialectOf(m.connection).kind === 'mysql') {
      await m.getRepository(PlanEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
    }
    return this.writable(m, id);
  }

  /** An audit entry filed under `orgPath` (the plan's first issuer, or an assignee). */
  async audit(m: EntityManager, entityType: string, action: string, orgPath: string, before: object | null, after: object & { id: number }) {
    await recordAudit(m, this.caller, planAuditRecord(entityType, action, orgPath, before, after));
  }
}

/** The audit record of a change to a plan or one of its parts, filed under `orgPath`. */
export function planAuditRecord(entityType: string, action: string, orgPath: string, before: object | null, after: object & { id: number }): AuditRecord {
  return { entityType, entityRowId: after.id, action, before: before && auditable(before, ['titleSearch']), after: auditable(after, ['titleSearch']), orgPath };
}

/** The issuers of a plan, in order. */
export function issuersOf(m: EntityManager, planId: number): Promise<PlanIssuerEntity[]> {
  return m.getRepository(PlanIssuerEntity).find({ where: { planId }, order: { position: 'ASC', id: 'ASC' } });
}

/** The plan `planId` if the caller may read it (null for an unknown or unreadable id): for writes that refer to a plan. */
export async function readablePlan(m: EntityManager, caller: Caller, planId: number): Promise<PlanEntity | null> {
  if (!caller.can('organization.read')) return null;
  const plan = await m.getRepository(PlanEntity).findOneBy({ id: planId });
  return plan && canReadPlan(caller, plan, await issuersOf(m, plan.id)) ? plan : null;
}

/** Whether the caller may read the plan `planId` (false for an unknown id): for modules that file things under plans. */
export async function planReadable(m: EntityManager, caller: Caller, planId: number): Promise<boolean> {
  return (await readablePlan(m, caller, planId)) !== null;
}

/** A plan row the caller may read, through the request's loaders (null when unknown or unreadable). */
export async function visiblePlan(ctx: HubContext, row: PlanEntity | null | undefined): Promise<PlanEntity | null> {
  if (!row || !ctx.caller.can('organization.read')) return null;
  return canReadPlan(ctx.caller, row, await ctx.loaders.issuersByPlan.load(row.id)) ? row : null;
}

/** The plan `planId` if the caller may read it, through the request's loaders. */
export async function visiblePlanById(ctx: HubContext, planId: number): Promise<PlanEntity | null> {
  return visiblePlan(ctx, await ctx.loaders.planById.load(planId));
}

/** BAD_USER_INPUT with every problem of the plan rules (the common reason, else VALIDATION_FAILED). */
export function throwProblems(problems: readonly PlanProblem[]): void {
  const p = new Problems();
  for (const e of problems) p.add(e.path, e.message, e.reason);
  p.throwIfAny();
}
