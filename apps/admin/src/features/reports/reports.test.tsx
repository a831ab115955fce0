import type { ReactTestRenderer } from 'react-test-renderer';
import { describe, expect, it } from 'vitest';
import { apiError, mockClient, type Call, type MockAnswer } from '../../testing/mock-client';
import { click, html, mount, settle, submit, textOf, type, Wrap } from '../../testing/render';
import { As, CCB_QUANG_NAM, OFFICER, REVIEWER, VFF_QUANG_NAM, page, report, tt } from '../plans/test-data';
import { CompliancePage, ComplianceTable } from './CompliancePage';
import { ratioPreview, returnReasonProblem, valueProblems, valueRows, valuesInput } from './model';
import { ReportList } from './ReportList';
import type { ReportingComplianceQuery } from './operations';
import { ReportView } from './ReportView';

const byTestId = (r: ReactTestRenderer, id: string) => r.root.find((n) => n.props['data-testid'] === id);
const mutations = (calls: Call[], name: string) => calls.filter((c) => c.kind === 'mutation' && c.name === name);

async function render(respond: (c: Call) => MockAnswer | undefined, permissions: string[], hash = '#/reports/R1') {
  const { client, calls } = mockClient(respond);
  const r = await mount(
    <Wrap client={client} hash={hash}>
      <As permissions={permissions}>
        <ReportView id="R1" />
      </As>
    </Wrap>,
  );
  return { r, calls };
}

describe('report form model', () => {
  const rows = valueRows(report().values, 'vi');

  it('pre-fills the figures as text of the locale; a RATIO indicator by its parts', () => {
    expect(rows.map((r) => [r.indicatorId, r.ratio, r.value])).toEqual([
      ['I2', false, '120'],
      ['I3', true, ''],
      ['I1', false, ''],
    ]);
    expect(valueRows([{ ...report().values[0], value: '1234.5' }], 'vi')[0].value).toBe('1.234,5');
    expect(valueRows([{ ...report().values[1], numerator: 3, denominator: 40 }], 'en')[0]).toMatchObject({ numerator: '3', denominator: '40' });
  });

  it('finds every malformed figure at once, with the API’s paths; empty figures are fine', () => {
    const bad = [
      { ...rows[0], value: '12,5,1' },
      { ...rows[1], numerator: '3', denominator: '' },
      { ...rows[2], value: '' },
    ];
    expect(valueProblems(bad, 'vi', tt)).toEqual({
      'values[0].value': 'Nhập một số, ví dụ 12,5 hoặc 1.234.',
      'values[1].numerator': null,
      'values[1].denominator': 'Nhập cả tử số và mẫu số.',
      'values[2].value': null,
    });
    expect(valueProblems([{ ...rows[1], numerator: '1', denominator: '0' }], 'vi', tt)['values[0].denominator']).toBe('Mẫu số phải lớn hơn 0.');
    expect(valueProblems([{ ...rows[1], numerator: '-1', denominator: '4' }], 'vi', tt)['values[0].numerator']).toBe('Nhập số nguyên không âm.');
  });

  it('sends exact decimal text, and a ratio by its parts (the API computes its value)', () => {
    const typed = [
      { ...rows[0], value: '1.234', note: '  theo rà soát  ' },
      { ...rows[1], numerator: '1.250', denominator: '40.000' },
      { ...rows[2], value: '12,5' },
    ];
    expect(valuesInput(typed, 'vi')).toEqual([
      { indicatorId: 'I2', value: '1234', numerator: null, denominator: null, note: 'theo rà soát' },
      { indicatorId: 'I3', value: null, numerator: 1250, denominator: 40000, note: null },
      { indicatorId: 'I1', value: '12.5', numerator: null, denominator: null, note: null },
    ]);
    expect(ratioPreview({ numerator: '1', denominator: '3', factor: 100 })).toBe('33.3333');
    expect(ratioPreview({ numerator: '1', denominator: '0', factor: 100 })).toBeNull();
  });

  it('return reasons of 5 to 2,000 characters', () => {
    expect(returnReasonProblem('sai', tt)).toBe('Từ 5 đến 2.000 ký tự.');
    expect(returnReasonProblem('Thiếu số liệu quý II', tt)).toBeNull();
    expect(returnReasonProblem('x'.repeat(2001), tt)).not.toBeNull();
  });
});

