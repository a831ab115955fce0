import { useState } from 'react';
import { isPeriod } from '@lnob/domain';
import { EmptyState, SelectField, Tabs, TextField, formatLocalDate, formatPeriod } from '@lnob/ui';
import { href, navigate, useRoute, withQuery } from '../../app/router';
import { PagedResults, usePagedQuery } from '../common/queries';
import { ReportStatusBadge } from '../plans/badges';
import { reportStatusLabel } from '../plans/labels';
import { asOfFromQuery, PlanPicker, pickedFromQuery } from '../plans/parts';
import { REPORT_BOXES, REPORT_STATUSES, REPORTS_PAGE, ReportsDocument, type ReportBox, type ReportStatus } from './operations';
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
  const boxText = q.get('box') ?? 'OUTBOX';
  const box: ReportBox = (REPORT_BOXES as readonly string[]).includes(boxText) ? (boxText as ReportBox) : 'OUTBOX';
  const plan = pickedFromQuery(route, 'plan');
  const periodParam = q.get('period') ?? '';
  const [periodText, setPeriodText] = useState(periodParam);
  const period = isPeriod(periodParam) ? periodParam : undefined;
  const statusText = q.get('status') ?? '';
  const status = (REPORT_STATUSES as readonly string[]).includes(statusText) ? (statusText as ReportStatus) : undefined;
  const asOf = asOfFromQuery(route);
  const set = (changes: Record<string, string | null>) => navigate(withQuery(route, changes), { replace: true });
  const filter = { box, planId: plan?.id, period, status: status ? [status] : undefined, asOf };
  const list = usePagedQuery(ReportsDocument, { filter, asOf }, REPORTS_PAGE);
  const conn = list.res.data?.reports;
  const boxHref = (b: ReportBox) => withQuery(route, { box: b === 'OUTBOX' ? null : b });
  const periodError = periodText.trim() !== '' && !isPeriod(periodText.trim()) ? t('reports.periodInvalid') : null;

  return (
    <div className="lnob-page" data-testid="report-list" data-box={box}>
      <header className="lnob-page__header">
        <h1>{t('reports.title')}</h1>
        <a className="lnob-button" href={href('/reports/compliance', plan ? { plan: plan.id, planName: plan.name } : {})}>
          {t('reports.compliance')}
        </a>
      </header>
      <Tabs label={t('reports.boxes')} active={box} tabs={REPORT_BOXES.map((b) => ({ key: b, label: t(`reports.box.${b}`), href: boxHref(b) }))} />
      <div className="lnob-toolbar">
        <PlanPicker label={t('reports.plan')} value={plan} onChange={(v) => set({ plan: v?.id ?? null, planName: v?.name ?? null })} />
        <TextField
          label={t('reports.period')}
          name="period"
          value={periodText}
          placeholder={t('reports.periodHint')}
          onChange={(v) => {
            setPeriodText(v);
            const p = v.trim();
            if (p === '' || isPeriod(p)) set({ period: p || null });
          }}
          error={periodError}
        />
        <SelectField
          label={t('reports.status')}
          name="status"
          value={status ?? ''}
          onChange={(v) => set({ status: v || null })}
          options={[{ value: '', label: t('form.all') }, ...REPORT_STATUSES.map((s) => ({ value: s, label: reportStatusLabel(s, locale) }))]}
        />
      </div>
      <PagedResults query={list} conn={conn} total empty={<EmptyState message={plan || period || status ? t('state.noResults') : t('reports.noReports')} />}>
        {(page) => (
          <table className="lnob-table lnob-plans__table" data-testid="reports-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.obligation')}</th>
                <th scope="col">{t('reports.period')}</th>
                <th scope="col">{t('reports.reporter')}</th>
                {box !== 'INBOX' ? <th scope="col">{t('reports.recipient')}</th> : null}
                <th scope="col">{t('reports.dueOn')}</th>
                <th scope="col">{t('reports.status')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node: r }) => (
                <tr key={r.id} data-id={r.id} data-status={r.status}>
                  <th scope="row">
                    <a href={href(`/reports/${encodeURIComponent(r.id)}`, { asOf })}>{r.obligation.title}</a>
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
            </tbody>
          </table>
        )}
      </PagedResults>
    </div>
  );
}
