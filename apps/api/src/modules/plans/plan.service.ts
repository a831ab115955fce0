import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  assertPlanEditable,
  assertPlanTransition,
  badInput,
  checkAssignmentUpdate,
  checkMilestone,
  checkObligation,
  checkPlanDraft,
  checkTask,
  conflict,
  DEFAULT_MOVEMENT,
  foldVietnamese,
  forbidden,
  isLocalDate,
  isValidDuring,
  isValidOn,
  obligationValues,
  Problems,
  todayLocal,
  type LocalDate,
  type MilestoneKind,
  type OrganizationLevel,
  type PlanKind,
  type PlanProblem,
  type PlanSectionKind,
  type PlanStatus,
  type RecordedTaskStatus,
  type ReporterRule,
  type ReportingFrequency,
  type TaskRecurrence,
  type TaskRole,
} from '@lnob/domain';
import { whereSearch } from '../../common/hierarchy';
import type { Cursor } from '../../common/relay/cursor';
import { referencedOrganization } from '../../common/visibility';
import { dialectOf } from '../../db/dialect';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { OrganizationEntity } from '../organizations/organization.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { openReportInstances } from '../reports/report-generation';
import { canReadPlan, issuersOf, PlanAccess, planReadSql } from './plan.access';
import {
  MilestoneEntity,
  ObligationReporterEntity,
  PlanEntity,
  PlanIssuerEntity,
  PlanTaskEntity,
  ReportingObligationEntity,
  TaskAssignmentEntity,
  type PlanRecipientValue,
  type PlanSectionValue,
} from './plan.entity';
import { missingImplementers, type MissingImplementer } from './plan.implementers';

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

export interface NewTask {
  planId: number;
  title: string;
  description?: string | null;
  recurrence: TaskRecurrence;
  dueOn?: LocalDate | null;
  dueMonth?: number | null;
  dueDay?: number | null;
  assignees?: { organizationId: number; role: TaskRole }[] | null;
}

export interface NewObligation {
  planId: number;
  title: string;
  recipientId: number;
  reporterRule: ReporterRule;
  reporterKind?: string | null;
  reporterLevel?: string | null;
  reporterIds?: number[] | null;
  frequency: ReportingFrequency;
  dueDay?: number | null;
  dueMonth?: number | null;
  dueMonthOffset?: number | null;
  dueOn?: LocalDate | null;
  period?: string | null;
  firstYear?: number | null;
  lastYear?: number | null;
  indicatorIds?: number[] | null;
}

/** One plan of a cascade, with the visible plans implementing it. */
export interface CascadeTree {
  plan: PlanEntity;
  depth: number;
  children: CascadeTree[];
}

/** Deepest cascade followed (central → province → district → commune → hamlet, with room to spare). */
const CASCADE_MAX_DEPTH = 8;

const trimOrNull = (v: string | null | undefined) => (v == null ? null : v.trim() || null);

/** Integer ids written into SQL (never user text): one statement whatever their number. */
const idList = (ids: readonly number[]) => {
  if (!ids.every((id) => Number.isSafeInteger(id))) throw new Error('not an id list');
  return ids.join(', ');
};

