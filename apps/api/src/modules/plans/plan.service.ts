import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  assertPlanEditable,
  assertPlanTransition,
  badInput,
  checkIssue,
  checkPlanDraft,
  DEFAULT_MOVEMENT,
  foldVietnamese,
  forbidden,
  isLocalDate,
  isValidDuring,
  todayLocal,
  type ImplementedPlanFacts,
  type LocalDate,
  type OrganizationLevel,
  type PlanKind,
  type PlanProblem,
  type PlanSectionKind,
  type PlanStatus,
} from '@lnob/domain';
import { whereSearch } from '../../common/hierarchy';
import type { Cursor } from '../../common/relay/cursor';
import { referencedOrganizations, type ReferencedOrganization } from '../../common/visibility';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { OrganizationEntity } from '../organizations/organization.entity';
import { openReportInstances } from '../reports/report-generation';
import { trimOrNull } from '../../common/inputs';
import { PlanAccess, planReadSql, readablePlan, throwProblems } from './plan.access';
import { PlanEntity, PlanIssuerEntity, type PlanRecipientValue, type PlanSectionValue } from './plan.entity';

export interface PlanListFilter {
  search?: string | null;
  status?: PlanStatus | null;
  kind?: PlanKind | null;
  issuerId?: number | null;
  implementsId?: number | null;
  year?: number | null;
  level?: OrganizationLevel | null;
}

/** A plan's content as the services take it (ids are row ids). */
export interface PlanContent {
  number: string;
  title: string;
  kind: PlanKind;
  issuerIds: number[];
  issuedOn?: LocalDate | null;
  signer?: string | null;
  periodFrom: number;
  periodTo: number;
  implementsId?: number | null;
  movement?: string | null;
  notes?: string | null;
  sections?: { kind: PlanSectionKind; title: string; body: string }[] | null;
  recipients?: { organizationId?: number | null; name: string }[] | null;
}

/** An issuer as checked: the organization and the path of the area it works in. */
type IssuerFacts = ReferencedOrganization;

/**
 * Plans (docs/plans.md): one plan, the list, and the lifecycle of a plan — draft, change, issue,
 * supersede. Their tasks, milestones and obligations: PlanPartsService; the cascade:
 * PlanCascadeService. Reads follow the plan read rule (plan.access.ts), in SQL for lists; writes
 * need `data.capture` owning the first issuer, happen in one transaction each and are audited.
 */
