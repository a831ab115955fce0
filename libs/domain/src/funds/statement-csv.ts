/**
 * Bank statements (sao kê) as CSV: the lines of a fund account's statement, from the layouts
 * Vietnamese banks export. Documented layout:
 *
 * - separator `,`, `;` or tab (detected), UTF-8 with or without BOM, fields quoted or not;
 * - any title lines before the header row (within the first 30 records) are skipped;
 * - the header row names, in Vietnamese or English (accents, case, `(VND)` and `/`-joined
 *   bilingual headers such as "Ngày GD/TNX Date" accepted), a date column and either a signed
 *   amount column (with or without a direction column of C/D, Có/Nợ, CR/DR) or credit and/or debit
 *   columns; description and reference are optional:
 *   date: Ngày giao dịch, Ngày GD, Ngày, Ngày hạch toán, Ngày hiệu lực, Thời gian, Date, Transaction date, Posting date…
 *   amount: Số tiền, Số tiền giao dịch, Amount, Transaction amount; direction: Nợ/Có, C/D, Dr/Cr
 *   credit / debit: Ghi có, Số tiền ghi có, Phát sinh có, Có, Credit / Ghi nợ, Số tiền ghi nợ, Phát sinh nợ, Nợ, Debit
 *   (a bare "Nợ"/"Có" must keep its accents: "No." is a row number)
 *   description: Nội dung, Diễn giải, Nội dung giao dịch, Chi tiết, Description, Details, Remarks
 *   reference: Số tham chiếu, Mã GD, Mã giao dịch, Số chứng từ, Số bút toán, Reference, Ref no, Transaction ID
 * - dates and amounts as `statement-values.ts` says; money in is positive, money out negative;
 * - blank rows are ignored; total and balance rows ("Tổng cộng", "Số dư cuối kỳ", "Total"…) and notes
 *   with neither date nor amount (signatures) are skipped and listed; every other bad row is reported with its line, column and reason, and gives no line.
 */
import { foldVietnamese } from '../text/fold';
import type { LocalDate } from '../scalars/local-date';
import type { Vnd } from '../scalars/vnd';
import { parseCsv, type CsvRow, type CsvSeparator } from '../text/csv';
import { REFERENCE_MAX_LENGTH } from './movement';
import { parseStatementAmount, parseStatementDate } from './statement-values';

export const STATEMENT_COLUMNS = ['date', 'amount', 'direction', 'credit', 'debit', 'description', 'reference'] as const;
export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];

/** Normalised header names per column, most specific first (normaliseHeader's output). */
export const STATEMENT_HEADER_ALIASES: Record<StatementColumn, readonly string[]> = {
  date: ['ngay giao dich', 'ngay gd', 'transaction date', 'txn date', 'tnx date', 'trans date', 'ngay thuc hien', 'date', 'ngay', 'ngay hach toan', 'posting date', 'ngay hieu luc', 'value date', 'effective date', 'thoi gian giao dich', 'ngay gio giao dich', 'thoi gian', 'date time'],
  amount: ['so tien', 'so tien giao dich', 'so tien gd', 'amount', 'transaction amount'],
  direction: ['no co', 'co no', 'ghi no ghi co', 'c d', 'd c', 'dr cr', 'cr dr', 'debit credit', 'credit debit'],
  credit: ['ghi co', 'so tien ghi co', 'phat sinh co', 'ps co', 'tien vao', 'credit', 'credit amount', 'money in', 'cr'],
  debit: ['ghi no', 'so tien ghi no', 'phat sinh no', 'ps no', 'tien ra', 'debit', 'debit amount', 'money out', 'dr'],
  description: ['noi dung', 'dien giai', 'noi dung giao dich', 'noi dung chuyen khoan', 'chi tiet giao dich', 'chi tiet', 'mo ta', 'description', 'transaction description', 'details', 'transaction details', 'remarks', 'narrative'],
  reference: ['so tham chieu', 'ma tham chieu', 'ma gd', 'ma giao dich', 'so giao dich', 'so chung tu', 'so ct', 'so but toan', 'reference', 'reference no', 'reference number', 'ref', 'ref no', 'transaction id', 'transaction no'],
};

