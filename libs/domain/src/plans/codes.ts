/**
 * Code lists of plans (kế hoạch, domain.md §4, docs/plans.md): kinds, statuses, sections, task
 * recurrences, roles and statuses, milestones, reporting frequencies and reporter rules, with
 * Vietnamese and English labels. Stored as varchar and checked against these lists.
 */
import type { Label } from '../areas/kinds';
import { oneOf } from '../codes';

/** What the document is: a decision (quyết định), a plan (kế hoạch), a joint plan of two issuers (kế hoạch phối hợp), a guidance (hướng dẫn). */
export const PLAN_KINDS = ['DECISION', 'PLAN', 'JOINT_PLAN', 'GUIDANCE'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** DRAFT (dự thảo) → ISSUED (ban hành) → SUPERSEDED (thay thế). */
export const PLAN_STATUSES = ['DRAFT', 'ISSUED', 'SUPERSEDED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The parts of a plan's text: purpose, requirements, contents, organization of implementation, other. */
export const PLAN_SECTION_KINDS = ['PURPOSE', 'REQUIREMENTS', 'CONTENTS', 'ORGANIZATION', 'OTHER'] as const;
export type PlanSectionKind = (typeof PLAN_SECTION_KINDS)[number];

/** How often a task falls due. */
export const TASK_RECURRENCES = ['ONE_OFF', 'ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY', 'MONTHLY'] as const;
export type TaskRecurrence = (typeof TASK_RECURRENCES)[number];

/** An assignee leads (chủ trì) or coordinates (phối hợp). */
export const TASK_ROLES = ['LEAD', 'COORDINATE'] as const;
export type TaskRole = (typeof TASK_ROLES)[number];

/** What an assignee records about a task. */
export const RECORDED_TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const;
export type RecordedTaskStatus = (typeof RECORDED_TASK_STATUSES)[number];

/** The status shown: the recorded one, or OVERDUE (computed) when not done after the due date. */
export const TASK_STATUSES = [...RECORDED_TASK_STATUSES, 'OVERDUE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const MILESTONE_KINDS = ['DEPLOYMENT', 'MID_TERM_REVIEW', 'FINAL_REVIEW', 'PEAK_MONTH', 'OTHER'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** How often an obligation asks for a report (the reports rules use the same list). */
export const REPORTING_FREQUENCIES = ['ANNUAL', 'SEMI_ANNUAL', 'QUARTERLY', 'MONTHLY', 'ONE_OFF'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/**
 * Who reports under an obligation: NAMED organizations; the MEMBER_ORGANIZATIONS of the recipient
 * (a VFF committee's member organizations at its level, in its area); the SUBORDINATE_UNITS of the
 * recipient (organizations of a kind, and level when given, inside its own-system subtree).
 */
export const REPORTER_RULES = ['NAMED', 'MEMBER_ORGANIZATIONS', 'SUBORDINATE_UNITS'] as const;
export type ReporterRule = (typeof REPORTER_RULES)[number];

/** The movement a plan belongs to, by default (Phong trào “Vì người nghèo – Không để ai bị bỏ lại phía sau”). */
export const DEFAULT_MOVEMENT = 'LNOB';


export const isPlanKind = oneOf(PLAN_KINDS);
export const isPlanStatus = oneOf(PLAN_STATUSES);
export const isPlanSectionKind = oneOf(PLAN_SECTION_KINDS);
export const isTaskRecurrence = oneOf(TASK_RECURRENCES);
export const isTaskRole = oneOf(TASK_ROLES);
export const isRecordedTaskStatus = oneOf(RECORDED_TASK_STATUSES);
export const isMilestoneKind = oneOf(MILESTONE_KINDS);
export const isReportingFrequency = oneOf(REPORTING_FREQUENCIES);
export const isReporterRule = oneOf(REPORTER_RULES);

export const PLAN_KIND_LABELS: Record<PlanKind, Label> = {
  DECISION: { vi: 'Quyết định', en: 'Decision' },
  PLAN: { vi: 'Kế hoạch', en: 'Plan' },
  JOINT_PLAN: { vi: 'Kế hoạch phối hợp', en: 'Joint plan' },
  GUIDANCE: { vi: 'Hướng dẫn', en: 'Guidance' },
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, Label> = {
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
  ISSUED: { vi: 'Đã ban hành', en: 'Issued' },
  SUPERSEDED: { vi: 'Đã được thay thế', en: 'Superseded' },
};

export const PLAN_SECTION_KIND_LABELS: Record<PlanSectionKind, Label> = {
  PURPOSE: { vi: 'Mục đích', en: 'Purpose' },
  REQUIREMENTS: { vi: 'Yêu cầu', en: 'Requirements' },
  CONTENTS: { vi: 'Nội dung', en: 'Contents' },
  ORGANIZATION: { vi: 'Tổ chức thực hiện', en: 'Organization of implementation' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

export const TASK_RECURRENCE_LABELS: Record<TaskRecurrence, Label> = {
  ONE_OFF: { vi: 'Một lần', en: 'Once' },
  ANNUAL: { vi: 'Hằng năm', en: 'Every year' },
  SEMI_ANNUAL: { vi: 'Sáu tháng một lần', en: 'Every half-year' },
  QUARTERLY: { vi: 'Hằng quý', en: 'Every quarter' },
  MONTHLY: { vi: 'Hằng tháng', en: 'Every month' },
};

export const TASK_ROLE_LABELS: Record<TaskRole, Label> = {
  LEAD: { vi: 'Chủ trì', en: 'Lead' },
  COORDINATE: { vi: 'Phối hợp', en: 'Coordinate' },
};

export const TASK_STATUS_LABELS: Record<TaskStatus, Label> = {
  NOT_STARTED: { vi: 'Chưa thực hiện', en: 'Not started' },
  IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
  DONE: { vi: 'Đã hoàn thành', en: 'Done' },
  OVERDUE: { vi: 'Quá hạn', en: 'Overdue' },
};

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, Label> = {
  DEPLOYMENT: { vi: 'Triển khai', en: 'Deployment' },
  MID_TERM_REVIEW: { vi: 'Sơ kết', en: 'Mid-term review' },
  FINAL_REVIEW: { vi: 'Tổng kết', en: 'Final review' },
  PEAK_MONTH: { vi: 'Tháng cao điểm', en: 'Peak month' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

export const REPORTING_FREQUENCY_LABELS: Record<ReportingFrequency, Label> = {
  ANNUAL: { vi: 'Hằng năm', en: 'Annual' },
  SEMI_ANNUAL: { vi: 'Sáu tháng', en: 'Half-yearly' },
  QUARTERLY: { vi: 'Hằng quý', en: 'Quarterly' },
  MONTHLY: { vi: 'Hằng tháng', en: 'Monthly' },
  ONE_OFF: { vi: 'Một lần', en: 'Once' },
};

export const REPORTER_RULE_LABELS: Record<ReporterRule, Label> = {
  NAMED: { vi: 'Đơn vị được nêu tên', en: 'Named organizations' },
  MEMBER_ORGANIZATIONS: { vi: 'Các tổ chức thành viên', en: 'Member organizations' },
  SUBORDINATE_UNITS: { vi: 'Các đơn vị trực thuộc', en: 'Subordinate units' },
};
