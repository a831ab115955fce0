import type { ReactElement, ReactNode } from 'react';
import { act, type ReactTestRenderer } from 'react-test-renderer';
import { describe, expect, it } from 'vitest';
import { SessionContext, type SessionApi } from '../../app/session';
import { apiError, mockClient, type Call, type MockAnswer } from '../../testing/mock-client';
import { button, html, mount, settle, textOf, type, Wrap } from '../../testing/render';
import type { UploadAnswer } from '../imports/upload';
import { CreateFundForm } from './CreateFundForm';
import { FundList } from './FundList';
import { FundView } from './FundView';
import type { StatementLineRowFragment } from './operations';
import { ReconciliationTab } from './ReconciliationTab';
import { FUND, page } from './test-data';

const session = (permissions: string[]): SessionApi => ({
  viewer: { user: { id: 'u1', username: 'quangnam.officer', displayName: 'Nguyễn Văn Minh' }, permissions, expiresAt: '2099-01-01T00:00:00.000Z' },
  can: (a) => permissions.includes(a),
  logout: () => undefined,
});
const OFFICER = ['organization.read', 'household.read', 'data.capture'];
const VIEWER = ['organization.read', 'household.read'];
const ADMIN = ['organization.read', 'organization.write', 'household.read', 'data.capture'];
const As = (p: { permissions: string[]; children: ReactNode }) => <SessionContext.Provider value={session(p.permissions)}>{p.children}</SessionContext.Provider>;

const ACCOUNT = { bankName: 'Kho bạc Nhà nước Quảng Nam', accountNumber: '3761.0.1049.0001', accountName: 'Quỹ VNN tỉnh Quảng Nam' };
const HEADER_FUND = { ...FUND, campaignBoard: null, bankAccounts: [ACCOUNT] };

const donation = (x: Partial<NonNullable<StatementLineRowFragment['transaction']>> = {}) => ({
  __typename: 'LedgerTransaction' as const,
  id: 'T1',
  kind: 'DONATION' as const,
  occurredOn: '2025-01-15',
  amount: 12_345_678,
  reference: 'FT25010001',
  receiptNumber: null,
  anonymous: false,
  donor: { id: 'D1', name: 'Công ty TNHH Ánh Dương', kind: 'ENTERPRISE' as const },
  reversedBy: null,
  ...x,
});
const line = (x: Partial<StatementLineRowFragment> & Pick<StatementLineRowFragment, 'id' | 'row' | 'status'>): StatementLineRowFragment => ({
  occurredOn: '2025-01-15',
  amount: 12_345_678,
  description: 'CT TNHH ANH DUONG UNG HO QUY VI NGUOI NGHEO',
  reference: null,
  score: null,
  evidence: [],
  transaction: null,
  ...x,
});
const LINES = [
  line({ id: 'L4', row: 4, status: 'PROPOSED', reference: 'FT25010001', score: 120, evidence: ['AMOUNT', 'DATE', 'REFERENCE'], transaction: donation() }),
  line({ id: 'L5', row: 5, status: 'UNMATCHED', amount: 3_210_987, occurredOn: '2025-01-16', description: 'KHONG RO NGUOI GUI' }),
  line({ id: 'L6', row: 6, status: 'CONFIRMED', amount: 5_000_000, transaction: donation({ id: 'T2', amount: 5_000_000, reference: null, receiptNumber: 'BL-07', anonymous: true }) }),
  line({ id: 'L7', row: 7, status: 'OUTGOING', amount: -1_000_000, description: 'RUT TIEN CHI QUA TET' }),
];
const STATEMENT = { __typename: 'BankStatement', id: 'S1', fileName: 'sao-ke-01-2025.csv', accountNumber: ACCOUNT.accountNumber, lineCount: 4, fromDate: '2025-01-15', toDate: '2025-01-16', importedAt: '2025-01-20T03:00:00.000Z', importedBy: 'Nguyễn Văn Minh' };
const statements = (list = [STATEMENT]): MockAnswer => ({ data: { bankStatements: { totalCount: list.length, ...page(list.map((s) => ({ ...s, proposed: { totalCount: 1 }, unmatched: { totalCount: 1 } }))) } } });
const recon = (matched = 15_000_000, share: unknown = { numerator: 15, denominator: 17, value: 15 / 17 }): MockAnswer => ({
  data: { reconciliation: { from: '2025-01-01', to: '2025-01-31', amountIn: 17_000_000, matched, share, unmatchedLines: 2, unmatchedLinesAmount: 15_556_665, unmatchedDonations: 1, unmatchedDonationsAmount: 2_000_000 } },
});

