/** Fixtures of the plans, reports, indicators and events tests: answers as the API gives them. */
import type { ReactNode } from 'react';
import { createElement } from 'react';
import { planMessage, t } from '@lnob/ui';
import { SessionContext, type SessionApi } from '../../app/session';
import type { ReportFieldsFragment } from '../reports/operations';
import type { CascadeFieldsFragment, PlanDetailQuery, PlanRowFragment } from './operations';

/** The screens' `t` in Vietnamese (their own strings first, then the shared ones), for the pure checks. */
export const tt = (key: string, params?: Record<string, string | number>) => planMessage(key, 'vi', params) ?? t(key, 'vi', params);

export const session = (permissions: string[]): SessionApi => ({
  viewer: { user: { id: 'u1', username: 'x', displayName: 'X' }, permissions, expiresAt: '2099-01-01T00:00:00.000Z' },
  can: (a) => permissions.includes(a),
  logout: () => undefined,
});
export const VIEWER = ['organization.read', 'household.read'];
export const OFFICER = [...VIEWER, 'personalData.read', 'data.capture'];
export const REVIEWER = [...VIEWER, 'personalData.read', 'data.review'];

export function As(p: { permissions: string[]; children: ReactNode }) {
  return createElement(SessionContext.Provider, { value: session(p.permissions) }, p.children);
}

export const page = <N>(nodes: N[], hasNextPage = false, endCursor: string | null = null) => ({
  totalCount: nodes.length,
  edges: nodes.map((node) => ({ cursor: `c-${(node as { id?: string }).id ?? ''}`, node })),
  pageInfo: { hasNextPage, endCursor },
});

