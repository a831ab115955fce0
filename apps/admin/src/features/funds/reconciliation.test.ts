import { describe, expect, it } from 'vitest';
import { addDays } from '@lnob/domain';
import { UPLOAD_MAX_BYTES } from '../common/files';
import { accountProblems, createFundInput, emptyAccount, fundLevelFor, inputIndexOf, suggestedFundName } from './create-fund';
import {
  daysApart,
  defaultAccount,
  evidenceLabel,
  lineStatusLabel,
  lineStatusOf,
  matchCandidates,
  parsePeriod,
  periodOf,
  problemText,
  rowRuns,
  sharePercent,
  shareFraction,
  statementFileProblem,
} from './reconciliation';

describe('the reconciled share', () => {
  const share = (numerator: number, denominator: number) => ({ numerator, denominator, value: numerator / denominator });

  it.each([
    [share(15, 17), '88,2 %', '88.2%'],
    [share(1, 2), '50,0 %', '50.0%'],
    [share(0, 1), '0 %', '0%'],
    [share(1, 1), '100 %', '100%'],
    // never a false 0 % or 100 %
    [share(1, 5000), '0,1 %', '0.1%'],
    [share(2999, 3000), '99,9 %', '99.9%'],
    [null, '—', '—'],
  ])('%o → %s / %s', (s, vi, en) => {
    expect(sharePercent(s, 'vi')).toBe(vi);
    expect(sharePercent(s, 'en')).toBe(en);
  });

  it('gives the exact fraction too, grouped', () => {
    expect(shareFraction(share(15, 17), 'vi')).toBe('15 / 17');
    expect(shareFraction(share(12_345, 1_000_000), 'vi')).toBe('12.345 / 1.000.000');
    expect(shareFraction(share(12_345, 1_000_000), 'en')).toBe('12,345 / 1,000,000');
  });

  it('reads and writes the period of the summary (a year or a month)', () => {
    expect(periodOf(2025, null)).toBe('2025');
    expect(periodOf(2025, 1)).toBe('2025-01');
    expect(parsePeriod('2025-01', 2024)).toEqual({ year: 2025, month: 1 });
    expect(parsePeriod('2024', 2025)).toEqual({ year: 2024, month: null });
    for (const bad of [null, '', '2025-13', '2025H1', 'x']) expect(parsePeriod(bad, 2025), String(bad)).toEqual({ year: 2025, month: null });
  });
});

describe('statement lines', () => {
  it('reads a status from the URL and names statuses and evidence in both languages', () => {
    expect(lineStatusOf('PROPOSED')).toBe('PROPOSED');
    expect(lineStatusOf('NOPE')).toBeUndefined();
    expect(lineStatusOf(null)).toBeUndefined();
    expect(['UNMATCHED', 'PROPOSED', 'CONFIRMED', 'OUTGOING'].map((s) => lineStatusLabel(s, 'vi'))).toEqual(['Chưa khớp', 'Đề xuất', 'Đã xác nhận', 'Chi ra']);
    expect(lineStatusLabel('CONFIRMED', 'en')).toBe('Confirmed');
    expect(lineStatusLabel('LATER', 'vi')).toBe('LATER');
    expect(['AMOUNT', 'DATE', 'REFERENCE', 'NAME'].map((e) => evidenceLabel(e, 'vi'))).toEqual(['Số tiền', 'Ngày', 'Số tham chiếu', 'Tên người ủng hộ']);
    expect(evidenceLabel('SOMETHING_NEW', 'en')).toBe('SOMETHING_NEW');
  });
});

describe('the statement import', () => {
  it('takes .csv files only, not empty, up to 64 MB', () => {
    expect(statementFileProblem({ name: 'Sao kê 01-2025.CSV', size: 10 })).toBeNull();
    expect(statementFileProblem({ name: 'sao-ke.xlsx', size: 10 })).toBe('wrongType');
    expect(statementFileProblem({ name: 'sao-ke.csv', size: 0 })).toBe('empty');
    expect(statementFileProblem({ name: 'sao-ke.csv', size: UPLOAD_MAX_BYTES + 1 })).toBe('tooLarge');
  });

  it('says a problem in words, or the API’s message for a reason it does not know', () => {
    expect(problemText({ reason: 'INVALID_DATE', message: 'bad date' }, 'vi')).toBe('Ngày không hợp lệ (dd/MM/yyyy).');
    expect(problemText({ reason: 'CREDIT_AND_DEBIT', message: '' }, 'en')).toBe('Both credit and debit on one row.');
    expect(problemText({ reason: 'NEW_REASON', message: 'Something new.' }, 'vi')).toBe('Something new.');
  });

  it('lists skipped rows as runs', () => {
    expect(rowRuns([20, 10, 12, 13, 14, 12])).toBe('10, 12–14, 20');
    expect(rowRuns([7])).toBe('7');
    expect(rowRuns([])).toBe('');
  });

  it('offers the fund’s only account first, else none', () => {
    expect(defaultAccount([{ accountNumber: '3761.0.1049.0001' }])).toBe('3761.0.1049.0001');
    expect(defaultAccount([{ accountNumber: 'a' }, { accountNumber: 'b' }])).toBe('');
    expect(defaultAccount([])).toBe('');
  });
});

