import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { todayLocal } from '@lnob/domain';
import { Badge, Button, DateField, Dialog, EmptyState, Markdown, Notice, Tabs, formatLocalDate, formatPeriod, formatVnd } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { href, useRoute } from '../../app/router';
import { useCan } from '../../app/session';
import { NOT_FOUND_ERROR, QueryFallback } from '../common/queries';
import { TaskStatusBadge, PlanStatusBadge } from './badges';
import { PlanCascade } from './PlanCascade';
import {
  eventKindLabel,
  frequencyLabel,
  indicatorName,
  milestoneKindLabel,
  planKindLabel,
  recurrenceLabel,
  reporterRuleLabel,
  sectionKindLabel,
  targetKindLabel,
  taskRoleLabel,
  unitLabel,
} from './labels';
import { formatFigure } from '../indicators/format';
import { IssuePlanDocument, PlanDetailDocument, type PlanDetailQuery } from './operations';
import { asOfFromQuery, names } from './parts';
import { useI18n } from './i18n';

type PlanDetail = NonNullable<PlanDetailQuery['plan']>;
type Task = PlanDetail['tasks'][number];
type Obligation = PlanDetail['obligations'][number];

const PLAN_TABS = ['content', 'tasks', 'milestones', 'obligations', 'targets', 'events', 'cascade'] as const;
type PlanTab = (typeof PLAN_TABS)[number];

/**
 * `#/plans/<id>?tab=content|tasks|milestones|obligations|targets|events|cascade&asOf=<date>`: a plan's
 * header (number, title, kind, status, issuers, issue date, signer, period, the plan it implements and
 * what superseded it), then one tab: its sections (Markdown, shown safely) with recipients and the
 * implementing plans; its tasks with their assignments and statuses (OVERDUE once past due); the
 * milestones as a timeline; the reporting obligations with their reporters; the targets; its events;
 * the cascade of implementing plans with who has reported. "Issue" for capture users on a draft.
 */
