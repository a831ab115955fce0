/**
 * The labels of the plan, report, indicator and event code lists, straight from @lnob/domain so the
 * API and the screens say the same; an unknown code (newer than these tables) as it is. Only the
 * lazily loaded screens import this module.
 */
import {
  EVENT_KIND_LABELS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_SOURCE_LABELS,
  INDICATOR_UNIT_LABELS,
  MILESTONE_KIND_LABELS,
  PLAN_KIND_LABELS,
  PLAN_SECTION_KIND_LABELS,
  PLAN_STATUS_LABELS,
  REPORT_STATUS_LABELS,
  REPORTER_RULE_LABELS,
  REPORTING_FREQUENCY_LABELS,
  TARGET_KIND_LABELS,
  TASK_RECURRENCE_LABELS,
  TASK_ROLE_LABELS,
  TASK_STATUS_LABELS,
  type Label,
} from '@lnob/domain';
import type { Locale } from '@lnob/ui';

const labelOf = <K extends string>(table: Record<K, Label>) => (code: K | string | null | undefined, locale: Locale): string =>
  code ? ((table as Record<string, Label | undefined>)[code]?.[locale] ?? code) : '';

export const planKindLabel = labelOf(PLAN_KIND_LABELS);
export const planStatusLabel = labelOf(PLAN_STATUS_LABELS);
export const sectionKindLabel = labelOf(PLAN_SECTION_KIND_LABELS);
export const recurrenceLabel = labelOf(TASK_RECURRENCE_LABELS);
export const taskRoleLabel = labelOf(TASK_ROLE_LABELS);
export const taskStatusLabel = labelOf(TASK_STATUS_LABELS);
export const milestoneKindLabel = labelOf(MILESTONE_KIND_LABELS);
export const frequencyLabel = labelOf(REPORTING_FREQUENCY_LABELS);
export const reporterRuleLabel = labelOf(REPORTER_RULE_LABELS);
export const reportStatusLabel = labelOf(REPORT_STATUS_LABELS);
export const sourceLabel = labelOf(INDICATOR_SOURCE_LABELS);
export const unitLabel = labelOf(INDICATOR_UNIT_LABELS);
export const directionLabel = labelOf(INDICATOR_DIRECTION_LABELS);
export const targetKindLabel = labelOf(TARGET_KIND_LABELS);
export const eventKindLabel = labelOf(EVENT_KIND_LABELS);

/** An indicator's name in the current language (Vietnamese when the English one is missing). */
export const indicatorName = (i: { nameVi: string; nameEn: string }, locale: Locale) => (locale === 'en' && i.nameEn ? i.nameEn : i.nameVi);
