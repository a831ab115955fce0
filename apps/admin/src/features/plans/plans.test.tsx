import { act, type ReactTestRenderer } from 'react-test-renderer';
import { describe, expect, it } from 'vitest';
import { apiError, mockClient, type Call, type MockAnswer } from '../../testing/mock-client';
import { button, click, html, mount, settle, submit, textOf, type, Wrap } from '../../testing/render';
import { PlanStatusBadge, ReportStatusBadge, TaskStatusBadge } from './badges';
import { PlanCascade } from './PlanCascade';
import { PlanForm, draftInput, draftProblems, emptyDraft } from './PlanForm';
import { PlanList } from './PlanList';
import { PlanView } from './PlanView';
import { As, CCB_QUANG_NAM, OFFICER, PLAN_271, PLAN_562, VFF_QUANG_NAM, VIEWER, cascadeNode, page, planDetail, tt } from './test-data';

const byTestId = (r: ReactTestRenderer, id: string) => r.root.find((n) => n.props['data-testid'] === id);

describe('status badges', () => {
  it.each([
    ['NOT_DUE', null, 'Chưa đến kỳ', 'neutral'],
    ['DUE', 0, 'Đến hạn', 'warn'],
    ['OVERDUE', 12, 'Quá hạn trễ 12 ngày', 'bad'],
    ['SUBMITTED', 0, 'Đã nộp', 'good'],
    ['SUBMITTED_LATE', 3, 'Nộp muộn trễ 3 ngày', 'warn'],
    ['RETURNED', 0, 'Bị trả lại', 'bad'],
    ['APPROVED', 0, 'Đã duyệt', 'good'],
    ['ACCEPTED', 0, 'Đã tiếp nhận', 'good'],
  ] as const)('report %s (%s days late) → “%s”, %s', (status, days, text, tone) => {
    const out = html(mockClient(() => undefined).client, <ReportStatusBadge status={status} daysLate={days} />);
    expect(out).toContain(`data-status="${status}"`);
    expect(out).toContain(`lnob-badge--${tone}`);
    expect(out.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()).toBe(text);
  });

  it('days late only for OVERDUE and SUBMITTED_LATE; English too', () => {
    expect(html(mockClient(() => undefined).client, <ReportStatusBadge status="SUBMITTED" daysLate={5} />)).not.toContain('trễ');
    expect(html(mockClient(() => undefined).client, <ReportStatusBadge status="OVERDUE" daysLate={5} />, { locale: 'en' })).toContain('5 days late');
  });

  it('task and plan statuses, an unknown code as it is', () => {
    const client = mockClient(() => undefined).client;
    expect(html(client, <TaskStatusBadge status="OVERDUE" />)).toContain('lnob-badge--bad">Quá hạn<');
    expect(html(client, <TaskStatusBadge status="DONE" />)).toContain('lnob-badge--good">Đã hoàn thành<');
    expect(html(client, <PlanStatusBadge status="DRAFT" />)).toContain('Dự thảo');
    expect(html(client, <PlanStatusBadge status="ARCHIVED" />, { locale: 'en' })).toContain('ARCHIVED');
  });
});

describe('plans list', () => {
  it('filters from the URL, lists number, title, kind, issuers, dates and status, links to each plan', () => {
    const { client, calls } = mockClient(() => ({ data: { plans: page([PLAN_562, PLAN_271]) } }));
    const out = html(client, <As permissions={OFFICER}><PlanList /></As>, { hash: '#/plans?status=ISSUED&kind=PLAN&year=2024&nope=1' });
    expect(calls[0].variables).toEqual({ filter: { search: undefined, status: 'ISSUED', kind: 'PLAN', year: 2024 }, first: 20, after: null });
    expect(out).toContain('href="#/plans/P1">562/KH-MTTW-BTT</a>');
    expect(out).toContain('Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam');
    expect(out).toContain('16/06/2022');
    expect(out).toContain('2021–2025');
    expect(out).toContain('Chưa ban hành');
    expect(out).toContain('data-status="DRAFT"');
    expect(out).toContain('2 mục');
    expect(out).toContain('data-testid="new-plan"');
  });

  it('ignores unknown filter values; viewers cannot draft; empty and error states', () => {
    const { client, calls } = mockClient(() => ({ data: { plans: page([]) } }));
    const out = html(client, <As permissions={VIEWER}><PlanList /></As>, { hash: '#/plans?status=BOGUS&year=20x4' });
    expect(calls[0].variables).toMatchObject({ filter: { status: undefined, year: undefined } });
    expect(out).toContain('Chưa có kế hoạch nào trong phạm vi của bạn.');
    expect(out).not.toContain('new-plan');
    const failed = html(mockClient(() => ({ errors: [apiError('INTERNAL_SERVER_ERROR', 'INTERNAL', 'req-p500')] })).client, <PlanList />);
    expect(failed).toContain('req-p500');
  });
});