export const VFF_CENTRAL = { id: 'O1', name: 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam' };
export const VFF_QUANG_NAM = { id: 'O2', name: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Nam' };
export const CCB_QUANG_NAM = { id: 'O3', name: 'Hội Cựu chiến binh tỉnh Quảng Nam' };

export const PLAN_562: PlanRowFragment = {
  id: 'P1',
  number: '562/KH-MTTW-BTT',
  title: 'Kế hoạch triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021–2025',
  kind: 'PLAN',
  status: 'ISSUED',
  issuedOn: '2022-06-16',
  periodFrom: 2021,
  periodTo: 2025,
  issuers: [VFF_CENTRAL],
};

export const PLAN_271: PlanRowFragment = {
  id: 'P2',
  number: '271/KH-MTTQ-BTT',
  title: 'Kế hoạch thực hiện phong trào “Vì người nghèo” năm 2024',
  kind: 'PLAN',
  status: 'DRAFT',
  issuedOn: null,
  periodFrom: 2024,
  periodTo: 2024,
  issuers: [VFF_QUANG_NAM],
};

type Detail = NonNullable<PlanDetailQuery['plan']>;

export function planDetail(x: Partial<Detail> = {}): Detail {
  return {
    ...PLAN_271,
    signer: 'Nguyễn Văn A',
    movement: 'LNOB',
    notes: null,
    implements: { id: 'P1', number: PLAN_562.number, title: PLAN_562.title },
    supersededBy: null,
    implementingPlans: [],
    sections: [
      { kind: 'PURPOSE', title: 'Mục đích', body: 'Huy động **mọi nguồn lực** giúp hộ nghèo.\n\n- Tuyên truyền\n- Vận động <script>alert(1)</script>' },
      { kind: 'ORGANIZATION', title: '', body: '1. Các huyện báo cáo trước ngày 10/12.' },
    ],
    recipients: [{ name: 'Ủy ban MTTQ các huyện', organization: null }, { name: CCB_QUANG_NAM.name, organization: CCB_QUANG_NAM }],
    tasks: [
      {
        id: 'T1',
        title: 'Hỗ trợ xây, sửa nhà cho hộ nghèo',
        description: null,
        recurrence: 'ONE_OFF',
        dueOn: '2024-11-30',
        dueMonth: null,
        dueDay: null,
        assignments: [
          { id: 'A1', role: 'LEAD', status: 'OVERDUE', dueOn: '2024-11-30', evidence: null, doneOn: null, organization: CCB_QUANG_NAM },
          { id: 'A2', role: 'COORDINATE', status: 'DONE', dueOn: '2024-11-30', evidence: 'Biên bản bàn giao 12 căn nhà', doneOn: '2024-11-20', organization: VFF_QUANG_NAM },
        ],
      },
      { id: 'T2', title: 'Báo cáo kết quả hằng năm', description: 'Gửi Ban Thường trực', recurrence: 'ANNUAL', dueOn: null, dueMonth: 12, dueDay: 10, assignments: [] },
    ],
    milestones: [
      { id: 'M2', kind: 'FINAL_REVIEW', title: 'Tổng kết năm 2024', startsOn: '2024-12-20', endsOn: null },
      { id: 'M1', kind: 'PEAK_MONTH', title: 'Tháng cao điểm “Vì người nghèo”', startsOn: '2024-10-17', endsOn: '2024-11-18' },
    ],
    obligations: [
      {
        id: 'RO1',
        title: 'Báo cáo kết quả 6 tháng',
        frequency: 'SEMI_ANNUAL',
        dueDay: 10,
        dueMonth: null,
        dueMonthOffset: 0,
        dueOn: null,
        period: null,
        firstYear: 2024,
        lastYear: 2024,
        reporterRule: 'MEMBER_ORGANIZATIONS',
        reporterKind: null,
        reporterLevel: null,
        recipient: VFF_QUANG_NAM,
        reporters: [CCB_QUANG_NAM],
        indicators: [{ id: 'I1', code: 'HOUSES_SUPPORTED', nameVi: 'Số nhà được hỗ trợ xây, sửa', nameEn: 'Houses supported' }],
      },
    ],
    targets: [
      {
        id: 'IT1',
        kind: 'TOTAL',
        fromPeriod: '2023',
        toPeriod: '2025',
        value: '15735',
        note: 'Nghị quyết 13/2023/NQ-HĐND',
        indicator: { id: 'I1', code: 'HOUSES_SUPPORTED', nameVi: 'Số nhà được hỗ trợ xây, sửa', nameEn: 'Houses supported', unit: 'HOUSE' },
        organization: null,
        area: { id: 'AR1', name: 'Tỉnh Quảng Nam' },
      },
    ],
    events: [{ id: 'E1', kind: 'FORUM', title: 'Diễn đàn “Lắng nghe tiếng nói của người nghèo”', startsOn: '2024-10-14', endsOn: '2024-10-17', place: 'Tam Kỳ', moneyRaised: 125_000_000 }],
    ...x,
  };
}

export function cascadeNode(x: Partial<CascadeFieldsFragment> & { children?: unknown[] }): CascadeFieldsFragment & { children: unknown[] } {
  return {
    depth: 0,
    plan: { id: 'P1', number: PLAN_562.number, title: PLAN_562.title, status: 'ISSUED', issuedOn: '2022-06-16', issuers: [VFF_CENTRAL] },
    compliance: null,
    children: [],
    ...x,
  };
}

type ReportValue = ReportFieldsFragment['values'][number];

export const indicator = (x: Partial<ReportValue['indicator']> & Pick<ReportValue['indicator'], 'id' | 'code'>): ReportValue['indicator'] => ({
  nameVi: x.code,
  nameEn: x.code,
  unit: 'HOUSEHOLD',
  factor: 1,
  aggregation: 'SUM',
  source: 'REPORTED',
  ...x,
});

export function report(x: Partial<ReportFieldsFragment> = {}): ReportFieldsFragment {
  return {
    id: 'R1',
    period: '2024H1',
    dueOn: '2024-06-10',
    status: 'OVERDUE',
    daysLate: 12,
    submittedOn: null,
    plan: { id: 'P2', number: PLAN_271.number, title: PLAN_271.title },
    obligation: { id: 'RO1', title: 'Báo cáo kết quả 6 tháng' },
    reporter: CCB_QUANG_NAM,
    recipient: VFF_QUANG_NAM,
    periodStart: '2024-01-01',
    periodEnd: '2024-06-30',
    opensOn: '2024-05-11',
    version: 3,
    narrative: null,
    submittedBy: null,
    returnReason: null,
    approvedAt: null,
    approvedBy: null,
    acceptedAt: null,
    acceptedBy: null,
    canSubmit: true,
    canReturn: false,
    canApprove: false,
    canAccept: false,
    values: [
      { value: '120', numerator: null, denominator: null, source: 'REGISTRY', computedValue: '120', note: null, indicator: indicator({ id: 'I2', code: 'POOR_HOUSEHOLDS_EXITED', nameVi: 'Số hộ thoát nghèo', source: 'REGISTRY' }) },
      {
        value: null,
        numerator: null,
        denominator: null,
        source: 'REPORTED',
        computedValue: null,
        note: null,
        indicator: indicator({ id: 'I3', code: 'MEMBER_POOR_RATE', nameVi: 'Tỷ lệ hộ hội viên nghèo', unit: 'PERCENT', factor: 100, aggregation: 'RATIO' }),
      },
      { value: null, numerator: null, denominator: null, source: 'REPORTED', computedValue: null, note: null, indicator: indicator({ id: 'I1', code: 'HOUSES_SUPPORTED', nameVi: 'Số nhà được hỗ trợ xây, sửa', unit: 'HOUSE' }) },
    ],
    ...x,
  };
}
