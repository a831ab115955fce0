import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { indicatorCodes, REVIEW_KINDS, standardForReviewYear, todayLocal, tryClassifyHousehold, type Residence, type ReviewKind } from '@lnob/domain';
import { Checkbox, DateField, Dialog, FieldErrorList, SelectField, TextField, formatInteger, formatVnd, useI18n, codeLabel } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { fieldError, FormError } from '../../app/ErrorView';
import { FormButtons } from '../common/forms';
import { ClassBadge } from './HouseholdList';
import { RecordReviewDocument } from './operations';
import { parseWhole, REVIEW_YEARS } from './shared';

interface Props {
  householdId: string;
  /** From the household's area; null when the area is outside the caller's view. */
  residence: Residence | null;
  /** Existing reviews (to offer "correction" when a periodic review of the year exists). */
  reviews: readonly { year: number; kind: ReviewKind }[];
  onClose(): void;
  onDone(cls: string): void;
}

function defaultYear(): number {
  const y = Number(todayLocal().slice(0, 4));
  return Math.min(Math.max(y, REVIEW_YEARS[0]), REVIEW_YEARS[REVIEW_YEARS.length - 1]);
}

/**
 * The review form: income (or score A) and the deprived indicators of the standard in force for the
 * chosen year, with a live classification preview by `tryClassifyHousehold` — the function the API
 * classifies with. The API computes the class again; its field errors are shown on the fields.
 */
