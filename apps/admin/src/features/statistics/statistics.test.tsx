import { describe, expect, it } from 'vitest';
import { apiError, mockClient } from '../../testing/mock-client';
import { html } from '../../testing/render';
import StatisticsPage from './StatisticsPage';

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator ? numerator / denominator : null });
const figures = {
  households: 1000,
  poor: 123,
  nearPoor: 77,
  averageLiving: 50,
  poorRate: rate(123, 1000),
  multidimensionalPovertyRate: rate(200, 1000),
  escapedPoverty: 9,
  escapedNearPoverty: 8,
  newlyPoor: 7,
  relapsed: 2,
  ethnicMinorityHouseholds: 300,
  ethnicMinorityPoor: 61,
  ethnicMinorityNearPoor: 20,
};
const trendPoint = (year: number, p: number) => ({ year, households: 1000, poor: p, nearPoor: 50, poorRate: rate(p, 1000), multidimensionalPovertyRate: rate(p + 50, 1000) });

describe('statistics page', () => {
  it('asks for an area first', () => {
    const { client, calls } = mockClient(() => undefined);
    expect(html(client, <StatisticsPage />, { hash: '#/statistics' })).toContain('Chọn địa bàn để xem thống kê.');
    expect(calls).toHaveLength(0);
  });

  it('shows both rates with numerator and denominator, transitions, the chart and the children with drill-down links', () => {
    const { client, calls } = mockClient((c) =>
      c.name === 'PovertyTrend'
        ? { data: { y2022: trendPoint(2022, 150), y2023: trendPoint(2023, 140), y2024: trendPoint(2024, 130), y2025: trendPoint(2025, 123) } }
        : {
            data: {
              povertyStatistics: {
                ...figures,
                year: 2025,
                boundary: 'CURRENT',
                area: { id: 'p1', name: 'Tỉnh Vĩnh Long', parent: null },
                byChild: [{ ...figures, area: { id: 'c1', name: 'Xã Long Hữu' }, households: 10, poorRate: rate(1, 10) }],
              },
            },
          },
    );
    const out = html(client, <StatisticsPage />, { hash: '#/statistics?area=p1&areaName=T%E1%BB%89nh&year=2025&boundary=CURRENT' });
    expect(calls.find((c) => c.name === 'PovertyStatistics')?.variables).toEqual({ areaId: 'p1', year: 2025, boundary: 'CURRENT' });
    expect(calls.find((c) => c.name === 'PovertyTrend')?.variables).toEqual({ areaId: 'p1', boundary: 'CURRENT' });
    expect(out).toContain('12,3 % (123 / 1.000)');
    expect(out).toContain('20,0 % (200 / 1.000)');
    expect(out).toContain('Thoát nghèo');
    expect(out).toContain('Tái nghèo');
    expect(out).toContain('Hộ nghèo DTTS');
    expect(calls.filter((c) => c.name === 'PovertyTrend')).toHaveLength(1);
    // the chart (a canvas image) and its data table, one row per year, with numerator and denominator
    expect(out).toMatch(/<canvas role="img" aria-label="Biểu đồ số hộ nghèo, hộ cận nghèo/);
    expect(out).toContain('<tr data-year="2022"><th scope="row">2022</th><td>1.000</td><td data-testid="trend-poor">150</td><td>50</td><td>15,0 % (150 / 1.000)</td><td>20,0 % (200 / 1.000)</td></tr>');
    expect(out).toContain('Xem bảng số liệu');
    expect(out).toContain('10,0 % (1 / 10)');
    expect(out).toContain('href="#/statistics?area=c1&amp;areaName=X%C3%A3+Long+H%E1%BB%AFu&amp;year=2025&amp;boundary=CURRENT"');
  });

  it('in English', () => {
    const { client } = mockClient((c) =>
      c.name === 'PovertyTrend'
        ? { data: { y2022: trendPoint(2022, 1), y2023: trendPoint(2023, 1), y2024: trendPoint(2024, 1), y2025: trendPoint(2025, 1) } }
        : { data: { povertyStatistics: { ...figures, year: 2025, boundary: 'AS_RECORDED', area: { id: 'p1', name: 'P', parent: null }, byChild: [] } } },
    );
    const out = html(client, <StatisticsPage />, { hash: '#/statistics?area=p1', locale: 'en' });
    expect(out).toContain('12.3% (123 / 1,000)');
    expect(out).toContain('No sub-units with figures.');
  });

  it('NOT_FOUND and errors show their state with the request id', () => {
    const { client } = mockClient(() => ({ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-nf')] }));
    const out = html(client, <StatisticsPage />, { hash: '#/statistics?area=zz' });
    expect(out).toContain('Không tìm thấy');
    expect(out).toContain('req-nf');
  });
});
