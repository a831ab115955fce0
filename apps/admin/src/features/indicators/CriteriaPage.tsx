import { useQuery } from 'urql';
import { isLocalDate, todayLocal } from '@lnob/domain';
import { Badge, DataTable, EmptyState, formatDecimalText, formatFraction, formatLocalDate } from '@lnob/ui';
import { useRoute } from '../../app/router';
import { dateFromQuery, pickedFromQuery } from '../common/filters';
import { fallbackProps, QueryFallback } from '../common/queries';
import { PlanFilter } from '../plans/parts';
import { AreaOnDayFields } from './AreaAsOfPicker';
import { EmulationCriteriaDocument, EvaluateCriteriaDocument, PlanYearsDocument, type EvaluateCriteriaQuery } from './operations';
import { useI18n } from '../plans/i18n';
import '../plans/plans.css';

type Evaluation = EvaluateCriteriaQuery['evaluateCriteria'];

const RESULT_TONES: Record<string, 'good' | 'bad' | 'warn' | 'neutral'> = { MET: 'good', NOT_MET: 'bad', INSUFFICIENT_DATA: 'warn' };

/** Met / not met / not enough data, as a badge. */
function CriterionResultBadge(p: { result: string }) {
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
  const asOf = dateFromQuery(route, 'asOf');
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
        <PlanFilter label={t('criteria.plan')} />
        <AreaOnDayFields label={t('criteria.subject')} on={boundaryOn} areaKey="subject" testId="subject-picker" />
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
              <DataTable className="lnob-plans__table" testId="criteria-list" columns={[t('browser.code'), t('criteria.level'), t('criteria.title')]}>
                {list.map((c) => (
                  <CriterionRow key={c.code} criterion={c} />
                ))}
              </DataTable>
              <EmptyState message={t('criteria.chooseSubject')} />
            </>
          )
        ) : (
          <QueryFallback {...fallbackProps(criteria, retryCriteria)} />
        )
      ) : evaluation ? (
        <CriteriaEvaluationView evaluation={evaluation} />
      ) : (
        <QueryFallback {...fallbackProps(res, reexecute)} />
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
            <DataTable
              className="lnob-plans__table"
              testId="evidence"
              caption={t('criteria.evidence')}
              columns={[t('criteria.year'), t('criteria.figure'), { label: t('criteria.value'), className: 'lnob-plans__num' }, { label: t('criteria.parts'), className: 'lnob-plans__num' }]}
            >
              {c.evidence.map((f, i) => (
                <tr key={`${f.year ?? ''}-${i}`}>
                  <th scope="row">{f.year ?? t('state.none')}</th>
                  <td>{locale === 'en' ? f.label : f.labelVi}</td>
                  <td className="lnob-plans__num">{f.value === null ? t('state.none') : formatDecimalText(f.value, locale)}</td>
                  <td className="lnob-plans__num">{f.numerator !== null && f.denominator !== null ? formatFraction(f.numerator, f.denominator, locale) : t('state.none')}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </article>
      ))}
    </section>
  );
}
