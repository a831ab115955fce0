/**
 * The ledger export: every row of the filtered set (all pages, through the page's urql client), as
 * CSV (UTF-8 with a BOM, so Excel reads Vietnamese; CRLF; dates dd/MM/yyyy; amounts as plain whole
 * numbers) or XLSX (./xlsx: real dates and numbers). Column titles follow the screen's language.
 */
import type { Client } from '@urql/core';
import { csvText, fileSlug, formatLocalDate, formatTimestamp, t, type Locale } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { NO_DATA, queryAllPages } from '../common/query-once';
import { categoryLabel, channelLabel, kindLabel } from './labels';
import { counterparty, direction } from './model';
import { LEDGER_EXPORT_PAGE, LedgerDocument, type LedgerFilter, type LedgerRowFragment } from './operations';
import { buildXlsx, type XlsxCell } from './xlsx';

/** Pages read at most (100 rows each): 200,000 rows. */
const MAX_PAGES = 2000;

/** Every row of a fund's ledger under a filter, newest first. `onProgress(rowsSoFar)` after each page. */
export async function fetchAllLedger(
  client: Pick<Client, 'executeQuery'>,
  fundId: string,
  filter: LedgerFilter,
  onProgress?: (rows: number) => void,
): Promise<{ ok: true; rows: LedgerRowFragment[] } | { ok: false; error: AppError }> {
  const r = await queryAllPages(client, LedgerDocument, (after) => ({ fundId, filter, first: LEDGER_EXPORT_PAGE, after }), (d) => d.ledger, MAX_PAGES, (rows) => void onProgress?.(rows.length));
  return r.ok ? { ok: true, rows: r.nodes } : { ok: false, error: r.error ?? NO_DATA };
}

const EXPORT_COLUMNS = [
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

/** CSV text of a table (csvText: BOM, CRLF), dates dd/MM/yyyy, numbers as plain digits. */
export function toCsv(header: readonly string[], rows: readonly (readonly XlsxCell[])[]): string {
  const cell = (v: XlsxCell) => (v === null || v === undefined ? '' : typeof v === 'object' ? formatLocalDate(v.date) : String(v));
  return csvText([header, ...rows.map((r) => r.map(cell))]);
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
  const slug = fileSlug(fundName).slice(0, 60);
  const parts = ['so-quy', slug, filter.from ?? '', filter.to ?? ''].filter(Boolean);
  return `${parts.join('-')}.${ext}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