export const STATEMENT_HEADER_SEARCH_ROWS = 30;
export const STATEMENT_MAX_ROWS = 100_000;
export const STATEMENT_DESCRIPTION_MAX_LENGTH = 1000;
const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];
/** How much of the text the layout is detected from. */
const DETECT_CHARS = 65_536;
/** Values of a direction column (folded): +1 money in, −1 money out. */
const DIRECTIONS = new Map<string, 1 | -1>([
  ...['c', 'cr', 'co', 'ghi co', 'credit', '+'].map((k) => [k, 1] as const),
  ...['d', 'dr', 'no', 'ghi no', 'debit', '-'].map((k) => [k, -1] as const),
]);
const SUMMARY_PREFIXES = ['tong', 'total', 'so du', 'cong phat sinh', 'opening balance', 'closing balance', 'balance'];

export const STATEMENT_PROBLEM_REASONS = [
  'NO_HEADER',
  'UNTERMINATED_QUOTE',
  'TOO_MANY_ROWS',
  'MISSING_VALUE',
  'INVALID_DATE',
  'INVALID_AMOUNT',
  'FRACTIONAL_AMOUNT',
  'AMOUNT_OUT_OF_RANGE',
  'CREDIT_AND_DEBIT',
  'TEXT_TOO_LONG',
] as const;
export type StatementProblemReason = (typeof STATEMENT_PROBLEM_REASONS)[number];

export interface StatementProblem {
  /** The file line of the row (1-based); null for problems of the whole file. */
  row: number | null;
  /** The column's header as written in the file; null when not about one cell. */
  column: string | null;
  reason: StatementProblemReason;
  message: string;
}

export interface StatementLine {
  row: number;
  date: LocalDate;
  /** Signed: money in positive, money out negative. */
  amount: Vnd;
  description: string;
  reference: string | null;
}

export interface StatementLayout {
  separator: CsvSeparator;
  headerRow: number;
  /** Column positions (0-based) and headers as written. */
  columns: Partial<Record<StatementColumn, { index: number; header: string }>>;
}

export interface ParsedStatement {
  layout: StatementLayout | null;
  lines: StatementLine[];
  problems: StatementProblem[];
  /** Lines of rows skipped as not transactions: totals and balances, and notes with neither date nor amount. */
  skippedRows: number[];
}

/** Headers that mean something else once folded: "Nợ"/"Có" alone are debit/credit, while "No." is a row number. */
const ACCENTED_HEADERS = new Map([
  ['nợ', 'ghi no'],
  ['có', 'ghi co'],
]);

/**
 * A header cell's comparable forms: folded, `(…)` and punctuation dropped, a trailing "vnd" dropped;
 * the whole header first, then each `/`-separated part.
 */
export function normaliseHeader(h: string): string[] {
  const norm = (s: string) =>
    ACCENTED_HEADERS.get(s.normalize('NFC').trim().toLowerCase()) ??
    foldVietnamese(s).replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim().replace(/(?:^| )vnd$/, '').trim();
  const parts = h.split(/[/|\n]/).map(norm);
  return [norm(h), ...parts].filter((p, i, all) => p !== '' && all.indexOf(p) === i);
}

function recogniseHeader(fields: string[]): StatementLayout['columns'] | null {
  const forms = fields.map(normaliseHeader);
  const taken = new Set<number>();
  const columns: StatementLayout['columns'] = {};
  for (const column of ['date', 'direction', 'credit', 'debit', 'amount', 'description', 'reference'] as const) {
    for (const alias of STATEMENT_HEADER_ALIASES[column]) {
      // A direction column is recognised by its whole header only ("Nợ/Có" is not a debit column).
      const index = forms.findIndex((f, i) => !taken.has(i) && (column === 'direction' ? f[0] === alias : f.includes(alias)));
      if (index < 0) continue;
      taken.add(index);
      columns[column] = { index, header: fields[index].trim() };
      break;
    }
  }
  return columns.date && (columns.amount || columns.credit || columns.debit) ? columns : null;
}

function detectLayout(text: string): StatementLayout | null {
  let best: StatementLayout | null = null;
  const head = text.slice(0, DETECT_CHARS);
  for (const separator of SEPARATORS) {
    for (const r of parseCsv(head, separator).rows.slice(0, STATEMENT_HEADER_SEARCH_ROWS)) {
      const columns = recogniseHeader(r.cells);
      if (!columns) continue;
      if (!best || Object.keys(columns).length > Object.keys(best.columns).length) best = { separator, headerRow: r.line, columns };
      break;
    }
  }
  return best;
}