export function ReviewForm(p: Props) {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(defaultYear);
  const [kind, setKind] = useState<ReviewKind>('PERIODIC');
  const [measure, setMeasure] = useState<'INCOME' | 'SCORE_A'>('INCOME');
  const [income, setIncome] = useState('');
  const [scoreA, setScoreA] = useState('');
  const [codes, setCodes] = useState<string[]>([]);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [notes, setNotes] = useState('');
  const [correction, setCorrection] = useState(false);
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, record] = useMutation(RecordReviewDocument);

  const standard = standardForReviewYear(year);
  const scoreAPossible = Boolean(standard?.scoreALine);
  const byScore = measure === 'SCORE_A' && scoreAPossible;
  const known = new Set(standard ? indicatorCodes(standard) : []);
  const deprived = codes.filter((c) => known.has(c));
  const incomeValue = parseWhole(income);
  const scoreValue = parseWhole(scoreA);
  const hasPeriodic = p.reviews.some((r) => r.year === year && r.kind === 'PERIODIC');
  const preview =
    p.residence && standard && (byScore ? scoreValue !== null : incomeValue !== null)
      ? tryClassifyHousehold({
          reviewYear: year,
          residence: p.residence,
          incomePerPersonPerMonth: byScore ? null : incomeValue,
          scoreA: byScore ? scoreValue : null,
          deprivedIndicators: deprived,
        })
      : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await record({
      input: {
        householdId: p.householdId,
        year,
        kind,
        incomePerPersonPerMonth: byScore ? null : incomeValue,
        scoreA: byScore ? scoreValue : null,
        deprivedIndicators: deprived,
        decisionNumber: decisionNumber.trim() || null,
        decisionDate: decisionDate || null,
        notes: notes.trim() || null,
        correction: kind === 'PERIODIC' && hasPeriodic ? correction : null,
      },
    });
    setApiError(describeError(r.error));
    if (r.data?.recordReview) p.onDone(codeLabel('householdClass', r.data.recordReview.review.class, locale));
  };
  const err = (f: string) => fieldError(apiError, f);
  const indicatorError = apiError?.fieldErrors.find((f) => f.path.startsWith('input.deprivedIndicators'))?.message ?? null;
  const lineText = (line: number) => (preview?.ok && preview.value.measure === 'SCORE_A' ? formatInteger(line, locale) : formatVnd(line, locale));

  return (
    <Dialog
      title={t('review.record')}
      onClose={p.onClose}
      wide
      footer={<FormButtons busy={state.fetching} onCancel={p.onClose} submitLabel={t('review.record')} form="record-review" />}
    >
      <form id="record-review" onSubmit={submit} noValidate data-testid="review-form">
        <SelectField
          label={t('households.year')}
          name="year"
          value={String(year)}
          onChange={(v) => setYear(Number(v))}
          error={err('year')}
          options={REVIEW_YEARS.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <p className="lnob-muted" data-testid="review-standard">
          {standard ? t('review.standard', { decree: standard.decree }) : t('review.noStandard', { year })}
        </p>
        <SelectField label={t('review.kind')} name="kind" value={kind} onChange={(v) => setKind(v as ReviewKind)} error={err('kind')} options={REVIEW_KINDS.map((k) => ({ value: k, label: codeLabel('reviewKind', k, locale) }))} />
        {scoreAPossible ? (
          <SelectField
            label={t('review.measure')}
            name="measure"
            value={measure}
            onChange={(v) => setMeasure(v as 'INCOME' | 'SCORE_A')}
            options={[
              { value: 'INCOME', label: t('review.byIncome') },
              { value: 'SCORE_A', label: t('review.byScoreA') },
            ]}
          />
        ) : null}
        {byScore ? (
          <TextField label={t('review.scoreA')} name="scoreA" value={scoreA} onChange={setScoreA} error={err('scoreA') ?? (scoreA && scoreValue === null ? t('review.wholeNumber') : null)} />
        ) : (
          <TextField
            label={t('review.income')}
            name="income"
            value={income}
            onChange={setIncome}
            hint={incomeValue !== null ? formatVnd(incomeValue, locale) : undefined}
            error={err('incomePerPersonPerMonth') ?? (income && incomeValue === null ? t('review.wholeNumber') : null)}
          />
        )}
        {standard ? (
          <fieldset data-testid="indicators">
            <legend>{t('review.indicators')}</legend>
            {standard.dimensions.map((d) => (
              <fieldset key={d.code} className="lnob-checkbox-group" data-dimension={d.code}>
                <legend>{d.labels[locale]}</legend>
                {d.indicators.map((i) => (
                  <Checkbox
                    key={i.code}
                    name={`indicator-${i.code}`}
                    label={i.labels[locale]}
                    checked={deprived.includes(i.code)}
                    onChange={(on) => setCodes(on ? [...deprived, i.code] : deprived.filter((c) => c !== i.code))}
                  />
                ))}
              </fieldset>
            ))}
            {indicatorError ?? err('scoreB') ? <div className="lnob-field__error">{indicatorError ?? err('scoreB')}</div> : null}
          </fieldset>
        ) : null}
        <TextField label={`${t('review.decisionNumber')} ${t('form.optional')}`} name="decisionNumber" value={decisionNumber} onChange={setDecisionNumber} error={err('decisionNumber')} />
        <DateField label={`${t('review.decisionDate')} ${t('form.optional')}`} name="decisionDate" value={decisionDate} onChange={setDecisionDate} error={err('decisionDate')} />
        <label className="lnob-field">
          <span>{`${t('review.notes')} ${t('form.optional')}`}</span>
          <textarea name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} />
          {err('notes') ? <span className="lnob-field__error">{err('notes')}</span> : null}
        </label>
        {kind === 'PERIODIC' && hasPeriodic ? (
          <div>
            <p className="lnob-muted">{t('review.correctionHint', { year })}</p>
            <Checkbox name="correction" label={t('review.correction')} checked={correction} onChange={setCorrection} />
          </div>
        ) : null}

        <section className="lnob-notice" aria-live="polite" data-testid="review-preview">
          <strong className="lnob-notice__title">{t('review.preview')}</strong>
          {preview?.ok ? (
            <div>
              <ClassBadge value={preview.value.class} />
              <div>
                {t(preview.value.measure === 'INCOME' ? 'review.lineIncome' : 'review.lineScore', {
                  residence: codeLabel('residence', p.residence!, locale),
                  line: lineText(preview.value.line),
                })}{' '}
                — {preview.value.atOrBelowLine ? t('review.atOrBelow') : t('review.above')}
              </div>
              <div>{t('review.deprivations', { count: preview.value.deprivationCount, threshold: standard!.deprivationThreshold })}</div>
              <div className="lnob-muted">{t('review.previewNote')}</div>
            </div>
          ) : preview && !preview.ok ? (
            <FieldErrorList errors={preview.problems} />
          ) : (
            <div className="lnob-muted">{t('review.previewIncomplete')}</div>
          )}
        </section>
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}
