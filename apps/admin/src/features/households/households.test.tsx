import type { ReactNode } from 'react';
import { act } from 'react-test-renderer';
import type { ReactTestRenderer } from 'react-test-renderer';
import { describe, expect, it } from 'vitest';
import { SessionContext, type SessionApi } from '../../app/session';
import { apiError, mockClient, type MockAnswer } from '../../testing/mock-client';
import { html, mount, textOf, type, Wrap } from '../../testing/render';
import { HouseholdDetail } from './HouseholdDetail';
import { HouseholdList } from './HouseholdList';
import { ReviewForm } from './ReviewForm';

const session = (permissions: string[]): SessionApi => ({
  viewer: { user: { id: 'u1', username: 'x', displayName: 'X' }, permissions, expiresAt: '2099-01-01T00:00:00.000Z' },
  can: (a) => permissions.includes(a),
  logout: () => undefined,
});
const As = (p: { permissions: string[]; children: ReactNode }) => <SessionContext.Provider value={session(p.permissions)}>{p.children}</SessionContext.Provider>;
const withheld = (path: (string | number)[]) => apiError('FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED', 'req-pd', path);

const listAnswer = (headName: string | null): MockAnswer => ({
  data: {
    households: {
      totalCount: 1,
      edges: [
        {
          node: {
            __typename: 'Household',
            id: 'h1',
            headName,
            ethnicMinority: true,
            ethnicity: 'Khmer',
            housingStatus: 'TEMPORARY',
            status: 'ACTIVE',
            area: { id: 'a1', name: 'Ấp Ba Sát' },
            reviews: [
              { id: 'r2', year: 2024, class: 'NEAR_POOR', effective: true },
              { id: 'r1', year: 2023, class: 'POOR', effective: true },
            ],
          },
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
  errors: headName === null ? [withheld(['households', 'edges', 0, 'node', 'headName'])] : undefined,
});

describe('household list', () => {
  it('shows "hidden" for a withheld head name, the class of the selected year, and no name search without the grant', () => {
    const { client, calls } = mockClient(() => listAnswer(null));
    const out = html(
      client,
      <As permissions={['household.read']}>
        <HouseholdList />
      </As>,
      { hash: '#/households?year=2023&class=POOR&housing=TEMPORARY&em=true' },
    );
    expect(calls[0].variables.filter).toMatchObject({ year: 2023, class: 'POOR', housingStatus: 'TEMPORARY', ethnicMinority: true, search: undefined });
    expect(out).toContain('ẩn (không có quyền xem dữ liệu cá nhân)');
    expect(out).toContain('Ấp Ba Sát');
    expect(out).toContain('Nhà tạm');
    expect(out).toContain('data-class="POOR"');
    expect(out).not.toContain('Tìm theo tên chủ hộ');
  });

  it('offers the head-name search with personalData.read and shows a FORBIDDEN answer as the reason', async () => {
    const { client, calls } = mockClient((c) => (c.variables.filter && (c.variables.filter as { search?: string }).search ? { errors: [apiError('FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED', 'req-search')] } : listAnswer('Nguyễn Văn A')));
    const r = await mount(
      <Wrap client={client} hash="#/households">
        <As permissions={['household.read', 'personalData.read']}>
          <HouseholdList />
        </As>
      </Wrap>,
    );
    expect(textOf(r)).toContain('Nguyễn Văn A');
    await type(r, 'q', 'nguyen');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 350));
    });
    expect(calls.at(-1)?.variables.filter).toMatchObject({ search: 'nguyen' });
    const refused = mockClient(() => ({ errors: [apiError('FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED', 'req-search')] }));
    const out = html(
      refused.client,
      <As permissions={['household.read', 'personalData.read']}>
        <HouseholdList />
      </As>,
      { hash: '#/households?q=nguyen' },
    );
    expect(out).toContain('Không tìm theo tên được: Cần quyền xem dữ liệu cá nhân.');
    expect(out).toContain('req-search');
  });
});