function respond(extra: (c: Call) => MockAnswer | undefined = () => undefined) {
  return (c: Call): MockAnswer | undefined =>
    extra(c) ??
    (c.name === 'FundStatements'
      ? statements()
      : c.name === 'FundStatementLines'
        ? { data: { statementLines: { totalCount: LINES.length, ...page(LINES) } } }
        : c.name === 'FundReconciliation'
          ? recon()
          : c.name === 'FundHeader'
            ? { data: { fund: HEADER_FUND } }
            : undefined);
}

async function render(element: ReactElement, answer: (c: Call) => MockAnswer | undefined, opts: { permissions?: string[]; hash?: string } = {}) {
  const { client, calls } = mockClient(answer);
  const r = await mount(
    <Wrap client={client} hash={opts.hash ?? '#/funds/F1?tab=reconciliation&period=2025-01'}>
      <As permissions={opts.permissions ?? OFFICER}>{element}</As>
    </Wrap>,
  );
  return { r, calls };
}
const byTestId = (r: ReactTestRenderer, id: string) => r.root.find((n) => n.props['data-testid'] === id);
const allByTestId = (r: ReactTestRenderer, id: string) => r.root.findAll((n) => n.props['data-testid'] === id && typeof n.type === 'string');
const rowOf = (r: ReactTestRenderer, id: string) => r.root.find((n) => n.type === 'tr' && n.props['data-id'] === id);
const mutations = (calls: Call[], name: string) => calls.filter((c) => c.kind === 'mutation' && c.name === name);
async function chooseFile(r: ReactTestRenderer, file: File) {
  const input = r.root.find((n) => n.type === 'input' && n.props.name === 'statementFile');
  await act(async () => input.props.onChange({ target: { files: [file] } }));
}
const csv = (name = 'sao-ke-01-2025.csv') => new File(['Ngày GD;Số tiền;Nội dung;Số tham chiếu\r\n15/01/2025;12.345.678;UNG HO;FT25010001\r\n'], name, { type: 'text/csv' });

describe('reconciliation summary', () => {
  it('gives money in, matched, the share as a percentage and as the exact fraction, and the unmatched on both sides', async () => {
    const { r, calls } = await render(<ReconciliationTab fund={HEADER_FUND} />, respond());
    expect(calls.find((c) => c.name === 'FundReconciliation')?.variables).toEqual({ fundId: 'F1', period: '2025-01' });
    expect(textOf(byTestId(r, 'recon-amount-in'))).toBe('17.000.000 ₫');
    expect(textOf(byTestId(r, 'recon-matched'))).toBe('15.000.000 ₫');
    expect(textOf(byTestId(r, 'recon-share-percent'))).toBe('88,2 %');
    expect(textOf(byTestId(r, 'recon-share-fraction'))).toBe('15 / 17 = 15.000.000 ₫ / 17.000.000 ₫');
    expect(byTestId(r, 'recon-share').props['data-numerator']).toBe(15);
    expect(textOf(byTestId(r, 'recon-unmatched-lines'))).toBe('Dòng sao kê chưa khớp215.556.665 ₫');
    expect(textOf(byTestId(r, 'recon-unmatched-donations'))).toBe('Khoản ủng hộ chưa khớp12.000.000 ₫');
    expect(textOf(r)).toContain('01/01/2025 – 31/01/2025');
  });

  it('defaults to the fund’s year; says when nothing came in; shows errors with their request id', () => {
    const year = mockClient(respond((c) => (c.name === 'FundReconciliation' ? recon(0, null) : undefined)));
    const out = html(year.client, <ReconciliationTab fund={HEADER_FUND} />, { hash: '#/funds/F1?tab=reconciliation' });
    // a fund closed on 30/06/2025 opens on 2025
    expect(year.calls.find((c) => c.name === 'FundReconciliation')?.variables).toEqual({ fundId: 'F1', period: '2025' });
    expect(out).toContain('Không có khoản ủng hộ nào trong kỳ.');
    expect(out).toContain('data-testid="recon-share-percent">—<');
    const failed = html(mockClient((c) => (c.name === 'FundReconciliation' ? { errors: [apiError('FORBIDDEN', 'PERMISSION_DENIED', 'req-r')] } : respond()(c))).client, <ReconciliationTab fund={HEADER_FUND} />);
    expect(failed).toContain('req-r');
  });
});

