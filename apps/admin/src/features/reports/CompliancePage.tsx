import { useState } from 'react';
import { useQuery } from 'urql';
import { DataTable, EmptyState, formatLocalDate, formatPeriod } from '@lnob/ui';
import { href, useRoute } from '../../app/router';
import { dateFromQuery, PeriodField, periodFromQuery, pickedFromQuery } from '../common/filters';
import { fallbackProps, QueryFallback } from '../common/queries';
import { ReportStatusBadge } from '../plans/badges';
import { PlanFilter, PlanLink, reportHref } from '../plans/parts';
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
  const [periodText, setPeriodText] = useState(route.query.get('period') ?? '');
  const period = periodFromQuery(route, 'period');
  const asOf = dateFromQuery(route, 'asOf');
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
        <PlanFilter label={t('reports.plan')} />
        <PeriodField label={t('reports.period')} name="period" text={periodText} onText={setPeriodText} placeholder={t('reports.periodHint')} hint={t('reports.latestPeriod')} invalid={t('reports.periodInvalid')} />
      </div>
      {!plan ? <EmptyState message={t('reports.compliancePick')} /> : c ? <ComplianceTable compliance={c} /> : <QueryFallback {...fallbackProps(res, reexecute)} />}
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
        <PlanLink plan={c.plan} query={{ tab: 'obligations' }} />
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
        <DataTable
          className="lnob-plans__table"
          testId="compliance-rows"
          caption={t('reports.compliance')}
          columns={[t('reports.organization'), t('reports.status'), t('reports.dueOn'), t('reports.submittedOn'), t('reports.obligation')]}
        >
          {c.rows.map((r, i) => (
            <tr key={`${r.organization.id}-${r.report?.id ?? i}`} data-organization={r.organization.id} data-status={r.status}>
              <th scope="row">{r.organization.name}</th>
              <td>
                <ReportStatusBadge status={r.status} daysLate={r.daysLate} />
              </td>
              <td>{r.dueOn ? formatLocalDate(r.dueOn) : t('state.none')}</td>
              <td>{r.submittedOn ? formatLocalDate(r.submittedOn) : t('state.none')}</td>
              <td>{r.report ? <a href={reportHref(r.report.id)}>{t('reports.open')}</a> : t('state.none')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
