import type { ReactNode } from 'react';
import TestRenderer, { act, type ReactTestRenderer } from 'react-test-renderer';
import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@lnob/ui';
import { SessionContext, type SessionApi } from '../../app/session';
import { apiError, mockClient, type Call, type MockAnswer } from '../../testing/mock-client';
import { button, html, mount, settle, textOf, Wrap } from '../../testing/render';
import { FundList } from './FundList';
import { FundView } from './FundView';
import { LedgerTable } from './LedgerTable';
import { MONTH_ALIASES, type MonthRow } from './model';
import MonthlyChart from './MonthlyChart';
import { PledgeList } from './PledgeList';
import { FUND, page, pledge, ROWS } from './test-data';

const session = (permissions: string[]): SessionApi => ({
  viewer: { user: { id: 'u1', username: 'x', displayName: 'X' }, permissions, expiresAt: '2099-01-01T00:00:00.000Z' },
  can: (a) => permissions.includes(a),
  logout: () => undefined,
});
const OFFICER = ['organization.read', 'household.read', 'personalData.read', 'data.capture'];
const VIEWER = ['organization.read', 'household.read'];
const As = (p: { permissions: string[]; children: ReactNode }) => <SessionContext.Provider value={session(p.permissions)}>{p.children}</SessionContext.Provider>;

const header = { data: { fund: { ...FUND, campaignBoard: { id: 'O2', name: 'Ban vận động Quỹ tỉnh' }, bankAccounts: [{ bankName: 'Kho bạc Nhà nước', accountNumber: '3761.0.1234567', accountName: 'Quỹ VNN tỉnh Quảng Nam' }] } } };
const summary = (x: Partial<Record<string, unknown>> = {}) => ({
  from: '2025-01-01',
  to: '2025-12-31',
  openingBalance: 0,
  closingBalance: 30_000_000,
  raised: 50_000_000,
  donations: 2,
  spent: 20_000_000,
  transferredIn: 0,
  transferredOut: 0,
  spentByCategory: [{ category: 'TET_GIFT', amount: 20_000_000, count: 1 }],
  ...x,
});
const month = (raised: number, spent: number) => ({ from: '', raised, spent, transferredIn: 0, transferredOut: 0 });
const overview: MockAnswer = {
  data: {
    fundBalance: { asOf: '2026-11-21', balance: 30_000_000 },
    year: summary(),
    peak: summary({ from: '2025-10-17', to: '2025-11-18', openingBalance: 30_000_000, raised: 0, donations: 0, spent: 0, spentByCategory: [] }),
    ...Object.fromEntries(MONTH_ALIASES.map((m, i) => [m, i === 0 ? month(50_000_000, 20_000_000) : month(0, 0)])),
  },
};
const ledger = (rows = ROWS, hasNext = false): MockAnswer => ({ data: { ledger: { totals: { count: 4, moneyIn: 55_000_000, moneyOut: 25_000_000 }, ...page(rows, hasNext, hasNext ? 'cur-1' : null) } } });

describe('funds list', () => {
  it('lists the funds in scope with committee, balance and state; a closed fund says since when', () => {
    const open = { ...FUND, id: 'F2', name: 'Quỹ Vì người nghèo thành phố Đà Nẵng', validTo: null, balance: 1_234_567_890 };
    const { client, calls } = mockClient(() => ({ data: { funds: { totalCount: 2, ...page([FUND, open]) } } }));
    const out = html(client, <FundList />, { hash: '#/funds?level=PROVINCE' });
    expect(calls[0].variables).toMatchObject({ filter: { level: 'PROVINCE' }, first: 20, after: null });
    expect(out).toContain('Quỹ Vì người nghèo tỉnh Quảng Nam');
    expect(out).toContain('href="#/funds/F2"');
    expect(out).toContain('1.234.567.890 ₫');
    expect(out).toContain('Kết thúc ngày 30/06/2025');
    expect(out).toContain('Đang hoạt động');
    expect(out).toContain('2 mục');
  });

  it('has loading, empty and error states (the error with its request id)', () => {
    expect(html(mockClient(() => undefined).client, <FundList />)).toContain('Đang tải…');
    expect(html(mockClient(() => ({ data: { funds: { totalCount: 0, ...page([]) } } })).client, <FundList />)).toContain('Chưa có quỹ nào trong phạm vi của bạn.');
    const failed = html(mockClient(() => ({ errors: [apiError('INTERNAL_SERVER_ERROR', 'INTERNAL', 'req-500')] })).client, <FundList />);
    expect(failed).toContain('Lỗi máy chủ.');
    expect(failed).toContain('req-500');
  });
});

