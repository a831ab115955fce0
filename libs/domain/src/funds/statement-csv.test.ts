import { describe, expect, it } from 'vitest';
import { normaliseHeader, parseBankStatementCsv, STATEMENT_MAX_ROWS } from './statement-csv';

const brief = (text: string) => {
  const r = parseBankStatementCsv(text);
  return r.lines.map((l) => [l.row, l.date, l.amount, l.description, l.reference]);
};

describe('normaliseHeader', () => {
  it.each<[string, string[]]>([
    ['Ngày giao dịch', ['ngay giao dich']],
    ['  SỐ TIỀN (VND) ', ['so tien']],
    ['Số tiền VNĐ', ['so tien']],
    ['Ngày GD/TNX Date', ['ngay gd tnx date', 'ngay gd', 'tnx date']],
    ['Số tiền ghi có/Credit', ['so tien ghi co credit', 'so tien ghi co', 'credit']],
    ['Nợ/Có', ['no co', 'ghi no', 'ghi co']],
    ['Nợ', ['ghi no']],
    ['No.', ['no']],
    ['', []],
  ])('%j → %j', (header, forms) => {
    expect(normaliseHeader(header)).toEqual(forms);
  });
});

describe('parseBankStatementCsv: layouts', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'Vietnamese, semicolon, signed amount, BOM, CRLF',
      '\uFEFFNgày giao dịch;Số tiền;Nội dung;Số tham chiếu\r\n17/10/2024;+500.000;NGUYEN VAN A ung ho quy VNN;FT24291001\r\n18/10/2024;-60.000.000;Chi xay nha DDK;FT24292002\r\n',
      [[2, '2024-10-17', 500_000, 'NGUYEN VAN A ung ho quy VNN', 'FT24291001'], [3, '2024-10-18', -60_000_000, 'Chi xay nha DDK', 'FT24292002']],
    ],
    [
      'English, comma, quoted amounts with commas, time in date',
      'Date,Amount,Description,Reference\n"17/10/2024 08:15:00","1,234,567","Donation, Vinamilk",REF1\n',
      [[2, '2024-10-17', 1_234_567, 'Donation, Vinamilk', 'REF1']],
    ],
    [
      'credit and debit columns, short headers',
      'Ngày GD,Ghi nợ,Ghi có,Diễn giải,Mã GD\n17/10/2024,,500000,Ung ho,A1\n18/10/2024,"20,000",0,Phi SMS,A2\n19/10/2024,0,0,Dieu chinh,A3\n',
      [[2, '2024-10-17', 500_000, 'Ung ho', 'A1'], [3, '2024-10-18', -20_000, 'Phi SMS', 'A2'], [4, '2024-10-19', 0, 'Dieu chinh', 'A3']],
    ],
    [
      'English credit/debit, tab separated, no reference',
      'Transaction date\tDebit\tCredit\tTransaction details\n17/10/2024\t\t500000 VND\tgift\n',
      [[2, '2024-10-17', 500_000, 'gift', null]],
    ],
    [
      'bank title lines before a bilingual header',
      'NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM\nSAO KÊ TÀI KHOẢN;0071000123456\n\nSTT;Ngày GD/TNX Date;Số tiền ghi nợ/Debit;Số tiền ghi có/Credit;Nội dung chi tiết/Details\n1;17/10/2024;;1.000.000;MTTQ xa ung ho\n',
      [[5, '2024-10-17', 1_000_000, 'MTTQ xa ung ho', null]],
    ],
    [
      'bare Nợ and Có columns',
      'Ngày,Nợ,Có,Nội dung\n17/10/2024,,500.000,ung ho\n',
      [[2, '2024-10-17', 500_000, 'ung ho', null]],
    ],
    [
      'an English "No." column is a row number, not a debit',
      'No.,Date,Amount,Description\n1,17/10/2024,-20000,fee\n',
      [[2, '2024-10-17', -20_000, 'fee', null]],
    ],
    [
      'amount with a direction column',
      'Ngày,Số tiền,Nợ/Có,Nội dung\n17/10/2024,500.000,C,ung ho\n17/10/2024,"20.000",D,phi\n17/10/2024,1,Có,x\n',
      [[2, '2024-10-17', 500_000, 'ung ho', null], [3, '2024-10-17', -20_000, 'phi', null], [4, '2024-10-17', 1, 'x', null]],
    ],
    [
      'multi-line description in quotes, spaces collapsed; totals, notes and blank rows skipped',
      'Ngày giao dịch;Số tiền;Nội dung\n17/10/2024;500000;"ung ho\nquy   VNN"\n\n;;\nTổng cộng;500000;\nNgười lập biểu;;\n',
      [[2, '2024-10-17', 500_000, 'ung ho quy VNN', null]],
    ],
  ])('%s', (_name, text, lines) => {
    const r = parseBankStatementCsv(text);
    expect(r.problems).toEqual([]);
    expect(brief(text)).toEqual(lines);
  });

  it('prefers the transaction date to the posting date, and lists skipped rows', () => {
    const r = parseBankStatementCsv('Ngày hạch toán,Ngày giao dịch,Số tiền\n20/10/2024,17/10/2024,5\nTổng cộng,,5\nSố dư cuối kỳ,,5\n');
    expect(r.layout?.columns.date).toEqual({ index: 1, header: 'Ngày giao dịch' });
    expect(r.lines.map((l) => l.date)).toEqual(['2024-10-17']);
    expect(r.skippedRows).toEqual([3, 4]);
    expect(r.layout?.separator).toBe(',');
    expect(r.layout?.headerRow).toBe(1);
  });
});

