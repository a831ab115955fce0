import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, importTemplate, mapImportHeader, parseImportDate, parseImportRow, parseIndicators, parseWholeNumber, parseYesNo, type ImportColumn } from './import';
import { DECREE_07_2021 } from './standards';

const TODAY = '2025-12-20';
const HEADER = ['Năm rà soát', 'Mã địa bàn', 'Họ và tên chủ hộ', 'Số CCCD chủ hộ', 'Ngày sinh chủ hộ', 'Giới tính chủ hộ', 'Thu nhập bình quân (đồng/người/tháng)', 'Chỉ số thiếu hụt', 'Loại rà soát', 'Ngày quyết định', 'Điều chỉnh', 'Hộ dân tộc thiểu số'];
const { columns } = mapImportHeader(HEADER);
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    'Năm rà soát': '2025',
    'Mã địa bàn': 'N2025-C001',
    'Họ và tên chủ hộ': 'Thạch Thị Sa Rây',
    'Số CCCD chủ hộ': '084185001234',
    'Ngày sinh chủ hộ': '15/03/1985',
    'Giới tính chủ hộ': 'Nữ',
    'Thu nhập bình quân (đồng/người/tháng)': '1.200.000',
    'Chỉ số thiếu hụt': 'HEALTH_INSURANCE; Chất lượng nhà ở; hygienic latrine',
    'Loại rà soát': 'định kỳ',
    'Ngày quyết định': '14/12/2025',
    'Điều chỉnh': '',
    'Hộ dân tộc thiểu số': 'x',
    ...over,
  };
  return HEADER.map((h) => base[h] ?? '');
};
const problemsOf = (cells: string[]) => {
  const r = parseImportRow(cells, columns, 7, TODAY);
  return r.ok ? [] : r.problems.map((p) => [p.column, p.reason]);
};

describe('mapImportHeader', () => {
  it('accepts the Vietnamese, English or key header of every column, accents and case ignored', () => {
    for (const c of IMPORT_COLUMNS) {
      for (const h of [c.vi, c.en, c.key, c.vi.toUpperCase()]) expect(mapImportHeader([h, 'year', 'income', 'score_b']).columns[c.key as ImportColumn], h).toBe(0);
    }
    expect(mapImportHeader(['nam ra soat', 'thu nhap binh quan dong nguoi thang', 'chi so thieu hut']).problems).toEqual([]);
  });

  it.each([
    [['Năm rà soát', 'Thu nhập bình quân (đồng/người/tháng)', 'Chỉ số thiếu hụt', 'Màu yêu thích'], [[null, 'column 4 "Màu yêu thích" is not a column of the template']]],
    [['Năm rà soát', 'year', 'income', 'score_b'], [['year', 'column 2 repeats "year"']]],
    [['income', 'score_b'], [['year', 'the file has no review-year column ("Năm rà soát")']]],
    [['year', 'score_b'], [['income', 'the file has neither an income nor a score-A column']]],
    [['year', 'score_a'], [['deprived_indicators', 'the file has neither a deprived-indicators nor a score-B column']]],
  ])('%j', (header, expected) => {
    expect(mapImportHeader(header).problems.map((p) => [p.column, p.message])).toEqual(expected);
  });
});

