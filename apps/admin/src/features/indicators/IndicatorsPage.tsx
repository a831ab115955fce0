import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { isPeriod, parsePeriod } from '@lnob/domain';
import { EmptyState, SelectField, formatFigure, formatFraction, formatPeriod } from '@lnob/ui';
import { useRoute } from '../../app/router';
import { dateFromQuery, PeriodField, pickedFromQuery, pickedToQuery, useSetQuery } from '../common/filters';
import { Choice } from '../common/forms';
import { OrganizationPicker } from '../common/Pickers';
import { fallbackProps, QueryFallback } from '../common/queries';
import { directionLabel, indicatorName, sourceLabel, targetKindLabel, unitLabel } from '../plans/labels';
import { PlanFilter, reportHref } from '../plans/parts';
import { ChartWithTable } from '../statistics/ChartWithTable';
import { AreaOnDayFields } from './AreaAsOfPicker';
import { INDICATORS_PAGE, IndicatorPickerDocument, IndicatorSeriesDocument, type IndicatorSeriesQuery } from './operations';
import { seriesChartConfig } from './series';
import { useI18n } from '../plans/i18n';
import '../plans/plans.css';
import '../statistics/statistics.css';

type Series = IndicatorSeriesQuery['indicatorSeries'];

/** The default range of a period type: the movement's 2021–2025 period. */
export function defaultRange(periodType: string): { from: string; to: string } {
  switch (periodType) {
    case 'HALF':
      return { from: '2021H1', to: '2025H2' };
    case 'QUARTER':
      return { from: '2024Q1', to: '2025Q4' };
    case 'MONTH':
      return { from: '2025-01', to: '2025-12' };
    default:
      return { from: '2021', to: '2025' };
  }
}

/** Whether from–to is a range of the indicator's period type, from not after to. */
export function rangeOk(from: string, to: string, periodType: string): boolean {
  if (!isPeriod(from) || !isPeriod(to)) return false;
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  return a.kind === periodType && b.kind === periodType && a.start <= b.start;
}

/**
 * `#/indicators?indicator=<id>&scope=area|organization&target=<id>&from=2021&to=2025&plan=<id>`: an indicator
 * for an area or an organization over a range of periods — a chart of actual against target
 * (chart.js, loaded with this screen) and the same figures in a table with their provenance (the
 * registry as recorded, the ledger, or the report they were entered in).
 */
export default function IndicatorsPage() {
  const { t, locale } = useI18n();
  const route = useRoute();
  const q = route.query;
  const set = useSetQuery();
  const [catalogue, retryCatalogue] = useQuery({ query: IndicatorPickerDocument, variables: { first: INDICATORS_PAGE } });
  const indicators = catalogue.data?.indicators.edges.map((e) => e.node) ?? [];
  const indicatorId = q.get('indicator') ?? '';
  const indicator = indicators.find((i) => i.id === indicatorId) ?? null;
  const scopeKind = q.get('scope') === 'organization' ? 'organization' : 'area';
  const target = pickedFromQuery(route, 'target');
  // The boundaries areas are searched on (default today): units merged since are found on an earlier day.
  const boundaryOn = dateFromQuery(route, 'on');
  const range = defaultRange(indicator?.periodType ?? 'YEAR');
  const from = q.get('from') ?? range.from;
  const to = q.get('to') ?? range.to;
  // Empty fields show (and mean) the indicator's default range.
  const [fromText, setFromText] = useState(q.get('from') ?? '');
  const [toText, setToText] = useState(q.get('to') ?? '');
  const ok = indicator !== null && rangeOk(from, to, indicator.periodType);
  const scope = scopeKind === 'organization' ? { organizationId: target?.id } : { areaId: target?.id };
  const plan = pickedFromQuery(route, 'plan');
  const [res, reexecute] = useQuery({ query: IndicatorSeriesDocument, variables: { indicatorId, scope, from, to, planId: plan?.id }, pause: !ok || !target });
  const series = res.data?.indicatorSeries;

  return (
    <div className="lnob-page" data-testid="indicators">
      <header className="lnob-page__header">
        <h1>{t('indicators.title')}</h1>
      </header>
      {catalogue.error && !catalogue.data ? <QueryFallback {...fallbackProps(catalogue, retryCatalogue)} fetching={false} /> : null}
      <div className="lnob-toolbar">
        <SelectField
          label={t('indicators.indicator')}
          name="indicator"
          value={indicatorId}
          onChange={(v) => {
            setFromText('');
            setToText('');
            set({ indicator: v || null, from: null, to: null });
          }}
          options={[{ value: '', label: catalogue.fetching && indicators.length === 0 ? t('state.loading') : t('indicators.choose') }, ...indicators.map((i) => ({ value: i.id, label: `${i.code} — ${indicatorName(i, locale)}` }))]}
        />
        <Choice
          legend={t('indicators.scope')}
          name="scope"
          value={scopeKind}
          onChange={(v) => set({ scope: v === 'organization' ? 'organization' : null, target: null, targetName: null })}
          options={[
            { value: 'area', label: t('indicators.scopeArea') },
            { value: 'organization', label: t('indicators.scopeOrganization') },
          ]}
        />
        {scopeKind === 'organization' ? (
          <OrganizationPicker label={t('indicators.scopeOrganization')} value={target} onChange={(v) => set(pickedToQuery('target', v))} />
        ) : (
          <AreaOnDayFields label={t('indicators.scopeArea')} on={boundaryOn} areaKey="target" testId="scope-area" />
        )}
        <PeriodField label={t('indicators.from')} name="from" text={fromText} onText={setFromText} placeholder={range.from} />
        <PeriodField label={t('indicators.to')} name="to" text={toText} onText={setToText} placeholder={range.to} error={indicator && !ok ? t('indicators.rangeInvalid') : null} />
        <PlanFilter label={t('indicators.targetsOf')} hint={t('indicators.targetsOfHint')} />
      </div>
      {!indicator || !target ? (
        <EmptyState message={t('indicators.chooseAll')} />
      ) : !ok ? null : series ? (
        <SeriesView series={series} scopeName={target.name} />
      ) : (
        <QueryFallback {...fallbackProps(res, reexecute)} />
      )}
    </div>
  );
}