const detail = (personal: boolean): MockAnswer => ({
  data: {
    household: {
      __typename: 'Household',
      id: 'h1',
      headName: personal ? 'Thạch Thị B' : null,
      address: 'Tổ 3',
      ethnicMinority: true,
      ethnicity: 'Khmer',
      housingStatus: 'SOLID',
      status: 'ACTIVE',
      disability: false,
      singleElderly: false,
      socialProtection: true,
      updatedAt: '2025-03-01T03:00:00.000Z',
      area: { id: 'a1', name: 'Ấp Ba Sát', urban: false },
      sponsor: { id: 'o1', name: 'Ủy ban MTTQ xã' },
      members: [
        { id: 'm1', active: true, fullName: personal ? 'Thạch Thị B' : null, birthDate: personal ? '1980-02-01' : null, sex: 'FEMALE', nationalId: personal ? '084180000123' : null, relation: 'HEAD', ethnicity: 'Khmer' },
      ],
      reviews: [
        {
          id: 'r2',
          year: 2024,
          kind: 'PERIODIC',
          class: 'NEAR_POOR',
          effective: true,
          transition: 'POOR_TO_NEAR_POOR',
          residence: 'RURAL',
          standardCode: 'DECREE_07_2021',
          incomePerPersonPerMonth: 1400000,
          scoreA: null,
          scoreB: null,
          deprivedIndicators: ['HEALTH_INSURANCE'],
          decisionNumber: '12/QĐ-UBND',
          decisionDate: '2024-12-20',
          notes: null,
          correctionOfId: null,
          createdAt: '2024-12-21T03:00:00.000Z',
        },
      ],
    },
  },
  errors: personal ? undefined : ['headName', 'members.0.fullName', 'members.0.birthDate', 'members.0.nationalId'].map((p) => withheld(['household', ...p.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x))])),
});

