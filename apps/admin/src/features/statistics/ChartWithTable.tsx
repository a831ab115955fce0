import { useId, useState, type ReactNode } from 'react';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { Button, useI18n } from '@lnob/ui';
import { ChartCanvas, type ChartStatus } from './ChartCanvas';

/**
 * A chart with the same figures in a table (`children`: its head and body, captioned `label`):
 * visually hidden but read by screen readers, shown with a button, and shown at once when the
 * browser cannot draw the chart.
 */
export function ChartWithTable<TType extends ChartType, TData, TLabel>(p: {
  config: ChartConfiguration<TType, TData, TLabel>;
  label: string;
  height?: number;
  testId: string;
  tableTestId: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const [status, setStatus] = useState<ChartStatus>('pending');
  const tableId = useId();
  const tableShown = showTable || status === 'unavailable';
  return (
    <figure className="lnob-stats-chart" data-testid={p.testId} data-chart-status={status}>
      <ChartCanvas config={p.config} label={p.label} onStatus={setStatus} height={p.height} />
      {status === 'unavailable' ? (
        <p className="lnob-muted">{t('stats.chartUnavailable')}</p>
      ) : (
        <Button variant="link" aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
          {showTable ? t('stats.hideTable') : t('stats.showTable')}
        </Button>
      )}
      <table id={tableId} className={tableShown ? 'lnob-table' : 'lnob-table lnob-stats-chart__table--hidden'} data-testid={p.tableTestId}>
        <caption>{p.label}</caption>
        {p.children}
      </table>
    </figure>
  );
}
