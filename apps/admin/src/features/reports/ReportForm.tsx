import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, DataTable, EmptyState, formatFigure } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { anyError, fieldErrors, TextArea, textOrNull, type FormErrors } from '../common/forms';
import { indicatorName } from '../plans/labels';
import { answered, ratioPreview, valueField, valueProblems, valueRows, valuesInput, type ReportDone, type ValueRow } from './model';
import { SaveReportDocument, SubmitReportDocument, type ReportFieldsFragment } from './operations';
import { figureColumns, FigureName, FigureSource } from './ReportFigures';
import { useI18n } from '../plans/i18n';

/**
 * The reporter's form: each figure (a RATIO indicator as numerator and denominator, with its value
 * computed as typed), where the hub's pre-filled value came from, a note, and the narrative; "save"
 * keeps a draft, "submit" hands it to the recipient. Nothing is sent while a figure is malformed.
 */
export function ReportForm(p: { report: ReportFieldsFragment; asOf?: string; onDone(done: ReportDone): void; onReload?(): void }) {
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
    const input = { reportId: report.id, version: report.version, narrative: textOrNull(narrative), values: valuesInput(rows, locale) };
    const r = action === 'save' ? await save({ input, asOf: p.asOf }) : await submitReport({ input, asOf: p.asOf });
    if (answered(r.data)) p.onDone(action === 'save' ? 'saved' : 'submitted');
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
        <DataTable className="lnob-plans__table lnob-plans__values" columns={figureColumns(t, false)}>
          {rows.map((row, i) => {
            const v = report.values[i];
            const name = indicatorName(v.indicator, locale);
            const preview = row.ratio ? ratioPreview(row) : null;
            return (
              <tr key={row.indicatorId} data-indicator={v.indicator.code}>
                <FigureName indicator={v.indicator} name={name} />
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
                  <FigureSource value={v} computed />
                </td>
                <td>
                  <textarea id={`report-note-${i}`} name={`note${i}`} rows={1} value={row.note} onChange={(e) => setRow(i, { note: e.target.value })} aria-label={t('reports.noteFor', { name })} />
                </td>
              </tr>
            );
          })}
        </DataTable>
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