describe('fund view', () => {
  const respond = (c: Call): MockAnswer | undefined => (c.name === 'FundHeader' ? header : c.name === 'FundOverview' ? overview : c.name === 'Ledger' ? ledger() : c.name === 'Pledges' ? { data: { pledges: { totalCount: 0, ...page([]) } } } : undefined);

  it('shows the fund, its balance, accounts and the capture actions; the overview in one request for the year, its months and the peak month', async () => {
    const { client, calls } = mockClient(respond);
    const r = await mount(
      <Wrap client={client} hash="#/funds/F1">
        <As permissions={OFFICER}>
          <FundView id="F1" />
        </As>
      </Wrap>,
    );
    await settle();
    const text = textOf(r);
    expect(text).toContain('Quỹ Vì người nghèo tỉnh Quảng Nam');
    expect(text).toContain('Kết thúc ngày 30/06/2025');
    expect(text).toContain('chỉ ghi được các khoản phát sinh đến hết ngày 30/06/2025');
    expect(text).toContain('Ban vận động: Ban vận động Quỹ tỉnh');
    expect(text).toContain('Tài khoản: 3761.0.1234567 — Kho bạc Nhà nước');
    for (const action of ['Ghi nhận ủng hộ', 'Ghi cam kết ủng hộ', 'Ghi khoản chi', 'Điều chuyển sang quỹ khác']) expect(text).toContain(action);
    const asked = calls.filter((c) => c.name === 'FundOverview');
    expect(asked).toHaveLength(1);
    // a fund closed on 30/06/2025 opens on 2025
    expect(asked[0].variables).toMatchObject({ id: 'F1', year: 2025, period: '2025', m01: '2025-01', m12: '2025-12' });
    expect(text).toContain('Số dư đến ngày 21/11/2026');
    expect(text).toContain('Vận động được năm 2025');
    expect(text).toContain('Số dư đầu ngày 01/01/2025');
    expect(text).toContain('Số dư cuối ngày 31/12/2025');
    expect(text).toContain('Quà Tết');
    expect(text).toContain('Tháng cao điểm "Vì người nghèo" (17/10/2025–18/11/2025)');
    expect(text).toContain('Chưa có khoản chi.');
    // the chart's table says the same figures
    const months = r.root.find((n) => n.props['data-testid'] === 'fund-months');
    expect(textOf(months.findAll((n) => n.props['data-month'] === 1)[0])).toBe('T150.000.000 ₫0 ₫20.000.000 ₫0 ₫');
  });

  it('hides the capture actions from viewers; NOT_FOUND has its own state', () => {
    const viewer = html(mockClient(respond).client, <As permissions={VIEWER}><FundView id="F1" /></As>, { hash: '#/funds/F1' });
    expect(viewer).toContain('Quỹ Vì người nghèo tỉnh Quảng Nam');
    expect(viewer).not.toContain('Ghi nhận ủng hộ');
    const missing = html(mockClient(() => ({ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-404', ['fund'])] })).client, <FundView id="nope" />);
    expect(missing).toContain('Không tìm thấy');
    expect(missing).toContain('req-404');
    expect(missing).toContain('← Danh sách quỹ');
  });

  it('speaks English too (no raw message keys), forms included', () => {
    for (const hash of ['#/funds/F1', '#/funds/F1?tab=ledger&form=donation', '#/funds/F1?tab=pledges&form=disbursement', '#/funds/F1?form=pledge', '#/funds/F1?form=transfer']) {
      const out = html(mockClient(respond).client, <As permissions={OFFICER}><FundView id="F1" /></As>, { hash, locale: 'en' });
      expect(out, hash).not.toMatch(/funds\.[a-zA-Z]+/);
      expect(out, hash).toContain('Balance');
    }
    expect(html(mockClient(respond).client, <As permissions={OFFICER}><FundView id="F1" /></As>, { hash: '#/funds/F1?tab=ledger', locale: 'en' })).toContain('Money in');
  });

  it('opens a form named in the URL, and the pledges tab', () => {
    const out = html(mockClient(respond).client, <As permissions={OFFICER}><FundView id="F1" /></As>, { hash: '#/funds/F1?tab=pledges&form=disbursement' });
    expect(out).toContain('role="dialog"');
    expect(out).toContain('data-testid="disbursement-form"');
    expect(out).toContain('Quỹ chưa có cam kết ủng hộ nào.');
    // no forms for viewers, whatever the URL says
    expect(html(mockClient(respond).client, <As permissions={VIEWER}><FundView id="F1" /></As>, { hash: '#/funds/F1?form=donation' })).not.toContain('role="dialog"');
  });
});

describe('ledger', () => {
  it('filters from the URL, shows the totals of the filtered set, marks reversed rows and links them to their reversal', () => {
    const { client, calls } = mockClient(() => ledger());
    const out = html(client, <As permissions={OFFICER}><LedgerTable fund={FUND} /></As>, { hash: '#/funds/F1?tab=ledger&from=2025-01-01&to=2025-01-31&kind=DONATION&category=NOPE' });
    expect(calls[0].variables).toEqual({ fundId: 'F1', filter: { from: '2025-01-01', to: '2025-01-31', kind: 'DONATION', category: undefined }, first: 50, after: null });
    expect(out).toContain('data-testid="totals-count">4<');
    expect(out).toContain('55.000.000 ₫');
    expect(out).toContain('25.000.000 ₫');
    expect(out).toMatch(/<tr data-id="T2" data-kind="DONATION" data-reversed="true" class="lnob-funds__reversed">/);
    expect(out).toContain('href="#/funds/F1?tab=ledger&amp;from=2025-01-01&amp;to=2025-01-31&amp;kind=DONATION&amp;category=NOPE&amp;tx=T3" data-testid="reversal-link">Đã đảo ngày 16/01/2025');
    expect(out).toContain('data-testid="original-link">Đảo bút toán ngày 15/01/2025');
    // a reversed row and a reversal cannot be reversed; the others can
    expect(out.match(/data-testid="reverse"/g)).toHaveLength(2);
    expect(out).toContain('Quà Tết &quot;Ất Tỵ&quot;, 2025');
    expect(out).toContain('Ẩn danh');
  });

  it('reads the next page on "Xem thêm" (keyset: the end cursor), and exports every page of the filtered set', async () => {
    const saved: { name: string; data: string | Uint8Array; type: string }[] = [];
    const { client, calls } = mockClient((c) => (c.variables.after === 'cur-1' ? ledger(ROWS.slice(2)) : c.variables.first === 100 ? ledger(ROWS) : ledger(ROWS.slice(0, 2), true)));
    const r = await mount(
      <Wrap client={client} hash="#/funds/F1?tab=ledger&from=2025-01-01">
        <As permissions={VIEWER}>
          <LedgerTable fund={FUND} saveFile={(name, data, type) => saved.push({ name, data, type })} />
        </As>
      </Wrap>,
    );
    const rows = () => r.root.findAll((n) => n.type === 'tr' && n.props['data-id'] !== undefined).map((n) => n.props['data-id']);
    expect(rows()).toEqual(['T3', 'T4']);
    await act(async () => button(r, 'Xem thêm').props.onClick());
    expect(calls.at(-1)?.variables).toMatchObject({ after: 'cur-1', first: 50, filter: { from: '2025-01-01' } });
    expect(rows()).toEqual(['T3', 'T4', 'T2', 'T1']);
    expect(r.root.findAll((n) => n.props['data-testid'] === 'reverse')).toHaveLength(0); // viewers
    await act(async () => button(r, 'Tải CSV').props.onClick());
    await settle();
    expect(saved[0].name).toBe('so-quy-quy-vi-nguoi-ngheo-tinh-quang-nam-2025-01-01.csv');
    expect(saved[0].type).toBe('text/csv;charset=utf-8');
    expect(String(saved[0].data).startsWith('\uFEFFNgày,Loại,')).toBe(true);
    expect(String(saved[0].data).trimEnd().split('\r\n')).toHaveLength(5);
    await act(async () => button(r, 'Tải Excel (XLSX)').props.onClick());
    await settle();
    expect(saved[1].name).toMatch(/\.xlsx$/);
    expect(saved[1].data).toBeInstanceOf(Uint8Array);
    expect(calls.filter((c) => c.variables.first === 100)).toHaveLength(2);
  });

  it('empty, filtered-empty and error states', () => {
    const empty = (hash: string) => html(mockClient(() => ({ data: { ledger: { totals: { count: 0, moneyIn: 0, moneyOut: 0 }, ...page([]) } } })).client, <LedgerTable fund={FUND} />, { hash });
    expect(empty('#/funds/F1?tab=ledger')).toContain('Sổ quỹ chưa có giao dịch nào.');
    expect(empty('#/funds/F1?tab=ledger&kind=TRANSFER')).toContain('Không tìm thấy kết quả nào.');
    expect(empty('#/funds/F1?tab=ledger&from=2025-02-01&to=2025-01-01')).toContain('“Từ ngày” phải trước “Đến ngày”.');
    const failed = html(mockClient(() => ({ errors: [apiError('BAD_USER_INPUT', 'INVALID_LOCAL_DATE', 'req-d')] })).client, <LedgerTable fund={FUND} />);
    expect(failed).toContain('Ngày không hợp lệ.');
    expect(failed).toContain('req-d');
  });
});

describe('pledges', () => {
  it('shows each pledge with its status, fulfilled and outstanding; "ghi nhận thực hiện" opens the donation form for it', () => {
    const { client, calls } = mockClient(() => ({
      data: {
        pledges: {
          totalCount: 3,
          ...page([
            pledge({ id: 'P1', status: 'PARTIAL', fulfilled: 4_000_000, outstanding: 6_000_000 }),
            pledge({ id: 'P2', status: 'FULFILLED', fulfilled: 10_000_000, outstanding: 0 }),
            pledge({ id: 'P3', status: 'OVERDUE', anonymous: true }),
          ]),
        },
      },
    }));
    const out = html(client, <As permissions={OFFICER}><PledgeList fund={FUND} /></As>, { hash: '#/funds/F1?tab=pledges&status=PARTIAL' });
    expect(calls[0].variables).toMatchObject({ fundId: 'F1', filter: { status: 'PARTIAL' }, first: 20 });
    expect(out).toContain('data-status="PARTIAL">Đã thực hiện một phần');
    expect(out).toContain('data-status="FULFILLED">Đã hoàn thành');
    expect(out).toContain('data-status="OVERDUE">Quá hạn');
    expect(out).toContain('4.000.000 ₫');
    expect(out).toContain('6.000.000 ₫');
    expect(out).toContain('href="#/funds/F1?tab=pledges&amp;status=PARTIAL&amp;form=donation&amp;pledge=P1" data-testid="fulfil"');
    expect(out.match(/data-testid="fulfil"/g)).toHaveLength(2); // not for the fulfilled one
  });
});

describe('monthly chart', () => {
  const rows: MonthRow[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, raised: i === 0 ? 50_000_000 : 0, spent: i === 0 ? 20_000_000 : 0, transferredIn: 0, transferredOut: 0, moneyIn: i === 0 ? 50_000_000 : 0, moneyOut: i === 0 ? 20_000_000 : 0 }));
  const render = async (canvas: unknown) => {
    let r!: ReactTestRenderer;
    await act(async () => {
      r = TestRenderer.create(
        <I18nProvider locale="vi">
          <MonthlyChart rows={rows} year={2025} />
        </I18nProvider>,
        { createNodeMock: (e) => (e.type === 'canvas' ? canvas : null) },
      );
    });
    return r;
  };

  it('without a canvas: no chart, no crash, the table shows every month', async () => {
    const r = await render(null);
    const figure = r.root.find((n) => n.props['data-testid'] === 'fund-chart');
    expect(figure.props['data-chart-status']).toBe('unavailable');
    expect(textOf(r)).toContain('Trình duyệt không vẽ được biểu đồ');
    expect(r.root.find((n) => n.type === 'table').props.className).toBe('lnob-table');
    act(() => r.unmount());
  });

  it('draws money in and out per month with chart.js and its labels', async () => {
    const canvas: Record<string, unknown> = { width: 640, height: 260, style: {} };
    const context = new Proxy({ canvas } as Record<string | symbol, unknown>, {
      get: (t, k) => (k in t ? t[k] : typeof k === 'symbol' || k === 'then' ? undefined : k === 'measureText' ? (s: string) => ({ width: s.length * 6 }) : k === 'getLineDash' ? () => [] : String(k).startsWith('create') ? () => ({ addColorStop() {} }) : () => undefined),
      set: (t, k, v) => ((t[k] = v), true),
    });
    canvas.getContext = () => context;
    const r = await render(canvas);
    expect(r.root.find((n) => n.props['data-testid'] === 'fund-chart').props['data-chart-status']).toBe('drawn');
    const chart = Object.values(Chart.instances)[0];
    expect(chart.data.labels).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['Thu vào', 'Chi ra']);
    expect(chart.data.datasets[0].data[0]).toBe(50_000_000);
    act(() => r.unmount());
    expect(Object.values(Chart.instances)).toHaveLength(0);
  });
});
