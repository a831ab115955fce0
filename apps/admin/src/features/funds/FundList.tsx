import { FUND_LEVELS, todayLocal } from '@lnob/domain';
import { Badge, EmptyState, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { href, navigate, useRoute, withQuery } from '../../app/router';
import { useCan } from '../../app/session';
import { FilterSelect, oneOf, pickedFromQuery, pickedToQuery, useSetQuery } from '../common/filters';
import { AreaPicker } from '../common/Pickers';
import { PagedResults, usePagedQuery } from '../common/queries';
import { CreateFundForm } from './CreateFundForm';
import { fundLevelLabel } from './labels';
import { FUNDS_PAGE, FundsDocument } from './operations';
import './funds.css';

/**
 * `#/funds?level=PROVINCE&area=…`: the funds of the caller's organization view (one per VFF
 * committee), with their committee, area, balance and whether they still take movements; for users
 * holding organization.write, "open a fund" (`form=create`).
 */
export function FundList() {
  const { t, locale } = useI18n();
  const route = useRoute();
  const q = route.query;
  const level = oneOf(FUND_LEVELS, q.get('level'));
  const area = pickedFromQuery(route, 'area');
  const set = useSetQuery();
  const list = usePagedQuery(FundsDocument, { filter: { level, areaId: area?.id } }, FUNDS_PAGE);
  const conn = list.res.data?.funds;
  const today = todayLocal();
  const mayCreate = useCan()('organization.write');
  return (
    <div className="lnob-page" data-testid="fund-list">
      <header className="lnob-page__header">
        <h1>{t('funds.title')}</h1>
        {mayCreate ? (
          <a className="lnob-button lnob-button--primary" href={withQuery(route, { form: 'create' })} data-testid="open-create-fund">
            {t('funds.create')}
          </a>
        ) : null}
      </header>
      <div className="lnob-toolbar">
        <FilterSelect label={t('funds.level')} name="level" value={level} options={FUND_LEVELS.map((l) => ({ value: l, label: fundLevelLabel(l, locale) }))} />
        <AreaPicker label={t('households.area')} value={area} onChange={(v) => set(pickedToQuery('area', v))} />
      </div>
      <PagedResults query={list} conn={conn} total empty={<EmptyState message={level || area ? t('state.noResults') : t('funds.noFunds')} />}>
        {(page) => (
          <table className="lnob-table" data-testid="funds-table">
            <thead>
              <tr>
                <th>{t('funds.name')}</th>
                <th>{t('funds.level')}</th>
                <th>{t('funds.committee')}</th>
                <th>{t('households.area')}</th>
                <th className="lnob-funds__num">{t('funds.balance')}</th>
                <th>{t('funds.state')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node: f }) => (
                <tr key={f.id} data-id={f.id}>
                  <td>
                    <a href={href(`/funds/${encodeURIComponent(f.id)}`)}>{f.name}</a>
                  </td>
                  <td>{fundLevelLabel(f.level, locale)}</td>
                  <td>{f.organization?.name ?? t('state.none')}</td>
                  <td>{f.area?.name ?? t('state.none')}</td>
                  <td className="lnob-funds__num">{formatVnd(f.balance, locale)}</td>
                  <td>{f.validTo && f.validTo < today ? <Badge tone="warn">{t('funds.closedSince', { date: formatLocalDate(f.validTo) })}</Badge> : <Badge tone="good">{t('funds.open')}</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedResults>
      {mayCreate && q.get('form') === 'create' ? (
        <CreateFundForm onClose={() => navigate(withQuery(route, { form: null }))} onCreated={(id) => navigate(href(`/funds/${encodeURIComponent(id)}`))} />
      ) : null}
    </div>
  );
}
