import { describe, expect, it } from 'vitest';
import { parseCsv } from '@lnob/domain';
import { UPLOAD_MAX_BYTES } from '../common/files';
import { columnLabel, fileProblem, formatBytes, isActive, problemsCsv, problemsFileName, progressPercent, progressText, reasonText, templateHref } from './model';

const job = (status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED', processed: number, total: number, progress = total > 0 ? processed / total : 0) => ({ status, processed, total, progress });

describe('files', () => {
  it.each([
    [0, 'vi', '0 B'],
    [1023, 'vi', '1.023 B'],
    [1024, 'en', '1 KB'],
    [1536, 'vi', '1,5 KB'],
    [1536, 'en', '1.5 KB'],
    [12_345_678, 'vi', '11,8 MB'],
    [UPLOAD_MAX_BYTES, 'vi', '64 MB'],
  ] as const)('formatBytes(%d, %s) = %s', (bytes, locale, text) => {
    expect(formatBytes(bytes, locale)).toBe(text);
  });

  it('takes .csv and .xlsx files up to 64 MB, not empty', () => {
    expect(fileProblem({ name: 'rà soát 2024.CSV', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'a.xlsx', size: UPLOAD_MAX_BYTES })).toBeNull();
    expect(fileProblem({ name: 'a.xlsx', size: UPLOAD_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(fileProblem({ name: 'a.csv', size: 0 })).toBe('empty');
    expect(fileProblem({ name: 'a.xls', size: 10 })).toBe('wrongType');
    expect(fileProblem({ name: 'csv', size: 10 })).toBe('wrongType');
  });

  it('links the template in the current language', () => {
    expect(templateHref('xlsx', 'vi')).toBe('/templates/household-reviews.xlsx?lang=vi');
    expect(templateHref('csv', 'en')).toBe('/templates/household-reviews.csv?lang=en');
  });
});

describe('progress', () => {
  it('is active while queued or running', () => {
    expect(['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'].map((s) => isActive(s as never))).toEqual([true, true, false, false]);
  });

  it('counts whole percent, 100 only once succeeded', () => {
    expect(progressPercent(job('QUEUED', 0, 0))).toBe(0);
    expect(progressPercent(job('RUNNING', 0, 0))).toBe(0);
    expect(progressPercent(job('RUNNING', 1000, 3000))).toBe(33);
    expect(progressPercent(job('RUNNING', 3000, 3000))).toBe(99);
    expect(progressPercent(job('SUCCEEDED', 3000, 3000))).toBe(100);
    expect(progressPercent(job('SUCCEEDED', 0, 0))).toBe(100);
    expect(progressPercent(job('FAILED', 1000, 4000))).toBe(25);
    expect(progressPercent(job('FAILED', 0, 0))).toBe(0);
  });

  it('says what is happening, in both languages', () => {
    expect(progressText(job('QUEUED', 0, 0), 'vi')).toBe('Đang chờ các lần nhập trước…');
    expect(progressText(job('RUNNING', 0, 0), 'en')).toBe('Reading the file…');
    expect(progressText(job('RUNNING', 1000, 12_500), 'vi')).toBe('1.000 / 12.500 dòng (8 %)');
    expect(progressText(job('RUNNING', 1000, 12_500), 'en')).toBe('1,000 / 12,500 rows (8 %)');
    expect(progressText(job('SUCCEEDED', 2, 2), 'vi')).toBe('2 / 2 dòng (100 %)');
  });
});

describe('problems', () => {
  it('names columns as the template does, in the current language', () => {
    expect(columnLabel('area_code', 'vi')).toBe('Mã địa bàn');
    expect(columnLabel('area_code', 'en')).toBe('Area code');
    expect(columnLabel('income', 'vi')).toBe('Thu nhập bình quân (đồng/người/tháng)');
    expect(columnLabel(null, 'vi')).toBe('Cả dòng');
    expect(columnLabel('some_new_column', 'en')).toBe('some_new_column');
  });

  it('puts reasons in words with the apps’ error texts, unknown ones as their code', () => {
    expect(reasonText('NOT_FOUND', 'vi')).toBe('Không tìm thấy (hoặc nằm ngoài phạm vi của bạn).');
    expect(reasonText('REVIEW_EXISTS', 'en')).toMatch(/already has a periodic review/);
    expect(reasonText('SOME_FUTURE_REASON', 'vi')).toBe('SOME_FUTURE_REASON');
  });

  it('builds a CSV with a BOM, a header in the current language and quoted cells, that reads back', () => {
    const csv = problemsCsv(
      [
        { line: 1, column: null, reason: 'VALIDATION_FAILED', message: 'column 3 "Tên" is not a column of the template' },
        { line: 7, column: 'area_code', reason: 'NOT_FOUND', message: 'no area with code XX-NOPE, valid on 2024-12-31' },
        { line: 9, column: 'income', reason: 'INVALID_VND', message: '=HYPERLINK("x")' },
      ],
      'vi',
    );
    expect(csv.startsWith('\uFEFFDòng,Cột,Mã cột,Lý do,Mã lý do,Chi tiết\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { rows } = parseCsv(csv.slice(1));
    expect(rows.map((r) => r.cells)).toEqual([
      ['Dòng', 'Cột', 'Mã cột', 'Lý do', 'Mã lý do', 'Chi tiết'],
      ['1', 'Cả dòng', '', 'Một số mục nhập chưa hợp lệ.', 'VALIDATION_FAILED', 'column 3 "Tên" is not a column of the template'],
      ['7', 'Mã địa bàn', 'area_code', 'Không tìm thấy (hoặc nằm ngoài phạm vi của bạn).', 'NOT_FOUND', 'no area with code XX-NOPE, valid on 2024-12-31'],
      ['9', 'Thu nhập bình quân (đồng/người/tháng)', 'income', 'Số tiền phải là số nguyên đồng.', 'INVALID_VND', `'=HYPERLINK("x")`],
    ]);
    expect(problemsCsv([], 'en')).toBe('\uFEFFLine,Column,Key,Reason,Reason code,Detail\r\n');
  });

  it('names the CSV after the uploaded file', () => {
    expect(problemsFileName('Rà soát Đà Nẵng 2024.xlsx', 'vi')).toBe('loi-nhap-ra-soat-da-nang-2024.csv');
    expect(problemsFileName('reviews.csv', 'en')).toBe('import-problems-reviews.csv');
    expect(problemsFileName('....csv', 'vi')).toBe('loi-nhap-tep.csv');
  });
});
