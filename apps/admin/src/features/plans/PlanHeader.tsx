import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { todayLocal } from '@lnob/domain';
import { Badge, Button, DateField, Notice, formatLocalDate } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { useCan } from '../../app/session';
import { anyError, fieldErrors, FormDialog, type FormErrors } from '../common/forms';
import { PlanStatusBadge } from './badges';
import { planKindLabel } from './labels';
import { IssuePlanDocument, type PlanDetail } from './operations';
import { names, PlanLink } from './parts';
import { useI18n } from './i18n';

/**
 * A plan's number, kind, status and title, and what identifies it: issuers, issue date, signer,
 * period, the plan it implements and what superseded it, the movement. "Issue" (`onIssue`) for
 * capture users on a draft.
 */
export function PlanHeader(p: { plan: PlanDetail; onIssue(): void }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const { plan } = p;
  return (
    <>
      <header className="lnob-page__header">
        <div>
          <h1>
            {plan.number} <Badge>{planKindLabel(plan.kind, locale)}</Badge> <PlanStatusBadge status={plan.status} />
          </h1>
          <p className="lnob-plans__section">{plan.title}</p>
        </div>
        {plan.status === 'DRAFT' && can('data.capture') ? (
          <Button variant="primary" onClick={p.onIssue} data-testid="issue-plan">
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
            <dd data-testid="implements">
              <PlanLink plan={plan.implements} />
            </dd>
          </>
        ) : null}
        {plan.supersededBy ? (
          <>
            <dt>{t('plans.supersededBy')}</dt>
            <dd data-testid="superseded-by">
              <PlanLink plan={plan.supersededBy} />
            </dd>
          </>
        ) : null}
        <dt>{t('plans.movement')}</dt>
        <dd>{plan.movement}</dd>
      </dl>
    </>
  );
}

/** Issue a draft: the issue date (today by default); the API creates the reports already open. */
export function IssueDialog(p: { plan: PlanDetail; onClose(): void }) {
  const { t } = useI18n();
  const [issuedOn, setIssuedOn] = useState(todayLocal());
  const [state, issue] = useMutation(IssuePlanDocument);
  const [local, setLocal] = useState<FormErrors>({});
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = { issuedOn: issuedOn ? null : t('form.required') };
    setLocal(problems);
    if (anyError(problems)) return;
    const r = await issue({ input: { planId: p.plan.id, issuedOn } });
    if (r.data?.issuePlan) setDone(true);
    else setError(describeError(r.error));
  };
  return (
    <FormDialog
      title={t('plans.issueTitle', { number: p.plan.number })}
      onClose={p.onClose}
      formId="issue-plan-form"
      busy={state.fetching}
      submitLabel={t('plans.issue')}
      onSubmit={onSubmit}
      done={done ? <Notice kind="success">{t('plans.issued')}</Notice> : null}
    >
      <p>{t('plans.issueHelp')}</p>
      <DateField label={t('plans.issuedOn')} name="issuedOn" value={issuedOn} onChange={setIssuedOn} required error={fieldErrors(local, error)('issuedOn')} />
      <FormError error={error} />
    </FormDialog>
  );
}
