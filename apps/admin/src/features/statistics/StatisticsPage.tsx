import { useMemo } from 'react';
import { useQuery } from 'urql';
import { EmptyState, SelectField, formatInteger, formatRate, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { href, useRoute } from '../../app/router';
import { pickedFromQuery, pickedToQuery, useSetQuery } from '../common/filters';
import { AreaPicker } from '../common/Pickers';
import { QueryFallback } from '../common/queries';
import { REVIEW_YEARS } from '../households/shared';
import { PovertyStatisticsDocument, PovertyTrendDocument, TREND_YEARS, type StatisticsBoundary } from './operations';
import { TrendChart } from './TrendChart';
import { trendRows } from './trend';

/**
 * `#/statistics?area=<id>&year=2025&boundary=CURRENT`: the poverty figures of an area's subtree,
 * both rates with numerator and denominator, transitions, the ethnic-minority poor, a 2022–2025
 * chart (chart.js: poor and near-poor households, both rates) with its data table, and the figures
 * per child area (each a link one level down).
 */
export default function StatisticsPage() {
  const { t, locale } = useI18n();
  const route = useRoute();
  const q = route.query;
  const area = pickedFromQuery(route, 'area');
  const year = Number(q.get('year') ?? 2025);
  const boundary: StatisticsBoundary = q.get('boundary') === 'CURRENT' ? 'CURRENT' : 'AS_RECORDED';
  const set = useSetQuery();
  const [res, reexecute] = useQuery({ query: PovertyStatisticsDocument, variables: { areaId: area?.id ?? '', year, boundary }, pause: !area });
  const [trend] = useQuery({ query: PovertyTrendDocument, variables: { areaId: area?.id ?? '', boundary }, pause: !area });
  const error = describeError(res.error);
  const s = res.data?.povertyStatistics;
  const n = (v: number) => formatInteger(v, locale);
  const link = (a: { id: string; name: string }) => href('/statistics', { area: a.id, areaName: a.name, year, boundary: boundary === 'CURRENT' ? 'CURRENT' : null });
  const rows = useMemo(() => (trend.data ? trendRows(trend.data) : null), [trend.data]);

  return (
    <div className="lnob-page" data-testid="statistics">
      <header className="lnob-page__header">
        <h1>{t('stats.title')}</h1>
      </header>
      <div className="lnob-toolbar">
        <AreaPicker label={t('households.area')} value={area} onChange={(v) => set(pickedToQuery('area', v))} />
        <SelectField label={t('households.year')} name="year" value={String(year)} onChange={(v) => set({ year: v })} options={REVIEW_YEARS.map((y) => ({ value: String(y), label: String(y) }))} />
        <SelectField
          label={t('stats.boundary')}
          name="boundary"
          value={boundary}
          onChange={(v) => set({ boundary: v === 'CURRENT' ? 'CURRENT' : null })}
          options={[
            { value: 'AS_RECORDED', label: t('stats.asRecorded') },
            { value: 'CURRENT', label: t('stats.current') },
          ]}
        />
      </div>
      {!area ? (
        <EmptyState message={t('stats.chooseArea')} />
      ) : s ? (
        <>
          <h2>
            {s.area.name} — {s.year} ({s.boundary === 'CURRENT' ? t('stats.current') : t('stats.asRecorded')})
          </h2>
          {s.area.parent ? (
            <p>
              <a href={link(s.area.parent)}>↑ {t('stats.up')}: {s.area.parent.name}</a>
            </p>
          ) : null}
          <dl className="lnob-dl" data-testid="stats-totals">
            <dt>{t('stats.households')}</dt>
            <dd data-testid="stats-households">{n(s.households)}</dd>
            <dt>{t('stats.poor')}</dt>
            <dd data-testid="stats-poor">{n(s.poor)}</dd>
            <dt>{t('stats.nearPoor')}</dt>
            <dd data-testid="stats-near-poor">{n(s.nearPoor)}</dd>
            <dt>{t('stats.averageLiving')}</dt>
            <dd>{n(s.averageLiving)}</dd>
            <dt>{t('stats.poorRate')}</dt>
            <dd data-testid="poor-rate">{formatRate(s.poorRate, locale)}</dd>
            <dt>{t('stats.mdRate')}</dt>
            <dd data-testid="md-rate">{formatRate(s.multidimensionalPovertyRate, locale)}</dd>
          </dl>
          <h3>{t('stats.transitions')}</h3>
          <dl className="lnob-dl">
            <dt>{t('stats.escapedPoverty')}</dt>
            <dd>{n(s.escapedPoverty)}</dd>
            <dt>{t('stats.escapedNearPoverty')}</dt>
            <dd>{n(s.escapedNearPoverty)}</dd>
            <dt>{t('stats.newlyPoor')}</dt>
            <dd>{n(s.newlyPoor)}</dd>
            <dt>{t('stats.relapsed')}</dt>
            <dd>{n(s.relapsed)}</dd>
          </dl>
          <h3>{t('stats.ethnicMinority')}</h3>
          <dl className="lnob-dl">
            <dt>{t('stats.ethnicMinorityHouseholds')}</dt>
            <dd>{n(s.ethnicMinorityHouseholds)}</dd>
            <dt>{t('stats.ethnicMinorityPoor')}</dt>
            <dd>{n(s.ethnicMinorityPoor)}</dd>
            <dt>{t('stats.ethnicMinorityNearPoor')}</dt>
            <dd>{n(s.ethnicMinorityNearPoor)}</dd>
          </dl>
          <h3>{t('stats.trend', { from: TREND_YEARS[0], to: TREND_YEARS[TREND_YEARS.length - 1] })}</h3>
          {rows ? (
            <TrendChart rows={rows} />
          ) : (
            <QueryFallback fetching={trend.fetching} error={describeError(trend.error)} />
          )}
          <h3>{t('stats.byChild')}</h3>
          {s.byChild.length === 0 ? (
            <EmptyState message={t('stats.noChildren')} />
          ) : (
            <table className="lnob-table" data-testid="stats-children">
              <thead>
                <tr>
                  <th>{t('households.area')}</th>
                  <th>{t('stats.households')}</th>
                  <th>{t('stats.poor')}</th>
                  <th>{t('stats.nearPoor')}</th>
                  <th>{t('stats.poorRate')}</th>
                  <th>{t('stats.mdRate')}</th>
                  <th>{t('stats.escapedPoverty')}</th>
                  <th>{t('stats.newlyPoor')}</th>
                  <th>{t('stats.relapsed')}</th>
                  <th>{t('stats.ethnicMinorityPoor')}</th>
                </tr>
              </thead>
              <tbody>
                {s.byChild.map((c) => (
                  <tr key={c.area.id}>
                    <td>
                      <a href={link(c.area)} aria-label={t('stats.drillDown', { name: c.area.name })}>
                        {c.area.name}
                      </a>
                    </td>
                    <td>{n(c.households)}</td>
                    <td>{n(c.poor)}</td>
                    <td>{n(c.nearPoor)}</td>
                    <td>{formatRate(c.poorRate, locale)}</td>
                    <td>{formatRate(c.multidimensionalPovertyRate, locale)}</td>
                    <td>{n(c.escapedPoverty)}</td>
                    <td>{n(c.newlyPoor)}</td>
                    <td>{n(c.relapsed)}</td>
                    <td>{n(c.ethnicMinorityPoor)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : (
        <QueryFallback fetching={res.fetching} error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
    </div>
  );
}
