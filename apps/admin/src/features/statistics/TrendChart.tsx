import { useMemo } from 'react';
import { formatInteger, formatRate, useI18n } from '@lnob/ui';
import { ChartWithTable } from './ChartWithTable';
import { trendChartConfig, type TrendLabels, type TrendRow } from './trend';
import './statistics.css';

/**
 * The year-over-year chart of an area: poor and near-poor households as stacked bars, the poor-household
 * and multidimensional poverty rates as lines on a second (%) axis, with the same figures in a table.
 */
export function TrendChart(p: { rows: readonly TrendRow[] }) {
  const { t, locale } = useI18n();
  const config = useMemo(() => {
    const labels: TrendLabels = {
      poor: t('stats.poor'),
      nearPoor: t('stats.nearPoor'),
      poorRate: t('stats.poorRate'),
      mdRate: t('stats.mdRate'),
      countAxis: t('stats.countAxis'),
      rateAxis: t('stats.rateAxis'),
    };
    return trendChartConfig(p.rows, labels, locale);
  }, [p.rows, t, locale]);
  const n = (v: number) => formatInteger(v, locale);

  return (
    <ChartWithTable config={config} label={t('stats.chartLabel')} testId="stats-chart" tableTestId="stats-trend-table">
      <thead>
        <tr>
          <th scope="col">{t('households.year')}</th>
          <th scope="col">{t('stats.households')}</th>
          <th scope="col">{t('stats.poor')}</th>
          <th scope="col">{t('stats.nearPoor')}</th>
          <th scope="col">{t('stats.poorRate')}</th>
          <th scope="col">{t('stats.mdRate')}</th>
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr key={r.year} data-year={r.year}>
            <th scope="row">{r.year}</th>
            <td>{n(r.households)}</td>
            <td data-testid="trend-poor">{n(r.poor)}</td>
            <td>{n(r.nearPoor)}</td>
            <td>{formatRate(r.poorRate, locale)}</td>
            <td>{formatRate(r.multidimensionalPovertyRate, locale)}</td>
          </tr>
        ))}
      </tbody>
    </ChartWithTable>
  );
}
