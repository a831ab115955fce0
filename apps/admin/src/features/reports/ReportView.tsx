import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Button, Dialog, EmptyState, Markdown, Notice, formatLocalDate, formatPeriod, formatTimestamp } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { href, useRoute } from '../../app/router';
import { anyError, fieldErrors, type FormErrors } from '../common/forms';
import { NOT_FOUND_ERROR, QueryFallback } from '../common/queries';
import { TextArea } from '../funds/parts';
import { formatDecimalText, formatFigure } from '../indicators/format';
import { ReportStatusBadge } from '../plans/badges';
import { indicatorName, sourceLabel, unitLabel } from '../plans/labels';
import { asOfFromQuery } from '../plans/parts';
import { RETURN_REASON, ratioPreview, returnReasonProblem, valueField, valueProblems, valueRows, valuesInput, type ValueRow } from './model';
import {
  AcceptReportDocument,
  ApproveReportDocument,
  ReportDocument,
  ReturnReportDocument,
  SaveReportDocument,
  SubmitReportDocument,
  type ReportFieldsFragment,
} from './operations';
import { useI18n } from '../plans/i18n';

type Done = 'saved' | 'submitted' | 'returned' | 'approved' | 'accepted';

/**
 * `#/reports/<id>?asOf=<date>`: one report — plan, obligation, period, reporter and recipient, its
 * dates and status (with the days late). The reporter fills the figures (pre-filled by the hub, the
 * source of each shown) and the narrative, then saves or submits; the recipient returns it (with a
 * reason) or approves it; the level above the recipient accepts it. The API says which actions the
 * caller may take (`canSubmit`, `canReturn`, `canApprove`, `canAccept`).
 */
