import type { DataSource, EntityManager } from 'typeorm';
import {
  badInput,
  criteriaOfLevel,
  criteriaSetFor,
  criterionLevelOf,
  evaluateLevel,
  levelOfArea,
  nominationYearAt,
  notFound,
  todayLocal,
  yearsNeeded,
  type AreaKind,
  type CriteriaSet,
  type CriterionEvaluation,
  type CriterionLevel,
  type CriterionResult,
  type EmulationCriterion,
  type LocalDate,
  type PlanForCriteria,
  type PovertyCounts,
} from '@lnob/domain';
import { organizationVisible } from '../../common/visibility';
import { num } from '../../db/raw';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import type { StatisticsBoundary } from '../households/statistics.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { planReadable } from '../plans/plan.access';
import { povertyCountsByYear, requireFiguresReadable, scopeOfArea, type ResolvedScope } from './actuals';

/** Plans followed up an `implements` chain at most. */
const CHAIN_MAX = 10;

/** Reads the poverty counts of a scope per year, `today` deciding today's tree (a request loader batches many subjects). */
export type CountsReader = (scope: ResolvedScope, years: readonly number[], today: LocalDate) => Promise<Map<number, PovertyCounts>>;

export interface CriteriaEvaluationResult {
  subject: AreaEntity;
  level: CriterionLevel;
  asOf: LocalDate;
  set: CriteriaSet;
  nominationYear: number;
  boundary: StatisticsBoundary;
  result: CriterionResult;
  criteria: CriterionEvaluation[];
}

/**
 * What an evaluation reads besides the rules. The resolvers pass request loaders (so that many
 * subjects evaluated in one request share one read of each kind, the statistics above all); the
 * defaults read the database directly.
 */
export interface CriteriaLookups {
  /** Whether the caller may read the plan (false for an unknown one). */
  readablePlan(planId: number): Promise<boolean>;
  chain(planId: number): Promise<PlanForCriteria[]>;
  area(id: number): Promise<AreaEntity | null>;
  /** The organization if the caller may read it, else null. */
  visibleOrganization(id: number): Promise<OrganizationEntity | null>;
  counts: CountsReader;
}

/**
 * Emulation criteria of plans (libs/domain/src/criteria) and their evaluation against the registry.
 * A plan carries the criteria set that applies to it or to a plan up its `implements` chain.
 */
export class CriteriaService {
  private readonly direct: CriteriaLookups;

  constructor(
    ds: DataSource,
    private readonly caller: Caller,
  ) {
    const m = ds.manager;
    this.direct = {
      readablePlan: (id) => planReadable(m, caller, id),
      chain: (id) => planChain(m, id),
      area: (id) => m.getRepository(AreaEntity).findOneBy({ id }),
      visibleOrganization: async (id) => {
        const org = await m.getRepository(OrganizationEntity).findOneBy({ id });
        return org && (await organizationVisible(m, caller, org)) ? org : null;
      },
      counts: (scope, years, today) => povertyCountsByYear(m, scope, years, today),
    };
  }

  /** The criteria set of a plan the caller may read (NOT_FOUND otherwise), or null. */
  async setOf(planId: number, lookups: CriteriaLookups = this.direct): Promise<CriteriaSet | null> {
    this.caller.require('organization.read');
    if (!(await lookups.readablePlan(planId))) throw notFound('Plan');
    return criteriaSetFor(await lookups.chain(planId));
  }

  /** Every criterion of a plan's set (none when the plan has none). */
  async criteriaOf(planId: number, lookups: CriteriaLookups = this.direct): Promise<{ set: CriteriaSet | null; criteria: readonly EmulationCriterion[] }> {
    const set = await this.setOf(planId, lookups);
    return { set, criteria: set?.criteria ?? [] };
  }

