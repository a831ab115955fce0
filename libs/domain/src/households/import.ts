/**
 * The household-review import file (biểu nhập kết quả rà soát): its columns, how a header row maps
 * onto them, and how one row's cells become a typed review (with the household to find or register)
 * or a list of problems pointing at line, column and reason. Pure: the API resolves households and
 * areas, checks scope and duplicates against the database, and classifies with the area's residence.
 *
 * A row names its household by `household_id` (the hub's ID), else by the head's national ID of an
 * active household; when neither finds one, the row registers a new household and needs `area_code`
 * and `head_name`. Cells accept what spreadsheets and officials write: 1.500.000 or 1500000,
 * 14/12/2025 or 2025-12-14, x / có / 1 for yes, "định kỳ", "Nữ", indicator codes or their names.
 */
import type { FieldError, Reason } from '../errors';
import { isLocalDate, type LocalDate } from '../scalars/local-date';
import { foldVietnamese } from '../text/fold';
import { classificationProblems } from './classify';
import { DECISION_NUMBER_MAX_LENGTH, HOUSING_STATUSES, HOUSING_STATUS_LABELS, REVIEW_KINDS, REVIEW_KIND_LABELS, REVIEW_NOTES_MAX_LENGTH, SEX_LABELS, type HousingStatus, type ReviewKind } from './codes';
import { memberProblems, SEXES, type MemberInput, type Sex } from './people';
import { standardForReviewYear, type PovertyStandard } from './standards';

export const IMPORT_COLUMNS = [
  { key: 'household_id', vi: 'Mã hộ', en: 'Household ID', example: '', help: { vi: 'ID của hộ trên hệ thống; để trống khi tìm theo CCCD chủ hộ hoặc đăng ký hộ mới', en: "The hub's household ID; blank to find by the head's ID number or to register a new household" } },
  { key: 'area_code', vi: 'Mã địa bàn', en: 'Area code', example: 'N2025-C001', help: { vi: 'Thôn/xã nơi hộ cư trú (bắt buộc với hộ mới)', en: 'Hamlet or commune of the household (required for a new household)' } },
  { key: 'head_name', vi: 'Họ và tên chủ hộ', en: 'Head of household', example: 'Thạch Thị Sa Rây', help: { vi: 'Bắt buộc với hộ mới', en: 'Required for a new household' } },
  { key: 'head_national_id', vi: 'Số CCCD chủ hộ', en: 'Head national ID', example: '084185001234', help: { vi: '12 chữ số', en: '12 digits' } },
  { key: 'head_birth_date', vi: 'Ngày sinh chủ hộ', en: 'Head birth date', example: '15/03/1985', help: { vi: 'dd/MM/yyyy', en: 'dd/MM/yyyy' } },
  { key: 'head_sex', vi: 'Giới tính chủ hộ', en: 'Head sex', example: 'Nữ', help: { vi: 'Nam / Nữ', en: 'Male / Female' } },
  { key: 'address', vi: 'Địa chỉ', en: 'Address', example: 'Ấp Chợ', help: { vi: '', en: '' } },
  { key: 'ethnicity', vi: 'Dân tộc', en: 'Ethnicity', example: 'Khmer', help: { vi: '', en: '' } },
  { key: 'ethnic_minority', vi: 'Hộ dân tộc thiểu số', en: 'Ethnic minority', example: 'x', help: { vi: 'x = có', en: 'x = yes' } },
  { key: 'social_protection', vi: 'Hộ bảo trợ xã hội', en: 'Social protection', example: '', help: { vi: 'x = có', en: 'x = yes' } },
  { key: 'housing_status', vi: 'Tình trạng nhà ở', en: 'Housing status', example: 'TEMPORARY', help: { vi: 'SOLID, TEMPORARY, DILAPIDATED, REPAIRED, NEWLY_BUILT', en: 'SOLID, TEMPORARY, DILAPIDATED, REPAIRED, NEWLY_BUILT' } },
  { key: 'year', vi: 'Năm rà soát', en: 'Review year', example: '2025', help: { vi: 'Bắt buộc', en: 'Required' } },
  { key: 'kind', vi: 'Loại rà soát', en: 'Review kind', example: 'định kỳ', help: { vi: 'định kỳ (mặc định) / thường xuyên', en: 'periodic (default) / regular' } },
  { key: 'income', vi: 'Thu nhập bình quân (đồng/người/tháng)', en: 'Income per person per month', example: '1.200.000', help: { vi: 'Hoặc điểm A', en: 'Or score A' } },
  { key: 'score_a', vi: 'Điểm A', en: 'Score A', example: '', help: { vi: 'Hoặc thu nhập', en: 'Or the income' } },
  { key: 'deprived_indicators', vi: 'Chỉ số thiếu hụt', en: 'Deprived indicators', example: 'HEALTH_INSURANCE; HOUSING_QUALITY; HYGIENIC_LATRINE', help: { vi: 'Mã chỉ số, cách nhau bởi dấu ;', en: 'Indicator codes separated by ;' } },
  { key: 'score_b', vi: 'Điểm B', en: 'Score B', example: '', help: { vi: 'Hoặc các chỉ số thiếu hụt', en: 'Or the deprived indicators' } },
  { key: 'decision_number', vi: 'Số quyết định', en: 'Decision number', example: '125/QĐ-UBND', help: { vi: '', en: '' } },
  { key: 'decision_date', vi: 'Ngày quyết định', en: 'Decision date', example: '14/12/2025', help: { vi: 'dd/MM/yyyy', en: 'dd/MM/yyyy' } },
  { key: 'notes', vi: 'Ghi chú', en: 'Notes', example: '', help: { vi: '', en: '' } },
  { key: 'correction', vi: 'Điều chỉnh', en: 'Correction', example: '', help: { vi: 'x = sửa kết quả đã nhập của năm đó', en: "x = corrects that year's recorded review" } },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];