describe('household detail', () => {
  it('renders members with personal fields hidden (not an error page) and the review history with labels', () => {
    const { client } = mockClient(() => detail(false));
    const out = html(
      client,
      <As permissions={['household.read']}>
        <HouseholdDetail id="h1" reviewing={false} />
      </As>,
    );
    expect(out.match(/ẩn \(không có quyền xem dữ liệu cá nhân\)/g)?.length).toBe(4);
    expect(out).not.toContain('Đã xảy ra lỗi');
    expect(out).toContain('Chủ hộ');
    expect(out).toContain('Từ hộ nghèo thành hộ cận nghèo');
    expect(out).toContain('1.400.000 ₫');
    expect(out).toContain('Bảo hiểm y tế');
    expect(out).toContain('20/12/2024');
    expect(out).toContain('Ủy ban MTTQ xã');
    expect(out).not.toContain('Ghi kết quả rà soát'); // no data.capture
  });

  it('shows personal fields with the grant and capture actions for data.capture', () => {
    const { client } = mockClient(() => detail(true));
    const out = html(
      client,
      <As permissions={['household.read', 'personalData.read', 'data.capture']}>
        <HouseholdDetail id="h1" reviewing={false} />
      </As>,
    );
    expect(out).toContain('084180000123');
    expect(out).toContain('01/02/1980');
    expect(out).toContain('Ghi kết quả rà soát');
    expect(out).toContain('Thêm thành viên');
  });

  it('NOT_FOUND has its own state with the request id', () => {
    const { client } = mockClient(() => ({ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-404', ['household'])] }));
    const out = html(client, <HouseholdDetail id="nope" reviewing={false} />);
    expect(out).toContain('Không tìm thấy');
    expect(out).toContain('req-404');
  });
});

async function setYear(r: ReactTestRenderer, year: number) {
  const select = r.root.find((n) => n.type === 'select' && n.props.name === 'year');
  await act(async () => {
    select.props.onChange({ target: { value: String(year) } });
  });
}
const previewClass = (r: ReactTestRenderer) => r.root.find((n) => n.props['data-testid'] === 'review-preview').findAll((n) => n.props['data-class'] !== undefined)[0]?.props['data-class'];
const indicators = (r: ReactTestRenderer) =>
  r.root.findAll((n) => n.type === 'input' && typeof n.props.name === 'string' && n.props.name.startsWith('indicator-')).map((n) => n.props.name.slice('indicator-'.length) as string);

describe('review form', () => {
  const form = (client = mockClient(() => undefined).client, reviews: { year: number; kind: 'PERIODIC' | 'REGULAR' }[] = []) =>
    mount(
      <Wrap client={client}>
        <ReviewForm householdId="h1" residence="RURAL" reviews={reviews} onClose={() => undefined} onDone={() => undefined} />
      </Wrap>,
    );

  it('previews the class live at the 1,500,000 rural line of Decree 07/2021', async () => {
    const r = await form();
    await setYear(r, 2024);
    expect(textOf(r)).toContain('Nhập thu nhập (hoặc điểm A) để xem phân loại.');
    await type(r, 'income', '1.500.000');
    expect(previewClass(r)).toBe('NEAR_POOR');
    expect(textOf(r)).toContain('Chuẩn thu nhập (Nông thôn): 1.500.000 ₫');
    for (const code of ['HEALTH_INSURANCE', 'NUTRITION', 'HYGIENIC_LATRINE']) await type(r, `indicator-${code}`, 'on');
    expect(previewClass(r)).toBe('POOR');
    expect(textOf(r)).toContain('Số chỉ số thiếu hụt: 3 (ngưỡng 3)');
    await type(r, 'income', '1500001');
    expect(previewClass(r)).toBe('AVERAGE_LIVING_STANDARD');
    await type(r, 'income', '2250001');
    expect(previewClass(r)).toBe('NOT_POOR');
  });

  it('switches the indicator list between Decree 07/2021 and Decree 351/2025 by year', async () => {
    const r = await form();
    await setYear(r, 2025);
    expect(textOf(r)).toContain('Nghị định 07/2021/NĐ-CP');
    expect(indicators(r)).toContain('INFORMATION_DEVICES');
    expect(indicators(r)).not.toContain('WASTE_TREATMENT');
    expect(indicators(r)).toHaveLength(12);
    await type(r, 'indicator-INFORMATION_DEVICES', 'on');
    await setYear(r, 2027);
    expect(textOf(r)).toContain('Nghị định 351/2025/NĐ-CP');
    expect(indicators(r)).toContain('WASTE_TREATMENT');
    expect(indicators(r)).not.toContain('INFORMATION_DEVICES');
    // 2027 rural line is 2,200,000: 2,000,000 is under it
    await type(r, 'income', '2000000');
    expect(previewClass(r)).toBe('NEAR_POOR');
    expect(textOf(r)).toContain('Số chỉ số thiếu hụt: 0');
  });

  it('offers "correction" when a periodic review of the year exists, and shows server field errors on the fields', async () => {
    const { client, calls } = mockClient(() => ({
      errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', requestId: 'req-v', fieldErrors: [{ path: 'input.decisionNumber', message: 'too long' }] } }],
    }));
    const r = await form(client, [{ year: 2024, kind: 'PERIODIC' }]);
    await setYear(r, 2024);
    expect(textOf(r)).toContain('Đính chính kết quả rà soát định kỳ đã có của năm này');
    await type(r, 'income', '1000000');
    await type(r, 'correction', 'on');
    const f = r.root.find((n) => n.type === 'form');
    await act(async () => {
      await f.props.onSubmit({ preventDefault() {} });
    });
    expect(calls.at(-1)?.variables.input).toMatchObject({ householdId: 'h1', year: 2024, kind: 'PERIODIC', incomePerPersonPerMonth: 1000000, deprivedIndicators: [], correction: true });
    expect(textOf(r)).toContain('too long');
    expect(textOf(r)).toContain('req-v');
  });
});
