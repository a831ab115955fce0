import type { ReactNode } from 'react';
import { Badge } from '@lnob/ui';
import { planStatusLabel, reportStatusLabel, taskStatusLabel } from './labels';
import { useI18n } from './i18n';

type Tone = 'neutral' | 'good' | 'bad' | 'warn';

const REPORT_TONES: Record<string, Tone> = {
  NOT_DUE: 'neutral',
  DUE: 'warn',
  OVERDUE: 'bad',
  SUBMITTED: 'good',
  SUBMITTED_LATE: 'warn',
  RETURNED: 'bad',
  APPROVED: 'good',
  ACCEPTED: 'good',
};

const TASK_TONES: Record<string, Tone> = { NOT_STARTED: 'neutral', IN_PROGRESS: 'warn', DONE: 'good', OVERDUE: 'bad' };
const PLAN_TONES: Record<string, Tone> = { DRAFT: 'warn', ISSUED: 'good', SUPERSEDED: 'neutral' };

/**
 * A report's status on the day asked (`status(asOf)`), with how late it is when it is (`trễ 12
 * ngày`): OVERDUE counts the days since the due date, SUBMITTED_LATE the days it was submitted late.
 */
export function ReportStatusBadge(p: { status: string; daysLate?: number | null }) {
  const { t, locale } = useI18n();
  const late = p.daysLate && p.daysLate > 0 && (p.status === 'OVERDUE' || p.status === 'SUBMITTED_LATE') ? p.daysLate : null;
  return (
    <StatusBadge status={p.status} tones={REPORT_TONES} label={reportStatusLabel(p.status, locale)}>
      {late !== null ? <span className="lnob-status__late"> {t('reports.daysLate', { days: late })}</span> : null}
    </StatusBadge>
  );
}

/** A status as a badge of its tone, marked with `data-status` (and `children` after it). */
function StatusBadge(p: { status: string; tones: Record<string, Tone>; label: string; children?: ReactNode }) {
  return (
    <span className="lnob-status" data-status={p.status}>
      <Badge tone={p.tones[p.status] ?? 'neutral'}>{p.label}</Badge>
      {p.children}
    </span>
  );
}

/** A task assignment's status on the day asked (OVERDUE when not done after its due date). */
export function TaskStatusBadge(p: { status: string }) {
  const { locale } = useI18n();
  return <StatusBadge status={p.status} tones={TASK_TONES} label={taskStatusLabel(p.status, locale)} />;
}

export function PlanStatusBadge(p: { status: string }) {
  const { locale } = useI18n();
  return <StatusBadge status={p.status} tones={PLAN_TONES} label={planStatusLabel(p.status, locale)} />;
}