describe('statement import', () => {
  it('checks the file, uploads it with the session token, imports it for the account chosen, and reports lines read, problems by row and skipped rows', async () => {
    const uploads: { name: string; token: string | null }[] = [];
    const upload = async (file: File, token: string | null): Promise<UploadAnswer> => {
      uploads.push({ name: file.name, token });
      return { ok: true, upload: { uploadId: 'up-1', fileName: file.name, size: file.size, sha256: 'ab' } };
    };
    const { r, calls } = await render(
      <ReconciliationTab fund={HEADER_FUND} upload={upload} getToken={() => 'tok'} />,
      respond((c) =>
        c.name === 'ImportBankStatement'
          ? {
              data: {
                importBankStatement: {
                  statement: STATEMENT,
                  problems: [
                    { row: 9, column: 'Ngày GD', reason: 'INVALID_DATE', message: 'not a date' },
                    { row: 11, column: null, reason: 'SOMETHING_NEW', message: 'A reason newer than the app.' },
                  ],
                  skippedRows: [10, 12, 13],
                },
              },
            }
          : undefined,
      ),
    );
    // the only account of the fund is chosen already
    expect(r.root.find((n) => n.type === 'select' && n.props.name === 'accountNumber').props.value).toBe('3761.0.1049.0001');
    expect(byTestId(r, 'statement-import-submit').props.disabled).toBe(true);
    await chooseFile(r, csv('sao-ke.xlsx'));
    expect(textOf(r)).toContain('Chỉ nhận tệp .csv: hãy xuất sao kê dưới dạng CSV.');
    expect(byTestId(r, 'statement-import-submit').props.disabled).toBe(true);
    await chooseFile(r, csv());
    expect(textOf(byTestId(r, 'statement-chosen'))).toBe('Đã chọn: sao-ke-01-2025.csv (1 KB)');
    await act(async () => byTestId(r, 'statement-import-submit').props.onClick());
    await settle();
    expect(uploads).toEqual([{ name: 'sao-ke-01-2025.csv', token: 'tok' }]);
    expect(mutations(calls, 'ImportBankStatement')[0].variables).toEqual({ input: { fundId: 'F1', uploadId: 'up-1', accountNumber: '3761.0.1049.0001' } });
    const result = byTestId(r, 'import-result');
    expect(result.props['data-lines']).toBe(4);
    expect(textOf(r)).toContain('Đã nhập sao kê sao-ke-01-2025.csv');
    expect(textOf(result)).toContain('Đọc được 4 dòng giao dịch, từ 15/01/2025 đến 16/01/2025.');
    expect(textOf(result)).toContain('2 dòng không đọc được (không được nhập):');
    expect(textOf(rowOfProblem(r, 9))).toBe('9Ngày GDNgày không hợp lệ (dd/MM/yyyy).');
    expect(textOf(rowOfProblem(r, 11))).toBe('11—A reason newer than the app.');
    expect(textOf(byTestId(r, 'import-skipped'))).toBe('Bỏ qua các dòng không phải giao dịch (tổng cộng, số dư, ghi chú): 10, 12–13.');
  });

  it('says clearly when the file was already imported, and when the upload fails', async () => {
    let refused = true;
    const upload = async (): Promise<UploadAnswer> =>
      refused ? { ok: true, upload: { uploadId: 'up-2', fileName: 'x.csv', size: 1, sha256: '' } } : { ok: false, error: { code: null, reason: null, requestId: null, fieldErrors: [], message: 'Failed to fetch', network: true } };
    const { r } = await render(
      <ReconciliationTab fund={{ ...HEADER_FUND, bankAccounts: [ACCOUNT, { ...ACCOUNT, accountNumber: '0041000123456', bankName: 'Vietcombank Quảng Nam' }] }} upload={upload} getToken={() => null} />,
      respond((c) => (c.name === 'ImportBankStatement' ? { errors: [apiError('CONFLICT', 'STATEMENT_ALREADY_IMPORTED', 'req-dup')] } : undefined)),
    );
    // two accounts: the officer chooses
    expect(r.root.find((n) => n.type === 'select' && n.props.name === 'accountNumber').props.value).toBe('');
    await chooseFile(r, csv());
    await act(async () => byTestId(r, 'statement-import-submit').props.onClick());
    await settle();
    expect(byTestId(r, 'import-error').props['data-reason']).toBe('STATEMENT_ALREADY_IMPORTED');
    expect(textOf(byTestId(r, 'import-error'))).toContain('Sao kê này đã được nhập cho quỹ.');
    expect(textOf(byTestId(r, 'import-error'))).toContain('Tệp này giống hệt một sao kê đã nhập cho quỹ nên không được nhập lại.');
    expect(textOf(byTestId(r, 'import-error'))).toContain('req-dup');
    refused = false;
    await act(async () => byTestId(r, 'statement-import-submit').props.onClick());
    await settle();
    expect(byTestId(r, 'import-error').props['data-reason']).toBe('NETWORK');
    expect(textOf(r)).toContain('Không kết nối được máy chủ.');
  });

  it('is not offered to viewers', () => {
    const out = html(mockClient(respond()).client, <As permissions={VIEWER}><ReconciliationTab fund={HEADER_FUND} /></As>, { hash: '#/funds/F1?tab=reconciliation' });
    expect(out).not.toContain('data-testid="statement-import"');
    expect(out).toContain('sao-ke-01-2025.csv');
    expect(out).not.toContain('data-testid="line-confirm"');
  });
});

