import {
  MILESTONE_KINDS,
  MILESTONE_KIND_LABELS,
  PLAN_KINDS,
  PLAN_KIND_LABELS,
  PLAN_SECTION_KINDS,
  PLAN_SECTION_KIND_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  REPORTER_RULES,
  REPORTER_RULE_LABELS,
  REPORTING_FREQUENCIES,
  REPORTING_FREQUENCY_LABELS,
  TASK_RECURRENCES,
  TASK_RECURRENCE_LABELS,
  TASK_ROLES,
  TASK_ROLE_LABELS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type MilestoneKind,
  type PlanKind,
  type PlanSectionKind,
  type PlanStatus,
  type ReporterRule,
  type ReportingFrequency,
  type TaskRecurrence,
  type TaskRole,
  type TaskStatus,
} from '@lnob/domain';
import { codeEnum } from '../../common/enums';

export const PlanKindEnum = codeEnum<PlanKind>(PLAN_KINDS, 'PlanKind', 'What a plan document is (loại văn bản).', PLAN_KIND_LABELS);
export const PlanStatusEnum = codeEnum<PlanStatus>(PLAN_STATUSES, 'PlanStatus', 'Where a plan stands: draft, issued (in force), superseded by a later plan.', PLAN_STATUS_LABELS);
export const PlanSectionKindEnum = codeEnum<PlanSectionKind>(PLAN_SECTION_KINDS, 'PlanSectionKind', 'A part of a plan\'s text (phần của kế hoạch).', PLAN_SECTION_KIND_LABELS);
export const TaskRecurrenceEnum = codeEnum<TaskRecurrence>(TASK_RECURRENCES, 'TaskRecurrence', 'How often a task falls due (tần suất).', TASK_RECURRENCE_LABELS);
export const TaskRoleEnum = codeEnum<TaskRole>(TASK_ROLES, 'TaskRole', 'An assignee leads (chủ trì) or coordinates (phối hợp).', TASK_ROLE_LABELS);
export const TaskStatusEnum = codeEnum<TaskStatus>(
  TASK_STATUSES,
  'TaskStatus',
  'Progress of an assigned task (tình trạng thực hiện). OVERDUE is computed (not done after the due date), never recorded.',
  TASK_STATUS_LABELS,
);
export const MilestoneKindEnum = codeEnum<MilestoneKind>(MILESTONE_KINDS, 'MilestoneKind', 'Kind of milestone of a plan (mốc thời gian).', MILESTONE_KIND_LABELS);
export const ReportingFrequencyEnum = codeEnum<ReportingFrequency>(REPORTING_FREQUENCIES, 'ReportingFrequency', 'How often an obligation asks for a report (kỳ báo cáo).', REPORTING_FREQUENCY_LABELS);
export const ReporterRuleEnum = codeEnum<ReporterRule>(REPORTER_RULES, 'ReporterRule', 'Who reports under an obligation (đơn vị báo cáo).', REPORTER_RULE_LABELS);
