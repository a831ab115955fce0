import type { ReactElement, ReactNode } from 'react';
import { act, type ReactTestRenderer } from 'react-test-renderer';
import { describe, expect, it } from 'vitest';
import { SessionContext, type SessionApi } from '../../app/session';
import { apiError, mockClient, type Call, type MockAnswer } from '../../testing/mock-client';
import { button, mount, settle, submit, textOf, type, Wrap } from '../../testing/render';
import { DisbursementForm } from './DisbursementForm';
import { DonationForm } from './DonationForm';
import { PledgeForm } from './PledgeForm';
import { ReversalForm } from './ReversalForm';
import { TransferForm } from './TransferForm';
import { FUND, page, pledge, ROWS, tx } from './test-data';

const session = (permissions: string[]): SessionApi => ({
  viewer: { user: { id: 'u1', username: 'quangnam.officer', displayName: 'Nguyễn Văn Minh' }, permissions, expiresAt: '2099-01-01T00:00:00.000Z' },
  can: (a) => permissions.includes(a),
  logout: () => undefined,
});
const OFFICER = ['organization.read', 'household.read', 'personalData.read', 'data.capture'];
const REVIEWER = [...OFFICER, 'data.review'];

function render(respond: (c: Call) => MockAnswer | undefined, element: ReactElement, permissions = OFFICER) {
  const { client, calls } = mockClient(respond);
  const As = (p: { children: ReactNode }) => <SessionContext.Provider value={session(permissions)}>{p.children}</SessionContext.Provider>;
  return mount(
    <Wrap client={client}>
      <As>{element}</As>
    </Wrap>,
  ).then((r) => ({ r, calls }));
}

const posted = (t: ReturnType<typeof tx>, balance: number, replayed = false) => ({ __typename: 'LedgerTransactionPayload', replayed, fund: { __typename: 'Fund', id: 'F1', balance }, transaction: { ...t, counterFund: null, reverses: null } });
const mutations = (calls: Call[], name: string) => calls.filter((c) => c.kind === 'mutation' && c.name === name);
const inputOf = (c: Call | undefined) => c?.variables.input as Record<string, unknown>;

async function select(r: ReactTestRenderer, name: string, value: string) {
  const el = r.root.find((n) => n.type === 'select' && n.props.name === name);
  await act(async () => el.props.onChange({ target: { value } }));
}
async function radio(r: ReactTestRenderer, name: string, value: string) {
  const el = r.root.find((n) => n.type === 'input' && n.props.type === 'radio' && n.props.name === name && n.props.value === value);
  await act(async () => el.props.onChange({ target: { checked: true } }));
}
async function send(r: ReactTestRenderer, form: string) {
  await submit(r, form);
  await settle();
}
const has = (r: ReactTestRenderer, testId: string) => r.root.findAll((n) => n.props['data-testid'] === testId).length > 0;
const byTestId = (r: ReactTestRenderer, testId: string) => r.root.find((n) => n.props['data-testid'] === testId);