const rowOfProblem = (r: ReactTestRenderer, row: number) => r.root.find((n) => n.type === 'tr' && n.props['data-row'] === row);

describe('statement lines', () => {
  it('lists the statements with what is left to review, and the lines of the one chosen, filtered by status', async () => {
    const { r, calls } = await render(<ReconciliationTab fund={HEADER_FUND} />, respond(), { hash: '#/funds/F1?tab=reconciliation&statement=S1&status=PROPOSED' });
    expect(calls.find((c) => c.name === 'FundStatementLines')?.variables).toEqual({ fundId: 'F1', statementId: 'S1', status: 'PROPOSED', first: 50, after: null });
    expect(textOf(rowOf(r, 'S1'))).toContain('1 đề xuất · 1 chưa khớp');
    expect(textOf(byTestId(r, 'lines-statement'))).toBe('sao-ke-01-2025.csv');
    expect(r.root.find((n) => n.type === 'select' && n.props.name === 'lineStatus').findAllByType('option').map((o) => textOf(o))).toEqual(['Tất cả', 'Chưa khớp', 'Đề xuất', 'Đã xác nhận', 'Chi ra']);
  });

  it('shows each proposal with its donation, evidence and score, and the actions each status allows', async () => {
    const { r } = await render(<ReconciliationTab fund={HEADER_FUND} />, respond());
    const proposed = rowOf(r, 'L4');
    expect(textOf(proposed)).toContain('15/01/2025 · Công ty TNHH Ánh Dương · 12.345.678 ₫');
    expect(textOf(proposed)).toContain('FT25010001');
    expect(proposed.findAll((n) => n.props['data-evidence'] !== undefined).map((n) => n.props['data-evidence'])).toEqual(['AMOUNT', 'DATE', 'REFERENCE']);
    expect(textOf(proposed)).toContain('Số tiềnNgàySố tham chiếuĐiểm 120');
    const actions = (id: string) => rowOf(r, id).findAll((n) => n.type === 'button').map((b) => textOf(b));
    expect(actions('L4')).toEqual(['Xác nhận', 'Từ chối']);
    expect(actions('L5')).toEqual(['Khớp thủ công']);
    expect(actions('L6')).toEqual(['Bỏ khớp']);
    expect(actions('L7')).toEqual([]);
    expect(textOf(rowOf(r, 'L6'))).toContain('Ẩn danh');
    expect(textOf(rowOf(r, 'L6'))).toContain('BL-07');
    // no evidence for a confirmed match
    expect(rowOf(r, 'L6').findAll((n) => n.props['data-evidence'] !== undefined)).toHaveLength(0);
    expect(textOf(rowOf(r, 'L7'))).toContain('-1.000.000 ₫');
  });

  it('confirms, rejects and undoes a line, says what it became, and shows a refusal in its row', async () => {
    const { r, calls } = await render(
      <ReconciliationTab fund={HEADER_FUND} />,
      respond((c) => {
        if (c.name === 'ConfirmStatementMatch') return { data: { confirmStatementMatch: { line: { ...LINES[0], status: 'CONFIRMED' } } } };
        if (c.name === 'RejectStatementMatch') return { errors: [apiError('CONFLICT', 'ALREADY_MATCHED', 'req-m')] };
        if (c.name === 'UnmatchStatementLine') return { data: { unmatchStatementLine: { line: { ...LINES[2], status: 'PROPOSED', transaction: donation({ id: 'T2' }), evidence: ['AMOUNT'] } } } };
        return undefined;
      }),
    );
    await act(async () => button(r, 'Xác nhận').props.onClick());
    await settle();
    expect(mutations(calls, 'ConfirmStatementMatch')[0].variables).toEqual({ input: { lineId: 'L4' } });
    expect(byTestId(r, 'line-result').props['data-status']).toBe('CONFIRMED');
    expect(textOf(byTestId(r, 'line-result'))).toBe('Dòng 4: Đã xác nhận.');
    await act(async () => button(r, 'Từ chối').props.onClick());
    await settle();
    expect(mutations(calls, 'RejectStatementMatch')[0].variables).toEqual({ input: { lineId: 'L4' } });
    expect(textOf(rowOf(r, 'L4'))).toContain('Dòng sao kê hoặc khoản ủng hộ này đã được đối chiếu với khoản khác.');
    expect(textOf(rowOf(r, 'L4'))).toContain('req-m');
    expect(allByTestId(r, 'line-result')).toHaveLength(0);
    await act(async () => button(r, 'Bỏ khớp').props.onClick());
    await settle();
    expect(mutations(calls, 'UnmatchStatementLine')[0].variables).toEqual({ input: { lineId: 'L6' } });
    expect(textOf(byTestId(r, 'line-result'))).toBe('Dòng 6: Đề xuất.');
  });

  it('warns when a proposed donation has been reversed since, and offers only to reject it', async () => {
    const reversed = line({ id: 'L8', row: 8, status: 'PROPOSED', evidence: ['AMOUNT'], score: 65, transaction: donation({ id: 'T8', reversedBy: { __typename: 'LedgerTransaction', id: 'T9', occurredOn: '2025-01-17' } as never }) });
    const { r } = await render(<ReconciliationTab fund={HEADER_FUND} />, respond((c) => (c.name === 'FundStatementLines' ? { data: { statementLines: { totalCount: 1, ...page([reversed]) } } } : undefined)));
    expect(textOf(rowOf(r, 'L8'))).toContain('Khoản ủng hộ này đã bị đảo: không khớp dòng sao kê với khoản này.');
    // no confirmation of a reversed donation: reject only
    expect(rowOf(r, 'L8').findAll((n) => n.type === 'button').map((b) => textOf(b))).toEqual(['Từ chối']);
  });

  it('matches an unmatched line by hand: donations and fulfilments of its amount around its date, nearest first', async () => {
    const candidate = (id: string, kind: string, amount: number, occurredOn: string, reversed = false) => ({
      __typename: 'LedgerTransaction',
      id,
      kind,
      amount,
      occurredOn,
      reference: null,
      receiptNumber: `BL-${id}`,
      anonymous: false,
      donor: { id: `D-${id}`, name: `Nhà hảo tâm ${id}`, kind: 'INDIVIDUAL' },
      reversedBy: reversed ? { id: 'R', occurredOn } : null,
    });
    const { r, calls } = await render(
      <ReconciliationTab fund={HEADER_FUND} />,
      respond((c) => {
        if (c.name === 'MatchCandidates') {
          const kind = (c.variables.filter as { kind: string }).kind;
          if (kind === 'DONATION' && !c.variables.after) return { data: { ledger: page([candidate('T20', 'DONATION', 3_210_987, '2025-01-20'), candidate('T21', 'DONATION', 9_999, '2025-01-16')], true, 'cur-2') } };
          if (kind === 'DONATION') return { data: { ledger: page([candidate('T22', 'DONATION', 3_210_987, '2025-01-16', true)]) } };
          return { data: { ledger: page([candidate('T23', 'PLEDGE_FULFILMENT', 3_210_987, '2025-01-15')]) } };
        }
        if (c.name === 'MatchStatementLine') return { data: { matchStatementLine: { line: { ...LINES[1], status: 'CONFIRMED', transaction: donation({ id: 'T23', amount: 3_210_987 }) } } } };
        return undefined;
      }),
    );
    await act(async () => button(r, 'Khớp thủ công').props.onClick());
    await settle();
    const asked = calls.filter((c) => c.name === 'MatchCandidates').map((c) => c.variables);
    expect(asked).toEqual([
      { fundId: 'F1', filter: { kind: 'DONATION', from: '2025-01-01', to: '2025-01-31' }, first: 100, after: null },
      { fundId: 'F1', filter: { kind: 'DONATION', from: '2025-01-01', to: '2025-01-31' }, first: 100, after: 'cur-2' },
      { fundId: 'F1', filter: { kind: 'PLEDGE_FULFILMENT', from: '2025-01-01', to: '2025-01-31' }, first: 100, after: null },
    ]);
    const dialog = byTestId(r, 'match-dialog');
    expect(textOf(dialog)).toContain('Chọn trong sổ quỹ khoản ủng hộ cùng số tiền 3.210.987 ₫');
    // same amount, not reversed: T23 (a day apart), T20 (4 days)
    expect(dialog.findAll((n) => n.type === 'tr' && n.props['data-id']).map((n) => n.props['data-id'])).toEqual(['T23', 'T20']);
    expect(textOf(dialog)).toContain('lệch 1 ngày');
    await act(async () => dialog.findAll((n) => n.type === 'button' && textOf(n) === 'Chọn')[0].props.onClick());
    await settle();
    expect(mutations(calls, 'MatchStatementLine')[0].variables).toEqual({ input: { lineId: 'L5', transactionId: 'T23' } });
    expect(allByTestId(r, 'match-dialog')).toHaveLength(0);
    expect(textOf(byTestId(r, 'line-result'))).toBe('Dòng 5: Đã xác nhận.');
  });

  it('says when no donation of the amount is found, with a way to record it', async () => {
    const { r } = await render(<ReconciliationTab fund={HEADER_FUND} />, respond((c) => (c.name === 'MatchCandidates' ? { data: { ledger: page([]) } } : undefined)));
    await act(async () => button(r, 'Khớp thủ công').props.onClick());
    await settle();
    expect(textOf(byTestId(r, 'no-candidates'))).toContain('Không có khoản ủng hộ nào cùng số tiền trong khoảng ngày này');
    expect(byTestId(r, 'record-donation').props.href).toContain('form=donation');
  });
});

