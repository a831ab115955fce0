import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { DISBURSEMENT_CATEGORIES, TRANSACTION_KINDS } from '@lnob/domain';
import { Badge, Button, CSV_TYPE, DateField, EmptyState, formatInteger, formatLocalDate, formatVnd, saveFile, useI18n } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { useRoute, withQuery } from '../../app/router';
import { useCan } from '../../app/session';
import { FilterSelect, oneOf, useSetQuery } from '../common/filters';
import { fallbackProps, MoreRows, QueryFallback, RowsFallback } from '../common/queries';
import { exportFileName, fetchAllLedger, ledgerCsv, ledgerXlsx, XLSX_TYPE } from './export';
import { categoryLabel, channelLabel, kindLabel } from './labels';
import { counterparty, direction } from './model';
import { LEDGER_PAGE, LedgerDocument, type FundFieldsFragment, type LedgerQuery, type LedgerRowFragment } from './operations';

/** The ledger's filter from the URL (`from`, `to`, `kind`, `category`). */
function ledgerFilterOf(q: URLSearchParams) {
  return {
    from: q.get('from') || undefined,
    to: q.get('to') || undefined,
    kind: oneOf(TRANSACTION_KINDS, q.get('kind')),
    category: oneOf(DISBURSEMENT_CATEGORIES, q.get('category')),
  };
}

/**
 * `#/funds/<id>?tab=ledger&from=…&to=…&kind=…&category=…`: the fund's ledger, newest first,
 * filtered, with the totals of the whole filtered set (count, money in, money out), "Xem thêm"
 * for the next page, reversed rows marked and linked to their reversal, and the filtered set as
 * CSV or XLSX (every page).
 */