describe('donation form', () => {
  it('asks for the valuation only for IN_KIND, checks the amount typed as 1.234.567, and shows field errors next to the fields', async () => {
    const { r, calls } = await render(() => ({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', requestId: 'req-v', fieldErrors: [{ path: 'input.occurredOn', message: 'cannot be after today (2026-11-21)' }] } }] }), <DonationForm fund={FUND} onClose={() => undefined} />);
    expect(has(r, 'valuation')).toBe(false);
    await select(r, 'channel', 'IN_KIND');
    expect(has(r, 'valuation')).toBe(true);
    await type(r, 'amount', '1.5');
    expect(textOf(r)).toContain('Nhập số tiền nguyên đồng lớn hơn 0, ví dụ 1.234.567.');
    await send(r, 'donation-form');
    expect(mutations(calls, 'RecordDonation')).toHaveLength(0); // nothing sent: the form's own checks
    expect(textOf(r)).toContain('Bắt buộc'); // donor name, valuation
    await type(r, 'amount', '1.234.567');
    expect(textOf(r)).toContain('1.234.567 ₫');
    await type(r, 'donorName', 'Bà Nguyễn Thị Lan');
    await type(r, 'valuationDescription', '200 suất quà Tết (gạo, dầu ăn)');
    await type(r, 'valuationBasis', 'Hóa đơn số 0012345');
    await send(r, 'donation-form');
    expect(inputOf(mutations(calls, 'RecordDonation')[0])).toMatchObject({
      fundId: 'F1',
      amount: 1_234_567,
      channel: 'IN_KIND',
      occurredOn: '2025-06-30', // the last day of a fund closed on 30/06/2025
      valuation: { description: '200 suất quà Tết (gạo, dầu ăn)', basis: 'Hóa đơn số 0012345' },
      newDonor: { kind: 'INDIVIDUAL', name: 'Bà Nguyễn Thị Lan', taxCode: null, organizationId: null, householdId: null },
      donorId: null,
      anonymous: false,
    });
    const occurred = r.root.find((n) => n.props.name === 'occurredOn' && n.type === 'input');
    expect(occurred.props['aria-invalid']).toBe(true);
    expect(textOf(r)).toContain('cannot be after today (2026-11-21)');
    expect(textOf(r)).toContain('req-v');
    // the IN_KIND valuation is not sent for other channels
    await select(r, 'channel', 'CASH');
    expect(has(r, 'valuation')).toBe(false);
    await send(r, 'donation-form');
    expect(inputOf(mutations(calls, 'RecordDonation')[1]).valuation).toBeNull();
  });

  it('keeps the idempotency key across a retry after a network error, shows "already recorded (retry)", and uses a new key for the next donation', async () => {
    let n = 0;
    const { r, calls } = await render(
      (c) => {
        if (c.kind !== 'mutation') return undefined;
        n++;
        if (n === 1) return { networkError: new Error('Failed to fetch') };
        return { data: { recordDonation: posted(tx({ id: 'T9', kind: 'DONATION', amount: 50_000_000, donor: { id: 'D1', name: 'Công ty TNHH Ánh Dương', kind: 'ENTERPRISE' } }), 80_000_000, n === 2) } };
      },
      <DonationForm fund={FUND} onClose={() => undefined} />,
    );
    await type(r, 'donorName', 'Công ty TNHH Ánh Dương');
    await type(r, 'amount', '50.000.000');
    await send(r, 'donation-form');
    expect(byTestId(r, 'submit-error').props['data-reason']).toBe('NETWORK');
    expect(textOf(r)).toContain('Không kết nối được máy chủ.');
    expect(textOf(r)).toContain('hệ thống nhận ra yêu cầu lặp lại và không ghi hai lần');
    expect(textOf(byTestId(r, 'submit'))).toBe('Gửi lại');
    await send(r, 'donation-form');
    const [first, retry] = mutations(calls, 'RecordDonation').map(inputOf);
    expect(retry.idempotencyKey).toBe(first.idempotencyKey);
    expect(String(first.idempotencyKey)).toMatch(/^[0-9a-f-]{36}$/);
    // the API recognised the retry
    expect(byTestId(r, 'recorded').props['data-replayed']).toBe('true');
    expect(textOf(r)).toContain('Đã ghi nhận trước đó (gửi lại)');
    expect(textOf(r)).toContain('không ghi thêm khoản nào');
    expect(textOf(byTestId(r, 'recorded-balance'))).toBe('80.000.000 ₫');
    // "record another": a new submission, a new key
    await act(async () => button(r, 'Ghi khoản khác').props.onClick());
    await type(r, 'donorName', 'Ông Trần Văn Hải');
    await type(r, 'amount', '2.000.000');
    await send(r, 'donation-form');
    const third = inputOf(mutations(calls, 'RecordDonation')[2]);
    expect(third.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(byTestId(r, 'recorded').props['data-replayed']).toBe('false');
    expect(textOf(r)).toContain('Đã ghi nhận');
  });

  it('sends once while an attempt is in flight (a double click), with the submit button disabled', async () => {
    const { r, calls } = await render((c) => (c.kind === 'mutation' ? undefined : undefined), <DonationForm fund={FUND} onClose={() => undefined} />);
    await type(r, 'donorName', 'Công ty TNHH Ánh Dương');
    await type(r, 'amount', '50.000.000');
    const form = r.root.find((x) => x.type === 'form');
    await act(async () => {
      void form.props.onSubmit({ preventDefault() {} });
      void form.props.onSubmit({ preventDefault() {} });
    });
    expect(mutations(calls, 'RecordDonation')).toHaveLength(1);
    expect(byTestId(r, 'submit').props.disabled).toBe(true);
    expect(textOf(byTestId(r, 'submit'))).toBe('Đang gửi…');
  });

  it('after IDEMPOTENCY_KEY_REUSED explains it and starts a new submission', async () => {
    const { r, calls } = await render((c) => (c.kind === 'mutation' ? { errors: [apiError('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'req-k')] } : undefined), <DonationForm fund={FUND} onClose={() => undefined} />);
    await type(r, 'donorName', 'A');
    await type(r, 'amount', '1000');
    await send(r, 'donation-form');
    expect(textOf(r)).toContain('Yêu cầu trùng lặp với nội dung khác.');
    expect(textOf(r)).toContain('Hãy xem sổ quỹ trước khi ghi lại');
    await send(r, 'donation-form');
    const [a, b] = mutations(calls, 'RecordDonation').map(inputOf);
    expect(b.idempotencyKey).not.toBe(a.idempotencyKey);
  });

  it('finds an existing donor by name (donors(search), accent-insensitive at the API), anonymous on request', async () => {
    const { r, calls } = await render(
      (c) => {
        if (c.name === 'DonorPicker') return { data: { donors: page([{ id: 'D1', name: 'Tập đoàn Hòa Phát', kind: 'ENTERPRISE', taxCode: '0900189284' }, { id: 'D2', name: 'Hòa Phát Quảng Nam', kind: 'ORGANIZATION', taxCode: null }]) } };
        if (c.kind === 'mutation') return { data: { recordDonation: posted(tx({ id: 'T9', kind: 'DONATION', amount: 3_000_000 }), 33_000_000) } };
        return undefined;
      },
      <DonationForm fund={FUND} onClose={() => undefined} />,
    );
    await radio(r, 'donorMode', 'existing');
    expect(calls.filter((c) => c.name === 'DonorPicker')).toHaveLength(0); // nothing asked before 2 characters
    await type(r, 'donorSearch', 'h');
    await settle(300);
    expect(textOf(r)).toContain('Gõ ít nhất 2 ký tự.');
    await type(r, 'donorSearch', 'hoa phat');
    await settle(300);
    expect(calls.find((c) => c.name === 'DonorPicker')?.variables).toEqual({ search: 'hoa phat', first: 10 });
    expect(r.root.findAll((n) => n.type === 'button' && n.props['data-id']).map((b) => textOf(b))).toEqual(['Tập đoàn Hòa Phát · Doanh nghiệp · Mã số thuế 0900189284', 'Hòa Phát Quảng Nam · Cơ quan, tổ chức']);
    await send(r, 'donation-form');
    expect(mutations(calls, 'RecordDonation')).toHaveLength(0);
    expect(textOf(byTestId(r, 'donor'))).toContain('Bắt buộc');
    await act(async () => button(r, /^Tập đoàn Hòa Phát/).props.onClick());
    expect(textOf(byTestId(r, 'donor-picker'))).toContain('Tập đoàn Hòa Phát');
    await type(r, 'anonymous', 'on');
    await type(r, 'amount', '3.000.000');
    await send(r, 'donation-form');
    expect(inputOf(mutations(calls, 'RecordDonation')[0])).toMatchObject({ donorId: 'D1', newDonor: null, anonymous: true, amount: 3_000_000 });
    expect(textOf(r)).toContain('33.000.000 ₫');
  });

  it('says so when no donor matches the name', async () => {
    const { r } = await render((c) => (c.name === 'DonorPicker' ? { data: { donors: page([]) } } : undefined), <PledgeForm fund={FUND} onClose={() => undefined} />);
    await radio(r, 'donorMode', 'existing');
    await type(r, 'donorSearch', 'không có ai');
    await settle(300);
    expect(textOf(r)).toContain('Không tìm thấy nhà hảo tâm nào: hãy nhập nhà hảo tâm mới.');
  });

  it('fulfils a pledge: its donor, its outstanding amount to start with, the pledge named', async () => {
    const p = pledge({ id: 'P1', amount: 10_000_000, fulfilled: 4_000_000, outstanding: 6_000_000, status: 'PARTIAL', anonymous: true });
    const { r, calls } = await render((c) => (c.kind === 'mutation' ? { errors: [apiError('CONFLICT', 'PLEDGE_OVER_FULFILLED', 'req-p')] } : undefined), <DonationForm fund={FUND} pledge={p} onClose={() => undefined} />);
    expect(textOf(byTestId(r, 'pledge-summary'))).toContain('Ngân hàng Agribank Quảng Nam — cam kết 10.000.000 ₫, hạn 31/03/2025');
    expect(textOf(byTestId(r, 'pledge-summary'))).toContain('Đã thực hiện một phần');
    expect(r.root.find((n) => n.props.name === 'amount' && n.type === 'input').props.value).toBe('6.000.000');
    expect(has(r, 'donor')).toBe(false);
    await send(r, 'donation-form');
    expect(inputOf(mutations(calls, 'RecordDonation')[0])).toMatchObject({ pledgeId: 'P1', donorId: 'D9', newDonor: null, amount: 6_000_000, anonymous: true });
    expect(textOf(r)).toContain('Số tiền vượt quá phần cam kết còn lại');
  });
});

describe('disbursement form', () => {
  it('shows FUND_BALANCE_INSUFFICIENT with the figures the API sends (extensions.details), and keeps the key for the corrected amount', async () => {
    let n = 0;
    const insufficient = apiError('CONFLICT', 'FUND_BALANCE_INSUFFICIENT', 'req-b');
    const { r, calls } = await render(
      (c) => {
        if (c.kind !== 'mutation') return undefined;
        n++;
        if (n === 1) return { errors: [{ ...insufficient, extensions: { ...insufficient.extensions, details: { fundId: '7', balance: 30_000_000, amount: 80_000_000, shortfall: 50_000_000 } } }] };
        return { data: { recordDisbursement: posted(tx({ id: 'T5', kind: 'DISBURSEMENT', amount: 20_000_000, category: 'TET_GIFT', beneficiaryKind: 'EVENT', beneficiaryName: 'Quà Tết 2025' }), 10_000_000) } };
      },
      <DisbursementForm fund={FUND} onClose={() => undefined} />,
    );
    expect(r.root.find((x) => x.type === 'select' && x.props.name === 'category').props.value).toBe('TET_GIFT');
    await type(r, 'beneficiaryName', 'Quà Tết 2025 cho hộ nghèo huyện Tây Giang');
    await type(r, 'amount', '80.000.000');
    await send(r, 'disbursement-form');
    await settle();
    expect(byTestId(r, 'submit-error').props['data-reason']).toBe('FUND_BALANCE_INSUFFICIENT');
    expect(textOf(r)).toContain('Số dư quỹ không đủ cho khoản chi này.');
    expect(textOf(byTestId(r, 'balance-insufficient'))).toBe('Số dư hiện tại của quỹ: 30.000.000 ₫. Số tiền cần chi: 80.000.000 ₫. Còn thiếu 50.000.000 ₫.');
    expect(textOf(r)).toContain('req-b');
    // the figures came with the refusal: the balance is not read again
    expect(calls.filter((c) => c.kind === 'query')).toHaveLength(0);
    await type(r, 'amount', '20.000.000');
    await send(r, 'disbursement-form');
    const [refused, recorded] = mutations(calls, 'RecordDisbursement').map(inputOf);
    expect(recorded.idempotencyKey).toBe(refused.idempotencyKey);
    expect(recorded).toMatchObject({ amount: 20_000_000, category: 'TET_GIFT', beneficiaryKind: 'EVENT', beneficiaryName: 'Quà Tết 2025 cho hộ nghèo huyện Tây Giang', householdId: null, override: null });
    expect(textOf(r)).toContain('Đã ghi nhận');
    expect(textOf(byTestId(r, 'recorded-balance'))).toBe('10.000.000 ₫');
  });

  it('picks the household within scope; offers the reviewer override only after BENEFICIARY_NOT_ELIGIBLE, and only to reviewers', async () => {
    const households = { data: { households: { edges: [{ node: { id: 'H1', headName: 'Bhling Thị Hoa', area: { id: 'A9', name: 'Huyện Tây Giang' }, reviews: [{ id: 'R1', year: 2024, class: 'NOT_POOR', effective: true }] } }] } } };
    for (const [permissions, reviewer] of [
      [REVIEWER, true],
      [OFFICER, false],
    ] as const) {
      const { r, calls } = await render(
        (c) => (c.name === 'FundHouseholdPicker' ? households : c.kind === 'mutation' ? (inputOf(c).override ? { data: { recordDisbursement: posted(tx({ id: 'T6', kind: 'DISBURSEMENT', amount: 40_000_000 }), 1) } } : { errors: [apiError('CONFLICT', 'BENEFICIARY_NOT_ELIGIBLE', 'req-e')] }) : undefined),
        <DisbursementForm fund={FUND} onClose={() => undefined} />,
        permissions,
      );
      await select(r, 'category', 'HOUSING_NEW');
      // a house goes to a household
      expect(r.root.find((x) => x.type === 'select' && x.props.name === 'beneficiaryKind').findAllByType('option').map((o) => o.props.value)).toEqual(['HOUSEHOLD']);
      await type(r, 'amount', '40.000.000');
      await send(r, 'disbursement-form');
      expect(textOf(r)).toContain('Bắt buộc');
      expect(has(r, 'override')).toBe(false);
      await type(r, 'householdSearch', 'bhling');
      await settle(350);
      expect(calls.find((c) => c.name === 'FundHouseholdPicker')?.variables).toMatchObject({ filter: { search: 'bhling' }, first: 10 });
      expect(textOf(r)).toContain('Bhling Thị Hoa · Huyện Tây Giang · Không thuộc diện nghèo, cận nghèo (2024)');
      await act(async () => button(r, /Bhling Thị Hoa/).props.onClick());
      await send(r, 'disbursement-form');
      expect(inputOf(mutations(calls, 'RecordDisbursement')[0])).toMatchObject({ beneficiaryKind: 'HOUSEHOLD', householdId: 'H1', override: null, category: 'HOUSING_NEW' });
      expect(textOf(r)).toContain('Hộ không thuộc diện nghèo, cận nghèo hoặc hoàn cảnh đặc biệt khó khăn');
      expect(has(r, 'override')).toBe(reviewer);
      if (!reviewer) {
        expect(textOf(r)).toContain('Chỉ người rà soát (REVIEWER) mới duyệt chi ngoại lệ cho hộ này.');
        continue;
      }
      await type(r, 'justification', 'ngắn');
      await send(r, 'disbursement-form');
      expect(mutations(calls, 'RecordDisbursement')).toHaveLength(1);
      expect(textOf(r)).toContain('Từ 20 đến 1000 ký tự.');
      await type(r, 'justification', 'Nhà bị sập sau bão số 5, cần hỗ trợ khẩn cấp');
      await send(r, 'disbursement-form');
      const [first, second] = mutations(calls, 'RecordDisbursement').map(inputOf);
      expect(second).toMatchObject({ householdId: 'H1', override: { justification: 'Nhà bị sập sau bão số 5, cần hỗ trợ khẩn cấp' } });
      expect(second.idempotencyKey).toBe(first.idempotencyKey);
      expect(textOf(r)).toContain('Đã ghi nhận');
    }
  });
});

describe('pledge, transfer and reversal forms', () => {
  it('records a pledge with its dates (due not before pledged)', async () => {
    const { r, calls } = await render((c) => (c.kind === 'mutation' ? { data: { recordPledge: { replayed: false, pledge: pledge({ id: 'P2' }) } } } : undefined), <PledgeForm fund={FUND} onClose={() => undefined} />);
    await type(r, 'donorName', 'Ngân hàng Agribank Quảng Nam');
    await select(r, 'donorKind', 'ENTERPRISE');
    await type(r, 'taxCode', '4000123456');
    await type(r, 'amount', '10.000.000');
    const due = r.root.find((n) => n.type === 'input' && n.props.name === 'dueOn');
    await act(async () => due.props.onBlur({ target: { value: '01/01/2025' } }));
    await send(r, 'pledge-form');
    expect(textOf(r)).toContain('Hạn thực hiện không được trước ngày cam kết.');
    await act(async () => due.props.onBlur({ target: { value: '31/12/2025' } }));
    await send(r, 'pledge-form');
    expect(inputOf(mutations(calls, 'RecordPledge')[0])).toMatchObject({ fundId: 'F1', amount: 10_000_000, pledgedOn: '2025-06-30', dueOn: '2025-12-31', newDonor: { kind: 'ENTERPRISE', taxCode: '4000123456' } });
    expect(textOf(r)).toContain('Ngân hàng Agribank Quảng Nam — cam kết 10.000.000 ₫, hạn 31/03/2025');
  });

  it('transfers to another fund in scope (not itself)', async () => {
    const other = { ...FUND, id: 'F2', name: 'Quỹ Vì người nghèo huyện Tây Giang', level: 'DISTRICT' as const };
    const { r, calls } = await render(
      (c) => (c.name === 'Funds' ? { data: { funds: { totalCount: 2, ...page([FUND, other]) } } } : c.kind === 'mutation' ? { data: { recordTransfer: { ...posted(tx({ id: 'T7', kind: 'TRANSFER', amount: 5_000_000 }), 25_000_000), transaction: { ...tx({ id: 'T7', kind: 'TRANSFER', amount: 5_000_000 }), counterFund: { id: 'F2', name: other.name, balance: 5_000_000 }, reverses: null } } } } : undefined),
      <TransferForm fund={FUND} onClose={() => undefined} />,
    );
    const options = r.root.find((n) => n.type === 'select' && n.props.name === 'toFundId').findAllByType('option').map((o) => o.props.value);
    expect(options).toEqual(['', 'F2']);
    // channels of a transfer: cash or bank only
    expect(r.root.find((n) => n.type === 'select' && n.props.name === 'channel').findAllByType('option').map((o) => o.props.value)).toEqual(['CASH', 'BANK_TRANSFER']);
    await select(r, 'toFundId', 'F2');
    await type(r, 'amount', '5.000.000');
    await send(r, 'transfer-form');
    expect(inputOf(mutations(calls, 'RecordTransfer')[0])).toMatchObject({ fromFundId: 'F1', toFundId: 'F2', amount: 5_000_000, channel: 'BANK_TRANSFER' });
    expect(inputOf(mutations(calls, 'RecordTransfer')[0])).not.toHaveProperty('valuation');
    expect(textOf(r)).toContain('Đã điều chuyển 5.000.000 ₫ sang Quỹ Vì người nghèo huyện Tây Giang.');
  });

  it('reverses a ledger row with a reason and a date; an already reversed row is refused up front', async () => {
    const original = ROWS[3];
    const { r, calls } = await render(
      (c) => (c.name === 'LedgerTransaction' ? { data: { node: { ...original, household: null } } } : c.kind === 'mutation' ? { data: { reverseTransaction: posted(tx({ id: 'T8', kind: 'REVERSAL', amount: 50_000_000, occurredOn: '2025-01-16', reverses: { id: 'T1', kind: 'DONATION', occurredOn: '2025-01-10' } }), 0) } } : undefined),
      <ReversalForm fund={FUND} transactionId="T1" onClose={() => undefined} />,
    );
    expect(textOf(byTestId(r, 'reversal-original'))).toContain('50.000.000 ₫');
    await send(r, 'reversal-form');
    expect(mutations(calls, 'ReverseTransaction')).toHaveLength(0);
    await type(r, 'reason', 'Ghi trùng biên lai');
    const date = r.root.find((n) => n.type === 'input' && n.props.name === 'occurredOn');
    await act(async () => date.props.onBlur({ target: { value: '09/01/2025' } }));
    await send(r, 'reversal-form');
    expect(textOf(r)).toContain('Không được trước ngày của khoản bị đảo (10/01/2025).');
    await act(async () => date.props.onBlur({ target: { value: '16/01/2025' } }));
    await send(r, 'reversal-form');
    expect(inputOf(mutations(calls, 'ReverseTransaction')[0])).toMatchObject({ transactionId: 'T1', reason: 'Ghi trùng biên lai', occurredOn: '2025-01-16' });
    expect(textOf(r)).toContain('Đã đảo khoản 50.000.000 ₫, ngày 16/01/2025.');

    const reversed = await render((c) => (c.name === 'LedgerTransaction' ? { data: { node: { ...ROWS[2], household: null } } } : undefined), <ReversalForm fund={FUND} transactionId="T2" onClose={() => undefined} />);
    expect(textOf(reversed.r)).toContain('Giao dịch này đã được hủy (bút toán đảo) trước đó.');
    expect(reversed.r.root.findAll((n) => n.type === 'form')).toHaveLength(0);
  });
});
