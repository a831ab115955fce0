import { lazy, Suspense, useMemo, useState } from 'react';
import { LoadingState, useI18n } from '@lnob/ui';
import type { ChartStatus } from '../statistics/ChartCanvas';
import { spendingChartConfig } from './model';
import { usePublicText } from './texts';

/**
 * chart.js arrives with the chart only, after the figures are on screen (the canvas component and
 * its chart.js registration are one lazy chunk, shared with the statistics screen).
 */
const ChartCanvas = lazy(() => import('../statistics/ChartCanvas').then((m) => ({ default: m.ChartCanvas })));

/**
 * Money spent per category as horizontal bars. The same figures are always in the table beside it,
 * so nothing is lost when the browser cannot draw.
 */
export function SpendingChart(p: { rows: readonly { category: string; amount: number }[] }) {
  const { t, locale } = useI18n();
  const pt = usePublicText();
  const [status, setStatus] = useState<ChartStatus>('pending');
  const config = useMemo(() => spendingChartConfig(p.rows, pt('spent'), locale), [p.rows, pt, locale]);
  const height = 60 + 34 * (config.data.labels?.length ?? 0);
  return (
    <figure className="lnob-stats-chart lnob-public__chart" data-testid="public-chart" data-chart-status={status}>
      <Suspense fallback={<LoadingState />}>
        <ChartCanvas config={config} label={pt('chartLabel')} height={height} onStatus={setStatus} />
      </Suspense>
      {status === 'unavailable' ? <p className="lnob-muted">{t('stats.chartUnavailable')}</p> : null}
    </figure>
  );
}
