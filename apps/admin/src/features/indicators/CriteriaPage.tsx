import { useQuery } from 'urql';
import { isLocalDate, todayLocal } from '@lnob/domain';
import { Badge, DateField, EmptyState, formatLocalDate } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { navigate, useRoute, withQuery } from '../../app/router';
import { QueryFallback } from '../common/queries';
import { asOfFromQuery, PlanPicker, pickedFromQuery } from '../plans/parts';
import { formatDecimalText } from './format';
import { AreaAsOfPicker } from './AreaAsOfPicker';
import { EmulationCriteriaDocument, EvaluateCriteriaDocument, PlanYearsDocument, type EvaluateCriteriaQuery } from './operations';
import { useI18n } from '../plans/i18n';
import '../plans/plans.css';

type Evaluation = EvaluateCriteriaQuery['evaluateCriteria'];

const RESULT_TONES: Record<string, 'good' | 'bad' | 'warn' | 'neutral'> = { MET: 'good', NOT_MET: 'bad', INSUFFICIENT_DATA: 'warn' };

/** Met / not met / not enough data, as a badge. */
export function CriterionResultBadge(p: { result: string }) {
  const { t } = useI18n();
  return (
    <span className="lnob-status" data-result={p.result}>
      <Badge tone={RESULT_TONES[p.result] ?? 'neutral'}>{t(`criteria.result.${p.result}`)}</Badge>
    </span>
  );
}

/**
 * The day whose boundaries subjects are searched on: `on` of the URL, else the last day of the plan's
 * first year (its subjects as they stood then: units merged since are still found), never after today.
 */
export function boundaryDay(on: string | null, periodFrom: number | null, today: string): string {
  if (on && isLocalDate(on)) return on;
  const first = periodFrom === null ? today : `${periodFrom}-12-31`;
  return first < today ? first : today;
}

/**
 * `#/criteria?plan=<id>&on=<date>&subject=<area id>&asOf=<date>`: a plan's emulation criteria (tiêu chí thi
 * đua), and for a province, district or commune the result of each — met, not met, not enough data —
 * with the yearly figures that decided it and the explanation.
 */