export function PlanView(p: { id: string }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const can = useCan();
  const asOf = asOfFromQuery(route);
  const [res, reexecute] = useQuery({ query: PlanDetailDocument, variables: { id: p.id, asOf } });
  const plan = res.data?.plan;
  const [issuing, setIssuing] = useState(false);
  if (!plan) {
    return (
      <div className="lnob-page" data-testid="plan-view">
        <a href={href('/plans')} className="lnob-back">
          {t('plans.back')}
        </a>
        <QueryFallback fetching={res.fetching} error={describeError(res.error) ?? (res.data ? NOT_FOUND_ERROR : null)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </div>
    );
  }
  const tabText = route.query.get('tab') ?? 'content';
  const tab: PlanTab = (PLAN_TABS as readonly string[]).includes(tabText) ? (tabText as PlanTab) : 'content';
  const tabHref = (key: PlanTab) => href(route.path, { tab: key === 'content' ? null : key, asOf });
  const planLink = (x: { id: string; number: string; title: string }) => <a href={href(`/plans/${encodeURIComponent(x.id)}`)}>{`${x.number} — ${x.title}`}</a>;

  return (
    <div className="lnob-page" data-testid="plan-view" data-plan={plan.id} data-status={plan.status}>
      <a href={href('/plans')} className="lnob-back">
        {t('plans.back')}
      </a>
      <header className="lnob-page__header">
        <div>
          <h1>
            {plan.number} <Badge>{planKindLabel(plan.kind, locale)}</Badge> <PlanStatusBadge status={plan.status} />
          </h1>
          <p className="lnob-plans__section">{plan.title}</p>
        </div>
        {plan.status === 'DRAFT' && can('data.capture') ? (
          <Button variant="primary" onClick={() => setIssuing(true)} data-testid="issue-plan">
            {t('plans.issue')}
          </Button>
        ) : null}
      </header>
      <dl className="lnob-dl" data-testid="plan-header">
        <dt>{t('plans.issuers')}</dt>
        <dd>{names(plan.issuers)}</dd>
        <dt>{t('plans.issuedOn')}</dt>
        <dd>{plan.issuedOn ? formatLocalDate(plan.issuedOn) : t('plans.notIssued')}</dd>
        <dt>{t('plans.signer')}</dt>
        <dd>{plan.signer ?? t('state.none')}</dd>
        <dt>{t('plans.period')}</dt>
        <dd>{t('plans.years', { from: plan.periodFrom, to: plan.periodTo })}</dd>
        {plan.implements ? (
          <>
            <dt>{t('plans.implements')}</dt>
            <dd data-testid="implements">{planLink(plan.implements)}</dd>
          </>
        ) : null}
        {plan.supersededBy ? (
          <>
            <dt>{t('plans.supersededBy')}</dt>
            <dd data-testid="superseded-by">{planLink(plan.supersededBy)}</dd>
          </>
        ) : null}
        <dt>{t('plans.movement')}</dt>
        <dd>{plan.movement}</dd>
      </dl>
      <Tabs label={plan.number} active={tab} tabs={PLAN_TABS.map((key) => ({ key, label: t(`plans.tab.${key}`), href: tabHref(key) }))} />
      {tab === 'content' ? (
        <PlanContent plan={plan} planLink={planLink} />
      ) : tab === 'tasks' ? (
        <PlanTasks tasks={plan.tasks} />
      ) : tab === 'milestones' ? (
        <PlanMilestones milestones={plan.milestones} />
      ) : tab === 'obligations' ? (
        <PlanObligations plan={plan} />
      ) : tab === 'targets' ? (
        <PlanTargets targets={plan.targets} />
      ) : tab === 'events' ? (
        <PlanEvents plan={plan} />
      ) : (
        <PlanCascade planId={plan.id} asOf={asOf} />
      )}
      {issuing ? <IssueDialog plan={plan} onClose={() => setIssuing(false)} /> : null}
    </div>
  );
}

function PlanContent(p: { plan: PlanDetail; planLink(x: { id: string; number: string; title: string }): ReactNode }) {
  const { t, locale } = useI18n();
  const { plan } = p;
  return (
    <div data-testid="plan-content">
      {plan.sections.length === 0 ? <EmptyState message={t('plans.noSections')} /> : null}
      {plan.sections.map((s, i) => (
        <section key={i} className="lnob-plans__section" data-kind={s.kind}>
          <h2>
            {s.title || sectionKindLabel(s.kind, locale)}
            {s.title && s.title !== sectionKindLabel(s.kind, locale) ? <span className="lnob-muted"> · {sectionKindLabel(s.kind, locale)}</span> : null}
          </h2>
          <Markdown source={s.body} />
        </section>
      ))}
      {plan.notes ? (
        <section className="lnob-plans__section">
          <h2>{t('plans.notes')}</h2>
          <Markdown source={plan.notes} />
        </section>
      ) : null}
      <section className="lnob-plans__section">
        <h2>{t('plans.recipients')}</h2>
        {plan.recipients.length === 0 ? (
          <p className="lnob-muted">{t('plans.noRecipients')}</p>
        ) : (
          <ul className="lnob-list" data-testid="recipients">
            {plan.recipients.map((r, i) => (
              <li key={i}>
                {r.name}
                {r.organization && r.organization.name !== r.name ? <span className="lnob-muted"> · {r.organization.name}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="lnob-plans__section">
        <h2>{t('plans.implementedBy')}</h2>
        {plan.implementingPlans.length === 0 ? (
          <p className="lnob-muted">{t('plans.noImplementing')}</p>
        ) : (
          <ul className="lnob-list" data-testid="implementing-plans">
            {plan.implementingPlans.map((x) => (
              <li key={x.id}>
                {p.planLink(x)} <span className="lnob-muted">· {names(x.issuers)}</span> <PlanStatusBadge status={x.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** When a task is due, as the plan says it (`Trước ngày 10/12 hằng năm`). */
function taskDue(task: Pick<Task, 'recurrence' | 'dueOn' | 'dueMonth' | 'dueDay'>, t: ReturnType<typeof useI18n>['t']): string {
  if (task.recurrence === 'ONE_OFF') return task.dueOn ? t('plans.dueBy', { date: formatLocalDate(task.dueOn) }) : t('plans.noDue');
  if (task.dueDay === null) return t('plans.noDue');
  if (task.recurrence === 'ANNUAL' && task.dueMonth !== null) return t('plans.dueEveryYear', { day: pad(task.dueDay), month: pad(task.dueMonth) });
  return t('plans.dueLastMonth', { day: task.dueDay });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Units a figure is shown with (`12,5 %`, `1.234 ₫`): no unit name after them. */
const SIGNED_UNITS = new Set(['PERCENT', 'POINT', 'VND']);

function PlanTasks(p: { tasks: readonly Task[] }) {
  const { t, locale } = useI18n();
  if (p.tasks.length === 0) return <EmptyState message={t('plans.noTasks')} />;
  return (
    <table className="lnob-table lnob-plans__table" data-testid="plan-tasks">
      <thead>
        <tr>
          <th scope="col">{t('plans.task')}</th>
          <th scope="col">{t('plans.due')}</th>
          <th scope="col">{t('plans.assignees')}</th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}

function PlanMilestones(p: { milestones: PlanDetail['milestones'] }) {
  const { t, locale } = useI18n();
  if (p.milestones.length === 0) return <EmptyState message={t('plans.noMilestones')} />;
  const sorted = [...p.milestones].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  return (
    <ol className="lnob-plans__timeline" data-testid="plan-milestones">
      {sorted.map((m) => (
        <li key={m.id} data-kind={m.kind}>
          <time dateTime={m.startsOn}>{m.endsOn && m.endsOn !== m.startsOn ? t('plans.dateRange', { from: formatLocalDate(m.startsOn), to: formatLocalDate(m.endsOn) }) : formatLocalDate(m.startsOn)}</time>
          <Badge>{milestoneKindLabel(m.kind, locale)}</Badge> {m.title}
        </li>
      ))}
    </ol>
  );
}

/** When an obligation's reports are due (`Trước ngày 10/12 hằng năm`, `Trước ngày 10 tháng cuối kỳ`). */
function obligationDue(o: Obligation, t: ReturnType<typeof useI18n>['t'], locale: 'vi' | 'en'): string {
  if (o.frequency === 'ONE_OFF') {
    const due = o.dueOn ? t('plans.dueBy', { date: formatLocalDate(o.dueOn) }) : t('plans.noDue');
    return o.period ? `${formatPeriod(o.period, locale)} · ${due}` : due;
  }
  if (o.frequency === 'ANNUAL' && o.dueMonth !== null) return t('plans.dueEveryYear', { day: pad(o.dueDay), month: pad(o.dueMonth) });
  if (o.dueMonthOffset > 0) return t('plans.dueMonthsAfter', { day: o.dueDay, offset: o.dueMonthOffset });
  return t('plans.dueLastMonth', { day: o.dueDay });
}

function PlanObligations(p: { plan: PlanDetail }) {
  const { t, locale } = useI18n();
  const { obligations } = p.plan;
  if (obligations.length === 0) return <EmptyState message={t('plans.noObligations')} />;
  return (
    <>
      <p>
        <a href={href('/reports/compliance', { plan: p.plan.id, planName: `${p.plan.number} — ${p.plan.title}` })} data-testid="compliance-link">
          {t('plans.compliance')}
        </a>
      </p>
      <table className="lnob-table lnob-plans__table" data-testid="plan-obligations">
        <thead>
          <tr>
            <th scope="col">{t('plans.obligation')}</th>
            <th scope="col">{t('plans.frequency')}</th>
            <th scope="col">{t('plans.reportsTo')}</th>
            <th scope="col">{t('plans.reporters')}</th>
            <th scope="col">{t('plans.reportIndicators')}</th>
          </tr>
        </thead>
        <tbody>
          {obligations.map((o) => (
            <tr key={o.id} data-id={o.id}>
              <th scope="row">{o.title}</th>
              <td>
                {frequencyLabel(o.frequency, locale)}
                <div className="lnob-muted">{obligationDue(o, t, locale)}</div>
                <div className="lnob-muted">{t('plans.yearsOf', { from: o.firstYear, to: o.lastYear })}</div>
              </td>
              <td>{o.recipient.name}</td>
              <td>
                <div className="lnob-muted">{reporterRuleLabel(o.reporterRule, locale)}</div>
                {o.reporters.length > 0 ? (
                  <ul className="lnob-list">
                    {o.reporters.map((r) => (
                      <li key={r.id}>{r.name}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td>
                {o.indicators.length === 0 ? (
                  t('state.none')
                ) : (
                  <ul className="lnob-list">
                    {o.indicators.map((i) => (
                      <li key={i.id}>
                        <code>{i.code}</code> {indicatorName(i, locale)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function PlanTargets(p: { targets: PlanDetail['targets'] }) {
  const { t, locale } = useI18n();
  if (p.targets.length === 0) return <EmptyState message={t('plans.noTargets')} />;
  return (
    <table className="lnob-table lnob-plans__table" data-testid="plan-targets">
      <thead>
        <tr>
          <th scope="col">{t('plans.indicator')}</th>
          <th scope="col">{t('plans.scope')}</th>
          <th scope="col">{t('plans.periods')}</th>
          <th scope="col">{t('plans.targetValue')}</th>
        </tr>
      </thead>
      <tbody>
        {p.targets.map((x) => (
          <tr key={x.id} data-id={x.id}>
            <th scope="row">
              {indicatorName(x.indicator, locale)} <code className="lnob-muted">{x.indicator.code}</code>
            </th>
            <td>{x.area?.name ?? x.organization?.name ?? t('state.none')}</td>
            <td>{x.fromPeriod === x.toPeriod ? formatPeriod(x.fromPeriod, locale) : t('plans.dateRange', { from: formatPeriod(x.fromPeriod, locale), to: formatPeriod(x.toPeriod, locale) })}</td>
            <td>
              {targetKindLabel(x.kind, locale)}: <strong>{formatFigure(x.value, x.indicator.unit, locale)}</strong>
              {SIGNED_UNITS.has(x.indicator.unit) ? null : <span className="lnob-muted"> {unitLabel(x.indicator.unit, locale)}</span>}
              {x.note ? <div className="lnob-muted">{x.note}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlanEvents(p: { plan: PlanDetail }) {
  const { t, locale } = useI18n();
  const { events } = p.plan;
  return (
    <>
      <p>
        <a href={href('/events', { plan: p.plan.id, planName: `${p.plan.number} — ${p.plan.title}` })}>{t('events.title')}</a>
      </p>
      {events.length === 0 ? (
        <EmptyState message={t('plans.noEvents')} />
      ) : (
        <table className="lnob-table lnob-plans__table" data-testid="plan-events">
          <thead>
            <tr>
              <th scope="col">{t('events.eventTitle')}</th>
              <th scope="col">{t('events.kind')}</th>
              <th scope="col">{t('events.dates')}</th>
              <th scope="col">{t('events.place')}</th>
              <th scope="col" className="lnob-plans__num">
                {t('events.moneyRaised')}
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} data-id={e.id}>
                <th scope="row">{e.title}</th>
                <td>{eventKindLabel(e.kind, locale)}</td>
                <td>{e.endsOn !== e.startsOn ? t('plans.dateRange', { from: formatLocalDate(e.startsOn), to: formatLocalDate(e.endsOn) }) : formatLocalDate(e.startsOn)}</td>
                <td>{e.place ?? t('state.none')}</td>
                <td className="lnob-plans__num">{formatVnd(e.moneyRaised, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Issue a draft: the issue date (today by default); the API creates the reports already open. */
function IssueDialog(p: { plan: PlanDetail; onClose(): void }) {
  const { t } = useI18n();
  const [issuedOn, setIssuedOn] = useState(todayLocal());
  const [state, issue] = useMutation(IssuePlanDocument);
  const [error, setError] = useState<ReturnType<typeof describeError>>(null);
  const [done, setDone] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!issuedOn) return setError({ code: 'BAD_USER_INPUT', reason: null, requestId: null, fieldErrors: [{ path: 'issuedOn', message: t('form.required') }], message: '', network: false });
    const r = await issue({ input: { planId: p.plan.id, issuedOn } });
    if (r.data?.issuePlan) {
      setDone(true);
    } else setError(describeError(r.error));
  };
  return (
    <Dialog
      title={t('plans.issueTitle', { number: p.plan.number })}
      onClose={p.onClose}
      footer={
        done ? (
          <Button variant="primary" onClick={p.onClose} data-testid="close">
            {t('funds.close')}
          </Button>
        ) : (
          <>
            <Button onClick={p.onClose} disabled={state.fetching}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" form="issue-plan-form" variant="primary" disabled={state.fetching} data-testid="submit">
              {state.fetching ? t('form.saving') : t('plans.issue')}
            </Button>
          </>
        )
      }
    >
      {done ? (
        <Notice kind="success">{t('plans.issued')}</Notice>
      ) : (
        <form id="issue-plan-form" onSubmit={onSubmit} noValidate>
          <p>{t('plans.issueHelp')}</p>
          <DateField label={t('plans.issuedOn')} name="issuedOn" value={issuedOn} onChange={setIssuedOn} required error={error?.fieldErrors.find((f) => f.path.endsWith('issuedOn'))?.message} />
          <FormError error={error} />
        </form>
      )}
    </Dialog>
  );
}