/** Parses a bank statement CSV: its layout, the good lines, and every problem. */
export function parseBankStatementCsv(text: string): ParsedStatement {
  const layout = detectLayout(text);
  if (!layout) {
    const message = `no header row with a date and an amount (or credit/debit) column in the first ${STATEMENT_HEADER_SEARCH_ROWS} rows`;
    return { layout: null, lines: [], problems: [{ row: null, column: null, reason: 'NO_HEADER', message }], skippedRows: [] };
  }
  const csv = parseCsv(text, layout.separator);
  const out: ParsedStatement = { layout, lines: [], problems: [], skippedRows: [] };
  if (csv.unterminatedQuoteLine !== null) {
    out.problems.push({ row: csv.unterminatedQuoteLine, column: null, reason: 'UNTERMINATED_QUOTE', message: 'a quoted field is never closed' });
  }
  const data = csv.rows.filter((r) => r.line > layout.headerRow && r.cells.some((f) => f.trim() !== ''));
  if (data.length > STATEMENT_MAX_ROWS) {
    out.problems.push({ row: null, column: null, reason: 'TOO_MANY_ROWS', message: `more than ${STATEMENT_MAX_ROWS} rows: split the statement` });
    return out;
  }
  for (const r of data) readRow(r, layout, out);
  return out;
}

function readRow(r: CsvRow, layout: StatementLayout, out: ParsedStatement): void {
  const { columns } = layout;
  const cell = (c: StatementColumn) => (columns[c] ? (r.cells[columns[c].index] ?? '').trim() : '');
  const problems: StatementProblem[] = [];
  const problem = (c: StatementColumn | null, reason: StatementProblemReason, message: string) =>
    problems.push({ row: r.line, column: c ? columns[c]!.header : null, reason, message });

  const date = parseStatementDate(cell('date'));
  if (!date) {
    const folded = r.cells.map((f) => foldVietnamese(f)).find((f) => f !== '') ?? '';
    const noAmount = (['amount', 'credit', 'debit'] as const).every((c) => cell(c) === '');
    if (SUMMARY_PREFIXES.some((p) => folded.startsWith(p)) || noAmount) {
      out.skippedRows.push(r.line);
      return;
    }
    if (cell('date') === '') problem('date', 'MISSING_VALUE', 'no date');
    else problem('date', 'INVALID_DATE', `not a date (dd/MM/yyyy): ${JSON.stringify(cell('date').slice(0, 40))}`);
  }
  const amount = readAmount(cell, problem, columns);
  const description = cell('description').replace(/\s+/g, ' ');
  const reference = cell('reference');
  if (description.length > STATEMENT_DESCRIPTION_MAX_LENGTH) problem('description', 'TEXT_TOO_LONG', `more than ${STATEMENT_DESCRIPTION_MAX_LENGTH} characters`);
  if (reference.length > REFERENCE_MAX_LENGTH) problem('reference', 'TEXT_TOO_LONG', `more than ${REFERENCE_MAX_LENGTH} characters`);
  if (problems.length > 0 || date === null || amount === null) {
    out.problems.push(...problems);
    return;
  }
  out.lines.push({ row: r.line, date, amount, description, reference: reference === '' ? null : reference });
}

function readAmount(
  cell: (c: StatementColumn) => string,
  problem: (c: StatementColumn | null, reason: StatementProblemReason, message: string) => void,
  columns: StatementLayout['columns'],
): Vnd | null {
  const read = (c: StatementColumn): Vnd | null => {
    const raw = cell(c);
    if (raw === '') return 0;
    const a = parseStatementAmount(raw);
    if (a.ok) return a.value;
    problem(c, a.reason, `not a whole VND amount: ${JSON.stringify(raw.slice(0, 40))}`);
    return null;
  };
  if (!columns.credit && !columns.debit) {
    if (cell('amount') === '') {
      problem('amount', 'MISSING_VALUE', 'no amount');
      return null;
    }
    const amount = read('amount');
    if (amount === null || !columns.direction) return amount;
    const sign = DIRECTIONS.get(foldVietnamese(cell('direction')));
    if (sign === undefined) {
      problem('direction', 'INVALID_AMOUNT', `not a direction (C/D, Có/Nợ, CR/DR): ${JSON.stringify(cell('direction').slice(0, 20))}`);
      return null;
    }
    return amount === 0 ? 0 : sign * Math.abs(amount);
  }
  const [credit, debit] = [read('credit'), read('debit')];
  if (credit === null || debit === null) return null;
  if (cell('credit') === '' && cell('debit') === '') {
    problem(null, 'MISSING_VALUE', 'neither a credit nor a debit amount');
    return null;
  }
  if (credit !== 0 && debit !== 0) {
    problem(null, 'CREDIT_AND_DEBIT', 'both a credit and a debit amount');
    return null;
  }
  return credit !== 0 ? Math.abs(credit) : debit === 0 ? 0 : -Math.abs(debit);
}
