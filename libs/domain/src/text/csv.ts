/**
 * A CSV reader for files people export from spreadsheets and banks (RFC 4180 plus what Excel does):
 * comma, semicolon or tab as separator (detected from the first line outside quotes), quoted fields
 * with doubled quotes and line breaks inside, CRLF or LF, a UTF-8 byte-order mark, blank lines
 * skipped. Rows keep their 1-based line number in the file so problems can point at it.
 */

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

/** The separator of a CSV text: the most frequent of `,` `;` and tab on its first line, outside quotes. */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  return (Object.keys(counts) as CsvSeparator[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
}

/**
 * Every non-blank row of a CSV text. An unterminated quote ends at the end of the text (the cell
 * keeps what followed); callers that must refuse such files check `unterminatedQuoteLine`.
 */
export function parseCsv(input: string, separator: CsvSeparator = detectSeparator(input.replace(/^\uFEFF/, ''))): { rows: CsvRow[]; unterminatedQuoteLine: number | null } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine: number | null = null;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return { rows, unterminatedQuoteLine: quoted ? quoteLine : null };
}

/** One CSV line from cells: quotes a cell when it holds the separator, a quote or a line break. */
export function toCsvLine(cells: readonly (string | number | null | undefined)[], separator: CsvSeparator = ','): string {
  return cells
    .map((c) => {
      const s = c == null ? '' : String(c);
      return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(separator);
}