export default function CriteriaPage() {
  const { t } = useI18n();
  const route = useRoute();
  const plan = pickedFromQuery(route, 'plan');
  const subject = pickedFromQuery(route, 'subject');
  const asOf = asOfFromQuery(route);
  const set = (changes: Record<string, string | null>) => navigate(withQuery(route, changes), { replace: true });
  const [years] = useQuery({ query: PlanYearsDocument, variables: { id: plan?.id ?? '' }, pause: !plan });
  const boundaryOn = boundaryDay(route.query.get('on'), years.data?.plan.periodFrom ?? null, todayLocal());
  const [criteria, retryCriteria] = useQuery({ query: EmulationCriteriaDocument, variables: { planId: plan?.id ?? '' }, pause: !plan || subject !== null });
  const [res, reexecute] = useQuery({ query: EvaluateCriteriaDocument, variables: { planId: plan?.id ?? '', subjectId: subject?.id ?? '', asOf }, pause: !plan || !subject });
  const list = criteria.data?.emulationCriteria;
  const evaluation = res.data?.evaluateCriteria;

  return (
    <div className="lnob-page" data-testid="criteria">
      <header className="lnob-page__header">
        <h1>{t('criteria.title')}</h1>
      </header>
      <div className="lnob-toolbar">
        <PlanPicker label={t('criteria.plan')} value={plan} onChange={(v) => set({ plan: v?.id ?? null, planName: v?.name ?? null })} />
        <DateField label={t('criteria.boundaryOn')} name="on" value={boundaryOn} onChange={(v) => set({ on: v || null })} />
        <AreaAsOfPicker label={t('criteria.subject')} validOn={boundaryOn} value={subject} onChange={(v) => set({ subject: v?.id ?? null, subjectName: v?.name ?? null })} testId="subject-picker" />
      </div>
      {!plan ? (
        <EmptyState message={t('criteria.choosePlan')} />
      ) : !subject ? (
        list ? (
          list.length === 0 ? (
            <EmptyState message={t('criteria.noCriteria')} />
          ) : (
            <>
              <h2>{t('criteria.ofPlan')}</h2>
              <table className="lnob-table lnob-plans__table" data-testid="criteria-list">
                <thead>
                  <tr>
                    <th scope="col">{t('browser.code')}</th>
                    <th scope="col">{t('criteria.level')}</th>
                    <th scope="col">{t('criteria.title')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <CriterionRow key={c.code} criterion={c} />
                  ))}
                </tbody>
              </table>
              <EmptyState message={t('criteria.chooseSubject')} />
            </>
          )
        ) : (
          <QueryFallback fetching={criteria.fetching} error={describeError(criteria.error)} onRetry={() => retryCriteria({ requestPolicy: 'network-only' })} />
        )
      ) : evaluation ? (
        <CriteriaEvaluationView evaluation={evaluation} />
      ) : (
        <QueryFallback fetching={res.fetching} error={describeError(res.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
    </div>
  );
}

function CriterionRow(p: { criterion: { code: string; level: string; titleVi: string; titleEn: string; quoteVi: string } }) {
  const { t, locale } = useI18n();
  const c = p.criterion;
  return (
    <tr data-code={c.code}>
      <th scope="row">
        <code>{c.code}</code>
      </th>
      <td>{t(`orgLevel.${c.level}`)}</td>
      <td>
        {locale === 'en' ? c.titleEn : c.titleVi}
        {c.quoteVi && c.quoteVi.toLocaleLowerCase('vi') !== c.titleVi.toLocaleLowerCase('vi') ? (
          <div className="lnob-muted">
            <q lang="vi">{c.quoteVi}</q>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

/** The overall result, then each criterion with its result, explanation and evidence figures. */
export function CriteriaEvaluationView(p: { evaluation: Evaluation }) {
  const { t, locale } = useI18n();
  const e = p.evaluation;
  return (
    <section data-testid="criteria-evaluation" data-result={e.result}>
      <h2>{t('criteria.evaluatedOn', { subject: e.subject.name, date: formatLocalDate(e.asOf), from: e.periodFrom, to: e.periodTo })}</h2>
      <p className="lnob-muted">
        {t('criteria.nominationYear', { year: e.nominationYear })} · {e.boundary === 'CURRENT' ? t('stats.current') : t('stats.asRecorded')}
      </p>
      <p data-testid="overall-result">
        {t('criteria.overall')}: <CriterionResultBadge result={e.result} />
      </p>
      {e.criteria.length === 0 ? <EmptyState message={t('criteria.noCriteria')} /> : null}
      {e.criteria.map((c) => (
        <article key={c.code} className="lnob-plans__criterion" data-code={c.code} data-result={c.result}>
          <h3>
            {locale === 'en' ? c.titleEn : c.titleVi} <CriterionResultBadge result={c.result} />
          </h3>
          <p data-testid="explanation">{locale === 'en' ? c.explanation : c.explanationVi}</p>
          {c.evidence.length === 0 ? (
            <p className="lnob-muted">{t('criteria.noEvidence')}</p>
          ) : (
            <table className="lnob-table lnob-plans__table" data-testid="evidence">
              <caption className="lnob-muted">{t('criteria.evidence')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('criteria.year')}</th>
                  <th scope="col">{t('criteria.figure')}</th>
                  <th scope="col" className="lnob-plans__num">
                    {t('criteria.value')}
                  </th>
                  <th scope="col" className="lnob-plans__num">
                    {t('criteria.parts')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.evidence.map((f, i) => (
                  <tr key={`${f.year ?? ''}-${i}`}>
                    <th scope="row">{f.year ?? t('state.none')}</th>
                    <td>{locale === 'en' ? f.label : f.labelVi}</td>
                    <td className="lnob-plans__num">{f.value === null ? t('state.none') : formatDecimalText(f.value, locale)}</td>
                    <td className="lnob-plans__num">
                      {f.numerator !== null && f.denominator !== null ? `${formatDecimalText(String(f.numerator), locale)} / ${formatDecimalText(String(f.denominator), locale)}` : t('state.none')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
    </section>
  );
}
