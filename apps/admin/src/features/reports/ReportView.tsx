import { useState } from 'react';
import { useQuery } from 'urql';
import { Notice, formatLocalDate, formatPeriod, formatTimestamp } from '@lnob/ui';
import { href, useRoute } from '../../app/router';
import { dateFromQuery } from '../common/filters';
import { fallbackProps, QueryFallback } from '../common/queries';
import { ReportStatusBadge } from '../plans/badges';
import { PlanLink } from '../plans/parts';
import type { ReportDone } from './model';
import { ReportDocument, type ReportFieldsFragment } from './operations';
import { ReportFigures } from './ReportFigures';
import { ReportForm } from './ReportForm';
import { ReviewActions } from './ReviewActions';
import { useI18n } from '../plans/i18n';

/**
 * `#/reports/<id>?asOf=<date>`: one report — plan, obligation, period, reporter and recipient, its
 * dates and status (with the days late). The reporter fills the figures (pre-filled by the hub, the
 * source of each shown) and the narrative, then saves or submits; the recipient returns it (with a
 * reason) or approves it; the level above the recipient accepts it. The API says which actions the
 * caller may take (`canSubmit`, `canReturn`, `canApprove`, `canAccept`).
 */
export function ReportView(p: { id: string }) {
  const { t } = useI18n();
  const route = useRoute();
  const asOf = dateFromQuery(route, 'asOf');
  const [res, reexecute] = useQuery({ query: ReportDocument, variables: { id: p.id, asOf } });
  const report = res.data?.report;
  const [done, setDone] = useState<ReportDone | null>(null);
  const back = (
    <a href={href('/reports')} className="lnob-back">
      {t('reports.back')}
    </a>
  );
  if (!report) {
    return (
      <div className="lnob-page" data-testid="report-view">
        {back}
        <QueryFallback {...fallbackProps(res, reexecute, Boolean(res.data))} />
      </div>
    );
  }
  return (
    <div className="lnob-page" data-testid="report-view" data-report={report.id} data-status={report.status}>
      {back}
      <ReportHeader report={report} />
      {done ? (
        <Notice kind="success">
          <span data-testid="report-done" data-done={done}>
            {t(`reports.${done}`)}
          </span>
        </Notice>
      ) : null}
      {report.canSubmit ? (
        <ReportForm key={`${report.id}-${report.version}`} report={report} asOf={asOf} onDone={setDone} onReload={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <ReportFigures report={report} />
      )}
      <ReviewActions key={report.status} report={report} asOf={asOf} onDone={setDone} />
    </div>
  );
}

/** What the report is of and where it stands: obligation and period, plan, status, who reports to whom, its dates, why it was returned, who approved and accepted it. */
function ReportHeader(p: { report: ReportFieldsFragment }) {
  const { t, locale } = useI18n();
  const { report } = p;
  return (
    <>
      <header className="lnob-page__header">
        <div>
          <h1>{t('reports.reportOf', { obligation: report.obligation.title, period: formatPeriod(report.period, locale) })}</h1>
          <p>
            <PlanLink plan={report.plan} query={{ tab: 'obligations' }} />
          </p>
        </div>
        <div data-testid="report-status">
          <ReportStatusBadge status={report.status} daysLate={report.daysLate} />
        </div>
      </header>
      <dl className="lnob-dl" data-testid="report-header">
        <dt>{t('reports.reporter')}</dt>
        <dd>{report.reporter.name}</dd>
        <dt>{t('reports.recipient')}</dt>
        <dd>{report.recipient.name}</dd>
        <dt>{t('reports.period')}</dt>
        <dd>
          {formatPeriod(report.period, locale)} <span className="lnob-muted">({t('plans.dateRange', { from: formatLocalDate(report.periodStart), to: formatLocalDate(report.periodEnd) })})</span>
        </dd>
        <dt>{t('reports.opensOn')}</dt>
        <dd>{formatLocalDate(report.opensOn)}</dd>
        <dt>{t('reports.dueOn')}</dt>
        <dd data-testid="report-due">{formatLocalDate(report.dueOn)}</dd>
        {report.submittedOn ? (
          <>
            <dt>{t('reports.submittedOn')}</dt>
            <dd>{report.submittedBy ? t('reports.submittedBy', { name: report.submittedBy, date: formatLocalDate(report.submittedOn) }) : formatLocalDate(report.submittedOn)}</dd>
          </>
        ) : null}
      </dl>
      {report.status === 'RETURNED' && report.returnReason ? (
        <Notice kind="warning">
          <span data-testid="return-reason">{t('reports.returnedBecause', { reason: report.returnReason })}</span>
        </Notice>
      ) : null}
      {report.approvedAt && report.approvedBy ? <p className="lnob-muted">{t('reports.approvedBy', { name: report.approvedBy, time: formatTimestamp(report.approvedAt) })}</p> : null}
      {report.acceptedAt && report.acceptedBy ? <p className="lnob-muted">{t('reports.acceptedBy', { name: report.acceptedBy, time: formatTimestamp(report.acceptedAt) })}</p> : null}
    </>
  );
}
