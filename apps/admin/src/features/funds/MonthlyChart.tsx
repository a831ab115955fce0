import { useMemo } from 'react';
import { formatVnd, useI18n } from '@lnob/ui';
import { ChartWithTable } from '../statistics/ChartWithTable';
import '../statistics/statistics.css';
import { monthChartConfig, monthLabels } from './chart';
import type { MonthRow } from './model';

/**
 * Money in (donations, fulfilments, transfers received) and out (disbursements, transfers sent) of
 * a fund, month by month, with the same figures in a table (ChartWithTable). chart.js comes with
 * the funds screen's chunk (shared with the statistics screen), never with the first paint. (Loading this chart as a chunk of its
 * own would keep chart.js off the ledger and pledges tabs, but makes the bundler split the first
 * paint's shared code in two: +261 B gzip for every user.)
 */
export default function MonthlyChart(p: { rows: readonly MonthRow[]; year: number }) {
  const { t, locale } = useI18n();
  const months = monthLabels(locale);
  const config = useMemo(() => monthChartConfig(p.rows, { moneyIn: t('funds.moneyIn'), moneyOut: t('funds.moneyOut'), months: monthLabels(locale) }, locale), [p.rows, t, locale]);
  const v = (n: number) => formatVnd(n, locale);
  return (
    <ChartWithTable config={config} label={t('funds.chartLabel', { year: p.year })} height={260} testId="fund-chart" tableTestId="fund-months">
      <thead>
        <tr>
          <th scope="col">{t('funds.month')}</th>
          <th scope="col">{t('funds.raised')}</th>
          <th scope="col">{t('funds.transferredIn')}</th>
          <th scope="col">{t('funds.spent')}</th>
          <th scope="col">{t('funds.transferredOut')}</th>
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr key={r.month} data-month={r.month}>
            <th scope="row">{months[r.month - 1]}</th>
            <td className="lnob-funds__num">{v(r.raised)}</td>
            <td className="lnob-funds__num">{v(r.transferredIn)}</td>
            <td className="lnob-funds__num">{v(r.spent)}</td>
            <td className="lnob-funds__num">{v(r.transferredOut)}</td>
          </tr>
        ))}
      </tbody>
    </ChartWithTable>
  );
}