describe('report view and form', () => {
  it('shows the report, its overdue status with the days late, and the figures with their source', async () => {
    const { r } = await render(() => ({ data: { report: report() } }), OFFICER);
    const text = textOf(r);
    expect(text).toContain('Báo cáo kết quả 6 tháng — 6 tháng đầu năm 2024');
    expect(textOf(byTestId(r, 'report-status'))).toBe('Quá hạn trễ 12 ngày');
    expect(textOf(byTestId(r, 'report-due'))).toBe('10/06/2024');
    expect(text).toContain('Hội Cựu chiến binh tỉnh Quảng Nam');
    const registry = r.root.find((n) => n.type === 'tr' && n.props['data-indicator'] === 'POOR_HOUSEHOLDS_EXITED');
    expect(textOf(registry)).toContain('Tính từ cơ sở dữ liệu hộ nghèo, cận nghèo');
    expect(textOf(registry)).toContain('Hệ thống tính: 120');
    expect(r.root.find((n) => n.type === 'input' && n.props.name === 'value0').props.value).toBe('120');
    // a RATIO indicator asks for numerator and denominator
    expect(r.root.findAll((n) => n.type === 'input' && (n.props.name === 'numerator1' || n.props.name === 'denominator1'))).toHaveLength(2);
  });

  it('submits the figures as typed, then shows the new status (submitted late)', async () => {
    let submitted = false;
    const { r, calls } = await render((c) => {
      if (c.name === 'SubmitReport') {
        submitted = true;
        return { data: { submitReport: { report: report({ status: 'SUBMITTED_LATE', daysLate: 14, submittedOn: '2024-06-24', submittedBy: 'Trần Văn Hùng', canSubmit: false }) } } };
      }
      return { data: { report: submitted ? report({ status: 'SUBMITTED_LATE', daysLate: 14, submittedOn: '2024-06-24', submittedBy: 'Trần Văn Hùng', canSubmit: false }) : report() } };
    }, OFFICER);
    await type(r, 'numerator1', '3');
    await type(r, 'denominator1', '40');
    expect(textOf(byTestId(r, 'ratio-preview'))).toBe('= 7,5 %');
    await type(r, 'value2', '12,5');
    await type(r, 'narrative', 'Hội đã vận động xây 12 căn nhà.');
    await submit(r, 'report-form');
    await settle();
    const sent = mutations(calls, 'SubmitReport');
    expect(sent).toHaveLength(1);
    expect(sent[0].variables.input).toEqual({
      reportId: 'R1',
      version: 3,
      narrative: 'Hội đã vận động xây 12 căn nhà.',
      values: [
        { indicatorId: 'I2', value: '120', numerator: null, denominator: null, note: null },
        { indicatorId: 'I3', value: null, numerator: 3, denominator: 40, note: null },
        { indicatorId: 'I1', value: '12.5', numerator: null, denominator: null, note: null },
      ],
    });
    expect(textOf(byTestId(r, 'report-done'))).toBe('Đã nộp báo cáo.');
  });

  it('sends nothing while a figure is malformed; the API’s refusal is shown with its field errors and request id', async () => {
    const { r, calls } = await render(
      (c) =>
        c.name === 'SaveReport'
          ? { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', requestId: 'req-r1', fieldErrors: [{ path: 'input.values[2].value', message: 'a decimal number such as 12 or -0.5' }] } }] }
          : { data: { report: report() } },
      OFFICER,
    );
    await type(r, 'value2', 'mười hai');
    await click(byTestId(r, 'save-report'));
    expect(mutations(calls, 'SaveReport')).toHaveLength(0);
    expect(textOf(r)).toContain('Nhập một số, ví dụ 12,5 hoặc 1.234.');
    const input = r.root.find((n) => n.type === 'input' && n.props.name === 'value2');
    expect(input.props['aria-invalid']).toBe(true);
    await type(r, 'value2', '12');
    await click(byTestId(r, 'save-report'));
    await settle();
    expect(mutations(calls, 'SaveReport')).toHaveLength(1);
    expect(textOf(r)).toContain('a decimal number such as 12 or -0.5');
    expect(textOf(r)).toContain('req-r1');
  });

  it('a conflict (already submitted elsewhere) shows its reason', async () => {
    const { r } = await render((c) => (c.name === 'SubmitReport' ? { errors: [apiError('CONFLICT', 'REPORT_ALREADY_SUBMITTED', 'req-c1')] } : { data: { report: report() } }), OFFICER);
    await submit(r, 'report-form');
    await settle();
    expect(textOf(r)).toContain('req-c1');
    expect(r.root.findAll((n) => n.props['data-reason'] === 'REPORT_ALREADY_SUBMITTED').length).toBeGreaterThan(0);
  });

  it('a change made meanwhile (VERSION_CONFLICT) is refused and the report can be read again', async () => {
    const { r, calls } = await render((c) => (c.name === 'SaveReport' ? { errors: [apiError('CONFLICT', 'VERSION_CONFLICT', 'req-v2')] } : { data: { report: report() } }), OFFICER);
    await click(byTestId(r, 'save-report'));
    await settle();
    expect(mutations(calls, 'SaveReport')[0].variables.input).toMatchObject({ reportId: 'R1', version: 3 });
    const reads = calls.filter((c) => c.name === 'Report').length;
    await click(byTestId(r, 'reload-report'));
    expect(calls.filter((c) => c.name === 'Report').length).toBe(reads + 1);
  });

  it('the recipient approves a submitted report; no form for it', async () => {
    const submittedReport = report({ status: 'SUBMITTED_LATE', daysLate: 14, submittedOn: '2024-06-24', canSubmit: false, canApprove: true, canReturn: true, narrative: 'Đã xây 12 căn.' });
    const { r, calls } = await render(
      (c) => (c.name === 'ApproveReport' ? { data: { approveReport: { report: { ...submittedReport, status: 'APPROVED', canApprove: false } } } } : { data: { report: submittedReport } }),
      REVIEWER,
    );
    expect(r.root.findAll((n) => n.props['data-testid'] === 'report-form')).toHaveLength(0);
    expect(textOf(byTestId(r, 'report-figures'))).toContain('Đã xây 12 căn.');
    expect(textOf(byTestId(r, 'report-status'))).toBe('Nộp muộn trễ 14 ngày');
    await click(byTestId(r, 'approve-report'));
    await settle();
    expect(mutations(calls, 'ApproveReport')[0].variables).toEqual({ input: { reportId: 'R1' }, asOf: undefined });
    expect(textOf(byTestId(r, 'report-done'))).toBe('Đã duyệt báo cáo.');
  });

  it('returning asks for a reason of 5 characters or more', async () => {
    const submittedReport = report({ status: 'SUBMITTED', daysLate: 0, canSubmit: false, canApprove: true, canReturn: true });
    const { r, calls } = await render(
      (c) => (c.name === 'ReturnReport' ? { data: { returnReport: { report: { ...submittedReport, status: 'RETURNED', returnReason: 'Thiếu số liệu quý II' } } } } : { data: { report: submittedReport } }),
      REVIEWER,
    );
    await click(byTestId(r, 'return-report'));
    await type(r, 'reason', 'sai');
    await submit(r, 'return-report-form');
    expect(mutations(calls, 'ReturnReport')).toHaveLength(0);
    expect(textOf(r)).toContain('Từ 5 đến 2.000 ký tự.');
    await type(r, 'reason', 'Thiếu số liệu quý II');
    await submit(r, 'return-report-form');
    await settle();
    expect(mutations(calls, 'ReturnReport')[0].variables).toMatchObject({ input: { reportId: 'R1', reason: 'Thiếu số liệu quý II' } });
    expect(textOf(byTestId(r, 'report-done'))).toBe('Đã trả lại báo cáo.');
  });

  it('a returned report says why; the level above accepts an approved one', () => {
    const returned = html(mockClient(() => ({ data: { report: report({ status: 'RETURNED', returnReason: 'Thiếu số liệu quý II' }) } })).client, <As permissions={OFFICER}><ReportView id="R1" /></As>);
    expect(returned).toContain('Báo cáo bị trả lại. Lý do: Thiếu số liệu quý II');
    const approved = html(
      mockClient(() => ({ data: { report: report({ status: 'APPROVED', canSubmit: false, canAccept: true, approvedAt: '2024-06-25T02:30:00.000Z', approvedBy: 'Nguyễn Văn Minh' }) } })).client,
      <As permissions={REVIEWER}><ReportView id="R1" /></As>,
    );
    expect(approved).toContain('Duyệt bởi Nguyễn Văn Minh, lúc 25/06/2024 09:30');
    expect(approved).toContain('data-testid="accept-report"');
    expect(approved).not.toContain('data-testid="approve-report"');
  });

  it('NOT_FOUND has its own state', () => {
    const out = html(mockClient(() => ({ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-404', ['report'])] })).client, <ReportView id="R9" />);
    expect(out).toContain('Không tìm thấy');
    expect(out).toContain('req-404');
  });
});

describe('report boxes', () => {
  it('the outbox by default: what the caller must submit, to whom, when, and how late', () => {
    const { client, calls } = mockClient(() => ({ data: { reports: page([report(), report({ id: 'R2', period: '2024', dueOn: '2024-12-10', status: 'DUE', daysLate: 0 })]) } }));
    const out = html(client, <ReportList />, { hash: '#/reports' });
    expect(calls[0].variables).toEqual({ filter: { box: 'OUTBOX', planId: undefined, period: undefined, status: undefined, asOf: undefined }, asOf: undefined, first: 20, after: null });
    expect(out).toContain('href="#/reports/R1"');
    expect(out).toContain('6 tháng đầu năm 2024');
    expect(out).toContain(VFF_QUANG_NAM.name);
    expect(out).toContain('trễ 12 ngày');
    expect(out).toContain('data-status="DUE"');
    expect(out).toContain('aria-selected="true" class="active">Báo cáo phải nộp');
  });

  it('the inbox with filters from the URL; a bad period is not sent', () => {
    const { client, calls } = mockClient(() => ({ data: { reports: page([report({ status: 'SUBMITTED_LATE', daysLate: 3 })]) } }));
    const out = html(client, <ReportList />, { hash: '#/reports?box=INBOX&plan=P2&planName=271&period=2024H1&status=SUBMITTED_LATE&asOf=2024-07-01' });
    expect(calls[0].variables).toMatchObject({ filter: { box: 'INBOX', planId: 'P2', period: '2024H1', status: ['SUBMITTED_LATE'], asOf: '2024-07-01' }, asOf: '2024-07-01' });
    expect(out).toContain(CCB_QUANG_NAM.name);
    expect(out).toContain('Nộp muộn');
    const bad = mockClient(() => ({ data: { reports: page([]) } }));
    html(bad.client, <ReportList />, { hash: '#/reports?period=2024X' });
    expect(bad.calls[0].variables).toMatchObject({ filter: { period: undefined } });
  });
});

describe('compliance', () => {
  const compliance: ReportingComplianceQuery['reportingCompliance'] = {
    period: '2024H1',
    asOf: '2024-07-01',
    expected: 3,
    submitted: 2,
    onTime: 1,
    late: 1,
    overdue: 1,
    notDue: 0,
    approved: 1,
    accepted: 0,
    plan: { id: 'P2', number: '271/KH-MTTQ-BTT', title: 'Kế hoạch 2024' },
    rows: [
      { status: 'APPROVED', dueOn: '2024-06-10', submittedOn: '2024-06-05', daysLate: 0, organization: { id: 'O4', name: 'Hội Nông dân tỉnh Quảng Nam' }, report: { id: 'R4' } },
      { status: 'SUBMITTED_LATE', dueOn: '2024-06-10', submittedOn: '2024-06-24', daysLate: 14, organization: CCB_QUANG_NAM, report: { id: 'R1' } },
      { status: 'OVERDUE', dueOn: '2024-06-10', submittedOn: null, daysLate: 21, organization: { id: 'O5', name: 'Tỉnh Đoàn Quảng Nam' }, report: { id: 'R5' } },
    ],
  };

  it('the tallies and one row per reporter with its status, dates, days late and report', () => {
    const out = html(mockClient(() => undefined).client, <ComplianceTable compliance={compliance} />);
    for (const [key, n] of [['expected', 3], ['submitted', 2], ['onTime', 1], ['late', 1], ['overdue', 1], ['notDue', 0], ['approved', 1], ['accepted', 0]] as const) {
      expect(out).toMatch(new RegExp(`data-tally="${key}"><span class="lnob-muted">[^<]+</span><strong>${n}</strong>`));
    }
    expect(out).toContain('Kỳ 6 tháng đầu năm 2024, tính đến ngày 01/07/2024');
    expect(out).toMatch(/data-organization="O3" data-status="SUBMITTED_LATE">.*trễ 14 ngày.*24\/06\/2024.*href="#\/reports\/R1"/);
    expect(out).toMatch(/data-organization="O5" data-status="OVERDUE">.*trễ 21 ngày.*<td>—<\/td>/);
  });

  it('asks for a plan first, then reads the plan’s period', () => {
    expect(html(mockClient(() => undefined).client, <CompliancePage />, { hash: '#/reports/compliance' })).toContain('Chọn một kế hoạch để xem tình hình nộp báo cáo.');
    const { client, calls } = mockClient(() => ({ data: { reportingCompliance: compliance } }));
    const out = html(client, <CompliancePage />, { hash: '#/reports/compliance?plan=P2&planName=271&period=2024H1' });
    expect(calls[0].variables).toEqual({ planId: 'P2', period: '2024H1', asOf: undefined });
    expect(out).toContain('Hội Nông dân tỉnh Quảng Nam');
    expect(html(mockClient(() => ({ data: { reportingCompliance: { ...compliance, rows: [] } } })).client, <CompliancePage />, { hash: '#/reports/compliance?plan=P2' })).toContain(
      'Kế hoạch không có đơn vị nào phải báo cáo trong kỳ này.',
    );
  });
});

describe('in English', () => {
  it('no raw message keys', () => {
    const out = html(mockClient(() => ({ data: { report: report() } })).client, <As permissions={OFFICER}><ReportView id="R1" /></As>, { locale: 'en' });
    expect(out).not.toMatch(/reports\.[a-zA-Z]+/);
    expect(out).toContain('First half of 2024');
    expect(out).toContain('Submit');
    expect(html(mockClient(() => ({ data: { reports: page([report()]) } })).client, <ReportList />, { locale: 'en', hash: '#/reports' })).toContain('12 days late');
  });
});