/**
 * Plans, their tasks, milestones and reporting obligations (docs/plans.md). Reads follow the plan
 * read rule (plan.access.ts), in SQL for lists; writes need `data.capture` owning the first issuer
 * (assignments: owning the assignee), happen in one transaction each and are audited.
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

  /**
   * The plan and, breadth first, the visible plans implementing it, their implementing plans and so
   * on: ONE statement per depth (the ids of the depth above, as integers, in an indexed IN), never
   * one per plan.
   */
  async cascade(planId: number): Promise<CascadeTree> {
    const root = await this.get(planId);
    const rootNode: CascadeTree = { plan: root, depth: 0, children: [] };
    const read = planReadSql(this.caller, 'p');
    let level = [rootNode];
    const seen = new Set([root.id]);
    for (let depth = 1; level.length > 0 && depth <= CASCADE_MAX_DEPTH; depth++) {
      const byId = new Map(level.map((n) => [n.plan.id, n]));
      const qb = this.ds.getRepository(PlanEntity).createQueryBuilder('p').where(`p.implementsId IN (${idList([...byId.keys()])})`);
      andWhereClause(qb, read);
      const rows = await qb.orderBy('p.id', 'ASC').getMany();
      const next: CascadeTree[] = [];
      for (const r of rows) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        const node: CascadeTree = { plan: r, depth, children: [] };
        byId.get(r.implementsId!)!.children.push(node);
        next.push(node);
      }
      level = next;
    }
    return rootNode;
  }

  /** Organizations at `level` that should have issued a plan implementing this one and have not (plan.implementers.ts). */
  async missingImplementingPlans(planId: number, level: OrganizationLevel): Promise<MissingImplementer[]> {
    const { plan, issuers } = await this.access.readable(this.ds.manager, planId);
    return missingImplementers(this.ds, this.caller, plan, issuers, level);
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
          ...this.columns(i, facts),
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
      const { plan, issuers } = await this.writable(m, planId);
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
      Object.assign(plan, this.columns(merged, facts), { updatedAt: new Date() });
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
      const { plan, issuers } = await this.writable(m, planId);
      assertPlanTransition(plan, 'ISSUED');
      const on = issuedOn ?? plan.issuedOn ?? todayLocal();
      const p = new Problems();
      if (!isLocalDate(on)) p.add('input.issuedOn', 'a date YYYY-MM-DD', 'INVALID_LOCAL_DATE');
      const implemented = plan.implementsId === null ? null : await m.getRepository(PlanEntity).findOneBy({ id: plan.implementsId });
      const content: PlanContent = { ...plan, kind: plan.kind as PlanKind, issuerIds: issuers.map((x) => x.organizationId), sections: plan.sections };
      for (const e of checkPlanDraft({ ...content, id: plan.id }, implemented && { id: implemented.id, status: implemented.status as PlanStatus, periodFrom: implemented.periodFrom, periodTo: implemented.periodTo })) p.add(e.path, e.message, e.reason);
      if (isLocalDate(on)) {
        if (implemented?.issuedOn && on < implemented.issuedOn) p.add('input.issuedOn', `not before the implemented plan was issued (${implemented.issuedOn})`);
        const orgs = await m.getRepository(OrganizationEntity).findBy({ id: In(issuers.map((x) => x.organizationId)) });
        for (const o of orgs) if (!isValidOn(o, on)) p.add('input.issuedOn', `${o.name} is not active on ${on}`);
      }
      p.throwIfAny();
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
      const { plan } = await this.writable(m, planId);
      const by = await m.getRepository(PlanEntity).findOneBy({ id: supersededById });
      const readable = by !== null && canReadPlan(this.caller, by, await issuersOf(m, by.id));
      if (!readable && supersededById !== plan.id) {
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

  /** A task of a draft with its assignees (each visible to the caller). */
  async addTask(i: NewTask): Promise<{ task: PlanTaskEntity; assignments: TaskAssignmentEntity[] }> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const { plan } = await this.writable(m, i.planId);
      assertPlanEditable(plan.status);
      const problems: PlanProblem[] = checkTask(i, plan);
      const assignees = i.assignees ?? [];
      const orgs: (OrganizationEntity | null)[] = [];
      for (const [k, a] of assignees.entries()) {
        const org = await referencedOrganization(m, this.caller, a.organizationId);
        if (!org) problems.push({ path: `input.assignees[${k}].organizationId`, message: 'no such organization', reason: 'NOT_FOUND' });
        orgs.push(org);
      }
      throwProblems(problems);
      const [last] = (await m.query('SELECT MAX(position) AS n FROM plan_task WHERE planId = ?', [plan.id])) as { n: unknown }[];
      const task = await m.getRepository(PlanTaskEntity).save(
        m.getRepository(PlanTaskEntity).create({
          planId: plan.id,
          title: i.title.trim(),
          description: trimOrNull(i.description),
          recurrence: i.recurrence,
          dueOn: i.recurrence === 'ONE_OFF' ? i.dueOn! : null,
          dueMonth: i.recurrence === 'ANNUAL' ? i.dueMonth! : null,
          dueDay: i.recurrence === 'ONE_OFF' ? null : i.dueDay!,
          position: Number(last?.n ?? 0) + 1,
        }),
      );
      const now = new Date();
      const assignments = await m.getRepository(TaskAssignmentEntity).save(
        assignees.map((a, k) => m.getRepository(TaskAssignmentEntity).create({ taskId: task.id, planId: plan.id, organizationId: a.organizationId, orgPath: orgs[k]!.path, role: a.role, status: 'NOT_STARTED', evidence: null, doneOn: null, updatedAt: now })),
      );
      await this.access.audit(m, 'PlanTask', 'add', plan.orgPath, null, task);
      for (const a of assignments) await this.access.audit(m, 'TaskAssignment', 'assign', plan.orgPath, null, a);
      return { task, assignments };
    });
  }

  /** Assign a task of a draft to one more organization. */
  async assignTask(i: { taskId: number; organizationId: number; role: TaskRole }): Promise<TaskAssignmentEntity> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const task = await m.getRepository(PlanTaskEntity).findOneBy({ id: i.taskId });
      if (!task) throw badInput('NOT_FOUND', 'No such task.', [{ path: 'input.taskId', message: 'no such task' }]);
      const { plan } = await this.writable(m, task.planId);
      assertPlanEditable(plan.status);
      const problems: PlanProblem[] = checkTask({ ...task, assignees: [{ organizationId: i.organizationId, role: i.role }] }, plan).filter((e) => e.path.startsWith('input.assignees'));
      const org = await referencedOrganization(m, this.caller, i.organizationId);
      if (!org) problems.push({ path: 'input.organizationId', message: 'no such organization', reason: 'NOT_FOUND' });
      else if (await m.getRepository(TaskAssignmentEntity).existsBy({ taskId: task.id, organizationId: org.id })) {
        problems.push({ path: 'input.organizationId', message: 'already assigned this task', reason: 'VALIDATION_FAILED' });
      }
      throwProblems(problems.map((e) => ({ ...e, path: e.path.replace('input.assignees[0].', 'input.') })));
      const row = await m.getRepository(TaskAssignmentEntity).save(
        m.getRepository(TaskAssignmentEntity).create({ taskId: task.id, planId: plan.id, organizationId: org!.id, orgPath: org!.path, role: i.role, status: 'NOT_STARTED', evidence: null, doneOn: null, updatedAt: new Date() }),
      );
      await this.access.audit(m, 'TaskAssignment', 'assign', plan.orgPath, null, row);
      return row;
    });
  }

  /**
   * The assignee records progress on a task of an ISSUED plan (`data.capture` owning the assignee):
   * NOT_FOUND when neither the plan nor the assignee is the caller's, FORBIDDEN OUT_OF_SCOPE when it
   * only reads the plan; CONFLICT PLAN_NOT_ISSUED for a draft or superseded plan.
   */
  async updateAssignment(i: { assignmentId: number; status?: RecordedTaskStatus | null; evidence?: string | null; doneOn?: LocalDate | null }, today: LocalDate = todayLocal()): Promise<TaskAssignmentEntity> {
    const capture = this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const row = await m.getRepository(TaskAssignmentEntity).findOneBy({ id: i.assignmentId });
      const plan = row ? await m.getRepository(PlanEntity).findOneBy({ id: row.planId }) : null;
      const visible = !!row && !!plan && (capture.ownsOrganization(row.orgPath) || canReadPlan(this.caller, plan, await issuersOf(m, plan.id)));
      this.caller.requireOwned('data.capture', 'TaskAssignment', visible, (s) => s.ownsOrganization(row!.orgPath));
      if (plan!.status !== 'ISSUED') throw conflict('PLAN_NOT_ISSUED', 'Progress is recorded on the tasks of an issued plan in force.');
      const status = (i.status ?? row!.status) as RecordedTaskStatus;
      throwProblems(checkAssignmentUpdate(i, status, today));
      const before = { ...row! };
      row!.status = status;
      if (i.evidence !== undefined) row!.evidence = trimOrNull(i.evidence);
      row!.doneOn = status === 'DONE' ? (i.doneOn ?? row!.doneOn ?? today) : null;
      row!.updatedAt = new Date();
      const saved = await m.getRepository(TaskAssignmentEntity).save(row!);
      await this.access.audit(m, 'TaskAssignment', 'update', saved.orgPath, before, saved);
      return saved;
    });
  }

  async addMilestone(i: { planId: number; kind: MilestoneKind; title: string; startsOn: LocalDate; endsOn?: LocalDate | null }): Promise<MilestoneEntity> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const { plan } = await this.writable(m, i.planId);
      assertPlanEditable(plan.status);
      throwProblems(checkMilestone(i, plan));
      const row = await m.getRepository(MilestoneEntity).save(
        m.getRepository(MilestoneEntity).create({ planId: plan.id, kind: i.kind, title: i.title.trim(), startsOn: i.startsOn, endsOn: i.endsOn ?? null }),
      );
      await this.access.audit(m, 'Milestone', 'add', plan.orgPath, null, row);
      return row;
    });
  }

  /** A reporting obligation of a draft: recipient and NAMED reporters visible to the caller, indicators known. */
  async addObligation(i: NewObligation): Promise<ReportingObligationEntity> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const { plan } = await this.writable(m, i.planId);
      assertPlanEditable(plan.status);
      const problems = checkObligation(i, plan);
      const recipient = await referencedOrganization(m, this.caller, i.recipientId);
      if (!recipient) problems.push({ path: 'input.recipientId', message: 'no such organization', reason: 'NOT_FOUND' });
      for (const [k, id] of (i.reporterIds ?? []).entries()) {
        if (!(await referencedOrganization(m, this.caller, id))) problems.push({ path: `input.reporterIds[${k}]`, message: 'no such organization', reason: 'NOT_FOUND' });
      }
      const indicatorIds = i.indicatorIds ?? [];
      if (indicatorIds.length) {
        const known = new Set((await m.getRepository(IndicatorEntity).find({ select: { id: true }, where: { id: In(indicatorIds) } })).map((x) => x.id));
        indicatorIds.forEach((id, k) => {
          if (!known.has(id)) problems.push({ path: `input.indicatorIds[${k}]`, message: 'no such indicator', reason: 'NOT_FOUND' });
        });
      }
      throwProblems(problems);
      const row = await m.getRepository(ReportingObligationEntity).save(
        m.getRepository(ReportingObligationEntity).create({
          planId: plan.id,
          title: i.title.trim(),
          recipientId: recipient!.id,
          recipientPath: recipient!.path,
          reporterRule: i.reporterRule,
          reporterKind: i.reporterKind ?? null,
          reporterLevel: i.reporterLevel ?? null,
          frequency: i.frequency,
          ...obligationValues(i, plan),
          indicatorIds,
        }),
      );
      const named = await m.getRepository(ObligationReporterEntity).save((i.reporterIds ?? []).map((organizationId) => m.getRepository(ObligationReporterEntity).create({ obligationId: row.id, organizationId })));
      const audited = { ...row, reporterIds: named.map((n) => n.organizationId) };
      await this.access.audit(m, 'ReportingObligation', 'add', plan.orgPath, null, audited);
      return row;
    });
  }

  /** The plan row locked for the transaction (MySQL/MariaDB: FOR UPDATE), with the write rule applied. */
  private async writable(m: EntityManager, planId: number) {
    if (dialectOf(this.ds).kind === 'mysql') {
      await m.getRepository(PlanEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: planId }).getOne();
    }
    return this.access.writable(m, planId);
  }

  /** The organizations and plan a content names, and every problem of it. */
  private async contentFacts(m: EntityManager, c: PlanContent, planId: number | null) {
    const problems: PlanProblem[] = [];
    const issuers: { org: OrganizationEntity; areaPath: string | null }[] = [];
    const ids = c.issuerIds ?? [];
    const orgs = ids.length ? await m.getRepository(OrganizationEntity).findBy({ id: In([...new Set(ids)]) }) : [];
    const areaIds = [...new Set(orgs.map((o) => o.areaId).filter((a): a is number => a !== null))];
    const areas = new Map((areaIds.length ? await m.getRepository(AreaEntity).findBy({ id: In(areaIds) }) : []).map((a) => [a.id, a.path]));
    const readScope = this.caller.scope('organization.read');
    for (const [k, id] of ids.entries()) {
      const org = orgs.find((o) => o.id === id);
      const areaPath = org?.areaId != null ? (areas.get(org.areaId) ?? null) : null;
      if (!org || !readScope.coversOrganization(org.path, areaPath)) {
        problems.push({ path: `input.issuerIds[${k}]`, message: 'no such organization', reason: 'NOT_FOUND' });
        continue;
      }
      if (Number.isInteger(c.periodFrom) && Number.isInteger(c.periodTo) && !isValidDuring(org, c.periodFrom, c.periodTo)) {
        problems.push({ path: `input.issuerIds[${k}]`, message: `${org.name} is not active during ${c.periodFrom}–${c.periodTo}`, reason: 'VALIDATION_FAILED' });
      }
      issuers.push({ org, areaPath });
    }
    for (const [k, r] of (c.recipients ?? []).entries()) {
      if (r.organizationId != null && !(await referencedOrganization(m, this.caller, r.organizationId))) {
        problems.push({ path: `input.recipients[${k}].organizationId`, message: 'no such organization', reason: 'NOT_FOUND' });
      }
    }
    let implemented: PlanEntity | null = null;
    if (c.implementsId != null && c.implementsId !== planId) {
      const row = await m.getRepository(PlanEntity).findOneBy({ id: c.implementsId });
      implemented = row && canReadPlan(this.caller, row, await issuersOf(m, row.id)) ? row : null;
    }
    problems.push(
      ...checkPlanDraft(
        { ...c, id: planId },
        implemented && { id: implemented.id, status: implemented.status as PlanStatus, periodFrom: implemented.periodFrom, periodTo: implemented.periodTo },
      ),
    );
    // The first issuer decides who may write the plan: checked before the other problems.
    const first = issuers[0]?.org.id === ids[0] ? issuers[0].org : null;
    return { problems, issuers, first };
  }

  /** The plan columns of a checked content. */
  private columns(c: PlanContent, facts: { issuers: { org: OrganizationEntity; areaPath: string | null }[] }) {
    const first = facts.issuers[0];
    const number = c.number.trim();
    const title = c.title.trim();
    return {
      number,
      title,
      titleSearch: foldVietnamese(`${number} ${title}`).slice(0, 600),
      kind: c.kind,
      issuedOn: c.issuedOn ?? null,
      signer: trimOrNull(c.signer),
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      implementsId: c.implementsId ?? null,
      movement: c.movement?.trim() || DEFAULT_MOVEMENT,
      notes: trimOrNull(c.notes),
      sections: (c.sections ?? []).map((s): PlanSectionValue => ({ kind: s.kind, title: s.title.trim(), body: s.body.trim() })),
      recipients: (c.recipients ?? []).map((r): PlanRecipientValue => ({ organizationId: r.organizationId ?? null, name: r.name.trim() })),
      orgPath: first.org.path,
      areaPath: first.areaPath,
      level: first.org.level,
    };
  }

  private saveIssuers(m: EntityManager, planId: number, issuers: { org: OrganizationEntity; areaPath: string | null }[]) {
    return m.getRepository(PlanIssuerEntity).save(
      issuers.map((x, k) => m.getRepository(PlanIssuerEntity).create({ planId, organizationId: x.org.id, orgPath: x.org.path, areaPath: x.areaPath, position: k + 1 })),
    );
  }
}

function notOwned() {
  return forbidden('OUT_OF_SCOPE', 'You may draft and change plans only for an organization where you capture data (the first issuer).');
}

/** BAD_USER_INPUT with every problem (the common reason, else VALIDATION_FAILED). */
function throwProblems(problems: readonly PlanProblem[]): void {
  const p = new Problems();
  for (const e of problems) p.add(e.path, e.message, e.reason);
  p.throwIfAny();
}
