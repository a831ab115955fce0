import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { todayLocal } from '@lnob/domain';
import { Checkbox, EmptyState, LocaleSwitch, SelectField, formatInteger, formatLocalDate, formatPercent, formatVnd, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { href, navigate, useRoute, withQuery } from '../../app/router';
import { QueryFallback } from '../common/queries';
import { activeChildren, categoryLabel, chosenFund, csvHref, sortFunds, yearsUpTo, type PublicReport } from './model';
import { PublicFundListDocument, PublicFundReportDocument } from './operations';
import { SpendingChart } from './SpendingChart';
import { usePublicText } from './texts';
import './public.css';

/**
 * The public disclosure of the Fund for the Poor (công khai, issue 5 §3), for anyone: choose a fund
 * and a year (or its peak month); see what was raised, spent (by category, as a chart and a table,
 * and by area) and transferred, the balances, the donors (anonymous ones as one line), the fund's
 * accounts, and download the same as CSV. Reads `publicFunds` and `publicFundReport`, which need no
 * login; the choice lives in the address (`?quy=…&nam=2024&caodiem=1`) so it can be shared.
 */
export function PublicReportBody() {
  const { locale } = useI18n();
  const pt = usePublicText();
  const route = useRoute();
  const currentYear = Number(todayLocal().slice(0, 4));
  const years = yearsUpTo(currentYear);
  const askedYear = Number(route.query.get('nam'));
  const year = years.includes(askedYear) ? askedYear : currentYear;
  const peakMonth = route.query.get('caodiem') === '1';

  const [list, refetchList] = useQuery({ query: PublicFundListDocument, variables: { period: String(year) } });
  const funds = useMemo(() => sortFunds(list.data?.publicFunds.edges.map((e) => e.node) ?? []), [list.data]);
  const fund = chosenFund(funds, route.query.get('quy'));
  const [report, refetchReport] = useQuery({
    query: PublicFundReportDocument,
    variables: { fundId: fund?.id ?? '', period: String(year), peakMonth },
    pause: !fund,
  });
  const set = (changes: Record<string, string | number | boolean | null>) => navigate(withQuery(route, changes), { replace: true });

  // Keep the fund shown in the address (a shared link opens the same report).
  useEffect(() => {
    if (fund && route.query.get('quy') !== fund.id) navigate(withQuery(route, { quy: fund.id }), { replace: true });
  }, [fund, route]);

  const r = report.data?.publicFundReport ?? null;
  const fundLabel = (f: (typeof funds)[number]) => (f.validTo ? pt('until', { name: f.name, date: formatLocalDate(f.validTo) }) : f.name);

  return (
    <section className="lnob-public__body" data-testid="public-report-page">
      <p className="lnob-muted">{pt('intro')}</p>
      <div className="lnob-toolbar">
        <SelectField
          label={pt('year')}
          name="nam"
          value={String(year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => set({ nam: v })}
        />
        {funds.length > 0 && fund ? (
          <SelectField label={pt('fund')} name="quy" value={fund.id} options={funds.map((f) => ({ value: f.id, label: fundLabel(f) }))} onChange={(v) => set({ quy: v })} />
        ) : null}
        <div className="lnob-public__toggle">
          <Checkbox name="caodiem" label={pt('peakMonth')} checked={peakMonth} onChange={(c) => set({ caodiem: c ? '1' : null })} />
        </div>
      </div>
      {!list.data ? (
        <QueryFallback fetching={list.fetching} error={describeError(list.error)} onRetry={() => refetchList({ requestPolicy: 'network-only' })} />
      ) : !fund ? (
        <EmptyState message={pt('noFunds', { year })} />
      ) : !r ? (
        <QueryFallback fetching={report.fetching || (!report.data && !report.error)} error={describeError(report.error)} onRetry={() => refetchReport({ requestPolicy: 'network-only' })} />
      ) : (
        <Report report={r} csv={csvHref(r.fund.id, year, peakMonth, locale)} />
      )}
    </section>
  );
}

function Report(p: { report: PublicReport; csv: string }) {
  const { locale } = useI18n();
  const pt = usePublicText();
  const r = p.report;
  const vnd = (v: number) => formatVnd(v, locale);
  const n = (v: number) => formatInteger(v, locale);
  const { shown, quiet } = activeChildren(r.children);
  const spentCount = r.spentByCategory.reduce((a, c) => a + c.count, 0);
  return (
    <article data-testid="public-report" data-fund={r.fund.id}>
      <header className="lnob-page__header">
        <div>
          <h2 data-testid="public-fund-name">{r.fund.name}</h2>
          <p className="lnob-muted">
            {r.fund.area ? `${r.fund.area.name} · ` : ''}
            {pt('range', { from: formatLocalDate(r.from), to: formatLocalDate(r.to) })}
          </p>
        </div>
        <div className="lnob-page__actions">
          <a className="lnob-button" href={p.csv} download data-testid="public-csv">
            {pt('download')}
          </a>
        </div>
      </header>

      <dl className="lnob-public__figures" data-testid="public-figures">
        <div className="lnob-public__figure">
          <dt>{pt('openingBalance')}</dt>
          <dd>{vnd(r.openingBalance)}</dd>
        </div>
        <div className="lnob-public__figure">
          <dt>{pt('raised')}</dt>
          <dd data-testid="public-raised">
            {vnd(r.raised)}
            <small>{pt('donationCount', { count: n(r.donations) })}</small>
          </dd>
        </div>
        <div className="lnob-public__figure">
          <dt>{pt('spent')}</dt>
          <dd data-testid="public-spent">
            {vnd(r.spent)}
            <small>{pt('disbursementCount', { count: n(spentCount) })}</small>
          </dd>
        </div>
        <div className="lnob-public__figure">
          <dt>{pt('transferredIn')}</dt>
          <dd>{vnd(r.transferredIn)}</dd>
        </div>
        <div className="lnob-public__figure">
          <dt>{pt('transferredOut')}</dt>
          <dd>{vnd(r.transferredOut)}</dd>
        </div>
        <div className="lnob-public__figure">
          <dt>{pt('closingBalance')}</dt>
          <dd data-testid="public-closing">{vnd(r.closingBalance)}</dd>
        </div>
      </dl>
      <p className="lnob-muted" data-testid="public-reconciled">
        {r.reconciledShare === null ? pt('notReconciled') : pt('reconciledShare', { percent: formatPercent(r.reconciledShare, locale) })}
      </p>

      <h3>{pt('byCategory')}</h3>
      {r.spentByCategory.length === 0 ? (
        <EmptyState message={pt('noSpending')} />
      ) : (
        <div className="lnob-public__spending">
          <SpendingChart rows={r.spentByCategory} />
          <table className="lnob-table" data-testid="public-categories">
            <caption className="lnob-muted">{pt('chartLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{pt('category')}</th>
                <th scope="col" className="num">
                  {pt('count')}
                </th>
                <th scope="col" className="num">
                  {pt('amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.spentByCategory.map((c) => (
                <tr key={c.category} data-category={c.category}>
                  <th scope="row">{categoryLabel(c.category, locale)}</th>
                  <td className="num">{n(c.count)}</td>
                  <td className="num">{vnd(c.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{pt('children')}</h3>
      <p className="lnob-muted">{pt('childrenNote')}</p>
      {shown.length === 0 ? (
        <EmptyState message={pt('noChildren')} />
      ) : (
        <table className="lnob-table" data-testid="public-children">
          <thead>
            <tr>
              <th scope="col">{pt('area')}</th>
              <th scope="col" className="num">
                {pt('lowerRaised')}
              </th>
              <th scope="col" className="num">
                {pt('count')}
              </th>
              <th scope="col" className="num">
                {pt('spent')}
              </th>
              <th scope="col">{pt('details')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.area?.id ?? 'none'} data-area={c.area?.code ?? ''}>
                <th scope="row">{c.area?.name ?? pt('unattributed')}</th>
                <td className="num">{c.area ? vnd(c.raised) : '—'}</td>
                <td className="num">{n(c.disbursements)}</td>
                <td className="num">{vnd(c.spent)}</td>
                <td>{c.byCategory.map((x) => `${categoryLabel(x.category, locale)}: ${n(x.count)} · ${vnd(x.amount)}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {quiet > 0 && shown.length > 0 ? <p className="lnob-muted">{pt('quietAreas', { count: n(quiet) })}</p> : null}

      <h3>{pt('donors')}</h3>
      {r.donors.length === 0 ? (
        <EmptyState message={pt('noDonors')} />
      ) : (
        <table className="lnob-table" data-testid="public-donors">
          <thead>
            <tr>
              <th scope="col">{pt('donor')}</th>
              <th scope="col" className="num">
                {pt('count')}
              </th>
              <th scope="col" className="num">
                {pt('amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.donors.map((d) => (
              <tr key={d.anonymous ? '(anonymous)' : d.name} className={d.anonymous ? 'lnob-public__anonymous' : undefined} data-anonymous={d.anonymous || undefined}>
                <td>{d.anonymous ? pt('anonymousDonor') : d.name}</td>
                <td className="num">{n(d.donations)}</td>
                <td className="num">{vnd(d.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {r.bankAccounts.length > 0 ? (
        <>
          <h3>{pt('bankAccounts')}</h3>
          <ul className="lnob-list" data-testid="public-accounts">
            {r.bankAccounts.map((b) => (
              <li key={b.accountNumber}>
                {b.bankName}: <strong>{b.accountNumber}</strong> — {b.accountName}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

/** The page on its own, for visitors who are not signed in: title, language switch, staff sign-in link. */
export function PublicReportStandalone() {
  const { t } = useI18n();
  const pt = usePublicText();
  return (
    <div className="lnob-public">
      <header className="lnob-public__header">
        <div>
          <h1>{pt('title')}</h1>
          <span className="lnob-muted">{t('app.movement')}</span>
        </div>
        <div className="lnob-public__header-actions">
          <LocaleSwitch />
          <a href={href('/')}>{pt('staffArea')}</a>
        </div>
      </header>
      <main id="lnob-main">
        <PublicReportBody />
      </main>
    </div>
  );
}

/** The page inside the signed-in shell (menu entry "Công khai Quỹ"): the same report, the shell's frame. */
export default function PublicReportPage() {
  const pt = usePublicText();
  return (
    <div className="lnob-public lnob-public--in-shell">
      <h1>{pt('title')}</h1>
      <PublicReportBody />
    </div>
  );
}
