import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '@lnob/ui';
import { mockClient } from '../../testing/mock-client';
import { exportFileName, fetchAllLedger, ledgerCsv, ledgerTable, ledgerXlsx, toCsv } from './export';
import { FUND, page, ROWS } from './test-data';
import { buildXlsx, columnName, crc32, excelDate, sheetName, zipStored } from './xlsx';

describe('ledger CSV', () => {
  it('starts with a UTF-8 BOM, Vietnamese titles, CRLF lines; dates dd/MM/yyyy, amounts as plain numbers by direction', () => {
    const csv = ledgerCsv(ROWS, FUND.id, 'vi');
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + ROWS.length);
    expect(lines[0]).toBe(
      'Ngày,Loại,Nội dung chi,Hình thức,Đối tượng,Ẩn danh,Thu vào,Chi ra,Số biên lai,Số tham chiếu,Ghi chú,Hiện vật quy ra tiền,Trạng thái,Mã bút toán liên quan,Người ghi,Thời điểm ghi,Mã giao dịch',
    );
    // the reversal of a donation is money out, naming the day of what it reverses
    expect(lines[1]).toBe('16/01/2025,Bút toán đảo,,Tiền mặt,,,,5000000,,,Ghi trùng biên lai,,Đảo bút toán ngày 15/01/2025,T2,Nguyễn Văn Minh,10/01/2025 10:00,T3');
    // quotes and commas are quoted
    expect(lines[2]).toBe('20/01/2025,Chi hỗ trợ,Quà Tết,Tiền mặt,"Quà Tết ""Ất Tỵ"", 2025",,,20000000,,,,,,,Nguyễn Văn Minh,10/01/2025 10:00,T4');
    expect(lines[3]).toContain(',5000000,,BL-01,,,,Đã đảo ngày 16/01/2025,T3,');
    expect(lines[4]).toBe('10/01/2025,Ủng hộ,,Chuyển khoản,Công ty TNHH Ánh Dương,Có,50000000,,,FT25010,,,,,Nguyễn Văn Minh,10/01/2025 10:00,T1');
  });

  it('in English titles and labels; an empty ledger is the title line only', () => {
    const csv = ledgerCsv(ROWS, FUND.id, 'en');
    expect(csv.slice(1).split('\r\n')[0].startsWith('Date,Kind,Category,Channel,Counterparty,Anonymous,Money in,Money out,')).toBe(true);
    expect(csv).toContain('Reversed on 16/01/2025');
    expect(ledgerCsv([], FUND.id, 'vi').split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(toCsv(['a', 'b'], [[1, null], [{ date: '2024-12-31' }, 'x\ny']])).toBe(`${UTF8_BOM}a,b\r\n1,\r\n31/12/2024,"x\ny"\r\n`);
  });

  it('names the file after the fund and the dates of the filter', () => {
    expect(exportFileName(FUND.name, { from: '2025-01-01', to: '2025-01-31' }, 'csv')).toBe('so-quy-quy-vi-nguoi-ngheo-tinh-quang-nam-2025-01-01-2025-01-31.csv');
    expect(exportFileName('Quỹ “Vì người nghèo” xã Đắk Pring', {}, 'xlsx')).toBe('so-quy-quy-vi-nguoi-ngheo-xa-dak-pring.xlsx');
  });
});

describe('fetching every page of the filtered set', () => {
  it('follows the cursor with the same filter, 100 rows a page, network-only, until the last page', async () => {
    const progress: number[] = [];
    const { client, calls } = mockClient((c) => ({
      data: { ledger: { __typename: 'LedgerConnection', totals: { count: 4, moneyIn: 0, moneyOut: 0 }, ...(c.variables.after === null ? page(ROWS.slice(0, 2), true, 'cur-2') : page(ROWS.slice(2), false, null)) } },
    }));
    const r = await fetchAllLedger(client, 'F1', { from: '2025-01-01' }, (n) => progress.push(n));
    expect(r.ok && r.rows.map((x) => x.id)).toEqual(['T3', 'T4', 'T2', 'T1']);
    expect(calls.map((c) => [c.name, c.variables.after, c.variables.first, c.variables.filter])).toEqual([
      ['Ledger', null, 100, { from: '2025-01-01' }],
      ['Ledger', 'cur-2', 100, { from: '2025-01-01' }],
    ]);
    expect(progress).toEqual([2, 4]);
  });

  it('stops with the typed error of a failed page', async () => {
    const { client } = mockClient(() => ({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', requestId: 'req-9' } }] }));
    const r = await fetchAllLedger(client, 'F1', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', requestId: 'req-9' } });
  });
});

/** The entries of a stored ZIP, checked: signatures, sizes, CRC-32 (by node:zlib), central directory. */
function unzip(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    expect(view.getUint16(local + 8, true)).toBe(0); // stored
    const data = zip.subarray(local + 30 + view.getUint16(local + 26, true), local + 30 + view.getUint16(local + 26, true) + size);
    expect(zlibCrc32(data) >>> 0).toBe(crc);
    out.set(name, new TextDecoder().decode(data));
    at += 46 + nameLength;
  }
  return out;
}

describe('XLSX writer', () => {
  it('computes CRC-32 as zlib does', () => {
    const data = new TextEncoder().encode('Quỹ Vì người nghèo — 1.234.567 ₫');
    expect(crc32(data)).toBe(zlibCrc32(data) >>> 0);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes a valid stored ZIP: signatures, sizes, CRCs and the central directory agree', () => {
    const files = unzip(zipStored([{ name: 'a.txt', data: new TextEncoder().encode('xin chào') }, { name: 'b/c.xml', data: new Uint8Array([1, 2, 3]) }]));
    expect([...files.keys()]).toEqual(['a.txt', 'b/c.xml']);
    expect(files.get('a.txt')).toBe('xin chào');
  });

  it('holds a workbook of one sheet: bold titles, dates as serial days, amounts as numbers formatted #,##0, text escaped', () => {
    const files = unzip(ledgerXlsx(ROWS, FUND.id, 'vi'));
    expect([...files.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Sổ quỹ" sheetId="1" r:id="rId1"/>');
    expect(files.get('xl/styles.xml')).toContain('formatCode="dd/mm/yyyy"');
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Ngày</t></is></c>');
    expect(sheet).toContain(`<c r="A2" s="2"><v>${excelDate('2025-01-16')}</v></c>`);
    expect(sheet).toContain('<c r="H2" s="3"><v>5000000</v></c>'); // money out of the reversal
    expect(sheet).toContain('<c r="G5" s="3"><v>50000000</v></c>'); // money in of the first donation
    expect(sheet).toContain('Quà Tết &quot;Ất Tỵ&quot;, 2025');
    expect(sheet.match(/<row /g)).toHaveLength(1 + ROWS.length);
    expect(ledgerTable(ROWS, FUND.id, 'vi').rows[0][0]).toEqual({ date: '2025-01-16' });
  });

  it('names columns, dates and sheets as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(excelDate('1900-03-01')).toBe(61);
    expect(excelDate('2025-01-10')).toBe(45667);
    expect(sheetName('Sổ quỹ: 2025/01 [tháng 1] *rất dài quá ba mươi mốt ký tự*')).toHaveLength(31);
    expect(sheetName('a/b')).toBe('a b');
    expect(sheetName('')).toBe('Sheet1');
    const empty = unzip(buildXlsx({ name: 'x', header: ['A'], rows: [[null, undefined, '', Number.NaN]] }));
    expect(empty.get('xl/worksheets/sheet1.xml')).toContain('<row r="2"></row>');
  });
});