describe('the reconciliation tab of the fund view', () => {
  it('is a tab of the fund, in Vietnamese and English', () => {
    const vi = html(mockClient(respond()).client, <As permissions={OFFICER}><FundView id="F1" /></As>, { hash: '#/funds/F1?tab=reconciliation' });
    expect(vi).toContain('Đối chiếu sao kê');
    expect(vi).toContain('data-testid="reconciliation"');
    expect(vi).toMatch(/aria-selected="true"[^>]*>Đối chiếu sao kê</);
    const en = html(mockClient(respond()).client, <As permissions={OFFICER}><FundView id="F1" /></As>, { hash: '#/funds/F1?tab=reconciliation', locale: 'en' });
    expect(en).not.toMatch(/(recon|funds)\.[a-zA-Z.]+/);
    expect(en).toContain('Bank reconciliation');
    expect(en).toContain('Share matched');
    expect(en).toContain('Proposed');
  });
});

describe('opening a fund', () => {
  it('is offered in the funds list only to users holding organization.write', () => {
    const list = () => ({ data: { funds: { totalCount: 0, ...page([]) } } });
    expect(html(mockClient(list).client, <As permissions={ADMIN}><FundList /></As>, { hash: '#/funds' })).toContain('Mở quỹ mới');
    expect(html(mockClient(list).client, <As permissions={OFFICER}><FundList /></As>, { hash: '#/funds' })).not.toContain('Mở quỹ mới');
    expect(html(mockClient(list).client, <As permissions={ADMIN}><FundList /></As>, { hash: '#/funds?form=create' })).toContain('data-testid="create-fund-form"');
    expect(html(mockClient(list).client, <As permissions={OFFICER}><FundList /></As>, { hash: '#/funds?form=create' })).not.toContain('data-testid="create-fund-form"');
  });

  it('picks a VFF committee, suggests level and name, takes bank accounts, maps the API’s field errors and opens the new fund', async () => {
    const created: string[] = [];
    let answer: MockAnswer = { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', requestId: 'req-f', fieldErrors: [{ path: 'input.bankAccounts[0].accountNumber', message: '4–32 letters or digits' }] } }] };
    const committee = { __typename: 'Organization', id: 'O9', name: 'Ủy ban MTTQ Việt Nam thành phố Đà Nẵng', level: 'PROVINCE', validFrom: '2025-07-01', validTo: null, area: { __typename: 'Area', id: 'A9', name: 'Thành phố Đà Nẵng' } };
    const { r, calls } = await render(<CreateFundForm onClose={() => undefined} onCreated={(id) => created.push(id)} />, (c) =>
      c.name === 'CommitteePicker' ? { data: { organizations: page([committee]) } } : c.name === 'CreateFund' ? answer : undefined,
    );
    // nothing chosen: the form's own checks, nothing sent
    await act(async () => byTestId(r, 'create-fund-form').props.onSubmit({ preventDefault() {} }));
    expect(mutations(calls, 'CreateFund')).toHaveLength(0);
    expect(textOf(r)).toContain('Bắt buộc');
    await type(r, 'committeeSearch', 'da nang');
    await settle(300);
    expect(calls.find((c) => c.name === 'CommitteePicker')?.variables).toEqual({ search: 'da nang', first: 10 });
    await act(async () => button(r, /^Ủy ban MTTQ Việt Nam thành phố Đà Nẵng/).props.onClick());
    expect(r.root.find((n) => n.type === 'input' && n.props.name === 'name').props.value).toBe('Quỹ "Vì người nghèo" thành phố Đà Nẵng');
    expect(r.root.find((n) => n.type === 'select' && n.props.name === 'level').props.value).toBe('PROVINCE');
    // two account rows, the first left blank, the second with a bad number
    await act(async () => button(r, 'Thêm tài khoản').props.onClick());
    expect(allByTestId(r, 'account-row')).toHaveLength(2);
    await type(r, 'bankName-1', 'Kho bạc Nhà nước khu vực XIII');
    await type(r, 'accountNumber-1', '12');
    await type(r, 'accountName-1', 'Quỹ Vì người nghèo thành phố Đà Nẵng');
    await act(async () => byTestId(r, 'create-fund-form').props.onSubmit({ preventDefault() {} }));
    expect(mutations(calls, 'CreateFund')).toHaveLength(0);
    expect(textOf(r)).toContain('4–32 chữ số, chữ cái, dấu chấm hoặc gạch ngang.');
    await type(r, 'accountNumber-1', '3761.0.2048.0001');
    await act(async () => byTestId(r, 'create-fund-form').props.onSubmit({ preventDefault() {} }));
    await settle();
    const input = mutations(calls, 'CreateFund')[0].variables.input as Record<string, unknown>;
    expect(input).toMatchObject({ organizationId: 'O9', name: 'Quỹ "Vì người nghèo" thành phố Đà Nẵng', level: 'PROVINCE', campaignBoardId: null, bankAccounts: [{ bankName: 'Kho bạc Nhà nước khu vực XIII', accountNumber: '3761.0.2048.0001', accountName: 'Quỹ Vì người nghèo thành phố Đà Nẵng' }] });
    // the API's error for the first account of the input is shown by the row it came from (the second)
    const second = allByTestId(r, 'account-row')[1];
    expect(textOf(second)).toContain('4–32 letters or digits');
    expect(textOf(r)).toContain('req-f');
    // remove the blank row; the API accepts
    await act(async () => r.root.findAll((n) => n.type === 'button' && textOf(n) === 'Bỏ tài khoản 1')[0].props.onClick());
    expect(allByTestId(r, 'account-row')).toHaveLength(1);
    answer = { data: { createFund: { fund: { ...FUND, id: 'F9', campaignBoard: null, bankAccounts: [] } } } };
    await act(async () => byTestId(r, 'create-fund-form').props.onSubmit({ preventDefault() {} }));
    await settle();
    expect(created).toEqual(['F9']);
  });
});
