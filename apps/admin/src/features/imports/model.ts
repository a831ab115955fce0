/**
 * The pure parts of the import page: which files may be sent, how a job's progress reads, how a
 * problem's column and reason are named in the current language, and the problem list as CSV.
 */
import { IMPORT_COLUMNS } from '@lnob/domain';
import { csvText, errorMessageKey, fileSlug, formatInteger, t, type Locale } from '@lnob/ui';
import { uploadProblem, type FileProblem } from '../common/files';
import type { ImportJobFieldsFragment, ImportJobStatus } from './operations';

/** File endings the import reads. */
const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** `1.234 B`, `12,3 KB`, `64 MB` (vi: decimal comma; en: decimal point). */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${formatInteger(bytes, locale)} B`;
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return `${locale === 'vi' ? text.replace('.', ',') : text} ${units[unit]}`;
}

/** Why a chosen file cannot be imported, or null when it can. */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  return uploadProblem(file, IMPORT_EXTENSIONS);
}

/** The job is still moving: poll it. */
export const isActive = (status: ImportJobStatus): boolean => status === 'QUEUED' || status === 'RUNNING';

type ProgressFields = Pick<ImportJobFieldsFragment, 'status' | 'total' | 'processed' | 'progress'>;

/**
 * Whole percent done: 100 only once the job SUCCEEDED (a running job that processed its last chunk
 * still has its summary to write), 0 while queued.
 */
export function progressPercent(job: ProgressFields): number {
  if (job.status === 'SUCCEEDED') return 100;
  const ratio = job.total > 0 ? job.processed / job.total : job.progress;
  const percent = Math.min(100, Math.max(0, Math.floor(ratio * 100)));
  return job.status === 'RUNNING' ? Math.min(99, percent) : percent;
}

/** What the progress bar says: waiting, reading the file, or `120 / 1.000 dòng (12 %)`. */
export function progressText(job: ProgressFields, locale: Locale): string {
  if (job.status === 'QUEUED') return t('imports.progressQueued', locale);
  if (job.status === 'RUNNING' && job.total === 0) return t('imports.progressReading', locale);
  return t('imports.progressRows', locale, {
    processed: formatInteger(job.processed, locale),
    total: formatInteger(job.total, locale),
    percent: progressPercent(job),
  });
}

/** A problem's column (`area_code`) as the template names it in `locale` (`Mã địa bàn`); the key itself when unknown. */
export function columnLabel(column: string | null, locale: Locale): string {
  if (column === null) return t('imports.wholeRow', locale);
  const c = IMPORT_COLUMNS.find((x) => x.key === column);
  return c ? c[locale] : column;
}

/** A problem's reason in words (the apps' error texts); the code when it is newer than them. */
export function reasonText(reason: string, locale: Locale): string {
  const key = errorMessageKey(null, reason);
  return key === 'error.unknown' ? reason : t(key, locale);
}

export interface Problem {
  line: number;
  column: string | null;
  reason: string;
  message: string;
}

/** Spreadsheets run cells starting with these as formulas: such a text is prefixed with `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;
const safeCell = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

/**
 * The problems as a CSV file (csvText: UTF-8 with a byte-order mark, so Excel shows Vietnamese; CRLF
 * lines): line, column (named in `locale`), column key, reason (in words), reason code, message.
 */
export function problemsCsv(problems: readonly Problem[], locale: Locale): string {
  const header = ['imports.line', 'imports.column', 'imports.columnKey', 'imports.reason', 'imports.reasonCode', 'imports.detail'].map((k) => t(k, locale));
  return csvText([header, ...problems.map((p) => [p.line, columnLabel(p.column, locale), p.column ?? '', reasonText(p.reason, locale), p.reason, safeCell(p.message)])]);
}

/** `loi-nhap-ra-soat-2024.csv` / `import-problems-ra-soat-2024.csv` for an uploaded `rà soát 2024.xlsx`. */
export function problemsFileName(fileName: string, locale: Locale): string {
  const base = fileSlug(fileName.replace(/\.[^.]*$/, '')) || 'tep';
  return `${locale === 'vi' ? 'loi-nhap' : 'import-problems'}-${base}.csv`;
}

/** The template's address for a format and language (served by the API beside /graphql). */
export const templateHref = (format: 'csv' | 'xlsx', locale: Locale) => `/templates/household-reviews.${format}?lang=${locale}`;