export function ReportView(p: { id: string }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const asOf = asOfFromQuery(route);
  const [res, reexecute] = useQuery({ query: ReportDocument, variables: { id: p.id, asOf } });
  const report = res.data?.report;
  const [done, setDone] = useState<Done | null>(null);
  if (!report) {
    return (
      <div className="lnob-page" data-testid="report-view">
        <a href={href('/reports')} className="lnob-back">
          {t('reports.back')}
        </a>
        <QueryFallback fetching={res.fetching} error={describeError(res.error) ?? (res.data ? NOT_FOUND_ERROR : null)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </div>
    );
  }
  return (
    <div className="lnob-page" data-testid="report-view" data-report={report.id} data-status={report.status}>
      <a href={href('/reports')} className="lnob-back">
        {t('reports.back')}
      </a>
      <header className="lnob-page__header">
        <div>
          <h1>{t('reports.reportOf', { obligation: report.obligation.title, period: formatPeriod(report.period, locale) })}</h1>
          <p>
            <a href={href(`/plans/${encodeURIComponent(report.plan.id)}`, { tab: 'obligations' })}>{`${report.plan.number} — ${report.plan.title}`}</a>
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
      <ReviewActions report={report} asOf={asOf} onDone={setDone} />
    </div>
  );
}

/** The figures and narrative of a report the caller cannot change. */
function ReportFigures(p: { report: ReportFieldsFragment }) {
  const { t, locale } = useI18n();
  const { report } = p;
  return (
    <section data-testid="report-figures">
      <h2>{t('reports.figures')}</h2>
      {report.values.length === 0 ? (
        <EmptyState message={t('reports.noFigures')} />
      ) : (
        <table className="lnob-table lnob-plans__table">
          <thead>
            <tr>
              <th scope="col">{t('reports.indicator')}</th>
              <th scope="col" className="lnob-plans__num">
                {t('reports.value')}
              </th>
              <th scope="col">{t('reports.source')}</th>
              <th scope="col">{t('reports.note')}</th>
            </tr>
          </thead>
          <tbody>
            {report.values.map((v) => (
              <tr key={v.indicator.id} data-indicator={v.indicator.code}>
                <th scope="row">
                  {indicatorName(v.indicator, locale)} <span className="lnob-muted">({unitLabel(v.indicator.unit, locale)})</span>
                </th>
                <td className="lnob-plans__num">
                  {v.value === null ? <span className="lnob-muted">{t('indicators.noValue')}</span> : formatFigure(v.value, v.indicator.unit, locale)}
                  {v.numerator !== null && v.denominator !== null ? <div className="lnob-muted">{`${formatDecimalText(String(v.numerator), locale)} / ${formatDecimalText(String(v.denominator), locale)}`}</div> : null}
                </td>
                <td>
                  {sourceLabel(v.source, locale)}
                  {v.computedValue !== null && v.computedValue !== v.value ? <div className="lnob-muted">{t('reports.computed', { value: formatFigure(v.computedValue, v.indicator.unit, locale) })}</div> : null}
                </td>
                <td>{v.note ?? t('state.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('reports.narrative')}</h2>
      {report.narrative ? <Markdown source={report.narrative} className="lnob-markdown lnob-plans__section" /> : <p className="lnob-muted">{t('state.none')}</p>}
    </section>
  );
}

/**
 * The reporter's form: each figure (a RATIO indicator as numerator and denominator, with its value
 * computed as typed), where the hub's pre-filled value came from, a note, and the narrative; "save"
 * keeps a draft, "submit" hands it to the recipient. Nothing is sent while a figure is malformed.
 */
export function ReportForm(p: { report: ReportFieldsFragment; asOf?: string; onDone(done: Done): void; onReload?(): void }) {
  const { t, locale } = useI18n();
  const { report } = p;
  const [rows, setRows] = useState<ValueRow[]>(() => valueRows(report.values, locale));
  const [narrative, setNarrative] = useState(report.narrative ?? '');
  const [local, setLocal] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [saveState, save] = useMutation(SaveReportDocument);
  const [submitState, submitReport] = useMutation(SubmitReportDocument);
  const busy = saveState.fetching || submitState.fetching;
  const err = fieldErrors(local, apiError);
  const setRow = (i: number, patch: Partial<ValueRow>) => setRows((x) => x.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const send = async (action: 'save' | 'submit') => {
    const problems = valueProblems(rows, locale, t);
    setLocal(problems);
    if (anyError(problems) || busy) return;
    setApiError(null);
    // The version read: a change made meanwhile (another tab, a colleague) is refused, not overwritten.
    const input = { reportId: report.id, version: report.version, narrative: narrative.trim() === '' ? null : narrative.trim(), values: valuesInput(rows, locale) };
    const r = action === 'save' ? await save({ input, asOf: p.asOf }) : await submitReport({ input, asOf: p.asOf });
    const answered = r.data && Object.values(r.data).some((x) => x && typeof x === 'object');
    if (answered) p.onDone(action === 'save' ? 'saved' : 'submitted');
    else setApiError(describeError(r.error));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    return send('submit');
  };

  return (
    <form id="report-form" onSubmit={onSubmit} noValidate data-testid="report-form">
      <h2>{t('reports.figures')}</h2>
      {rows.length === 0 ? (
        <EmptyState message={t('reports.noFigures')} />
      ) : (
        <table className="lnob-table lnob-plans__table lnob-plans__values">
          <thead>
            <tr>
              <th scope="col">{t('reports.indicator')}</th>
              <th scope="col">{t('reports.value')}</th>
              <th scope="col">{t('reports.source')}</th>
              <th scope="col">{t('reports.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const v = report.values[i];
              const name = indicatorName(v.indicator, locale);
              const preview = row.ratio ? ratioPreview(row) : null;
              return (
                <tr key={row.indicatorId} data-indicator={v.indicator.code}>
                  <th scope="row">
                    {name} <span className="lnob-muted">({unitLabel(v.indicator.unit, locale)})</span>
                  </th>
                  <td>
                    {row.ratio ? (
                      <>
                        <Input label={t('reports.numeratorFor', { name })} name={`numerator${i}`} value={row.numerator} onChange={(x) => setRow(i, { numerator: x })} error={err(valueField(i, 'numerator'))} />
                        <span aria-hidden="true"> / </span>
                        <Input label={t('reports.denominatorFor', { name })} name={`denominator${i}`} value={row.denominator} onChange={(x) => setRow(i, { denominator: x })} error={err(valueField(i, 'denominator'))} />
                        <div className="lnob-muted" data-testid="ratio-preview">
                          = {preview === null ? t('state.none') : formatFigure(preview, v.indicator.unit, locale)}
                        </div>
                        {err(valueField(i, 'value')) ? <div className="lnob-field__error">{err(valueField(i, 'value'))}</div> : null}
                      </>
                    ) : (
                      <Input label={t('reports.valueFor', { name })} name={`value${i}`} value={row.value} onChange={(x) => setRow(i, { value: x })} error={err(valueField(i, 'value'))} />
                    )}
                  </td>
                  <td data-source={v.source}>
                    {sourceLabel(v.source, locale)}
                    {v.computedValue !== null ? <div className="lnob-muted">{t('reports.computed', { value: formatFigure(v.computedValue, v.indicator.unit, locale) })}</div> : null}
                  </td>
                  <td>
                    <textarea id={`report-note-${i}`} name={`note${i}`} rows={1} value={row.note} onChange={(e) => setRow(i, { note: e.target.value })} aria-label={t('reports.noteFor', { name })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <TextArea label={t('reports.narrative')} name="narrative" value={narrative} onChange={setNarrative} error={err('narrative')} hint={t('plans.sectionBodyHint')} rows={6} />
      <FormError error={apiError} />
      {apiError?.reason === 'VERSION_CONFLICT' && p.onReload ? (
        <p>
          {t('reports.changedMeanwhile')}{' '}
          <Button variant="link" onClick={p.onReload} data-testid="reload-report">
            {t('reports.reload')}
          </Button>
        </p>
      ) : null}
      <div className="lnob-page__actions">
        <Button onClick={() => send('save')} disabled={busy} data-testid="save-report">
          {saveState.fetching ? t('form.saving') : t('reports.save')}
        </Button>
        <Button type="submit" variant="primary" disabled={busy} data-testid="submit-report">
          {submitState.fetching ? t('funds.sending') : t('reports.submit')}
        </Button>
      </div>
    </form>
  );
}

/** A small text input with its label read by screen readers (the table's header says it for sighted users). */
function Input(p: { label: string; name: string; value: string; onChange(v: string): void; error: string | null }) {
  const id = `report-${p.name}`;
  return (
    <span className={p.error ? 'lnob-field--invalid' : undefined}>
      <input id={id} name={p.name} type="text" inputMode="decimal" autoComplete="off" value={p.value} aria-label={p.label} aria-invalid={p.error ? true : undefined} aria-describedby={p.error ? `${id}-error` : undefined} onChange={(e) => p.onChange(e.target.value)} />
      {p.error ? (
        <span className="lnob-field__error" id={`${id}-error`} role="alert">
          {p.error}
        </span>
      ) : null}
    </span>
  );
}

/** Return (with a reason), approve (the recipient), accept (the level above): as the API allows the caller. */
function ReviewActions(p: { report: ReportFieldsFragment; asOf?: string; onDone(done: Done): void }) {
  const { t } = useI18n();
  const { report } = p;
  const [returning, setReturning] = useState(false);
  const [approveState, approve] = useMutation(ApproveReportDocument);
  const [acceptState, accept] = useMutation(AcceptReportDocument);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => setError(null), [report.status]);
  if (!report.canApprove && !report.canReturn && !report.canAccept) return null;
  const busy = approveState.fetching || acceptState.fetching;
  const run = async (which: 'approve' | 'accept') => {
    setError(null);
    const r = which === 'approve' ? await approve({ input: { reportId: report.id }, asOf: p.asOf }) : await accept({ input: { reportId: report.id }, asOf: p.asOf });
    const answered = r.data && Object.values(r.data).some((x) => x && typeof x === 'object');
    if (answered) p.onDone(which === 'approve' ? 'approved' : 'accepted');
    else setError(describeError(r.error));
  };
  return (
    <section data-testid="review-actions">
      <FormError error={error} />
      <div className="lnob-page__actions">
        {report.canApprove ? (
          <Button variant="primary" disabled={busy} onClick={() => run('approve')} data-testid="approve-report">
            {t('reports.approve')}
          </Button>
        ) : null}
        {report.canAccept ? (
          <Button variant="primary" disabled={busy} onClick={() => run('accept')} data-testid="accept-report">
            {t('reports.accept')}
          </Button>
        ) : null}
        {report.canReturn ? (
          <Button disabled={busy} onClick={() => setReturning(true)} data-testid="return-report">
            {t('reports.return')}
          </Button>
        ) : null}
      </div>
      {returning ? (
        <ReturnDialog
          report={report}
          asOf={p.asOf}
          onClose={() => setReturning(false)}
          onDone={() => {
            setReturning(false);
            p.onDone('returned');
          }}
        />
      ) : null}
    </section>
  );
}

function ReturnDialog(p: { report: ReportFieldsFragment; asOf?: string; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [state, returnReport] = useMutation(ReturnReportDocument);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = returnReasonProblem(reason, t);
    setLocal(problem);
    if (problem || state.fetching) return;
    const r = await returnReport({ input: { reportId: p.report.id, reason: reason.trim() }, asOf: p.asOf });
    if (r.data?.returnReport) p.onDone();
    else setError(describeError(r.error));
  };
  return (
    <Dialog
      title={t('reports.returnTitle')}
      onClose={p.onClose}
      footer={
        <>
          <Button onClick={p.onClose} disabled={state.fetching}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" form="return-report-form" variant="primary" disabled={state.fetching} data-testid="submit">
            {t('reports.return')}
          </Button>
        </>
      }
    >
      <form id="return-report-form" onSubmit={onSubmit} noValidate>
        <TextArea
          label={t('reports.returnReason')}
          name="reason"
          value={reason}
          onChange={setReason}
          error={local ?? fieldErrors({}, error)('reason')}
          hint={`${t('reports.returnReasonLength')} (${reason.trim().length}/${RETURN_REASON.max})`}
          rows={4}
        />
        <FormError error={error} />
      </form>
    </Dialog>
  );
}
