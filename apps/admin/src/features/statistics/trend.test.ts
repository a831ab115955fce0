import type { Scale, Tick, TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { row } from './test-data';
import { COUNT_AXIS, RATE_AXIS, rateTickDigits, trendChartConfig, trendChartData, trendChartOptions, trendRows, trendTooltip, type TrendLabels } from './trend';

const LABELS: TrendLabels = { poor: 'Hộ nghèo', nearPoor: 'Hộ cận nghèo', poorRate: 'Tỷ lệ hộ nghèo', mdRate: 'Tỷ lệ nghèo đa chiều', countAxis: 'Số hộ', rateAxis: 'Tỷ lệ (%)' };
const ticks = (...values: number[]): Tick[] => values.map((value) => ({ value }));

/** Calls a tick callback of an axis the way chart.js does. */
function tick(options: ReturnType<typeof trendChartOptions>, axis: string, value: number, all: Tick[]): unknown {
  const callback = options.scales?.[axis]?.ticks?.callback as (this: Scale, v: number, i: number, t: Tick[]) => unknown;
  return callback.call({} as Scale, value, 0, all);
}

describe('trendRows', () => {
  it('takes the years of a trend answer whatever their aliases, oldest first, leaving out unanswered years', () => {
    const rows = trendRows({ __typename: 'Query', y2024: row(2024, 10, 2, 1), y2022: row(2022, 10, 4, 1), y2023: null, y2025: row(2025, 12, 1, 2) });
    expect(rows.map((r) => r.year)).toEqual([2022, 2024, 2025]);
  });
});

describe('trendChartData (years → datasets)', () => {
  const data = trendChartData([row(2022, 1000, 150, 80), row(2023, 1000, 120, 90), row(2024, 0, 0, 0), row(2025, 1200, 96, 60)], LABELS);

  it('one label per year', () => {
    expect(data.labels).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('poor and near-poor as bars stacked on the household axis', () => {
    const [poor, nearPoor] = data.datasets;
    expect(poor).toMatchObject({ type: 'bar', label: 'Hộ nghèo', data: [150, 120, 0, 96], yAxisID: COUNT_AXIS, stack: 'households' });
    expect(nearPoor).toMatchObject({ type: 'bar', label: 'Hộ cận nghèo', data: [80, 90, 0, 60], yAxisID: COUNT_AXIS, stack: 'households' });
  });

  it('both rates as lines on the % axis, with a gap where no household was reviewed', () => {
    const [, , poorRate, mdRate] = data.datasets;
    expect(poorRate).toMatchObject({ type: 'line', label: 'Tỷ lệ hộ nghèo', data: [0.15, 0.12, null, 0.08], yAxisID: RATE_AXIS, spanGaps: false });
    expect(mdRate).toMatchObject({ type: 'line', label: 'Tỷ lệ nghèo đa chiều', data: [0.23, 0.21, null, 0.13], yAxisID: RATE_AXIS });
    expect(mdRate).toMatchObject({ borderDash: [6, 3] });
    expect(poorRate).toMatchObject({ borderDash: [] });
    // lines are drawn over the bars
    expect(poorRate.order).toBeLessThan(data.datasets[0].order!);
  });

  it('no years, no points', () => {
    const empty = trendChartData([], LABELS);
    expect(empty.labels).toEqual([]);
    expect(empty.datasets.map((d) => d.data)).toEqual([[], [], [], []]);
  });
});

describe('trendChartOptions', () => {
  it('vi: numbers as vi-VN (1.234), percentages as 12 %, axis titles in Vietnamese', () => {
    const o = trendChartOptions(LABELS, 'vi');
    expect(o.locale).toBe('vi-VN');
    expect(tick(o, COUNT_AXIS, 1234, ticks(0, 500, 1000, 1500))).toBe('1.234');
    expect(tick(o, RATE_AXIS, 0.05, ticks(0, 0.05, 0.1))).toBe('5 %');
    expect(tick(o, RATE_AXIS, 0.005, ticks(0, 0.005, 0.01))).toBe('0,5 %');
    expect(o.scales?.[COUNT_AXIS]).toMatchObject({ position: 'left', stacked: true, title: { text: 'Số hộ' } });
    expect(o.scales?.[RATE_AXIS]).toMatchObject({ position: 'right', title: { text: 'Tỷ lệ (%)' } });
  });

  it('en: 1,234 and 5%', () => {
    const o = trendChartOptions(LABELS, 'en');
    expect(o.locale).toBe('en-US');
    expect(tick(o, COUNT_AXIS, 1234, ticks(0, 1000))).toBe('1,234');
    expect(tick(o, RATE_AXIS, 0.05, ticks(0, 0.05))).toBe('5%');
  });

  it('tooltips name the series and format by axis', () => {
    expect(trendTooltip('Hộ nghèo', COUNT_AXIS, 1234, 'vi')).toBe('Hộ nghèo: 1.234');
    expect(trendTooltip('Tỷ lệ hộ nghèo', RATE_AXIS, 0.1234, 'vi')).toBe('Tỷ lệ hộ nghèo: 12,3 %');
    expect(trendTooltip('Poor-household rate', RATE_AXIS, null, 'en')).toBe('Poor-household rate: —');
    const label = trendChartOptions(LABELS, 'vi').plugins?.tooltip?.callbacks?.label as (item: TooltipItem<'bar' | 'line'>) => string;
    expect(label({ dataset: { label: 'Tỷ lệ hộ nghèo', yAxisID: RATE_AXIS }, parsed: { y: 0.08 } } as never)).toBe('Tỷ lệ hộ nghèo: 8,0 %');
  });

  it('the % axis keeps whole percentages unless its steps are finer than 1 %', () => {
    expect(rateTickDigits(ticks(0, 0.1, 0.2))).toBe(0);
    expect(rateTickDigits(ticks(0, 0.01))).toBe(0);
    expect(rateTickDigits(ticks(0, 0.002))).toBe(1);
    expect(rateTickDigits(ticks(0))).toBe(0);
  });

  it('one configuration for a mixed bar and line chart', () => {
    const c = trendChartConfig([row(2025, 10, 1, 1)], LABELS, 'vi');
    expect(c.type).toBe('bar');
    expect(c.data.datasets.map((d) => d.type)).toEqual(['bar', 'bar', 'line', 'line']);
  });
});
