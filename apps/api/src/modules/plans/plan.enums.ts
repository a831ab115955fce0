import { registerEnumType } from 'type-graphql';
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
import { asEnum, describe } from '../../common/enums';

export const PlanKindEnum = asEnum<PlanKind>(PLAN_KINDS);
export const PlanStatusEnum = asEnum<PlanStatus>(PLAN_STATUSES);
export const PlanSectionKindEnum = asEnum<PlanSectionKind>(PLAN_SECTION_KINDS);
export const TaskRecurrenceEnum = asEnum<TaskRecurrence>(TASK_RECURRENCES);
export const TaskRoleEnum = asEnum<TaskRole>(TASK_ROLES);
export const TaskStatusEnum = asEnum<TaskStatus>(TASK_STATUSES);
export const MilestoneKindEnum = asEnum<MilestoneKind>(MILESTONE_KINDS);
export const ReportingFrequencyEnum = asEnum<ReportingFrequency>(REPORTING_FREQUENCIES);
export const ReporterRuleEnum = asEnum<ReporterRule>(REPORTER_RULES);

registerEnumType(PlanKindEnum, { name: 'PlanKind', description: 'What a plan document is (loại văn bản).', valuesConfig: describe(PLAN_KIND_LABELS) });
registerEnumType(PlanStatusEnum, { name: 'PlanStatus', description: 'Where a plan stands: draft, issued (in force), superseded by a later plan.', valuesConfig: describe(PLAN_STATUS_LABELS) });
registerEnumType(PlanSectionKindEnum, { name: 'PlanSectionKind', description: 'A part of a plan\'s text (phần của kế hoạch).', valuesConfig: describe(PLAN_SECTION_KIND_LABELS) });
registerEnumType(TaskRecurrenceEnum, { name: 'TaskRecurrence', description: 'How often a task falls due (tần suất).', valuesConfig: describe(TASK_RECURRENCE_LABELS) });
registerEnumType(TaskRoleEnum, { name: 'TaskRole', description: 'An assignee leads (chủ trì) or coordinates (phối hợp).', valuesConfig: describe(TASK_ROLE_LABELS) });
registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  description: 'Progress of an assigned task (tình trạng thực hiện). OVERDUE is computed (not done after the due date), never recorded.',
  valuesConfig: describe(TASK_STATUS_LABELS),
});
registerEnumType(MilestoneKindEnum, { name: 'MilestoneKind', description: 'Kind of milestone of a plan (mốc thời gian).', valuesConfig: describe(MILESTONE_KIND_LABELS) });
registerEnumType(ReportingFrequencyEnum, { name: 'ReportingFrequency', description: 'How often an obligation asks for a report (kỳ báo cáo).', valuesConfig: describe(REPORTING_FREQUENCY_LABELS) });
registerEnumType(ReporterRuleEnum, { name: 'ReporterRule', description: 'Who reports under an obligation (đơn vị báo cáo).', valuesConfig: describe(REPORTER_RULE_LABELS) });
