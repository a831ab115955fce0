import { useState } from 'react';
import { useQuery } from 'urql';
import { EmptyState, Tabs } from '@lnob/ui';
import { href, useRoute } from '../../app/router';
import { dateFromQuery, oneOf } from '../common/filters';
import { fallbackProps, QueryFallback } from '../common/queries';
import { PlanCascade } from './PlanCascade';
import { PlanContent } from './PlanContent';
import { IssueDialog, PlanHeader } from './PlanHeader';
import { PlanObligations, PlanTargets } from './PlanObligations';
import { PlanMilestones, PlanTasks } from './PlanTasks';
import { PlanDetailDocument, type PlanDetail } from './operations';
import { EventsTable, planName } from './parts';
import { useI18n } from './i18n';

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
  const { t } = useI18n();
  const route = useRoute();
  const asOf = dateFromQuery(route, 'asOf');
  const [res, reexecute] = useQuery({ query: PlanDetailDocument, variables: { id: p.id, asOf } });
  const plan = res.data?.plan;
  const [issuing, setIssuing] = useState(false);
  const back = (
    <a href={href('/plans')} className="lnob-back">
      {t('plans.back')}
    </a>
  );
  if (!plan) {
    return (
      <div className="lnob-page" data-testid="plan-view">
        {back}
        <QueryFallback {...fallbackProps(res, reexecute, Boolean(res.data))} />
      </div>
    );
  }
  const tab = oneOf(PLAN_TABS, route.query.get('tab')) ?? 'content';
  const tabHref = (key: PlanTab) => href(route.path, { tab: key === 'content' ? null : key, asOf });

  return (
    <div className="lnob-page" data-testid="plan-view" data-plan={plan.id} data-status={plan.status}>
      {back}
      <PlanHeader plan={plan} onIssue={() => setIssuing(true)} />
      <Tabs label={plan.number} active={tab} tabs={PLAN_TABS.map((key) => ({ key, label: t(`plans.tab.${key}`), href: tabHref(key) }))} />
      {tab === 'content' ? (
        <PlanContent plan={plan} />
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

/** The plan's events, and the way to the events screen filtered by the plan. */
function PlanEvents(p: { plan: PlanDetail }) {
  const { t } = useI18n();
  const { events } = p.plan;
  return (
    <>
      <p>
        <a href={href('/events', { plan: p.plan.id, planName: planName(p.plan) })}>{t('events.title')}</a>
      </p>
      {events.length === 0 ? <EmptyState message={t('plans.noEvents')} /> : <EventsTable events={events} testId="plan-events" />}
    </>
  );
}
