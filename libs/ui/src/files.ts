/**
 * Files the apps build in the browser and hand to the user: CSV text as Excel reads it (UTF-8 with a
 * byte-order mark, CRLF lines, cells quoted by `toCsvLine` of @lnob/domain), a file name from any
 * Vietnamese text, and the download itself.
 */
import { foldVietnamese, toCsvLine } from '@lnob/domain';

/** Makes Excel read a CSV file as UTF-8 (Vietnamese). */
export const UTF8_BOM = '\uFEFF';

export const CSV_TYPE = 'text/csv;charset=utf-8';

/** A CSV file's text: the BOM, then one line per row, each ended by CRLF. */
export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${UTF8_BOM}${rows.map((r) => toCsvLine(r)).join('\r\n')}\r\n`;
}

/** Text as a file name: no accents, lower case, runs of anything but letters and digits as one `-` (`Rà soát 2024` → `ra-soat-2024`). */
export function fileSlug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands a file to the browser as a download. */
export function saveFile(name: string, data: string | Uint8Array, type: string = CSV_TYPE): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
