import { useId, useMemo, useState } from 'react';
import { Button, formatInteger, formatRate, useI18n } from '@lnob/ui';
import { ChartCanvas, type ChartStatus } from './ChartCanvas';
import { trendChartConfig, type TrendLabels, type TrendRow } from './trend';
import './statistics.css';

/**
 * The year-over-year chart of an area: poor and near-poor households as stacked bars, the poor-household
 * and multidimensional poverty rates as lines on a second (%) axis. The same figures are always in a
 * table: visually hidden but read by screen readers, shown with a button, and shown at once when the
 * browser cannot draw the chart.
 */
export function TrendChart(p: { rows: readonly TrendRow[] }) {
  const { t, locale } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const [status, setStatus] = useState<ChartStatus>('pending');
  const tableId = useId();
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
  const tableShown = showTable || status === 'unavailable';

  return (
    <figure className="lnob-stats-chart" data-testid="stats-chart" data-chart-status={status}>
      <ChartCanvas config={config} label={t('stats.chartLabel')} onStatus={setStatus} />
      {status === 'unavailable' ? (
        <p className="lnob-muted">{t('stats.chartUnavailable')}</p>
      ) : (
        <Button variant="link" aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
          {showTable ? t('stats.hideTable') : t('stats.showTable')}
        </Button>
      )}
      <table id={tableId} className={tableShown ? 'lnob-table' : 'lnob-table lnob-stats-chart__table--hidden'} data-testid="stats-trend-table">
        <caption>{t('stats.chartLabel')}</caption>
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
      </table>
    </figure>
  );
}