/** Most rows one import file may hold. */
export const IMPORT_MAX_ROWS = 200_000;

/** One problem of an import file: the line of the file (1 = the header), the column key, why. */
export interface ImportProblem {
  line: number;
  column: ImportColumn | null;
  reason: Reason;
  message: string;
}

/** A row that parsed: the household to find or register and the review to record. */
export interface ImportRow {
  line: number;
  householdId: string | null;
  areaCode: string | null;
  head: (Omit<MemberInput, 'fullName'> & { fullName: string | null }) | null;
  facts: { address: string | null; ethnicity: string | null; ethnicMinority: boolean | null; socialProtection: boolean | null; housingStatus: HousingStatus | null };
  review: {
    year: number;
    kind: ReviewKind;
    incomePerPersonPerMonth: number | null;
    scoreA: number | null;
    deprivedIndicators: string[] | null;
    scoreB: number | null;
    decisionNumber: string | null;
    decisionDate: LocalDate | null;
    notes: string | null;
    correction: boolean;
  };
}

const norm = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]+/g, ' ').trim();
const HEADER_NAMES = new Map<string, ImportColumn>(IMPORT_COLUMNS.flatMap((c) => [norm(c.key), norm(c.vi), norm(c.en)].map((n) => [n, c.key] as [string, ImportColumn])));

/** Where each column is in a header row; unknown headers and repeated columns are problems. */
export function mapImportHeader(header: readonly string[]): { columns: Partial<Record<ImportColumn, number>>; problems: ImportProblem[] } {
  const columns: Partial<Record<ImportColumn, number>> = {};
  const problems: ImportProblem[] = [];
  header.forEach((h, k) => {
    if (h.trim() === '') return;
    const key = HEADER_NAMES.get(norm(h));
    if (!key) problems.push({ line: 1, column: null, reason: 'VALIDATION_FAILED', message: `column ${k + 1} "${h.trim()}" is not a column of the template` });
    else if (columns[key] !== undefined) problems.push({ line: 1, column: key, reason: 'VALIDATION_FAILED', message: `column ${k + 1} repeats "${h.trim()}"` });
    else columns[key] = k;
  });
  if (columns.year === undefined) problems.push({ line: 1, column: 'year', reason: 'VALIDATION_FAILED', message: 'the file has no review-year column ("Năm rà soát")' });
  const measures = ['income', 'score_a'] as const;
  if (measures.every((c) => columns[c] === undefined)) problems.push({ line: 1, column: 'income', reason: 'VALIDATION_FAILED', message: 'the file has neither an income nor a score-A column' });
  if (columns.deprived_indicators === undefined && columns.score_b === undefined) {
    problems.push({ line: 1, column: 'deprived_indicators', reason: 'VALIDATION_FAILED', message: 'the file has neither a deprived-indicators nor a score-B column' });
  }
  return { columns, problems };
}

// --- cell parsers: a value, or a message -------------------------------------------------------

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** A whole non-negative number: 1500000, 1.500.000, 1,500,000, 1 500 000 (also 1500000.0 from spreadsheets). */
export function parseWholeNumber(s: string): Parsed<number> {
  const t = s.trim().replace(/\s*(đ|₫|vnd|đồng)$/i, '');
  let digits: string | null = null;
  if (/^\d+$/.test(t)) digits = t;
  else if (/^\d{1,3}([.,\u00a0 ]\d{3})+$/.test(t)) digits = t.replace(/[.,\u00a0 ]/g, '');
  else if (/^\d+\.0+$/.test(t)) digits = t.replace(/\.0+$/, '');
  if (digits === null) return fail('not a whole number (e.g. 1.500.000)');
  const n = Number(digits);
  return Number.isSafeInteger(n) ? ok(n) : fail('too large');
}