describe('the manual match', () => {
  it('moves dates across months and years and counts days apart', () => {
    expect(addDays('2025-01-10', -15)).toBe('2024-12-26');
    expect(addDays('2024-02-20', 15)).toBe('2024-03-06'); // 2024 is a leap year
    expect(daysApart('2025-01-10', '2025-01-13')).toBe(3);
    expect(daysApart('2025-01-13', '2025-01-10')).toBe(3);
  });

  it('offers money in of exactly the line’s amount, not reversed, once, nearest the line’s date first', () => {
    const row = (id: string, kind: string, amount: number, occurredOn: string, reversed = false) => ({ id, kind, amount, occurredOn, reversedBy: reversed ? { id: `R${id}` } : null });
    const rows = [
      row('a', 'DONATION', 5_000_000, '2025-01-20'),
      row('b', 'DONATION', 5_000_000, '2025-01-12'),
      row('c', 'DONATION', 5_000_001, '2025-01-10'), // other amount
      row('d', 'DONATION', 5_000_000, '2025-01-10', true), // reversed
      row('e', 'PLEDGE_FULFILMENT', 5_000_000, '2025-01-08'),
      row('f', 'DISBURSEMENT', 5_000_000, '2025-01-10'), // money out
      row('b', 'DONATION', 5_000_000, '2025-01-12'), // read twice
      row('g', 'DONATION', 5_000_000, '2025-01-08'),
    ];
    const out = matchCandidates(rows, { amount: 5_000_000, occurredOn: '2025-01-10' });
    // equally near: the earlier first, then by id
    expect(out.map((c) => [c.id, c.daysApart])).toEqual([
      ['e', 2],
      ['g', 2],
      ['b', 2],
      ['a', 10],
    ]);
  });
});

describe('opening a fund', () => {
  it('suggests the level and the name from the committee', () => {
    expect(fundLevelFor('PROVINCE')).toBe('PROVINCE');
    expect(fundLevelFor('COMMUNE')).toBe('COMMUNE');
    expect(fundLevelFor('HAMLET')).toBeNull();
    expect(suggestedFundName({ name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam', level: 'PROVINCE', area: { name: 'Tỉnh Quảng Nam' } })).toBe('Quỹ "Vì người nghèo" tỉnh Quảng Nam');
    expect(suggestedFundName({ name: 'Ủy ban MTTQ Việt Nam xã Hàm Giang', level: 'COMMUNE', area: null })).toBe('Quỹ "Vì người nghèo" xã Hàm Giang');
    expect(suggestedFundName({ name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'CENTRAL', area: null })).toBe('Quỹ "Vì người nghèo" Trung ương');
  });

  it('checks the account rows as the API does (by the input’s index), dropping blank rows', () => {
    const rows = [
      emptyAccount(),
      { bankName: 'Kho bạc Nhà nước Đà Nẵng', accountNumber: '3761.0.2048.0001', accountName: 'Quỹ VNN thành phố Đà Nẵng' },
      { bankName: '', accountNumber: '12', accountName: 'x'.repeat(256) },
    ];
    expect(accountProblems(rows)).toEqual({ 'bankAccounts[1].bankName': 'required', 'bankAccounts[1].accountNumber': 'accountNumber', 'bankAccounts[1].accountName': 'accountNameLength' });
    expect(inputIndexOf(rows, 0)).toBeNull();
    expect(inputIndexOf(rows, 2)).toBe(1);
    expect(accountProblems([{ bankName: 'B'.repeat(121), accountNumber: '0041 000', accountName: 'Q' }])).toEqual({ 'bankAccounts[0].bankName': 'bankNameLength', 'bankAccounts[0].accountNumber': 'accountNumber' });
  });

  it('builds the input: trimmed, blank rows dropped, no campaign board as null', () => {
    expect(
      createFundInput({
        committee: { id: 'O9' },
        name: '  Quỹ "Vì người nghèo" thành phố Đà Nẵng ',
        level: 'PROVINCE',
        campaignBoard: null,
        validFrom: '2025-07-01',
        accounts: [emptyAccount(), { bankName: ' Kho bạc ', accountNumber: ' 3761.0.2048.0001 ', accountName: ' Quỹ ' }],
      }),
    ).toEqual({
      organizationId: 'O9',
      name: 'Quỹ "Vì người nghèo" thành phố Đà Nẵng',
      level: 'PROVINCE',
      campaignBoardId: null,
      validFrom: '2025-07-01',
      bankAccounts: [{ bankName: 'Kho bạc', accountNumber: '3761.0.2048.0001', accountName: 'Quỹ' }],
    });
  });
});
