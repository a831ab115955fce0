import { describe, expect, it } from 'vitest';
import { apiError, mockClient, type Call, type MockAnswer } from '../../testing/mock-client';
import { click, html, mount, settle, textOf, type, Wrap } from '../../testing/render';
import { AreaAsOfPicker } from './AreaAsOfPicker';
import CriteriaPage, { CriteriaEvaluationView, boundaryDay } from './CriteriaPage';
import IndicatorsPage, { SeriesView, defaultRange, rangeOk } from './IndicatorsPage';

const POOR_RATE = { id: 'I9', code: 'POOR_RATE', nameVi: 'Tỷ lệ hộ nghèo', nameEn: 'Poor-household rate', unit: 'PERCENT', source: 'REGISTRY', periodType: 'YEAR' } as const;

const series = {
  indicator: { ...POOR_RATE, description: 'Theo chuẩn nghèo đa chiều', factor: 100, direction: 'LOWER_IS_BETTER', aggregation: 'RATIO', measure: 'POOR_RATE' },
  points: [
    { period: '2022', actual: '4.25', numerator: 425, denominator: 10000, target: null, targetKind: null, provenance: { source: 'REGISTRY', detail: 'Rà soát năm 2022', reportId: null, asRecorded: true } },
    { period: '2023', actual: '3.7', numerator: 370, denominator: 10000, target: '3.75', targetKind: 'CHANGE_PER_PERIOD', provenance: { source: 'REPORTED', detail: null, reportId: 'R7', asRecorded: false } },
    { period: '2024', actual: null, numerator: null, denominator: null, target: '3.25', targetKind: 'CHANGE_PER_PERIOD', provenance: null },
  ],
} as const;

describe('indicator series', () => {
  it('the chart with the figures in a table: actual with its parts, target with its kind, provenance', () => {
    const out = html(mockClient(() => undefined).client, <SeriesView series={series as never} scopeName="Tỉnh Trà Vinh" />);
    expect(out).toContain('aria-label="Thực hiện và chỉ tiêu “Tỷ lệ hộ nghèo — Tỉnh Trà Vinh” theo kỳ"');
    expect(out).toContain('<th scope="row">Năm 2022</th><td class="lnob-plans__num" data-testid="actual">4,25 %<div class="lnob-muted">425 / 10.000</div>');
    expect(out).toContain('Tính từ cơ sở dữ liệu hộ nghèo, cận nghèo<span class="lnob-muted"> (theo địa giới tại thời điểm ghi nhận)</span>');
    expect(out).toContain('Rà soát năm 2022');
    expect(out).toContain('3,75 %<div class="lnob-muted">Thay đổi mỗi kỳ</div>');
    expect(out).toContain('href="#/reports/R7">xem báo cáo</a>');
    expect(out).toContain('chưa có số liệu');
    expect(out).toContain('Càng thấp càng tốt');
  });

  it('ranges of the indicator’s period type, from not after to', () => {
    expect(defaultRange('YEAR')).toEqual({ from: '2021', to: '2025' });
    expect(defaultRange('HALF')).toEqual({ from: '2021H1', to: '2025H2' });
    expect(rangeOk('2021', '2025', 'YEAR')).toBe(true);
    expect(rangeOk('2025', '2021', 'YEAR')).toBe(false);
    expect(rangeOk('2021H1', '2025', 'YEAR')).toBe(false);
    expect(rangeOk('2021', 'x', 'YEAR')).toBe(false);
  });

  it('asks for the series once an indicator and a scope are chosen, with the default range', () => {
    const respond = (c: Call): MockAnswer | undefined =>
      c.name === 'IndicatorPicker' ? { data: { indicators: { edges: [{ node: POOR_RATE }] } } } : c.name === 'IndicatorSeries' ? { data: { indicatorSeries: series } } : undefined;
    const empty = mockClient(respond);
    expect(html(empty.client, <IndicatorsPage />, { hash: '#/indicators' })).toContain('Chọn chỉ tiêu và phạm vi');
    expect(empty.calls.map((c) => c.name)).toEqual(['IndicatorPicker']);
    const { client, calls } = mockClient(respond);
    const out = html(client, <IndicatorsPage />, { hash: '#/indicators?indicator=I9&target=AR9&targetName=T%E1%BB%89nh%20Tr%C3%A0%20Vinh' });
    expect(calls.find((c) => c.name === 'IndicatorSeries')?.variables).toEqual({ indicatorId: 'I9', scope: { areaId: 'AR9' }, from: '2021', to: '2025', planId: undefined });
    expect(out).toContain('data-indicator="POOR_RATE"');
    const org = mockClient(respond);
    html(org.client, <IndicatorsPage />, { hash: '#/indicators?indicator=I9&scope=organization&target=O2&from=2022&to=2024&plan=P5' });
    expect(org.calls.find((c) => c.name === 'IndicatorSeries')?.variables).toEqual({ indicatorId: 'I9', scope: { organizationId: 'O2' }, from: '2022', to: '2024', planId: 'P5' });
    // a range of another period type is not asked for
    const bad = mockClient(respond);
    expect(html(bad.client, <IndicatorsPage />, { hash: '#/indicators?indicator=I9&target=AR9&from=2022H1' })).toContain('“Từ kỳ” phải cùng loại kỳ');
    expect(bad.calls.map((c) => c.name)).not.toContain('IndicatorSeries');
  });
});

