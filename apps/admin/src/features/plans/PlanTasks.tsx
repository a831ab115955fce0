import { Badge, DataTable, EmptyState, formatLocalDate, type I18n } from '@lnob/ui';
import { TaskStatusBadge } from './badges';
import { milestoneKindLabel, recurrenceLabel, taskRoleLabel } from './labels';
import type { PlanDetail } from './operations';
import { pad, rangeText } from './parts';
import { useI18n } from './i18n';

type Task = PlanDetail['tasks'][number];

/** When a task is due, as the plan says it (`Trước ngày 10/12 hằng năm`). */
function taskDue(task: Pick<Task, 'recurrence' | 'dueOn' | 'dueMonth' | 'dueDay'>, t: I18n['t']): string {
  if (task.recurrence === 'ONE_OFF') return task.dueOn ? t('plans.dueBy', { date: formatLocalDate(task.dueOn) }) : t('plans.noDue');
  if (task.dueDay === null) return t('plans.noDue');
  if (task.recurrence === 'ANNUAL' && task.dueMonth !== null) return t('plans.dueEveryYear', { day: pad(task.dueDay), month: pad(task.dueMonth) });
  return t('plans.dueLastMonth', { day: task.dueDay });
}

/** The tasks tab: each task, when it is due, and its assignments with their statuses (OVERDUE once past due). */
export function PlanTasks(p: { tasks: readonly Task[] }) {
  const { t, locale } = useI18n();
  if (p.tasks.length === 0) return <EmptyState message={t('plans.noTasks')} />;
  return (
    <DataTable className="lnob-plans__table" testId="plan-tasks" columns={[t('plans.task'), t('plans.due'), t('plans.assignees')]}>
      {p.tasks.map((task) => (
        <tr key={task.id} data-id={task.id}>
          <th scope="row">
            {task.title}
            {task.description ? <div className="lnob-muted">{task.description}</div> : null}
          </th>
          <td>
            {recurrenceLabel(task.recurrence, locale)}
            <div className="lnob-muted">{taskDue(task, t)}</div>
          </td>
          <td>
            {task.assignments.length === 0 ? (
              <span className="lnob-muted">{t('plans.noAssignees')}</span>
            ) : (
              <ul className="lnob-list">
                {task.assignments.map((a) => (
                  <li key={a.id} data-id={a.id} data-status={a.status}>
                    {a.organization.name} <span className="lnob-muted">({taskRoleLabel(a.role, locale)})</span> <TaskStatusBadge status={a.status} />
                    {a.dueOn && a.status !== 'DONE' ? <span className="lnob-muted"> {t('plans.nextDue', { date: formatLocalDate(a.dueOn) })}</span> : null}
                    {a.doneOn ? <span className="lnob-muted"> {t('plans.doneOn', { date: formatLocalDate(a.doneOn) })}</span> : null}
                    {a.evidence ? (
                      <div className="lnob-muted">
                        {t('plans.evidence')}: {a.evidence}
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The milestones tab: a timeline in date order. */
export function PlanMilestones(p: { milestones: PlanDetail['milestones'] }) {
  const { t, locale } = useI18n();
  if (p.milestones.length === 0) return <EmptyState message={t('plans.noMilestones')} />;
  const sorted = [...p.milestones].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  return (
    <ol className="lnob-plans__timeline" data-testid="plan-milestones">
      {sorted.map((m) => (
        <li key={m.id} data-kind={m.kind}>
          <time dateTime={m.startsOn}>{rangeText(t, m.startsOn, m.endsOn)}</time>
          <Badge>{milestoneKindLabel(m.kind, locale)}</Badge> {m.title}
        </li>
      ))}
    </ol>
  );
}
