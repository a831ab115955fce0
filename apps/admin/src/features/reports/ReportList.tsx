import { useState } from 'react';
import { REPORT_STATUSES } from '@lnob/domain';
import { DataTable, EmptyState, Tabs, formatLocalDate, formatPeriod } from '@lnob/ui';
import { href, useRoute, withQuery } from '../../app/router';
import { dateFromQuery, FilterSelect, oneOf, PeriodField, periodFromQuery, pickedFromQuery, pickedToQuery } from '../common/filters';
import { PagedResults, usePagedQuery } from '../common/queries';
import { ReportStatusBadge } from '../plans/badges';
import { reportStatusLabel } from '../plans/labels';
import { PlanFilter, reportHref } from '../plans/parts';
import { REPORT_BOXES, REPORTS_PAGE, ReportsDocument, type ReportBox } from './operations';
import { useI18n } from '../plans/i18n';

/**
 * `#/reports?box=OUTBOX|INBOX|ALL&plan=…&period=2024&status=OVERDUE`: the reports the caller must
 * submit (outbox: its organizations report), approve or accept (inbox: reported to its organizations
 * or to those below them), or all it may read; with their due date and status (overdue and late
 * ones with the days late). Filters by plan, period and status.
 */
export function ReportList() {
  const { t, locale } = useI18n();
  const route = useRoute();
  const q = route.query;
  const box = oneOf(REPORT_BOXES, q.get('box')) ?? 'OUTBOX';
  const plan = pickedFromQuery(route, 'plan');
  const [periodText, setPeriodText] = useState(q.get('period') ?? '');
  const period = periodFromQuery(route, 'period');
  const status = oneOf(REPORT_STATUSES, q.get('status'));
  const asOf = dateFromQuery(route, 'asOf');
  const filter = { box, planId: plan?.id, period, status: status ? [status] : undefined, asOf };
  const list = usePagedQuery(ReportsDocument, { filter, asOf }, REPORTS_PAGE);
  const conn = list.res.data?.reports;
  const boxHref = (b: ReportBox) => withQuery(route, { box: b === 'OUTBOX' ? null : b });

  return (
    <div className="lnob-page" data-testid="report-list" data-box={box}>
      <header className="lnob-page__header">
        <h1>{t('reports.title')}</h1>
        <a className="lnob-button" href={href('/reports/compliance', pickedToQuery('plan', plan))}>
          {t('reports.compliance')}
        </a>
      </header>
      <Tabs label={t('reports.boxes')} active={box} tabs={REPORT_BOXES.map((b) => ({ key: b, label: t(`reports.box.${b}`), href: boxHref(b) }))} />
      <div className="lnob-toolbar">
        <PlanFilter label={t('reports.plan')} />
        <PeriodField label={t('reports.period')} name="period" text={periodText} onText={setPeriodText} placeholder={t('reports.periodHint')} invalid={t('reports.periodInvalid')} />
        <FilterSelect label={t('reports.status')} name="status" value={status} options={REPORT_STATUSES.map((s) => ({ value: s, label: reportStatusLabel(s, locale) }))} />
      </div>
      <PagedResults query={list} conn={conn} total empty={<EmptyState message={plan || period || status ? t('state.noResults') : t('reports.noReports')} />}>
        {(page) => (
          <DataTable
            className="lnob-plans__table"
            testId="reports-table"
            columns={[t('reports.obligation'), t('reports.period'), t('reports.reporter'), box !== 'INBOX' && t('reports.recipient'), t('reports.dueOn'), t('reports.status')]}
          >
            {page.edges.map(({ node: r }) => (
              <tr key={r.id} data-id={r.id} data-status={r.status}>
                <th scope="row">
                  <a href={reportHref(r.id, { asOf })}>{r.obligation.title}</a>
                  <div className="lnob-muted">{r.plan.number}</div>
                </th>
                <td>{formatPeriod(r.period, locale)}</td>
                <td>{r.reporter.name}</td>
                {box !== 'INBOX' ? <td>{r.recipient.name}</td> : null}
                <td>{formatLocalDate(r.dueOn)}</td>
                <td>
                  <ReportStatusBadge status={r.status} daysLate={r.daysLate} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </PagedResults>
    </div>
  );
}
