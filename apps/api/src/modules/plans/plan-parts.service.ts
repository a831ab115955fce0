import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  assertPlanEditable,
  assignmentDoneOn,
  badInput,
  checkAssignmentUpdate,
  checkMilestone,
  checkObligation,
  checkTask,
  conflict,
  obligationValues,
  todayLocal,
  type LocalDate,
  type MilestoneDraft,
  type MilestoneKind,
  type ObligationDraft,
  type PlanProblem,
  type RecordedTaskStatus,
  type ReporterRule,
  type ReportingFrequency,
  type TaskRecurrence,
  type TaskRole,
} from '@lnob/domain';
import { referencedOrganization, referencedOrganizations } from '../../common/visibility';
import { recordAudit } from '../audit/audit.writer';
import type { Caller } from '../auth/caller';
import { IndicatorEntity } from '../indicators/indicator.entity';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { trimOrNull } from '../../common/inputs';
import { canReadPlan, issuersOf, PlanAccess, planAuditRecord, throwProblems } from './plan.access';
import { MilestoneEntity, ObligationReporterEntity, PlanEntity, PlanTaskEntity, ReportingObligationEntity, TaskAssignmentEntity } from './plan.entity';

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

/** A reporting obligation as the rules take it (libs/domain `ObligationDraft`), for a plan and a recipient. */
export interface NewObligation extends ObligationDraft {
  planId: number;
  recipientId: number;
  reporterRule: ReporterRule;
  frequency: ReportingFrequency;
}

export interface NewMilestone extends MilestoneDraft {
  planId: number;
  kind: MilestoneKind;
}

const noSuchOrganization = (path: string): PlanProblem => ({ path, message: 'no such organization', reason: 'NOT_FOUND' });

/**
 * The parts of a plan (docs/plans.md): tasks and their assignments, milestones and reporting
 * obligations. They are added to a draft by `data.capture` owning its first issuer; an assignee
 * records its progress once the plan is issued (`data.capture` owning the assignee). One
 * transaction each, audited under the plan's first issuer (progress: under the assignee).
 */
export class PlanPartsService {
  private readonly access: PlanAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new PlanAccess(caller);
  }

  /** A task of a draft with its assignees (each visible to the caller). */
  async addTask(i: NewTask): Promise<{ task: PlanTaskEntity; assignments: TaskAssignmentEntity[] }> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const plan = await this.editable(m, i.planId);
      const problems: PlanProblem[] = checkTask(i, plan);
      const assignees = i.assignees ?? [];
      const visible = await referencedOrganizations(m, this.caller, assignees.map((a) => a.organizationId));
      assignees.forEach((a, k) => {
        if (!visible.has(a.organizationId)) problems.push(noSuchOrganization(`input.assignees[${k}].organizationId`));
      });
      throwProblems(problems);
      const [last] = (await m.query('SELECT MAX(position) AS n FROM plan_task WHERE planId = ?', [plan.id])) as { n: unknown }[];
      const task = await m.getRepository(PlanTaskEntity).save(
        m.getRepository(PlanTaskEntity).create({
          planId: plan.id,
          title: i.title.trim(),
          description: trimOrNull(i.description) ?? null,
          recurrence: i.recurrence,
          dueOn: i.recurrence === 'ONE_OFF' ? i.dueOn! : null,
          dueMonth: i.recurrence === 'ANNUAL' ? i.dueMonth! : null,
          dueDay: i.recurrence === 'ONE_OFF' ? null : i.dueDay!,
          position: Number(last?.n ?? 0) + 1,
        }),
      );
      const now = new Date();
      const assignments = await m.getRepository(TaskAssignmentEntity).save(assignees.map((a) => newAssignment(m, task, visible.get(a.organizationId)!.org, a.role, now)));
      await recordAudit(m, this.caller, [
        planAuditRecord('PlanTask', 'add', plan.orgPath, null, task),
        ...assignments.map((a) => planAuditRecord('TaskAssignment', 'assign', plan.orgPath, null, a)),
      ]);
      return { task, assignments };
    });
  }

  /** Assign a task of a draft to one more organization. */
  async assignTask(i: { taskId: number; organizationId: number; role: TaskRole }): Promise<TaskAssignmentEntity> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const task = await m.getRepository(PlanTaskEntity).findOneBy({ id: i.taskId });
      if (!task) throw badInput('NOT_FOUND', 'No such task.', [{ path: 'input.taskId', message: 'no such task' }]);
      const plan = await this.editable(m, task.planId);
      const problems: PlanProblem[] = checkTask({ ...task, assignees: [{ organizationId: i.organizationId, role: i.role }] }, plan).filter((e) => e.path.startsWith('input.assignees'));
      const org = await referencedOrganization(m, this.caller, i.organizationId);
      if (!org) problems.push(noSuchOrganization('input.organizationId'));
      else if (await m.getRepository(TaskAssignmentEntity).existsBy({ taskId: task.id, organizationId: org.id })) {
        problems.push({ path: 'input.organizationId', message: 'already assigned this task', reason: 'VALIDATION_FAILED' });
      }
      throwProblems(problems.map((e) => ({ ...e, path: e.path.replace('input.assignees[0].', 'input.') })));
      const row = await m.getRepository(TaskAssignmentEntity).save(newAssignment(m, task, org!, i.role, new Date()));
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
      if (i.evidence !== undefined) row!.evidence = trimOrNull(i.evidence) ?? null;
      row!.doneOn = assignmentDoneOn(status, i.doneOn, row!.doneOn, today);
      row!.updatedAt = new Date();
      const saved = await m.getRepository(TaskAssignmentEntity).save(row!);
      await this.access.audit(m, 'TaskAssignment', 'update', saved.orgPath, before, saved);
      return saved;
    });
  }

  async addMilestone(i: NewMilestone): Promise<MilestoneEntity> {
    this.caller.require('data.capture');
    return this.ds.transaction(async (m) => {
      const plan = await this.editable(m, i.planId);
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
      const plan = await this.editable(m, i.planId);
      const problems = checkObligation(i, plan);
      const reporterIds = i.reporterIds ?? [];
      const visible = await referencedOrganizations(m, this.caller, [i.recipientId, ...reporterIds]);
      const recipient = visible.get(i.recipientId)?.org;
      if (!recipient) problems.push(noSuchOrganization('input.recipientId'));
      reporterIds.forEach((id, k) => {
        if (!visible.has(id)) problems.push(noSuchOrganization(`input.reporterIds[${k}]`));
      });
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
      const named = await m.getRepository(ObligationReporterEntity).save(reporterIds.map((organizationId) => m.getRepository(ObligationReporterEntity).create({ obligationId: row.id, organizationId })));
      const audited = { ...row, reporterIds: named.map((n) => n.organizationId) };
      await this.access.audit(m, 'ReportingObligation', 'add', plan.orgPath, null, audited);
      return row;
    });
  }

  /** The plan to add a part to: locked, written by the caller (plan.access.ts), still a draft. */
  private async editable(m: EntityManager, planId: number): Promise<PlanEntity> {
    const { plan } = await this.access.writableLocked(m, planId);
    assertPlanEditable(plan.status);
    return plan;
  }
}

/** A new assignment of a task (NOT_STARTED), filed under the assignee. */
function newAssignment(m: EntityManager, task: PlanTaskEntity, org: OrganizationEntity, role: TaskRole, now: Date): TaskAssignmentEntity {
  return m.getRepository(TaskAssignmentEntity).create({ taskId: task.id, planId: task.planId, organizationId: org.id, orgPath: org.path, role, status: 'NOT_STARTED', evidence: null, doneOn: null, updatedAt: now });
}
