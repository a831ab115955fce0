import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { badInput, IMPORT_COLUMNS, importTemplate, mapImportHeader, parseCsv, povertyStandard, standardForReviewYear, toCsvLine, type CsvRow } from '@lnob/domain';

export type ImportFormat = 'CSV' | 'XLSX';

/** A file's rows as text cells, each with its line (row number in the sheet); the first is the header. */
export interface ImportSheet {
  format: ImportFormat;
  rows: CsvRow[];
}

/** XLSX files are zip archives: they start with "PK\x03\x04". */
export const isXlsx = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

/** Reads an uploaded CSV (UTF-8, comma, semicolon or tab) or XLSX (its first worksheet) file. */
export async function readImportFile(bytes: Buffer): Promise<ImportSheet> {
  if (isXlsx(bytes)) return { format: 'XLSX', rows: await readXlsx(bytes) };
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw badInput('VALIDATION_FAILED', 'The file is neither XLSX nor UTF-8 text: save it as "CSV UTF-8" or as an Excel workbook.');
  const { rows, unterminatedQuoteLine } = parseCsv(text);
  if (unterminatedQuoteLine !== null) throw badInput('VALIDATION_FAILED', `The quote opened on line ${unterminatedQuoteLine} is never closed.`);
  return { format: 'CSV', rows };
}

/** A spreadsheet cell as the text an official typed: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

async function readXlsx(bytes: Buffer): Promise<CsvRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const rows: CsvRow[] = [];
  let nationalIdColumn = -1;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        if (rows.length === 0) nationalIdColumn = mapImportHeader(cells).columns.head_national_id ?? -1;
        // A CCCD typed as a number loses its leading zeros (084… → 84…): give them back.
        else if (nationalIdColumn >= 0 && typeof values[nationalIdColumn + 1] === 'number' && /^\d{9,11}$/.test(cells[nationalIdColumn])) {
          cells[nationalIdColumn] = cells[nationalIdColumn].padStart(12, '0');
        }
        if (cells.some((c) => c.trim() !== '')) rows.push({ line: row.number, cells });
      }
      break; // the first worksheet only
    }
  } catch (e) {
    throw badInput('VALIDATION_FAILED', `The workbook cannot be read: ${(e as Error).message}`);
  }
  return rows;
}

/** The template as CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese), header + example row. */
export function templateCsv(language: 'vi' | 'en'): string {
  const t = importTemplate(language);
  return `\uFEFF${toCsvLine(t.header)}\r\n${toCsvLine(t.example)}\r\n`;
}

/** The template as XLSX: the sheet to fill (header, example row) and a sheet explaining columns and indicator codes. */
export async function templateXlsx(language: 'vi' | 'en'): Promise<Buffer> {
  const t = importTemplate(language);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(language === 'vi' ? 'Rà soát' : 'Reviews');
  sheet.addRow(t.header).font = { bold: true };
  sheet.addRow(t.example);
  sheet.columns.forEach((col, k) => {
    col.width = Math.max(14, t.header[k].length + 2);
    col.numFmt = '@'; // text: CCCD numbers keep their leading zeros
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet(language === 'vi' ? 'Hướng dẫn' : 'Help');
  help.addRow(language === 'vi' ? ['Cột', 'Mã cột', 'Hướng dẫn', 'Ví dụ'] : ['Column', 'Key', 'How to fill', 'Example']).font = { bold: true };
  IMPORT_COLUMNS.forEach((c, k) => help.addRow([t.header[k], c.key, t.help[k], c.example]));
  help.addRow([]);
  for (const year of [2025, 2027]) {
    const s = standardForReviewYear(year) ?? povertyStandard('DECREE_07_2021')!;
    help.addRow([`${language === 'vi' ? 'Chỉ số thiếu hụt' : 'Deprivation indicators'} — ${s.decree} (${s.reviewYears.from}–${s.reviewYears.to})`]).font = { bold: true };
    for (const d of s.dimensions) for (const i of d.indicators) help.addRow([i.labels[language], i.code, d.labels[language]]);
  }
  help.columns.forEach((col) => (col.width = 40));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