describe('parseBankStatementCsv: problems, all of them, with row, column and reason', () => {
  it('reports every bad cell and keeps the good rows', () => {
    const r = parseBankStatementCsv(
      [
        'Ngày giao dịch;Số tiền;Nội dung;Số tham chiếu',
        '17/10/2024;500.000;ok;R1',
        '31/02/2024;500.000;bad date;R2',
        '17/10/2024;500,5;fraction;R3',
        ';abc;no date, bad amount;R4',
        '18/10/2024;;no amount;R5',
        `18/10/2024;1;long ref;${'R'.repeat(65)}`,
        '18/10/2024;99999999999999999;too big;R7',
      ].join('\n'),
    );
    expect(r.lines.map((l) => l.reference)).toEqual(['R1']);
    expect(r.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [3, 'Ngày giao dịch', 'INVALID_DATE'],
      [4, 'Số tiền', 'FRACTIONAL_AMOUNT'],
      [5, 'Ngày giao dịch', 'MISSING_VALUE'],
      [5, 'Số tiền', 'INVALID_AMOUNT'],
      [6, 'Số tiền', 'MISSING_VALUE'],
      [7, 'Số tham chiếu', 'TEXT_TOO_LONG'],
      [8, 'Số tiền', 'AMOUNT_OUT_OF_RANGE'],
    ]);
  });

  it.each<[string, string, [number | null, string | null, string][]]>([
    ['both credit and debit', 'Ngày,Ghi nợ,Ghi có\n17/10/2024,5,5\n', [[2, null, 'CREDIT_AND_DEBIT']]],
    ['neither credit nor debit', 'Ngày,Ghi nợ,Ghi có,Nội dung\n17/10/2024,,,x\n', [[2, null, 'MISSING_VALUE']]],
    ['bad direction', 'Ngày,Số tiền,C/D\n17/10/2024,5,X\n', [[2, 'C/D', 'INVALID_AMOUNT']]],
    ['no header', 'Họ tên,Địa chỉ\nA,B\n', [[null, null, 'NO_HEADER']]],
    ['a date column but no amount', 'Ngày,Nội dung\n17/10/2024,x\n', [[null, null, 'NO_HEADER']]],
    ['empty file', '', [[null, null, 'NO_HEADER']]],
    ['unterminated quote', 'Ngày,Số tiền,Nội dung\n17/10/2024,5,"open\n', [[2, null, 'UNTERMINATED_QUOTE']]],
  ])('%s', (_name, text, problems) => {
    expect(parseBankStatementCsv(text).problems.map((p) => [p.row, p.column, p.reason])).toEqual(problems);
  });

  it(`refuses more than ${STATEMENT_MAX_ROWS} rows`, () => {
    const at = (n: number) => 'Ngày,Số tiền\n' + '17/10/2024,1\n'.repeat(n);
    expect(parseBankStatementCsv(at(STATEMENT_MAX_ROWS)).lines).toHaveLength(STATEMENT_MAX_ROWS);
    const over = parseBankStatementCsv(at(STATEMENT_MAX_ROWS + 1));
    expect(over.lines).toEqual([]);
    expect(over.problems.map((p) => p.reason)).toEqual(['TOO_MANY_ROWS']);
  });
});
