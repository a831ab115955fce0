import { useEffect, useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { todayLocal } from '@lnob/domain';
import { Checkbox, EmptyState, LocaleSwitch, SelectField, formatInteger, formatLocalDate, formatPercent, formatVnd, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { href, navigate, useRoute, withQuery } from '../../app/router';
import { useSetQuery } from '../common/filters';
import { fallbackProps, QueryFallback } from '../common/queries';
import { categoryLabel } from '../funds/labels';
import { activeChildren, chosenFund, csvHref, sortFunds, yearsUpTo, type PublicReport } from './model';
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
  const set = useSetQuery();

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
        <QueryFallback {...fallbackProps(list, refetchList)} />
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
        <Figure label={pt('openingBalance')}>{vnd(r.openingBalance)}</Figure>
        <Figure label={pt('raised')} testId="public-raised">
          {vnd(r.raised)}
          <small>{pt('donationCount', { count: n(r.donations) })}</small>
        </Figure>
        <Figure label={pt('spent')} testId="public-spent">
          {vnd(r.spent)}
          <small>{pt('disbursementCount', { count: n(spentCount) })}</small>
        </Figure>
        <Figure label={pt('transferredIn')}>{vnd(r.transferredIn)}</Figure>
        <Figure label={pt('transferredOut')}>{vnd(r.transferredOut)}</Figure>
        <Figure label={pt('closingBalance')} testId="public-closing">
          {vnd(r.closingBalance)}
        </Figure>
      </dl>
      <p className="lnob-muted" data-testid="public-reconciled">
        {r.reconciledShare === null ? pt('notReconciled') : pt('reconciledShare', { percent: formatPercent(r.reconciledShare, locale) })}
      </p>

      <Section title={pt('byCategory')} empty={r.spentByCategory.length === 0 ? pt('noSpending') : null}>
        <div className="lnob-public__spending">
          <SpendingChart rows={r.spentByCategory} />
          <FigureTable testId="public-categories" caption={pt('chartLabel')} columns={[[pt('category')], [pt('count'), true], [pt('amount'), true]]}>
            {r.spentByCategory.map((c) => (
              <tr key={c.category} data-category={c.category}>
                <th scope="row">{categoryLabel(c.category, locale)}</th>
                <td className="num">{n(c.count)}</td>
                <td className="num">{vnd(c.amount)}</td>
              </tr>
            ))}
          </FigureTable>
        </div>
      </Section>

      <Section title={pt('children')} note={pt('childrenNote')} empty={shown.length === 0 ? pt('noChildren') : null}>
        <FigureTable testId="public-children" columns={[[pt('area')], [pt('lowerRaised'), true], [pt('count'), true], [pt('spent'), true], [pt('details')]]}>
          {shown.map((c) => (
            <tr key={c.area?.id ?? 'none'} data-area={c.area?.code ?? ''}>
              <th scope="row">{c.area?.name ?? pt('unattributed')}</th>
              <td className="num">{c.area ? vnd(c.raised) : '—'}</td>
              <td className="num">{n(c.disbursements)}</td>
              <td className="num">{vnd(c.spent)}</td>
              <td>{c.byCategory.map((x) => `${categoryLabel(x.category, locale)}: ${n(x.count)} · ${vnd(x.amount)}`).join('; ')}</td>
            </tr>
          ))}
        </FigureTable>
      </Section>
      {quiet > 0 && shown.length > 0 ? <p className="lnob-muted">{pt('quietAreas', { count: n(quiet) })}</p> : null}

      <Section title={pt('donors')} empty={r.donors.length === 0 ? pt('noDonors') : null}>
        <FigureTable testId="public-donors" columns={[[pt('donor')], [pt('count'), true], [pt('amount'), true]]}>
          {r.donors.map((d) => (
            <tr key={d.anonymous ? '(anonymous)' : d.name} className={d.anonymous ? 'lnob-public__anonymous' : undefined} data-anonymous={d.anonymous || undefined}>
              <td>{d.anonymous ? pt('anonymousDonor') : d.name}</td>
              <td className="num">{n(d.donations)}</td>
              <td className="num">{vnd(d.total)}</td>
            </tr>
          ))}
        </FigureTable>
      </Section>

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

/** One figure of the report: what it is, and the amount (with what it counts). */
function Figure(p: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div className="lnob-public__figure">
      <dt>{p.label}</dt>
      <dd data-testid={p.testId}>{p.children}</dd>
    </div>
  );
}

/** A part of the report: its title (and note), then its content, or `empty` when it has nothing to show. */
function Section(p: { title: string; note?: string; empty: string | null; children: ReactNode }) {
  return (
    <>
      <h3>{p.title}</h3>
      {p.note ? <p className="lnob-muted">{p.note}</p> : null}
      {p.empty !== null ? <EmptyState message={p.empty} /> : p.children}
    </>
  );
}

/** A table of the report: column titles (`[title, numeric]`: numbers right-aligned) and its rows. */
function FigureTable(p: { testId: string; caption?: string; columns: readonly (readonly [title: string, numeric?: boolean])[]; children: ReactNode }) {
  return (
    <table className="lnob-table" data-testid={p.testId}>
      {p.caption ? <caption className="lnob-muted">{p.caption}</caption> : null}
      <thead>
        <tr>
          {p.columns.map(([title, numeric]) => (
            <th key={title} scope="col" className={numeric ? 'num' : undefined}>
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{p.children}</tbody>
    </table>
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
