import { useMemo } from 'react';
import { useQuery } from 'urql';
import { todayLocal } from '@lnob/domain';
import { EmptyState, SelectField, formatInteger, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { useRoute } from '../../app/router';
import { useSetQuery } from '../common/filters';
import { fallbackProps, QueryFallback } from '../common/queries';
import { categoryLabel } from './labels';
import { defaultYear, monthRows, overviewVariables, yearsOf } from './model';
import { FundOverviewDocument, type FundFieldsFragment, type SummaryFieldsFragment } from './operations';

import MonthlyChart from './MonthlyChart';

/**
 * `#/funds/<id>?year=2025`: the balance now; the year's summary (opening and closing balance,
 * raised, spent per category, transfers in and out); month by month in and out (one request with
 * the twelve months as aliases); the peak month "Tháng cao điểm vì người nghèo" (17/10–18/11).
 */
export function FundOverview(p: { fund: FundFieldsFragment }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const setQuery = useSetQuery();
  const today = todayLocal();
  const yearText = route.query.get('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : defaultYear(p.fund, today);
  const [res, reexecute] = useQuery({ query: FundOverviewDocument, variables: overviewVariables(p.fund.id, year) });
  const d = res.data;
  const rows = useMemo(() => (d ? monthRows(d) : null), [d]);
  const years = yearsOf(p.fund, today);
  const v = (n: number) => formatVnd(n, locale);

  return (
    <section data-testid="fund-overview">
      <div className="lnob-toolbar">
        <SelectField
          label={t('funds.year')}
          name="year"
          value={String(year)}
          onChange={(x) => setQuery({ year: x })}
          options={(years.includes(year) ? years : [year, ...years]).map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      {!d || !rows ? (
        <QueryFallback {...fallbackProps(res, reexecute)} />
      ) : (
        <>
          <div className="lnob-funds__cards">
            <div className="lnob-funds__card" data-testid="overview-balance">
              <span className="lnob-muted">{t('funds.balanceAsOf', { date: formatLocalDate(d.fundBalance.asOf) })}</span>
              <strong data-testid="fund-balance-now">{v(d.fundBalance.balance)}</strong>
            </div>
            <div className="lnob-funds__card">
              <span className="lnob-muted">{t('funds.raisedIn', { year })}</span>
              <strong className="lnob-funds__in" data-testid="year-raised">{v(d.year.raised)}</strong>
              <span className="lnob-muted">{t('funds.donationCount', { count: formatInteger(d.year.donations, locale) })}</span>
            </div>
            <div className="lnob-funds__card">
              <span className="lnob-muted">{t('funds.spentIn', { year })}</span>
              <strong className="lnob-funds__out" data-testid="year-spent">{v(d.year.spent)}</strong>
            </div>
          </div>
          <h2>{t('funds.yearSummary', { year })}</h2>
          <Summary s={d.year} testId="year-summary" />
          <h3>{t('funds.byMonth', { year })}</h3>
          {rows.every((r) => r.moneyIn === 0 && r.moneyOut === 0) ? <p className="lnob-muted" data-testid="no-movements">{t('funds.noMovementsYear', { year })}</p> : null}
          <MonthlyChart rows={rows} year={year} />
          <h3>{t('funds.peakMonth', { from: formatLocalDate(d.peak.from), to: formatLocalDate(d.peak.to) })}</h3>
          <p className="lnob-muted">{t('funds.peakMonthHelp')}</p>
          <Summary s={d.peak} testId="peak-summary" />
        </>
      )}
    </section>
  );
}

/** A summary of a period: balances at both ends, raised, spent per category, transfers. */
function Summary(p: { s: SummaryFieldsFragment; testId: string }) {
  const { t, locale } = useI18n();
  const { s } = p;
  const v = (n: number) => formatVnd(n, locale);
  return (
    <div className="lnob-funds__summary" data-testid={p.testId}>
      <dl className="lnob-dl">
        <dt>{t('funds.openingBalance', { date: formatLocalDate(s.from) })}</dt>
        <dd data-testid="opening">{v(s.openingBalance)}</dd>
        <dt>{t('funds.raised')}</dt>
        <dd data-testid="raised">
          {v(s.raised)} <span className="lnob-muted">({t('funds.donationCount', { count: formatInteger(s.donations, locale) })})</span>
        </dd>
        <dt>{t('funds.spent')}</dt>
        <dd data-testid="spent">{v(s.spent)}</dd>
        <dt>{t('funds.transferredIn')}</dt>
        <dd data-testid="transferred-in">{v(s.transferredIn)}</dd>
        <dt>{t('funds.transferredOut')}</dt>
        <dd data-testid="transferred-out">{v(s.transferredOut)}</dd>
        <dt>{t('funds.closingBalance', { date: formatLocalDate(s.to) })}</dt>
        <dd data-testid="closing">
          <strong>{v(s.closingBalance)}</strong>
        </dd>
      </dl>
      {s.spentByCategory.length === 0 ? (
        <EmptyState message={t('funds.noSpending')} />
      ) : (
        <table className="lnob-table" data-testid="by-category">
          <caption>{t('funds.spentByCategory')}</caption>
          <thead>
            <tr>
              <th>{t('funds.category')}</th>
              <th className="lnob-funds__num">{t('funds.disbursements')}</th>
              <th className="lnob-funds__num">{t('funds.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {s.spentByCategory.map((c) => (
              <tr key={c.category} data-category={c.category}>
                <td>{categoryLabel(c.category, locale)}</td>
                <td className="lnob-funds__num">{formatInteger(c.count, locale)}</td>
                <td className="lnob-funds__num">{v(c.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