/** A date as dd/MM/yyyy (d/M/yyyy, also with - or .) or yyyy-MM-dd. */
export function parseImportDate(s: string): Parsed<LocalDate> {
  const t = s.trim();
  let iso: string | null = null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) iso = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  else if (/^\d{4}-\d{2}-\d{2}T/.test(t)) iso = t.slice(0, 10);
  return iso && isLocalDate(iso) ? ok(iso) : fail('not a date (dd/MM/yyyy)');
}

const YES = new Set(['x', '1', 'co', 'c', 'yes', 'y', 'true', 'dung']);
const NO = new Set(['0', 'khong', 'k', 'no', 'n', 'false', 'sai']);

/** Yes / no: x, 1, có, yes, true — 0, không, no, false. */
export function parseYesNo(s: string): Parsed<boolean> {
  const t = norm(s);
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return fail('write x (or có) for yes, leave blank for no');
}

/** Folded names → code of a code list (code, Vietnamese and English labels, extra words), built once per list. */
const codeNames = new WeakMap<object, Map<string, string>>();
function namesOf<T extends string>(codes: readonly T[], labels: Record<T, { vi: string; en: string }>, extra: Record<string, T>): Map<string, string> {
  let names = codeNames.get(labels);
  if (!names) {
    names = new Map(Object.entries(extra));
    for (const c of codes) for (const n of [c, labels[c].vi, labels[c].en]) names.set(norm(n), c);
    codeNames.set(labels, names);
  }
  return names;
}

/** A value of a code list, by code or by its Vietnamese or English label (accents and case ignored). */
function codeOf<T extends string>(s: string, codes: readonly T[], labels: Record<T, { vi: string; en: string }>, extra: Record<string, T> = {}): Parsed<T> {
  const c = namesOf(codes, labels, extra).get(norm(s));
  return c ? ok(c as T) : fail(`one of ${codes.join(', ')}`);
}

const KIND_WORDS: Record<string, ReviewKind> = { 'dinh ky': 'PERIODIC', periodic: 'PERIODIC', 'thuong xuyen': 'REGULAR', regular: 'REGULAR' };
const SEX_WORDS: Record<string, Sex> = { nam: 'MALE', nu: 'FEMALE', m: 'MALE', f: 'FEMALE', male: 'MALE', female: 'FEMALE' };

const indicatorNames = new WeakMap<PovertyStandard, Map<string, string>>();

/** Indicator codes of the standard, by code or name; unknown ones are kept as written (the classification names them). */
export function parseIndicators(s: string, standard: PovertyStandard | undefined): string[] {
  const tokens = s.split(/[;,|\n]/).map((x) => x.trim()).filter(Boolean);
  let byName = standard && indicatorNames.get(standard);
  if (standard && !byName) {
    byName = new Map();
    for (const d of standard.dimensions) {
      for (const i of d.indicators) {
        byName.set(i.code, i.code);
        for (const n of [i.code, i.labels.vi, i.labels.en]) byName.set(norm(n), i.code);
      }
    }
    indicatorNames.set(standard, byName);
  }
  // Codes as written are the common case: no folding needed for them.
  return tokens.map((t) => (byName?.get(t) ?? byName?.get(norm(t)) ?? t.toUpperCase()));
}

const CLASSIFICATION_COLUMNS: Record<string, ImportColumn> = {
  reviewYear: 'year',
  residence: 'area_code',
  incomePerPersonPerMonth: 'income',
  scoreA: 'score_a',
  deprivedIndicators: 'deprived_indicators',
  scoreB: 'score_b',
};
const MEMBER_COLUMNS: Record<string, ImportColumn> = { fullName: 'head_name', birthDate: 'head_birth_date', sex: 'head_sex', nationalId: 'head_national_id', relation: 'head_name' };
const fieldOf = (e: FieldError) => /^row\.([A-Za-z]+)/.exec(e.path)?.[1] ?? '';

/**
 * One data row: typed values, or every problem of the row. `line` is the file's line (for
 * messages); `today` bounds birth dates. Household-level rules that need the database (which
 * household, which area, duplicates, scope) are the API's.
 */