const evaluation = {
  level: 'PROVINCE',
  asOf: '2025-06-11',
  periodFrom: 2021,
  periodTo: 2025,
  nominationYear: 2025,
  boundary: 'AS_RECORDED',
  result: 'MET',
  subject: { id: 'AR9', name: 'Tỉnh Trà Vinh', kind: 'PROVINCE' },
  criteria: [
    {
      code: 'PROVINCE_RATE_3_YEARS',
      titleVi: 'Giảm tỷ lệ hộ nghèo từ 0,5 điểm % mỗi năm, 3 năm liên tiếp',
      titleEn: 'Poverty rate down 0.5 point a year, 3 years running',
      result: 'MET',
      explanation: 'Down 0.55, 0.6 and 0.7 points in 2022–2024.',
      explanationVi: 'Giảm 0,55; 0,6 và 0,7 điểm % trong 2022–2024.',
      evidence: [
        { year: 2021, label: 'Poverty rate', labelVi: 'Tỷ lệ hộ nghèo', value: '4.25', numerator: 425, denominator: 10000 },
        { year: 2022, label: 'Poverty rate', labelVi: 'Tỷ lệ hộ nghèo', value: '3.7', numerator: 370, denominator: 10000 },
      ],
    },
    { code: 'PROVINCE_HALVED', titleVi: 'Giảm trên 50% hộ nghèo và cận nghèo', titleEn: 'Poor and near-poor halved', result: 'INSUFFICIENT_DATA', explanation: 'No figures for 2025 yet.', explanationVi: 'Chưa có số liệu năm 2025.', evidence: [] },
  ],
} as const;

