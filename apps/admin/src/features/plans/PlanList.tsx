import { useState } from 'react';
import { PLAN_KINDS, PLAN_STATUSES } from '@lnob/domain';
import { DataTable, EmptyState, TextField, formatLocalDate } from '@lnob/ui';
import { href, useRoute } from '../../app/router';
import { useCan } from '../../app/session';
import { FilterSelect, oneOf } from '../common/filters';
import { useDebounced } from '../common/paging';
import { PagedResults, usePagedQuery } from '../common/queries';
import { PlanStatusBadge } from './badges';
import { planKindLabel, planStatusLabel } from './labels';
import { PLANS_PAGE, PlansDocument, type PlanFilter } from './operations';
import { names, planHref } from './parts';
import { useI18n } from './i18n';

/** Years offered by the year filter: the movement's periods so far and the next. */
const PLAN_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;

/**
 * `#/plans?q=562&status=ISSUED&kind=PLAN&year=2024`: the plans the caller may read (its own
 * organizations' plans, and the issued plans of the levels above it), newest first, with their
 * number, title, kind, status, issuers, issue date and period; "draft a plan" for capture users.
 */
export function PlanList() {
  const { t, locale } = useI18n();
  const route = useRoute();
  const q = route.query;
  const can = useCan();
  const [text, setText] = useState(q.get('q') ?? '');
  const search = useDebounced(text.trim(), 300);
  const status = oneOf(PLAN_STATUSES, q.get('status'));
  const kind = oneOf(PLAN_KINDS, q.get('kind'));
  const yearText = q.get('year') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const filter: PlanFilter = { search: search || undefined, status, kind, year };
  const list = usePagedQuery(PlansDocument, { filter }, PLANS_PAGE);
  const conn = list.res.data?.plans;
  const filtered = Object.values(filter).some((v) => v !== undefined);

  return (
    <div className="lnob-page" data-testid="plan-list">
      <header className="lnob-page__header">
        <h1>{t('plans.title')}</h1>
        {can('data.capture') ? (
          <a className="lnob-button lnob-button--primary" href={href('/plans/new')} data-testid="new-plan">
            {t('plans.new')}
          </a>
        ) : null}
      </header>
      <div className="lnob-toolbar">
        <TextField type="search" name="q" label={t('plans.search')} placeholder={t('plans.searchPlaceholder')} value={text} onChange={setText} />
        <FilterSelect label={t('plans.status')} name="status" value={status} options={PLAN_STATUSES.map((s) => ({ value: s, label: planStatusLabel(s, locale) }))} />
        <FilterSelect label={t('plans.kind')} name="kind" value={kind} options={PLAN_KINDS.map((k) => ({ value: k, label: planKindLabel(k, locale) }))} />
        <FilterSelect label={t('plans.year')} name="year" value={year ? String(year) : undefined} options={PLAN_YEARS.map((y) => ({ value: String(y), label: String(y) }))} />
      </div>
      <PagedResults query={list} conn={conn} total empty={<EmptyState message={filtered ? t('state.noResults') : t('plans.noPlans')} />}>
        {(page) => (
          <DataTable
            className="lnob-plans__table"
            testId="plans-table"
            columns={[t('plans.number'), t('plans.planTitle'), t('plans.kind'), t('plans.issuers'), t('plans.issuedOn'), t('plans.period'), t('plans.status')]}
          >
            {page.edges.map(({ node: plan }) => (
              <tr key={plan.id} data-id={plan.id}>
                <th scope="row">
                  <a href={planHref(plan.id)}>{plan.number}</a>
                </th>
                <td>{plan.title}</td>
                <td>{planKindLabel(plan.kind, locale)}</td>
                <td>{names(plan.issuers)}</td>
                <td>{plan.issuedOn ? formatLocalDate(plan.issuedOn) : <span className="lnob-muted">{t('plans.notIssued')}</span>}</td>
                <td>{t('plans.years', { from: plan.periodFrom, to: plan.periodTo })}</td>
                <td>
                  <PlanStatusBadge status={plan.status} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </PagedResults>
    </div>
  );
}