  /**
   * Evaluates `subject` (an area, or an organization: its area) against the criteria of its level in
   * the plan's set, for a nomination on `asOf` (default today): reviews up to the year before the
   * nomination year (nominationYearAt), never after the plan's period. Figures come from the
   * registry on the tree of the period: a unit that has ended on the tree as recorded (AS_RECORDED),
   * a unit of today's tree on what was recorded on its predecessors carried onto it (CURRENT).
   * NOT_FOUND for a plan or subject out of read scope, and for a subject whose registry figures are
   * (household.read over its area, as povertyStatistics); BAD_USER_INPUT NO_EMULATION_CRITERIA when
   * the plan or the subject's level has no criteria.
   */
  async evaluate(
    planId: number,
    subject: { areaId: number } | { organizationId: number },
    asOf: LocalDate | null,
    lookups: CriteriaLookups = this.direct,
    today: LocalDate = todayLocal(),
  ): Promise<CriteriaEvaluationResult> {
    const set = await this.setOf(planId, lookups);
    const area = await this.subjectArea(subject, lookups);
    const scope = scopeOfArea(area, today);
    requireFiguresReadable(this.caller, 'REGISTRY', scope, 'areaId' in subject ? 'Area' : 'Organization');
    if (!set) throw badInput('NO_EMULATION_CRITERIA', 'The plan sets no emulation criteria the hub can evaluate.', [{ path: 'planId', message: 'a plan with emulation criteria (or implementing one)' }]);
    const parent = area.parentId === null ? null : await lookups.area(area.parentId);
    const level = criterionLevelOf(levelOfArea(area.kind as AreaKind, (parent?.kind as AreaKind | undefined) ?? null));
    const criteria = level ? criteriaOfLevel(set, level) : [];
    if (!level || criteria.length === 0) {
      throw badInput('NO_EMULATION_CRITERIA', `The plan sets no emulation criteria for the level of ${area.name}.`, [{ path: 'subjectId', message: `no criteria for a ${level ?? 'central'} subject in ${set.code}` }]);
    }
    const on = asOf ?? today;
    const nominationYear = nominationYearAt(set, on);
    const years = yearsNeeded(criteria, nominationYear);
    const evaluated = evaluateLevel(set, level, await lookups.counts(scope, years, today), nominationYear);
    return { subject: area, level, asOf: on, set, nominationYear, boundary: scope.boundary, ...evaluated };
  }

  /** The area of the subject, NOT_FOUND outside the caller's read scope. */
  private async subjectArea(subject: { areaId: number } | { organizationId: number }, lookups: CriteriaLookups): Promise<AreaEntity> {
    if ('areaId' in subject) {
      const scope = this.caller.require('area.read');
      const area = await lookups.area(subject.areaId);
      if (!area || !scope.coversArea(area.path)) throw notFound('Area');
      return area;
    }
    this.caller.require('organization.read');
    const org = await lookups.visibleOrganization(subject.organizationId);
    if (!org) throw notFound('Organization');
    const area = org.areaId === null ? null : await lookups.area(org.areaId);
    if (!area) throw badInput('NO_EMULATION_CRITERIA', 'A central organization has no area to evaluate.', [{ path: 'subjectId', message: 'an area, or an organization working in one' }]);
    return area;
  }
}

/**
 * A plan and the plans it implements, up the chain (at most CHAIN_MAX): each with its first
 * issuer's kind and level and the code of its area, as the criteria sets match them. One statement
 * per plan of the chain.
 */
export async function planChain(m: Pick<EntityManager, 'query'>, planId: number): Promise<PlanForCriteria[]> {
  const chain: PlanForCriteria[] = [];
  const seen = new Set<number>();
  let id: number | null = planId;
  while (id !== null && !seen.has(id) && chain.length < CHAIN_MAX) {
    seen.add(id);
    const rows = (await m.query(
      `SELECT p.implementsId AS implementsId, p.periodFrom AS periodFrom, p.periodTo AS periodTo, o.kind AS kind, o.level AS level, a.code AS code
         FROM plan p
         LEFT JOIN plan_issuer i ON i.planId = p.id
         LEFT JOIN organization o ON o.id = i.organizationId
         LEFT JOIN area a ON a.id = o.areaId
        WHERE p.id = ? ORDER BY i.position ASC, i.id ASC LIMIT 1`,
      [id],
    )) as { implementsId: unknown; periodFrom: unknown; periodTo: unknown; kind: string | null; level: string | null; code: string | null }[];
    const r = rows[0];
    if (!r) break;
    chain.push({ issuerKind: r.kind ?? '', issuerLevel: r.level ?? '', issuerAreaCode: r.code, periodFrom: num(r.periodFrom), periodTo: num(r.periodTo) });
    id = r.implementsId == null ? null : num(r.implementsId);
  }
  return chain;
}