describe('emulation criteria', () => {
  it('searches subjects on the plan’s first year, or the day asked, never after today', () => {
    expect(boundaryDay(null, 2021, '2026-11-21')).toBe('2021-12-31');
    expect(boundaryDay(null, 2026, '2026-11-21')).toBe('2026-11-21');
    expect(boundaryDay(null, null, '2026-11-21')).toBe('2026-11-21');
    expect(boundaryDay('2024-06-01', 2021, '2026-11-21')).toBe('2024-06-01');
    expect(boundaryDay('2024-13-01', 2021, '2026-11-21')).toBe('2021-12-31');
  });

  it('the subject picker searches areas as they stood on that day', async () => {
    const { client, calls } = mockClient((c) => (c.name === 'AreaAsOfPicker' ? { data: { areas: { edges: [{ node: { id: 'AR9', name: 'Tỉnh Trà Vinh', kind: 'PROVINCE', validTo: '2025-06-30', parent: null } }] } } } : undefined));
    let picked: unknown = null;
    const r = await mount(
      <Wrap client={client}>
        <AreaAsOfPicker label="Địa bàn" validOn="2021-12-31" value={null} onChange={(v) => (picked = v)} />
      </Wrap>,
    );
    await type(r, 'area', 'tra vinh');
    await settle(300);
    expect(calls[0].variables).toEqual({ search: 'tra vinh', first: 10, validOn: '2021-12-31' });
    expect(textOf(r)).toContain('Tỉnh Trà Vinh · Tỉnh · đến 30/06/2025');
    await click(r.root.find((n) => n.type === 'button' && n.props['data-id'] === 'AR9'));
    expect(picked).toEqual({ id: 'AR9', name: 'Tỉnh Trà Vinh' });
  });

  it('the overall result, each criterion’s result badge, explanation and the evidence figures', () => {
    const out = html(mockClient(() => undefined).client, <CriteriaEvaluationView evaluation={evaluation as never} />);
    expect(out).toContain('Tỉnh Trà Vinh — đánh giá ngày 11/06/2025, giai đoạn 2021–2025');
    expect(out).toMatch(/data-testid="overall-result">Kết quả chung: <span class="lnob-status" data-result="MET"><span class="lnob-badge lnob-badge--good">Đạt</);
    expect(out).toMatch(/data-code="PROVINCE_RATE_3_YEARS" data-result="MET">/);
    expect(out).toContain('Giảm 0,55; 0,6 và 0,7 điểm % trong 2022–2024.');
    expect(out).toContain('<tr><th scope="row">2021</th><td>Tỷ lệ hộ nghèo</td><td class="lnob-plans__num">4,25</td><td class="lnob-plans__num">425 / 10.000</td></tr>');
    expect(out).toMatch(/data-code="PROVINCE_HALVED" data-result="INSUFFICIENT_DATA">.*lnob-badge--warn">Chưa đủ số liệu/);
    expect(out).toContain('Không có số liệu nào.');
    expect(out).toContain('Năm đề nghị khen thưởng: 2025 · Theo địa giới khi rà soát');
    const en = html(mockClient(() => undefined).client, <CriteriaEvaluationView evaluation={evaluation as never} />, { locale: 'en' });
    expect(en).toContain('Poverty rate down 0.5 point a year, 3 years running');
    expect(en).toContain('Down 0.55, 0.6 and 0.7 points in 2022–2024.');
    expect(en).toContain('<td>Poverty rate</td>');
  });

  it('a plan alone lists its criteria; with a subject, the evaluation is asked for', () => {
    const years = { data: { plan: { id: 'P5', periodFrom: 2021, periodTo: 2025 } } };
    const list = mockClient((c) =>
      c.name === 'PlanYears' ? years : { data: { emulationCriteria: [{ code: 'DISTRICT_RATE', level: 'DISTRICT', titleVi: 'Giảm 4 điểm % mỗi năm', titleEn: '4 points a year', quoteVi: '…giảm tỷ lệ hộ nghèo từ 4% trở lên mỗi năm…' }] } },
    );
    const out = html(list.client, <CriteriaPage />, { hash: '#/criteria?plan=P5&planName=003' });
    expect(list.calls.map((c) => c.name)).toEqual(['PlanYears', 'EmulationCriteria']);
    // subjects are searched on the boundaries of the plan's first year (Trà Vinh merged in 2025)
    expect(out).toContain('value="31/12/2021"');
    expect(out).toContain('Tìm theo địa giới hành chính ngày 31/12/2021.');
    expect(out).toContain('Giảm 4 điểm % mỗi năm');
    expect(out).toContain('Huyện');
    expect(out).toContain('…giảm tỷ lệ hộ nghèo từ 4% trở lên mỗi năm…');
    const { client, calls } = mockClient((c) => (c.name === 'PlanYears' ? years : { data: { evaluateCriteria: evaluation } }));
    html(client, <CriteriaPage />, { hash: '#/criteria?plan=P5&subject=AR9&asOf=2025-06-11' });
    expect(calls.filter((c) => c.name !== 'PlanYears').map((c) => [c.name, c.variables])).toEqual([['EvaluateCriteria', { planId: 'P5', subjectId: 'AR9', asOf: '2025-06-11' }]]);
    expect(html(mockClient(() => ({ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-c404')] })).client, <CriteriaPage />, { hash: '#/criteria?plan=P5&subject=AR0' })).toContain('req-c404');
    expect(html(mockClient(() => undefined).client, <CriteriaPage />, { hash: '#/criteria' })).toContain('Chọn kế hoạch đặt tiêu chí thi đua.');
  });
});