export function LedgerTable(p: { fund: FundFieldsFragment; saveFile?: (name: string, data: string | Uint8Array, type: string) => void }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const client = useClient();
  const can = useCan();
  const q = route.query;
  const filter = ledgerFilterOf(q);
  const set = useSetQuery();
  const [res, reexecute] = useQuery({ query: LedgerDocument, variables: { fundId: p.fund.id, filter, first: LEDGER_PAGE, after: null } });
  const [exporting, setExporting] = useState<{ format: 'csv' | 'xlsx'; rows: number } | null>(null);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const conn = res.data?.ledger;
  const invalidRange = filter.from && filter.to && filter.from > filter.to;
  const filtered = Object.values(filter).some((v) => v !== undefined);

  const download = async (format: 'csv' | 'xlsx') => {
    setExporting({ format, rows: 0 });
    setExportError(null);
    const r = await fetchAllLedger(client, p.fund.id, filter, (rows) => setExporting({ format, rows }));
    setExporting(null);
    if (!r.ok) return setExportError(r.error);
    const name = exportFileName(p.fund.name, filter, format);
    const save = p.saveFile ?? saveFile;
    if (format === 'csv') save(name, ledgerCsv(r.rows, p.fund.id, locale), CSV_TYPE);
    else save(name, ledgerXlsx(r.rows, p.fund.id, locale), XLSX_TYPE);
  };

  return (
    <section data-testid="ledger" aria-labelledby="ledger-title">
      <h2 id="ledger-title" className="lnob-visually-hidden">
        {t('funds.ledger')}
      </h2>
      <div className="lnob-toolbar">
        <DateField label={t('audit.from')} name="from" value={filter.from ?? ''} onChange={(v) => set({ from: v || null })} />
        <DateField label={t('audit.to')} name="to" value={filter.to ?? ''} onChange={(v) => set({ to: v || null })} error={invalidRange ? t('audit.invalidRange') : null} />
        <FilterSelect label={t('funds.kind')} name="kind" value={filter.kind} options={TRANSACTION_KINDS.map((k) => ({ value: k, label: kindLabel(k, locale) }))} />
        <FilterSelect label={t('funds.category')} name="category" value={filter.category} options={DISBURSEMENT_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, locale) }))} />
        {filtered ? (
          <div className="lnob-toolbar__buttons">
            <Button variant="link" onClick={() => set({ from: null, to: null, kind: null, category: null })}>
              {t('form.clear')}
            </Button>
          </div>
        ) : null}
      </div>
      {!conn ? (
        <QueryFallback {...fallbackProps(res, reexecute)} />
      ) : (
        <>
          <div className="lnob-funds__totals" data-testid="ledger-totals">
            <div>
              <span className="lnob-muted">{t('funds.totalCount')}</span> <strong data-testid="totals-count">{formatInteger(conn.totals.count, locale)}</strong>
            </div>
            <div>
              <span className="lnob-muted">{t('funds.moneyIn')}</span> <strong className="lnob-funds__in" data-testid="totals-in">{formatVnd(conn.totals.moneyIn, locale)}</strong>
            </div>
            <div>
              <span className="lnob-muted">{t('funds.moneyOut')}</span> <strong className="lnob-funds__out" data-testid="totals-out">{formatVnd(conn.totals.moneyOut, locale)}</strong>
            </div>
            <div className="lnob-page__actions">
              <Button onClick={() => void download('csv')} disabled={exporting !== null || conn.totals.count === 0} data-testid="export-csv">
                {exporting?.format === 'csv' ? t('funds.exporting', { rows: formatInteger(exporting.rows, locale), total: formatInteger(conn.totals.count, locale) }) : t('funds.exportCsv')}
              </Button>
              <Button onClick={() => void download('xlsx')} disabled={exporting !== null || conn.totals.count === 0} data-testid="export-xlsx">
                {exporting?.format === 'xlsx' ? t('funds.exporting', { rows: formatInteger(exporting.rows, locale), total: formatInteger(conn.totals.count, locale) }) : t('funds.exportXlsx')}
              </Button>
            </div>
          </div>
          <FormError error={exportError} />
          {conn.edges.length === 0 ? (
            <EmptyState message={filtered ? t('state.noResults') : t('funds.noTransactions')} />
          ) : (
            <table className="lnob-table lnob-funds__ledger" data-testid="ledger-table">
              <thead>
                <tr>
                  <th>{t('funds.date')}</th>
                  <th>{t('funds.kind')}</th>
                  <th>{t('funds.counterparty')}</th>
                  <th className="lnob-funds__num">{t('funds.moneyIn')}</th>
                  <th className="lnob-funds__num">{t('funds.moneyOut')}</th>
                  <th>{t('funds.receipt')}</th>
                  <th>{t('funds.status')}</th>
                  {can('data.capture') ? <th aria-label={t('funds.actions')} /> : null}
                </tr>
              </thead>
              <tbody>
                <LedgerRows fundId={p.fund.id} conn={conn} />
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

/** One page of rows, then "Xem thêm" (which becomes the next page once asked). */
function LedgerRows(p: { fundId: string; conn: LedgerQuery['ledger'] }) {
  const can = useCan();
  const { conn } = p;
  const cols = can('data.capture') ? 8 : 7;
  return (
    <>
      {conn.edges.map(({ node }) => (
        <LedgerLine key={node.id} tx={node} fundId={p.fundId} />
      ))}
      <MoreRows cols={cols} pageInfo={conn.pageInfo} testId="ledger-more" next={(after) => <NextPage fundId={p.fundId} after={after} cols={cols} />} />
    </>
  );
}

function NextPage(p: { fundId: string; after: string; cols: number }) {
  const route = useRoute();
  const [res, reexecute] = useQuery({ query: LedgerDocument, variables: { fundId: p.fundId, filter: ledgerFilterOf(route.query), first: LEDGER_PAGE, after: p.after } });
  const conn = res.data?.ledger;
  if (!conn) return <RowsFallback cols={p.cols} {...fallbackProps(res, reexecute)} />;
  return <LedgerRows fundId={p.fundId} conn={conn} />;
}

function LedgerLine(p: { tx: LedgerRowFragment; fundId: string }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const can = useCan();
  const { tx } = p;
  const dir = direction(tx, p.fundId);
  const open = (id: string) => withQuery(route, { tx: id });
  const who = counterparty(tx, p.fundId, locale);
  return (
    <tr data-id={tx.id} data-kind={tx.kind} data-reversed={tx.reversedBy ? 'true' : undefined} className={tx.reversedBy ? 'lnob-funds__reversed' : undefined}>
      <td>{formatLocalDate(tx.occurredOn)}</td>
      <td>
        <a href={open(tx.id)}>{kindLabel(tx.kind, locale)}</a>
        {tx.category ? <div className="lnob-muted">{categoryLabel(tx.category, locale)}</div> : null}
      </td>
      <td>
        {who || (tx.kind === 'REVERSAL' ? tx.note : null) || t('state.none')}
        {tx.anonymous ? <Badge>{t('funds.anonymous')}</Badge> : null}
        {tx.channel ? <div className="lnob-muted">{channelLabel(tx.channel, locale)}</div> : null}
      </td>
      <td className="lnob-funds__num lnob-funds__in">{dir === 'IN' ? formatVnd(tx.amount, locale) : ''}</td>
      <td className="lnob-funds__num lnob-funds__out">{dir === 'OUT' ? formatVnd(tx.amount, locale) : ''}</td>
      <td>{[tx.receiptNumber, tx.reference].filter(Boolean).join(' · ') || t('state.none')}</td>
      <td>
        {tx.reversedBy ? (
          <>
            <Badge tone="warn">{t('funds.reversed')}</Badge>{' '}
            <a href={open(tx.reversedBy.id)} data-testid="reversal-link">
              {t('funds.reversedOn', { date: formatLocalDate(tx.reversedBy.occurredOn) })}
            </a>
          </>
        ) : tx.reverses ? (
          <a href={open(tx.reverses.id)} data-testid="original-link">
            {t('funds.reversalOf', { date: formatLocalDate(tx.reverses.occurredOn) })}
          </a>
        ) : null}
      </td>
      {can('data.capture') ? (
        <td>
          {!tx.reversedBy && tx.kind !== 'REVERSAL' ? (
            <a href={withQuery(route, { reverse: tx.id })} className="lnob-button lnob-button--link" data-testid="reverse">
              {t('funds.reverse')}
            </a>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