describe('plan view', () => {
  const respond =
    (plan = planDetail()) =>
    (c: Call): MockAnswer | undefined =>
      c.name === 'PlanDetail' ? { data: { plan } } : undefined;

  it('shows the header and the sections rendered from Markdown, with no raw HTML', () => {
    const out = html(mockClient(respond()).client, <PlanView id="P2" />, { hash: '#/plans/P2' });
    expect(out).toContain('271/KH-MTTQ-BTT');
    expect(out).toContain('Kế hoạch thực hiện phong trào “Vì người nghèo” năm 2024');
    expect(out).toContain('Nguyễn Văn A');
    expect(out).toContain('href="#/plans/P1">562/KH-MTTW-BTT — ');
    expect(out).toContain('<strong>mọi nguồn lực</strong>');
    expect(out).toContain('<li>Vận động &lt;script&gt;alert(1)&lt;/script&gt;</li>');
    expect(out).not.toContain('<script');
    // a section without its own title is headed by its kind
    expect(out).toContain('<h2>Tổ chức thực hiện</h2>');
    expect(out).toContain('<ol><li>Các huyện báo cáo trước ngày 10/12.</li></ol>');
    expect(out).toContain('Hội Cựu chiến binh tỉnh Quảng Nam');
    expect(out).toContain('Chưa có đơn vị nào ban hành kế hoạch thực hiện.');
  });

  it('tasks with their assignments and statuses, OVERDUE included', () => {
    const out = html(mockClient(respond()).client, <PlanView id="P2" />, { hash: '#/plans/P2?tab=tasks' });
    expect(out).toContain('Hỗ trợ xây, sửa nhà cho hộ nghèo');
    expect(out).toMatch(/data-id="A1" data-status="OVERDUE">Hội Cựu chiến binh tỉnh Quảng Nam <span class="lnob-muted">\(Chủ trì\)<\/span> <span class="lnob-status" data-status="OVERDUE"><span class="lnob-badge lnob-badge--bad">Quá hạn/);
    expect(out).toContain('hạn 30/11/2024');
    expect(out).toContain('xong ngày 20/11/2024');
    expect(out).toContain('Minh chứng: Biên bản bàn giao 12 căn nhà');
    expect(out).toContain('Trước ngày 30/11/2024');
    expect(out).toContain('Trước ngày 10/12 hằng năm');
    expect(out).toContain('Chưa giao cho đơn vị nào.');
  });

  it('milestones as a timeline in date order; obligations with their reporters; targets; events', () => {
    const client = mockClient(respond()).client;
    const milestones = html(client, <PlanView id="P2" />, { hash: '#/plans/P2?tab=milestones' });
    expect(milestones.indexOf('Tháng cao điểm “Vì người nghèo”')).toBeLessThan(milestones.indexOf('Tổng kết năm 2024'));
    expect(milestones).toContain('17/10/2024 – 18/11/2024');
    const obligations = html(client, <PlanView id="P2" />, { hash: '#/plans/P2?tab=obligations' });
    expect(obligations).toContain('Báo cáo kết quả 6 tháng');
    expect(obligations).toContain('Trước ngày 10 tháng cuối kỳ');
    expect(obligations).toContain('Các năm 2024–2024');
    expect(obligations).toContain('<li>Hội Cựu chiến binh tỉnh Quảng Nam</li>');
    expect(obligations).toContain('href="#/reports/compliance?plan=P2&amp;planName=');
    const targets = html(client, <PlanView id="P2" />, { hash: '#/plans/P2?tab=targets' });
    expect(targets).toContain('Tổng cả giai đoạn: <strong>15.735</strong>');
    expect(targets).toContain('Năm 2023 – Năm 2025');
    expect(targets).toContain('Tỉnh Quảng Nam');
    const events = html(client, <PlanView id="P2" />, { hash: '#/plans/P2?tab=events' });
    expect(events).toContain('125.000.000 ₫');
    expect(events).toContain('14/10/2024 – 17/10/2024');
  });

  it('speaks English (no raw keys) on every tab', () => {
    for (const tab of ['content', 'tasks', 'milestones', 'obligations', 'targets', 'events']) {
      const out = html(mockClient(respond()).client, <PlanView id="P2" />, { hash: `#/plans/P2?tab=${tab}`, locale: 'en' });
      expect(out, tab).not.toMatch(/(plans|reports|events)\.[a-zA-Z]+/);
      expect(out, tab).toContain('Issued by');
    }
  });

  it('a draft offers "issue" to capture users only; issuing sends the plan and the date', async () => {
    expect(html(mockClient(respond()).client, <As permissions={VIEWER}><PlanView id="P2" /></As>)).not.toContain('issue-plan');
    const { client, calls } = mockClient((c) => (c.name === 'IssuePlan' ? { data: { issuePlan: { plan: { ...PLAN_271, status: 'ISSUED', issuedOn: '2024-03-05' } } } } : respond()(c)));
    const r = await mount(
      <Wrap client={client} hash="#/plans/P2">
        <As permissions={OFFICER}>
          <PlanView id="P2" />
        </As>
      </Wrap>,
    );
    await click(byTestId(r, 'issue-plan'));
    expect(textOf(r)).toContain('Ban hành kế hoạch 271/KH-MTTQ-BTT');
    const date = r.root.find((n) => n.type === 'input' && n.props.name === 'issuedOn');
    await act(async () => date.props.onChange({ target: { value: '05/03/2024' } }));
    await act(async () => date.props.onBlur({ target: { value: '05/03/2024' } }));
    await submit(r, 'issue-plan-form');
    await settle();
    expect(calls.filter((c) => c.name === 'IssuePlan')[0].variables).toEqual({ input: { planId: 'P2', issuedOn: '2024-03-05' } });
    expect(textOf(r)).toContain('Đã ban hành kế hoạch.');
    // an issued plan offers nothing to issue
    expect(html(mockClient(respond(planDetail({ status: 'ISSUED' }))).client, <As permissions={OFFICER}><PlanView id="P2" /></As>)).not.toContain('issue-plan');
  });

  it('NOT_FOUND (or a null plan) has its own state and the way back', () => {
    const missing = html(mockClient(() => ({ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-404', ['plan'])] })).client, <PlanView id="nope" />);
    expect(missing).toContain('Không tìm thấy');
    expect(missing).toContain('req-404');
    expect(missing).toContain('← Danh sách kế hoạch');
    expect(html(mockClient(() => ({ data: { plan: null } })).client, <PlanView id="nope" />)).toContain('Không tìm thấy');
  });
});

describe('plan cascade', () => {
  const tree = cascadeNode({
    compliance: { period: '2024', expected: 3, submitted: 1, late: 1, overdue: 2, approved: 0 },
    children: [
      cascadeNode({
        depth: 1,
        plan: { id: 'P2', number: PLAN_271.number, title: PLAN_271.title, status: 'ISSUED', issuedOn: '2024-03-05', issuers: [VFF_QUANG_NAM] },
        compliance: { period: '2024', expected: 2, submitted: 2, late: 0, overdue: 0, approved: 2 },
        children: [],
      }),
    ],
  });
  const respond = (c: Call): MockAnswer | undefined =>
    c.name === 'PlanCascade'
      ? { data: { planCascade: tree } }
      : c.name === 'MissingImplementingPlans'
        ? { data: { missingImplementingPlans: [{ reason: 'Chưa ban hành kế hoạch thực hiện', organization: { ...CCB_QUANG_NAM, kind: 'VETERANS_ASSOCIATION', level: 'PROVINCE', area: { id: 'AR1', name: 'Tỉnh Quảng Nam' } } }] } }
        : undefined;

  it('nests the implementing plans with their compliance marks, and lists who has not issued one', () => {
    const { client, calls } = mockClient(respond);
    const out = html(client, <PlanCascade planId="P1" />, { hash: '#/plans/P1?tab=cascade&level=DISTRICT' });
    expect(calls.find((c) => c.name === 'MissingImplementingPlans')?.variables).toEqual({ planId: 'P1', level: 'DISTRICT' });
    expect(out).toMatch(/<li data-plan="P1" data-depth="0">[\s\S]*<ul><li data-plan="P2" data-depth="1">/);
    expect(out).toContain('data-submitted="1" data-expected="3"');
    expect(out).toContain('Báo cáo Năm 2024: đã nộp 1/3');
    expect(out).toContain('1 nộp trễ');
    expect(out).toContain('2 quá hạn chưa nộp');
    expect(out).toContain('Báo cáo Năm 2024: đã nộp 2/2');
    expect(out).toContain('2 đã duyệt');
    expect(out).toContain('data-id="O3"');
    expect(out).toContain('Chưa ban hành kế hoạch thực hiện');
  });

  it('a plan without reports due says so; nobody missing says so', () => {
    const out = html(mockClient((c) => (c.name === 'PlanCascade' ? { data: { planCascade: cascadeNode({}) } } : { data: { missingImplementingPlans: [] } })).client, <PlanCascade planId="P1" />);
    expect(out).toContain('chưa có kỳ báo cáo đến hạn');
    expect(out).toContain('Mọi đơn vị phải ban hành ở cấp này đã ban hành kế hoạch thực hiện.');
  });
});

describe('draft form', () => {
  
  it('checks everything at once', () => {
    const p = draftProblems({ ...emptyDraft(2024), periodFrom: '2025', periodTo: '2024' }, tt);
    expect(p.number).toBe('Bắt buộc, tối đa 64 ký tự.');
    expect(p.title).toBe('Bắt buộc, tối đa 500 ký tự.');
    expect(p.issuerIds).toBe('Chọn ít nhất một cơ quan ban hành.');
    expect(p.periodTo).toBe('Năm kết thúc không được trước năm bắt đầu.');
    expect(draftProblems({ ...emptyDraft(2024), periodFrom: '24' }, tt).periodFrom).toBe('Nhập năm từ 2000 đến 2100.');
  });

  it('sends what was typed (empty sections left out) and opens the new draft', async () => {
    const v = { ...emptyDraft(2024), number: ' 271/KH-MTTQ-BTT ', title: 'Kế hoạch 2024', kind: 'JOINT_PLAN' as const, issuers: [VFF_QUANG_NAM, CCB_QUANG_NAM], implements: { id: 'P1', name: '562' } };
    v.sections = [{ kind: 'PURPOSE', title: 'Mục đích', body: 'Giúp **hộ nghèo**' }, { kind: 'OTHER', title: '', body: '  ' }];
    v.recipients = [{ organization: null, name: 'Lưu VT' }];
    expect(draftInput(v)).toEqual({
      number: '271/KH-MTTQ-BTT',
      title: 'Kế hoạch 2024',
      kind: 'JOINT_PLAN',
      issuerIds: ['O2', 'O3'],
      signer: null,
      periodFrom: 2024,
      periodTo: 2024,
      implementsId: 'P1',
      movement: 'LNOB',
      notes: null,
      sections: [{ kind: 'PURPOSE', title: 'Mục đích', body: 'Giúp **hộ nghèo**' }],
      recipients: [{ organizationId: null, name: 'Lưu VT' }],
    });
  });

  it('sends nothing while a check fails; shows the API’s field errors next to the fields', async () => {
    const { client, calls } = mockClient(() => ({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', requestId: 'req-v', fieldErrors: [{ path: 'input.number', message: 'already used by a draft of these issuers' }] } }] }));
    const r = await mount(
      <Wrap client={client} hash="#/plans/new">
        <As permissions={OFFICER}>
          <PlanForm />
        </As>
      </Wrap>,
    );
    await submit(r, 'plan-form');
    expect(calls.filter((c) => c.kind === 'mutation')).toHaveLength(0);
    expect(textOf(r)).toContain('Chọn ít nhất một cơ quan ban hành.');
    await type(r, 'number', '271/KH-MTTQ-BTT');
    await type(r, 'title', 'Kế hoạch 2024');
    // pick an issuer through the organization picker (the first picker of the issuers fieldset)
    const issuers = byTestId(r, 'issuers');
    const picker = issuers.findAll((n) => typeof n.props.onChange === 'function' && n.props.query !== undefined)[0];
    await act(async () => picker.props.onChange({ id: 'O2', name: VFF_QUANG_NAM.name }));
    expect(textOf(issuers)).toContain(VFF_QUANG_NAM.name);
    await submit(r, 'plan-form');
    await settle();
    const sent = calls.filter((c) => c.name === 'DraftPlan');
    expect(sent).toHaveLength(1);
    expect(sent[0].variables.input).toMatchObject({ number: '271/KH-MTTQ-BTT', issuerIds: ['O2'], periodFrom: new Date().getFullYear() });
    expect(textOf(r)).toContain('already used by a draft of these issuers');
    expect(textOf(r)).toContain('req-v');
  });

  it('is refused to users who cannot capture', () => {
    expect(html(mockClient(() => undefined).client, <As permissions={VIEWER}><PlanForm /></As>)).toContain('Tài khoản của bạn không có quyền xem trang này.');
  });

  it('previews a section as Markdown', async () => {
    const r = await mount(
      <Wrap client={mockClient(() => undefined).client}>
        <As permissions={OFFICER}>
          <PlanForm />
        </As>
      </Wrap>,
    );
    await type(r, 'sectionBody0', '- **một**\n- hai');
    await click(button(r, 'Xem trước'));
    expect(r.root.findAll((n) => n.type === 'strong').map((n) => textOf(n))).toContain('một');
  });
});