/** The indicator's facts, its chart and its table (with provenance). */
export function SeriesView(p: { series: Series; scopeName: string }) {
  const { t, locale } = useI18n();
  const { indicator, points } = p.series;
  const name = indicatorName(indicator, locale);
  const config = useMemo(
    () => seriesChartConfig(points, indicator.unit, { actual: t('indicators.actual'), target: t('indicators.target'), axis: unitLabel(indicator.unit, locale) }, locale),
    [points, indicator.unit, t, locale],
  );
  const label = t('indicators.chartLabel', { name: `${name} — ${p.scopeName}` });
  return (
    <section data-testid="indicator-series" data-indicator={indicator.code}>
      <h2>
        {name} <code className="lnob-muted">{indicator.code}</code>
      </h2>
      {indicator.description ? <p className="lnob-plans__section">{indicator.description}</p> : null}
      <p className="lnob-muted">
        {[unitLabel(indicator.unit, locale), directionLabel(indicator.direction, locale), sourceLabel(indicator.source, locale)].filter(Boolean).join(' · ')}
      </p>
      {points.length === 0 ? (
        <EmptyState message={t('indicators.noPoints')} />
      ) : (
        <ChartWithTable config={config} label={label} testId="indicator-chart" tableTestId="indicator-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.period')}</th>
              <th scope="col" className="lnob-plans__num">
                {t('indicators.actual')}
              </th>
              <th scope="col" className="lnob-plans__num">
                {t('indicators.target')}
              </th>
              <th scope="col">{t('indicators.provenance')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((pt) => (
              <tr key={pt.period} data-period={pt.period}>
                <th scope="row">{formatPeriod(pt.period, locale)}</th>
                <td className="lnob-plans__num" data-testid="actual">
                  {pt.actual === null ? <span className="lnob-muted">{t('indicators.noValue')}</span> : formatFigure(pt.actual, indicator.unit, locale)}
                  {pt.numerator !== null && pt.denominator !== null ? <div className="lnob-muted">{formatFraction(pt.numerator, pt.denominator, locale)}</div> : null}
                </td>
                <td className="lnob-plans__num">
                  {pt.target === null ? (
                    t('state.none')
                  ) : (
                    <>
                      {formatFigure(pt.target, indicator.unit, locale)}
                      {pt.targetKind ? <div className="lnob-muted">{targetKindLabel(pt.targetKind, locale)}</div> : null}
                    </>
                  )}
                </td>
                <td>
                  {pt.provenance ? (
                    <>
                      {sourceLabel(pt.provenance.source, locale)}
                      {pt.provenance.asRecorded ? <span className="lnob-muted"> ({t('indicators.asRecorded')})</span> : null}
                      {pt.provenance.detail ? <div className="lnob-muted">{pt.provenance.detail}</div> : null}
                      {pt.provenance.reportId ? (
                        <div>
                          <a href={reportHref(pt.provenance.reportId)}>{t('indicators.openReport')}</a>
                        </div>
                      ) : null}
                    </>
                  ) : (
                    t('state.none')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ChartWithTable>
      )}
    </section>
  );
}