export function parseImportRow(cells: readonly string[], columns: Partial<Record<ImportColumn, number>>, line: number, today: LocalDate): { ok: true; row: ImportRow } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (column: ImportColumn | null, message: string, reason: Reason = 'VALIDATION_FAILED') => problems.push({ line, column, reason, message });
  const cell = (c: ImportColumn): string | null => {
    const k = columns[c];
    const v = k === undefined ? undefined : cells[k];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  function read<T>(c: ImportColumn, parse: (s: string) => Parsed<T>, reason?: Reason): T | null {
    const v = cell(c);
    if (v === null) return null;
    const r = parse(v);
    if (r.ok) return r.value;
    problem(c, r.message, reason);
    return null;
  }
  const text = (c: ImportColumn, max: number) => {
    const v = cell(c);
    if (v !== null && v.length > max) problem(c, `at most ${max} characters`);
    return v;
  };

  const yearText = cell('year');
  let year = NaN;
  if (yearText === null) problem('year', 'required');
  else if (!/^\d{4}$/.test(yearText)) problem('year', 'a year such as 2025');
  else year = Number(yearText);
  const standard = Number.isInteger(year) ? standardForReviewYear(year) : undefined;

  const kind = read('kind', (s) => codeOf(s, REVIEW_KINDS, REVIEW_KIND_LABELS, KIND_WORDS)) ?? 'PERIODIC';
  const income = read('income', parseWholeNumber, 'INVALID_VND');
  const scoreA = read('score_a', parseWholeNumber);
  const scoreB = read('score_b', parseWholeNumber);
  const indicatorsText = columns.deprived_indicators === undefined ? null : (cells[columns.deprived_indicators] ?? '').trim();
  // A present but blank indicators cell means "no deprivation" unless score B is given instead.
  const deprivedIndicators = indicatorsText === null || (indicatorsText === '' && scoreB !== null) ? null : parseIndicators(indicatorsText, standard);
  const decisionNumber = text('decision_number', DECISION_NUMBER_MAX_LENGTH);
  const decisionDate = read('decision_date', parseImportDate, 'INVALID_LOCAL_DATE');
  const notes = text('notes', REVIEW_NOTES_MAX_LENGTH);
  const correction = read('correction', parseYesNo) ?? false;

  if (Number.isInteger(year) && !problems.some((p) => ['income', 'score_a', 'score_b'].includes(p.column ?? ''))) {
    const input = { reviewYear: year, residence: 'RURAL' as const, incomePerPersonPerMonth: income, scoreA, deprivedIndicators, scoreB };
    for (const e of classificationProblems(input, 'row')) {
      const column = CLASSIFICATION_COLUMNS[fieldOf(e)] ?? null;
      const reason: Reason = /standard/.test(e.message) ? 'NO_POVERTY_STANDARD' : /not an indicator/.test(e.message) ? 'UNKNOWN_INDICATOR' : column === 'income' && /đồng/.test(e.message) ? 'INVALID_VND' : 'VALIDATION_FAILED';
      problem(column, e.message, reason);
    }
  }
  if (decisionDate && Number.isInteger(year) && decisionDate.slice(0, 4) < String(year)) problem('decision_date', `before the review year ${year}`);

  const headName = text('head_name', 100);
  const birthDate = read('head_birth_date', parseImportDate, 'INVALID_LOCAL_DATE');
  const sex = read('head_sex', (s) => codeOf(s, SEXES, SEX_LABELS, SEX_WORDS));
  const nationalId = cell('head_national_id');
  let head: ImportRow['head'] = null;
  if (headName !== null || nationalId !== null || birthDate !== null || sex !== null) {
    head = { fullName: headName, birthDate, sex, nationalId, relation: 'HEAD' };
    for (const e of memberProblems({ ...head, fullName: headName ?? 'x' }, today, 'row')) {
      const column = MEMBER_COLUMNS[fieldOf(e)] ?? null;
      if (column === 'head_birth_date' && problems.some((p) => p.column === column)) continue;
      problem(column, e.message, column === 'head_national_id' ? 'INVALID_NATIONAL_ID' : column === 'head_birth_date' ? 'INVALID_LOCAL_DATE' : 'VALIDATION_FAILED');
    }
  }
  const facts = {
    address: text('address', 255),
    ethnicity: text('ethnicity', 64),
    ethnicMinority: read('ethnic_minority', parseYesNo),
    socialProtection: read('social_protection', parseYesNo),
    housingStatus: read('housing_status', (s) => codeOf(s, HOUSING_STATUSES, HOUSING_STATUS_LABELS)),
  };
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    row: {
      line,
      householdId: cell('household_id'),
      areaCode: cell('area_code'),
      head,
      facts,
      review: { year, kind, incomePerPersonPerMonth: income, scoreA, deprivedIndicators, scoreB, decisionNumber, decisionDate, notes, correction },
    },
  };
}

/** The template's header row (Vietnamese) and one example row, for the CSV and XLSX downloads. */
export function importTemplate(language: 'vi' | 'en' = 'vi'): { header: string[]; example: string[]; help: string[] } {
  return {
    header: IMPORT_COLUMNS.map((c) => c[language]),
    example: IMPORT_COLUMNS.map((c) => c.example),
    help: IMPORT_COLUMNS.map((c) => c.help[language]),
  };
}
