import { useState } from 'react';
import { useQuery } from 'urql';
import { isPeriod } from '@lnob/domain';
import { EmptyState, TextField, formatLocalDate, formatPeriod } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { href, navigate, useRoute, withQuery } from '../../app/router';
import { QueryFallback } from '../common/queries';
import { ReportStatusBadge } from '../plans/badges';
import { asOfFromQuery, PlanPicker, pickedFromQuery } from '../plans/parts';
import { ReportingComplianceDocument, type ReportingComplianceQuery } from './operations';
import { useI18n } from '../plans/i18n';

type Compliance = ReportingComplianceQuery['reportingCompliance'];

/**
 * `#/reports/compliance?plan=…&period=2024`: who has reported on a plan for a period (the latest due
 * one when none is given): the tallies — expected, submitted, on time, late, overdue, not due,
 * approved, accepted — and one row per reporter with its status, due date, submission date, days
 * late and a link to its report.
 */
export function CompliancePage() {
  const { t } = useI18n();
  const route = useRoute();
  const plan = pickedFromQuery(route, 'plan');
  const periodParam = route.query.get('period') ?? '';
  const [periodText, setPeriodText] = useState(periodParam);
  const period = isPeriod(periodParam) ? periodParam : undefined;
  const asOf = asOfFromQuery(route);
  const set = (changes: Record<string, string | null>) => navigate(withQuery(route, changes), { replace: true });
  const [res, reexecute] = useQuery({ query: ReportingComplianceDocument, variables: { planId: plan?.id ?? '', period, asOf }, pause: !plan });
  const c = res.data?.reportingCompliance;
  return (
    <div className="lnob-page" data-testid="compliance-page">
      <a href={href('/reports')} className="lnob-back">
        {t('reports.back')}
      </a>
      <header className="lnob-page__header">
        <h1>{t('reports.compliance')}</h1>
      </header>
      <div className="lnob-toolbar">
        <PlanPicker label={t('reports.plan')} value={plan} onChange={(v) => set({ plan: v?.id ?? null, planName: v?.name ?? null })} />
        <TextField
          label={t('reports.period')}
          name="period"
          value={periodText}
          placeholder={t('reports.periodHint')}
          hint={t('reports.latestPeriod')}
          onChange={(v) => {
            setPeriodText(v);
            const p = v.trim();
            if (p === '' || isPeriod(p)) set({ period: p || null });
          }}
          error={periodText.trim() !== '' && !isPeriod(periodText.trim()) ? t('reports.periodInvalid') : null}
        />
      </div>
      {!plan ? (
        <EmptyState message={t('reports.compliancePick')} />
      ) : c ? (
        <ComplianceTable compliance={c} />
      ) : (
        <QueryFallback fetching={res.fetching} error={describeError(res.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
    </div>
  );
}

/** The tallies of a plan's period and one row per reporter. */
export function ComplianceTable(p: { compliance: Compliance }) {
  const { t, locale } = useI18n();
  const c = p.compliance;
  const tallies: [string, number, string][] = [
    ['expected', c.expected, t('reports.expected')],
    ['submitted', c.submitted, t('reports.submittedCount')],
    ['onTime', c.onTime, t('reports.onTime')],
    ['late', c.late, t('reports.late')],
    ['overdue', c.overdue, t('reports.overdue')],
    ['notDue', c.notDue, t('reports.notDue')],
    ['approved', c.approved, t('reports.approvedCount')],
    ['accepted', c.accepted, t('reports.acceptedCount')],
  ];
  return (
    <section data-testid="compliance">
      <h2>
        <a href={href(`/plans/${encodeURIComponent(c.plan.id)}`, { tab: 'obligations' })}>{`${c.plan.number} — ${c.plan.title}`}</a>
      </h2>
      <p className="lnob-muted">{c.period ? t('reports.complianceOf', { period: formatPeriod(c.period, locale), date: formatLocalDate(c.asOf) }) : formatLocalDate(c.asOf)}</p>
      <ul className="lnob-plans__counts" data-testid="compliance-tallies">
        {tallies.map(([key, n, label]) => (
          <li key={key} data-tally={key}>
            <span className="lnob-muted">{label}</span>
            <strong>{n}</strong>
          </li>
        ))}
      </ul>
      {c.rows.length === 0 ? (
        <EmptyState message={t('reports.noRows')} />
      ) : (
        <table className="lnob-table lnob-plans__table" data-testid="compliance-rows">
          <caption className="lnob-muted">{t('reports.compliance')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.organization')}</th>
              <th scope="col">{t('reports.status')}</th>
              <th scope="col">{t('reports.dueOn')}</th>
              <th scope="col">{t('reports.submittedOn')}</th>
              <th scope="col">{t('reports.obligation')}</th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r, i) => (
              <tr key={`${r.organization.id}-${r.report?.id ?? i}`} data-organization={r.organization.id} data-status={r.status}>
                <th scope="row">{r.organization.name}</th>
                <td>
                  <ReportStatusBadge status={r.status} daysLate={r.daysLate} />
                </td>
                <td>{r.dueOn ? formatLocalDate(r.dueOn) : t('state.none')}</td>
                <td>{r.submittedOn ? formatLocalDate(r.submittedOn) : t('state.none')}</td>
                <td>{r.report ? <a href={href(`/reports/${encodeURIComponent(r.report.id)}`)}>{t('reports.open')}</a> : t('state.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