export class PlanService {
  private readonly access: PlanAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new PlanAccess(caller);
  }

  /** One plan the caller may read; NOT_FOUND otherwise. */
  async get(id: number): Promise<PlanEntity> {
    return (await this.access.readable(this.ds.manager, id)).plan;
  }

  /** Readable plans in the order they were drafted (keyset on id), the read rule in SQL, and a lazy count. */
  async list(f: PlanListFilter, limit: number, after: Cursor | null) {
    this.caller.require('organization.read');
    if (f.year != null && (!Number.isInteger(f.year) || f.year < 1900 || f.year > 2999)) {
      throw badInput('VALIDATION_FAILED', 'A year such as 2024.', [{ path: 'filter.year', message: 'a year such as 2024' }]);
    }
    const build = () => {
      const qb = this.ds.getRepository(PlanEntity).createQueryBuilder('p');
      andWhereClause(qb, planReadSql(this.caller, 'p'));
      if (f.search?.trim()) whereSearch(qb, ['p.titleSearch'], f.search);
      if (f.status) qb.andWhere('p.status = :status', { status: f.status });
      if (f.kind) qb.andWhere('p.kind = :kind', { kind: f.kind });
      if (f.level) qb.andWhere('p.level = :level', { level: f.level });
      if (f.implementsId != null) qb.andWhere('p.implementsId = :impl', { impl: f.implementsId });
      if (f.year != null) qb.andWhere('p.periodFrom <= :year AND p.periodTo >= :year', { year: f.year });
      if (f.issuerId != null) qb.andWhere('EXISTS (SELECT 1 FROM plan_issuer fi WHERE fi.planId = p.id AND fi.organizationId = :issuer)', { issuer: f.issuerId });
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('p.id > :afterId', { afterId: after.id });
    const rows = await qb.orderBy('p.id', 'ASC').take(limit).getMany();
    return { rows, count: () => build().getCount() };
  }

  /** Draft a plan: `data.capture` owning the first issuer; every problem at once. */
  async draft(i: PlanContent): Promise<PlanEntity> {
    const capture = this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const facts = await this.contentFacts(m, i, null);
      if (facts.first && !capture.ownsOrganization(facts.first.path)) throw notOwned();
      throwProblems(facts.problems);
      const now = new Date();
      const plan = await m.getRepository(PlanEntity).save(
        m.getRepository(PlanEntity).create({
          ...this.columns(i, facts.issuers),
          status: 'DRAFT',
          supersededById: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const rows = await this.saveIssuers(m, plan.id, facts.issuers);
      const audited = { ...plan, issuerIds: rows.map((r) => r.organizationId) };
      await this.access.audit(m, 'Plan', 'draft', plan.orgPath, null, audited);
      return plan;
    });
  }

  /** Change a draft; omitted fields stay, `null` clears an optional one. */
  async update(planId: number, c: Partial<PlanContent>): Promise<PlanEntity> {
    const capture = this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const { plan, issuers } = await this.access.writableLocked(m, planId);
      assertPlanEditable(plan.status);
      const pick = <K extends keyof PlanContent>(k: K, current: PlanContent[K]): PlanContent[K] => (c[k] === undefined ? current : (c[k] as PlanContent[K]));
      const merged: PlanContent = {
        number: pick('number', plan.number) ?? plan.number,
        title: pick('title', plan.title) ?? plan.title,
        kind: pick('kind', plan.kind as PlanKind) ?? (plan.kind as PlanKind),
        issuerIds: pick('issuerIds', issuers.map((x) => x.organizationId)) ?? issuers.map((x) => x.organizationId),
        issuedOn: pick('issuedOn', plan.issuedOn),
        signer: pick('signer', plan.signer),
        periodFrom: pick('periodFrom', plan.periodFrom) ?? plan.periodFrom,
        periodTo: pick('periodTo', plan.periodTo) ?? plan.periodTo,
        implementsId: pick('implementsId', plan.implementsId),
        movement: pick('movement', plan.movement) ?? plan.movement,
        notes: pick('notes', plan.notes),
        sections: pick('sections', plan.sections) ?? plan.sections,
        recipients: pick('recipients', plan.recipients) ?? plan.recipients,
      };
      const facts = await this.contentFacts(m, merged, plan.id);
      if (facts.first && !capture.ownsOrganization(facts.first.path)) throw notOwned();
      throwProblems(facts.problems);
      const before = { ...plan, issuerIds: issuers.map((x) => x.organizationId) };
      Object.assign(plan, this.columns(merged, facts.issuers), { updatedAt: new Date() });
      const saved = await m.getRepository(PlanEntity).save(plan);
      let issuerIds = before.issuerIds;
      if (c.issuerIds !== undefined) {
        await m.getRepository(PlanIssuerEntity).delete({ planId: plan.id });
        issuerIds = (await this.saveIssuers(m, plan.id, facts.issuers)).map((r) => r.organizationId);
      }
      const audited = { ...saved, issuerIds };
      await this.access.audit(m, 'Plan', 'update', saved.orgPath, before, audited);
      return saved;
    });
  }

  /**
   * Issue a draft (DRAFT → ISSUED) on `issuedOn` (default: the draft's intended date, else today), and
   * open the report instances of its obligations that have opened by `asOf` (default today; the demo
   * loader passes its dates), in the same transaction.
   */
  async issue(planId: number, issuedOn?: LocalDate | null, asOf?: LocalDate | null): Promise<PlanEntity> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const { plan, issuers } = await this.access.writableLocked(m, planId);
      assertPlanTransition(plan, 'ISSUED');
      const on = issuedOn ?? plan.issuedOn ?? todayLocal();
      const implemented = plan.implementsId === null ? null : await m.getRepository(PlanEntity).findOneBy({ id: plan.implementsId });
      const content: PlanContent = { ...plan, kind: plan.kind as PlanKind, issuerIds: issuers.map((x) => x.organizationId), sections: plan.sections };
      const orgs = isLocalDate(on) ? await m.getRepository(OrganizationEntity).findBy({ id: In(content.issuerIds) }) : [];
      throwProblems(checkIssue({ ...content, id: plan.id }, implementedFacts(implemented), on, orgs));
      const before = { ...plan };
      plan.status = 'ISSUED';
      plan.issuedOn = on;
      plan.updatedAt = new Date();
      const saved = await m.getRepository(PlanEntity).save(plan);
      await this.access.audit(m, 'Plan', 'issue', saved.orgPath, before, saved);
      await openReportInstances(m, saved.id, asOf ?? todayLocal());
      return saved;
    });
  }

  /** ISSUED → SUPERSEDED by another issued plan the caller may read. */
  async supersede(planId: number, supersededById: number): Promise<PlanEntity> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const { plan } = await this.access.writableLocked(m, planId);
      const by = await readablePlan(m, this.caller, supersededById);
      if (!by && supersededById !== plan.id) {
        if (plan.status !== 'ISSUED') assertPlanTransition(plan, 'SUPERSEDED', null);
        throw badInput('NOT_FOUND', 'No such plan.', [{ path: 'input.supersededById', message: 'no such plan' }]);
      }
      assertPlanTransition(plan, 'SUPERSEDED', supersededById === plan.id ? plan : by);
      const before = { ...plan };
      plan.status = 'SUPERSEDED';
      plan.supersededById = by!.id;
      plan.updatedAt = new Date();
      const saved = await m.getRepository(PlanEntity).save(plan);
      await this.access.audit(m, 'Plan', 'supersede', saved.orgPath, before, saved);
      return saved;
    });
  }

  /** The organizations and plan a content names, and every problem of it. */
  private async contentFacts(m: EntityManager, c: PlanContent, planId: number | null) {
    const problems: PlanProblem[] = [];
    const issuers: IssuerFacts[] = [];
    const ids = c.issuerIds ?? [];
    const recipientIds = (c.recipients ?? []).map((r) => r.organizationId ?? null);
    // Issuers and recipients must be visible to the caller: both read at once.
    const visible = await referencedOrganizations(m, this.caller, [...ids, ...recipientIds.filter((id): id is number => id !== null)]);
    for (const [k, id] of ids.entries()) {
      const found = visible.get(id);
      if (!found) {
        problems.push({ path: `input.issuerIds[${k}]`, message: 'no such organization', reason: 'NOT_FOUND' });
        continue;
      }
      const { org } = found;
      if (Number.isInteger(c.periodFrom) && Number.isInteger(c.periodTo) && !isValidDuring(org, c.periodFrom, c.periodTo)) {
        problems.push({ path: `input.issuerIds[${k}]`, message: `${org.name} is not active during ${c.periodFrom}–${c.periodTo}`, reason: 'VALIDATION_FAILED' });
      }
      issuers.push(found);
    }
    recipientIds.forEach((id, k) => {
      if (id !== null && !visible.has(id)) problems.push({ path: `input.recipients[${k}].organizationId`, message: 'no such organization', reason: 'NOT_FOUND' });
    });
    const implemented = c.implementsId != null && c.implementsId !== planId ? await readablePlan(m, this.caller, c.implementsId) : null;
    problems.push(...checkPlanDraft({ ...c, id: planId }, implementedFacts(implemented)));
    // The first issuer decides who may write the plan: checked before the other problems.
    const first = issuers[0]?.org.id === ids[0] ? issuers[0].org : null;
    return { problems, issuers, first };
  }

  /** The plan columns of a checked content. */
  private columns(c: PlanContent, issuers: readonly IssuerFacts[]) {
    const first = issuers[0];
    const number = c.number.trim();
    const title = c.title.trim();
    return {
      number,
      title,
      titleSearch: foldVietnamese(`${number} ${title}`).slice(0, 600),
      kind: c.kind,
      issuedOn: c.issuedOn ?? null,
      signer: trimOrNull(c.signer) ?? null,
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      implementsId: c.implementsId ?? null,
      movement: c.movement?.trim() || DEFAULT_MOVEMENT,
      notes: trimOrNull(c.notes) ?? null,
      sections: (c.sections ?? []).map((s): PlanSectionValue => ({ kind: s.kind, title: s.title.trim(), body: s.body.trim() })),
      recipients: (c.recipients ?? []).map((r): PlanRecipientValue => ({ organizationId: r.organizationId ?? null, name: r.name.trim() })),
      orgPath: first.org.path,
      areaPath: first.areaPath,
      level: first.org.level,
    };
  }

  private saveIssuers(m: EntityManager, planId: number, issuers: readonly IssuerFacts[]) {
    return m.getRepository(PlanIssuerEntity).save(
      issuers.map((x, k) => m.getRepository(PlanIssuerEntity).create({ planId, organizationId: x.org.id, orgPath: x.org.path, areaPath: x.areaPath, position: k + 1 })),
    );
  }
}

/** What the draft rules need of the plan a draft implements (null: none the caller can read). */
function implementedFacts(row: PlanEntity | null): ImplementedPlanFacts | null {
  return row && { id: row.id, status: row.status as PlanStatus, periodFrom: row.periodFrom, periodTo: row.periodTo, issuedOn: row.issuedOn };
}

function notOwned() {
  return forbidden('OUT_OF_SCOPE', 'You may draft and change plans only for an organization where you capture data (the first issuer).');
}
