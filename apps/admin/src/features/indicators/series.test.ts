import { describe, expect, it } from 'vitest';
import { plotted, seriesChartConfig, seriesChartData, seriesTooltip } from './series';

const LABELS = { actual: 'Thực hiện', target: 'Chỉ tiêu đặt ra', axis: 'Giá trị' };

describe('indicator series chart', () => {
  const points = [
    { period: '2022', actual: '4.25', target: '4.5' },
    { period: '2023', actual: null, target: '4' },
    { period: '2024', actual: '3.1', target: null },
  ];

  it('one label per period, in words of the locale', () => {
    expect(seriesChartData(points, LABELS, 'vi').labels).toEqual(['Năm 2022', 'Năm 2023', 'Năm 2024']);
    expect(seriesChartData([{ period: '2024H1', actual: '1', target: null }], LABELS, 'en').labels).toEqual(['First half of 2024']);
  });

  it('actual as bars and targets as a dashed line, with gaps where there is no figure', () => {
    const [actual, target] = seriesChartData(points, LABELS, 'vi').datasets;
    expect(actual).toMatchObject({ type: 'bar', label: 'Thực hiện', data: [4.25, null, 3.1] });
    expect(target).toMatchObject({ type: 'line', label: 'Chỉ tiêu đặt ra', data: [4.5, 4, null], borderDash: [6, 3], spanGaps: false });
  });

  it('draws numbers from exact decimal text; anything else is a gap', () => {
    expect(plotted('-0.5')).toBe(-0.5);
    expect(plotted('15735')).toBe(15735);
    expect(plotted(null)).toBeNull();
    expect(plotted('')).toBeNull();
    expect(plotted('abc')).toBeNull();
  });

  it('tooltips and ticks in the unit and the locale', () => {
    expect(seriesTooltip('Thực hiện', 12.5, 'PERCENT', 'vi')).toBe('Thực hiện: 12,5 %');
    expect(seriesTooltip('Actual', 1234567, 'VND', 'en')).toBe('Actual: ₫1,234,567');
    expect(seriesTooltip('Target', null, 'HOUSEHOLD', 'en')).toBe('Target: —');
    const c = seriesChartConfig(points, 'PERCENT', LABELS, 'vi');
    const tick = c.options?.scales?.y?.ticks?.callback as (v: number) => string;
    expect(tick.call({} as never, 5)).toBe('5 %');
    expect(c.options?.locale).toBe('vi-VN');
  });
});
