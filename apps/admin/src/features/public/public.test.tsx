import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayLocal, type DisbursementCategory, type FundLevel } from '@lnob/domain';
import { App } from '../../app/App';
import { isPublicPath } from '../../app/nav';
import { STORAGE_KEYS } from '../../app/storage';
import { LoginPage } from '../auth/LoginPage';
import { apiError, mockClient, type Call } from '../../testing/mock-client';
import { html, mount, settle, textOf } from '../../testing/render';
import { fakeWindow } from '../../testing/window';
import { activeChildren, chosenFund, csvHref, sortFunds, spendingChartConfig, yearsUpTo, type PublicChild } from './model';
import PublicReportPage, { PublicReportBody } from './PublicReportPage';
import { PUBLIC_TEXT } from './texts';

const area = (id: string, code: string, name: string) => ({ id, code, name, __typename: 'PublicArea' as const });
const fundNode = (id: string, name: string, level: FundLevel, validTo: string | null = null, a: ReturnType<typeof area> | null = null) => ({ id, name, level, validFrom: '2021-01-01', validTo, area: a });
const FUNDS = [
  fundNode('f-qn', 'Quỹ “Vì người nghèo” tỉnh Quảng Nam', 'PROVINCE', '2025-06-30', area('a49', '49', 'Tỉnh Quảng Nam')),
  fundNode('f-hg', 'Quỹ “Vì người nghèo” xã Hàm Giang', 'COMMUNE', '2025-06-30', area('a1', '29488', 'Xã Hàm Giang')),
  fundNode('f-c', 'Quỹ “Vì người nghèo” Trung ương', 'CENTRAL'),
];
const child = (a: ReturnType<typeof area> | null, raised: number, spent: number, byCategory: { category: DisbursementCategory; amount: number; count: number }[] = []): PublicChild => ({
  area: a,
  raised,
  spent,
  disbursements: byCategory.reduce((s, c) => s + c.count, 0),
  byCategory,
});
const REPORT = {
  fund: FUNDS[0],
  period: '2024',
  peakMonth: false,
  from: '2024-01-01',
  to: '2024-12-31',
  openingBalance: 0,
  raised: 10_701_000_000,
  donations: 12,
  spent: 7_240_000_000,
  transferredIn: 8_000_000_000,
  transferredOut: 0,
  closingBalance: 11_461_000_000,
  spentByCategory: [
    { category: 'HOUSING_NEW', amount: 60_000_000, count: 1 },
    { category: 'TET_GIFT', amount: 600_000_000, count: 1 },
  ],
  disbursements: { count: 2, total: 660_000_000 },
  children: [
    child(area('a502', '502', 'Thành phố Tam Kỳ'), 0, 0),
    child(area('a504', '504', 'Huyện Tây Giang'), 185_000_000, 60_000_000, [{ category: 'HOUSING_NEW', amount: 60_000_000, count: 1 }]),
    child(null, 0, 600_000_000, [{ category: 'TET_GIFT', amount: 600_000_000, count: 1 }]),
  ],
  donors: [
    { name: 'Hội Cựu chiến binh tỉnh Quảng Nam', anonymous: false, donations: 2, total: 2_430_000_000 },
    { name: 'Nhà hảo tâm ẩn danh', anonymous: true, donations: 1, total: 200_000_000 },
  ],
  bankAccounts: [{ bankName: 'Kho bạc Nhà nước Quảng Nam', accountNumber: '3761.0.1049.0001', accountName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Nam – Quỹ Vì người nghèo' }],
  reconciledShare: null,
};

const answer = (report: unknown = REPORT) => (c: Call) =>
  c.name === 'PublicFundList' ? { data: { publicFunds: { edges: FUNDS.map((node) => ({ node })) } } } : c.name === 'PublicFundReport' ? { data: { publicFundReport: report } } : undefined;

beforeEach(() => {
  delete (globalThis as { window?: unknown }).window;
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('public disclosure page', () => {
  it('is reachable without signing in: the app shows it instead of the login form, and asks for no session', async () => {
    expect(isPublicPath('/cong-khai')).toBe(true);
    expect(isPublicPath('/cong-khai-x')).toBe(false);
    fakeWindow('#/cong-khai?nam=2024&quy=f-qn');
    const { client, calls } = mockClient(answer());
    const r = await mount(<App makeClient={() => client} />);
    await settle();
    await settle();
    const text = textOf(r);
    expect(text).toContain('Công khai Quỹ “Vì người nghèo”');
    expect(text).not.toContain('Tên đăng nhập');
    expect(calls.map((c) => c.name)).toEqual(['PublicFundList', 'PublicFundReport']);
    expect(calls[1].variables).toEqual({ fundId: 'f-qn', period: '2024', peakMonth: false });
    expect(text).toContain('Hội Cựu chiến binh tỉnh Quảng Nam');
  });

  it('is shown to signed-in staff too (no `me` needed), with a link back to the staff area', async () => {
    const w = fakeWindow('#/cong-khai?nam=2024&quy=f-qn');
    w.sessionStorage.setItem(STORAGE_KEYS.session, JSON.stringify({ token: 'jwt', expiresAt: '2099-01-01T00:00:00.000Z' }));
    const { client, calls } = mockClient(answer());
    const r = await mount(<App makeClient={() => client} />);
    await settle();
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['PublicFundList', 'PublicFundReport']);
    expect(r.root.findAll((n) => n.type === 'a' && n.props.href === '#/').length).toBe(1);
  });

  it('shows raised, spent, balances, the categories, the areas with figures, the donors (anonymous as one line) and the CSV link', () => {
    const { client } = mockClient(answer());
    const out = html(client, <PublicReportBody />, { hash: '#/cong-khai?nam=2024&quy=f-qn' });
    expect(out).toContain('Quỹ “Vì người nghèo” tỉnh Quảng Nam');
    expect(out).toContain('Từ 01/01/2024 đến 31/12/2024');
    expect(out).toContain('10.701.000.000 ₫');
    expect(out).toContain('12 lượt ủng hộ');
    expect(out).toContain('7.240.000.000 ₫');
    expect(out).toContain('11.461.000.000 ₫');
    expect(out).toContain('Xây mới nhà Đại đoàn kết');
    expect(out).toContain('Quà Tết');
    // Areas with figures only; the others are counted.
    expect(out).toContain('Huyện Tây Giang');
    expect(out).not.toContain('Thành phố Tam Kỳ');
    expect(out).toContain('1 địa bàn khác không có số liệu trong kỳ.');
    expect(out).toContain('Không phân theo địa bàn cấp dưới');
    expect(out).toMatch(/<tr[^>]*data-anonymous="true"[^>]*><td>Nhà hảo tâm ẩn danh<\/td><td class="num">1<\/td><td class="num">200.000.000 ₫<\/td>/);
    expect(out).toContain('href="/public/funds/f-qn/report.csv?period=2024&amp;lang=vi"');
    expect(out).toContain('Tải CSV');
    expect(out).toContain('3761.0.1049.0001');
    expect(out).toContain('Chưa đối chiếu sao kê ngân hàng cho kỳ này.');
    // Funds in the picker: central first, closed ones with their last day.
    expect(out.indexOf('Trung ương')).toBeLessThan(out.indexOf('xã Hàm Giang (đến 30/06/2025)'));
  });

  it('in English: labels, money format, the anonymous line', () => {
    const { client } = mockClient(answer({ ...REPORT, reconciledShare: 0.25 }));
    const out = html(client, <PublicReportBody />, { hash: '#/cong-khai?nam=2024&quy=f-qn', locale: 'en' });
    expect(out).toContain('Raised');
    expect(out).toContain('₫10,701,000,000');
    expect(out).toContain('Anonymous donor');
    expect(out).toContain('New house (Great Solidarity)');
    expect(out).toContain('25.0% of the money in is matched to bank statements.');
    expect(out).toContain('lang=en');
  });

  it('asks for the peak month of the year when chosen; the CSV link follows', () => {
    const { client, calls } = mockClient(answer({ ...REPORT, peakMonth: true, from: '2024-10-17', to: '2024-11-18' }));
    const out = html(client, <PublicReportBody />, { hash: '#/cong-khai?nam=2024&quy=f-qn&caodiem=1' });
    expect(calls.find((c) => c.name === 'PublicFundReport')?.variables).toEqual({ fundId: 'f-qn', period: '2024', peakMonth: true });
    expect(out).toContain('Từ 17/10/2024 đến 18/11/2024');
    expect(out).toContain('report.csv?period=2024&amp;peakMonth=1&amp;lang=vi');
  });

  it('defaults to this year and the first fund; the choice goes into the address', async () => {
    const w = fakeWindow('#/cong-khai');
    const { client, calls } = mockClient(answer());
    const r = await mount(<App makeClient={() => client} />);
    await settle();
    await settle();
    expect(calls[0]).toMatchObject({ name: 'PublicFundList', variables: { period: todayLocal().slice(0, 4) } });
    expect(calls[1].variables).toMatchObject({ fundId: 'f-c' });
    expect(w.location.replace).toHaveBeenCalledWith('#/cong-khai?quy=f-c');
    const year = r.root.find((n) => n.type === 'select' && n.props.name === 'nam');
    year.props.onChange({ target: { value: '2024' } });
    // (the fake location does not move: the route still has no `quy`)
    expect(w.location.replace).toHaveBeenLastCalledWith('#/cong-khai?nam=2024');
  });

  it('says so when no fund was open that year, and explains errors (rate limit) with a retry', () => {
    const none = mockClient((c) => (c.name === 'PublicFundList' ? { data: { publicFunds: { edges: [] } } } : undefined));
    expect(html(none.client, <PublicReportBody />, { hash: '#/cong-khai?nam=2021' })).toContain('Không có quỹ nào hoạt động trong năm 2021.');
    const limited = mockClient((c) => (c.name === 'PublicFundList' ? { data: { publicFunds: { edges: FUNDS.map((node) => ({ node })) } } } : { errors: [apiError('FORBIDDEN', 'RATE_LIMITED')] }));
    const out = html(limited.client, <PublicReportBody />, { hash: '#/cong-khai?nam=2024&quy=f-qn' });
    expect(out).toContain('Quá nhiều yêu cầu, hãy thử lại sau.');
    expect(out).toContain('Thử lại');
  });

  it('inside the staff shell: the same report under a title', () => {
    const { client } = mockClient(answer());
    const out = html(client, <PublicReportPage />, { hash: '#/cong-khai?nam=2024&quy=f-qn' });
    expect(out).toContain('<h1>Công khai Quỹ “Vì người nghèo”</h1>');
    expect(out).toContain('Hội Cựu chiến binh tỉnh Quảng Nam');
  });

  it('the login page links to it', () => {
    const { client } = mockClient(() => undefined);
    expect(html(client, <LoginPage ended={null} onLogin={() => undefined} />)).toContain('href="#/cong-khai"');
  });
});

describe('public page model', () => {
  it('has every string in both languages with the same placeholders', () => {
    const placeholders = (x: string) => [...x.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, label] of Object.entries(PUBLIC_TEXT)) {
      expect(label.vi, key).toMatch(/\S/);
      expect(label.en, key).toMatch(/\S/);
      expect(placeholders(label.en), key).toEqual(placeholders(label.vi));
    }
  });

  it('offers the years from now back to 2021', () => {
    expect(yearsUpTo(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('orders funds central → province → district → commune, by Vietnamese name; keeps the asked one when listed', () => {
    const sorted = sortFunds([...FUNDS, fundNode('f-tv', 'Quỹ “Vì người nghèo” tỉnh Trà Vinh', 'PROVINCE'), fundNode('f-tc', 'Quỹ “Vì người nghèo” huyện Trà Cú', 'DISTRICT')]);
    expect(sorted.map((f) => f.id)).toEqual(['f-c', 'f-qn', 'f-tv', 'f-tc', 'f-hg']);
    expect(chosenFund(sorted, 'f-tv')?.id).toBe('f-tv');
    expect(chosenFund(sorted, 'gone')?.id).toBe('f-c');
    expect(chosenFund([], 'f-tv')).toBeNull();
  });

  it('links the CSV of the API (encoded id, period, peak month, language)', () => {
    expect(csvHref('RnVuZDoy', 2024, false, 'vi')).toBe('/public/funds/RnVuZDoy/report.csv?period=2024&lang=vi');
    expect(csvHref('a/b', 2025, true, 'en')).toBe('/public/funds/a%2Fb/report.csv?period=2025&peakMonth=1&lang=en');
  });

  it('shows areas with any figure and counts the others', () => {
    expect(activeChildren(REPORT.children)).toEqual({ shown: [REPORT.children[1], REPORT.children[2]], quiet: 1 });
  });

  it('charts spending per category as horizontal bars, money in the house format', () => {
    const c = spendingChartConfig([...REPORT.spentByCategory, { category: 'HEALTH', amount: 0, count: 0 }], 'Đã chi', 'vi');
    expect(c.type).toBe('bar');
    expect(c.options?.indexAxis).toBe('y');
    expect(c.data.labels).toEqual(['Xây mới nhà Đại đoàn kết', 'Quà Tết']);
    expect(c.data.datasets[0].data).toEqual([60_000_000, 600_000_000]);
    const tick = (c.options?.scales?.x?.ticks as { callback: (v: number) => string }).callback;
    expect(tick(600_000_000)).toBe('600.000.000 ₫');
  });
});