describe('cell parsers', () => {
  it.each([
    ['1500000', 1_500_000],
    ['1.500.000', 1_500_000],
    ['1,500,000', 1_500_000],
    ['1 500 000', 1_500_000],
    ['1500000.0', 1_500_000],
    ['1.500.000 đ', 1_500_000],
    ['0', 0],
    ['1.5', null],
    ['-100', null],
    ['15.00.000', null],
    ['abc', null],
    ['99999999999999999999', null],
  ])('whole number %j → %j', (s, n) => {
    const r = parseWholeNumber(s);
    expect(r.ok ? r.value : null).toBe(n);
  });

  it.each([
    ['14/12/2025', '2025-12-14'],
    ['1/9/2025', '2025-09-01'],
    ['01-09-2025', '2025-09-01'],
    ['2025-12-14', '2025-12-14'],
    ['2025-12-14T00:00:00.000Z', '2025-12-14'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2025', null],
    ['12/31/2025', null],
    ['2025', null],
  ])('date %j → %j', (s, d) => {
    const r = parseImportDate(s);
    expect(r.ok ? r.value : null).toBe(d);
  });

  it.each([
    ['x', true], ['X', true], ['có', true], ['Có', true], ['1', true], ['yes', true],
    ['0', false], ['không', false], ['no', false],
    ['maybe', null],
  ])('yes/no %j → %j', (s, b) => {
    const r = parseYesNo(s);
    expect(r.ok ? r.value : null).toBe(b);
  });

  it('reads indicators by code or by Vietnamese or English name; unknown tokens stay as written', () => {
    expect(parseIndicators('health_insurance; Chất lượng nhà ở,Hygienic latrine | FOO', DECREE_07_2021)).toEqual(['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'HYGIENIC_LATRINE', 'FOO']);
    expect(parseIndicators('', DECREE_07_2021)).toEqual([]);
  });
});

describe('parseImportRow', () => {
  it('types a good row (a new household with its review)', () => {
    const r = parseImportRow(row(), columns, 7, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.row).toMatchObject({
      line: 7,
      householdId: null,
      areaCode: 'N2025-C001',
      head: { fullName: 'Thạch Thị Sa Rây', nationalId: '084185001234', birthDate: '1985-03-15', sex: 'FEMALE', relation: 'HEAD' },
      facts: { ethnicMinority: true, socialProtection: null, housingStatus: null },
      review: { year: 2025, kind: 'PERIODIC', incomePerPersonPerMonth: 1_200_000, scoreA: null, deprivedIndicators: ['HEALTH_INSURANCE', 'HOUSING_QUALITY', 'HYGIENIC_LATRINE'], decisionDate: '2025-12-14', correction: false },
    });
  });

  it('a blank indicators cell means no deprivation', () => {
    const r = parseImportRow(row({ 'Chỉ số thiếu hụt': '' }), columns, 2, TODAY);
    expect(r.ok && r.row.review.deprivedIndicators).toEqual([]);
  });

  it.each<[string, Partial<Record<string, string>>, [string | null, string][]]>([
    ['year missing', { 'Năm rà soát': '' }, [['year', 'VALIDATION_FAILED']]],
    ['year not a year', { 'Năm rà soát': '25' }, [['year', 'VALIDATION_FAILED']]],
    ['no standard for the year', { 'Năm rà soát': '2019' }, [['year', 'NO_POVERTY_STANDARD']]],
    ['income with decimals', { 'Thu nhập bình quân (đồng/người/tháng)': '1.200.000,5' }, [['income', 'INVALID_VND']]],
    ['income missing', { 'Thu nhập bình quân (đồng/người/tháng)': '' }, [['income', 'VALIDATION_FAILED']]],
    ['unknown indicator', { 'Chỉ số thiếu hụt': 'HEALTH_INSURANCE; WIFI' }, [['deprived_indicators', 'UNKNOWN_INDICATOR']]],
    ['indicator of the next standard only', { 'Chỉ số thiếu hụt': 'WASTE_TREATMENT' }, [['deprived_indicators', 'UNKNOWN_INDICATOR']]],
    ['bad kind', { 'Loại rà soát': 'hằng tuần' }, [['kind', 'VALIDATION_FAILED']]],
    ['bad decision date', { 'Ngày quyết định': '31/02/2025' }, [['decision_date', 'INVALID_LOCAL_DATE']]],
    ['decision before the review year', { 'Ngày quyết định': '14/12/2024' }, [['decision_date', 'VALIDATION_FAILED']]],
    ['bad national ID', { 'Số CCCD chủ hộ': '08418500123' }, [['head_national_id', 'INVALID_NATIONAL_ID']]],
    ['national ID against the sex', { 'Giới tính chủ hộ': 'Nam' }, [['head_national_id', 'INVALID_NATIONAL_ID']]],
    ['birth date in the future', { 'Ngày sinh chủ hộ': '01/01/2026' }, [['head_birth_date', 'INVALID_LOCAL_DATE']]],
    ['bad sex', { 'Giới tính chủ hộ': 'khác' }, [['head_sex', 'VALIDATION_FAILED']]],
    ['bad yes/no', { 'Hộ dân tộc thiểu số': 'hơi hơi' }, [['ethnic_minority', 'VALIDATION_FAILED']]],
    [
      'every problem at once',
      { 'Năm rà soát': '', 'Số CCCD chủ hộ': '12', 'Loại rà soát': '?', 'Điều chỉnh': 'maybe' },
      [['year', 'VALIDATION_FAILED'], ['kind', 'VALIDATION_FAILED'], ['correction', 'VALIDATION_FAILED'], ['head_national_id', 'INVALID_NATIONAL_ID']],
    ],
  ])('%s', (_name, over, expected) => {
    expect(problemsOf(row(over))).toEqual(expected);
  });

  it('points every problem at the row line', () => {
    const r = parseImportRow(row({ 'Năm rà soát': '' }), columns, 42, TODAY);
    expect(r.ok ? [] : r.problems.map((p) => p.line)).toEqual([42]);
  });
});

describe('importTemplate', () => {
  it('has one header, example and help cell per column in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = importTemplate(lang);
      expect(t.header).toHaveLength(IMPORT_COLUMNS.length);
      expect(t.example).toHaveLength(IMPORT_COLUMNS.length);
      expect(mapImportHeader(t.header).problems).toEqual([]);
    }
  });

  it("the template's example row parses", () => {
    const t = importTemplate('vi');
    const r = parseImportRow(t.example, mapImportHeader(t.header).columns, 2, TODAY);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
});
