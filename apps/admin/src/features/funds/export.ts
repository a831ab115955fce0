/**
 * The ledger export: every row of the filtered set (all pages, through the page's urql client), as
 * CSV (UTF-8 with a BOM, so Excel reads Vietnamese; CRLF; dates dd/MM/yyyy; amounts as plain whole
 * numbers) or XLSX (./xlsx: real dates and numbers). Column titles follow the screen's language.
 */
import type { Client, OperationResult } from '@urql/core';
import { foldVietnamese, toCsvLine } from '@lnob/domain';
import { formatLocalDate, formatTimestamp, t, type Locale } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { categoryLabel, channelLabel, counterparty, direction, kindLabel } from './model';
import { LEDGER_EXPORT_PAGE, LedgerDocument, type LedgerFilter, type LedgerQuery, type LedgerRowFragment } from './operations';
import { queryOnce } from './query-once';
import { buildXlsx, type XlsxCell } from './xlsx';

/** Pages read at most (100 rows each): 200,000 rows. */
const MAX_PAGES = 2000;

export const UTF8_BOM = '\uFEFF';

/** Every row of a fund's ledger under a filter, newest first. `onProgress(rowsSoFar)` after each page. */
export async function fetchAllLedger(
  client: Pick<Client, 'executeQuery'>,
  fundId: string,
  filter: LedgerFilter,
  onProgress?: (rows: number) => void,
): Promise<{ ok: true; rows: LedgerRowFragment[] } | { ok: false; error: AppError }> {
  const rows: LedgerRowFragment[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: OperationResult<LedgerQuery> = await queryOnce(client, LedgerDocument, { fundId, filter, first: LEDGER_EXPORT_PAGE, after });
    const conn = result.data?.ledger;
    if (!conn) return { ok: false, error: describeError(result.error) ?? { code: null, reason: null, requestId: null, fieldErrors: [], message: 'no data', network: false } };
    for (const e of conn.edges) rows.push(e.node);
    onProgress?.(rows.length);
    if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) break;
    after = conn.pageInfo.endCursor;
  }
  return { ok: true, rows };
}

export const EXPORT_COLUMNS = [
  'funds.date',
  'funds.kind',
  'funds.category',
  'funds.channel',
  'funds.counterparty',
  'funds.anonymous',
  'funds.moneyIn',
  'funds.moneyOut',
  'funds.receipt',
  'funds.reference',
  'funds.note',
  'funds.valuation',
  'funds.status',
  'funds.relatedId',
  'funds.recordedBy',
  'funds.recordedAt',
  'funds.transactionId',
] as const;

const MONEY_IN = EXPORT_COLUMNS.indexOf('funds.moneyIn');
const MONEY_OUT = EXPORT_COLUMNS.indexOf('funds.moneyOut');

/** The export as a table: titles and one row of cells per transaction (dates as `{ date }`). */
export function ledgerTable(rows: readonly LedgerRowFragment[], fundId: string, locale: Locale): { header: string[]; rows: XlsxCell[][] } {
  const header = EXPORT_COLUMNS.map((k) => t(k, locale));
  const body = rows.map((tx): XlsxCell[] => {
    const dir = direction(tx, fundId);
    const status = tx.reversedBy ? t('funds.reversedOn', locale, { date: formatLocalDate(tx.reversedBy.occurredOn) }) : tx.reverses ? t('funds.reversalOf', locale, { date: formatLocalDate(tx.reverses.occurredOn) }) : '';
    return [
      { date: tx.occurredOn },
      kindLabel(tx.kind, locale),
      categoryLabel(tx.category, locale),
      channelLabel(tx.channel, locale),
      counterparty(tx, fundId, locale),
      tx.anonymous ? t('households.yes', locale) : '',
      dir === 'IN' ? tx.amount : null,
      dir === 'OUT' ? tx.amount : null,
      tx.receiptNumber,
      tx.reference,
      tx.note,
      tx.valuation,
      status,
      tx.reversedBy?.id ?? tx.reverses?.id ?? null,
      tx.recordedBy,
      formatTimestamp(tx.recordedAt),
      tx.id,
    ];
  });
  return { header, rows: body };
}

/** CSV text of a table: BOM, CRLF, dates dd/MM/yyyy, numbers as plain digits. */
export function toCsv(header: readonly string[], rows: readonly (readonly XlsxCell[])[]): string {
  const cell = (v: XlsxCell) => (v === null || v === undefined ? '' : typeof v === 'object' ? formatLocalDate(v.date) : String(v));
  return `${UTF8_BOM}${[header, ...rows.map((r) => r.map(cell))].map((r) => toCsvLine(r)).join('\r\n')}\r\n`;
}

export function ledgerCsv(rows: readonly LedgerRowFragment[], fundId: string, locale: Locale): string {
  const table = ledgerTable(rows, fundId, locale);
  return toCsv(table.header, table.rows);
}

export function ledgerXlsx(rows: readonly LedgerRowFragment[], fundId: string, locale: Locale): Uint8Array {
  const table = ledgerTable(rows, fundId, locale);
  return buildXlsx({
    name: t('funds.ledger', locale),
    header: table.header,
    rows: table.rows,
    amountColumns: [MONEY_IN, MONEY_OUT],
    widths: [12, 22, 26, 18, 36, 9, 16, 16, 14, 16, 30, 30, 26, 18, 20, 17, 22],
  });
}

/** `so-quy-quy-vi-nguoi-ngheo-tinh-quang-nam-2025-01-01-2025-01-31.csv` */
export function exportFileName(fundName: string, filter: LedgerFilter, ext: 'csv' | 'xlsx'): string {
  const slug = foldVietnamese(fundName)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const parts = ['so-quy', slug, filter.from ?? '', filter.to ?? ''].filter(Boolean);
  return `${parts.join('-')}.${ext}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a file to the browser as a download. */
export function saveFile(name: string, data: string | Uint8Array, type: string): void {
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
