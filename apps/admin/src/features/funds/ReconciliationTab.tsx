import { useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { REASONS, parsePeriod as parseDomainPeriod, todayLocal } from '@lnob/domain';
import { Button, EmptyState, Field, Notice, SelectField, formatInteger, formatLocalDate, formatTimestamp, formatVnd, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { useRoute, withQuery } from '../../app/router';
import { loadSession, useCan } from '../../app/session';
import { UPLOAD_MAX_BYTES } from '../common/files';
import { useSetQuery } from '../common/filters';
import { fallbackProps, PagedResults, QueryFallback, usePagedQuery } from '../common/queries';
import { uploadFile, type UploadAnswer } from '../imports/upload';
import { defaultYear, yearsOf } from './model';
import {
  FundReconciliationDocument,
  FundStatementsDocument,
  ImportBankStatementDocument,
  STATEMENTS_PAGE,
  type FundHeaderQuery,
  type ImportBankStatementMutation,
  type StatementFieldsFragment,
} from './operations';
import { defaultAccount, parsePeriod, periodOf, problemText, rowRuns, sharePercent, shareFraction, statementFileProblem } from './reconciliation';
import { StatementLines } from './StatementLines';

type HeaderFund = FundHeaderQuery['fund'];

export interface ReconciliationTabProps {
  fund: HeaderFund;
  /** Sends a file to `POST /uploads` (tests replace it). */
  upload?: (file: File, token: string | null) => Promise<UploadAnswer>;
  /** The session token for the upload (tests replace it). */
  getToken?: () => string | null;
}

/**
 * `#/funds/<id>?tab=reconciliation&period=2025-01&statement=…&status=PROPOSED`: bank-statement
 * reconciliation (đối chiếu sao kê). The summary of a period (money in, how much of it is matched
 * to statement lines — as a percentage and as the exact fraction — and what is left unmatched on
 * both sides); for capture users the import of a statement CSV with its result (lines read,
 * problems by row, skipped rows, or STATEMENT_ALREADY_IMPORTED); the statements imported; their
 * lines, with confirm / reject of proposals, matching by hand and undoing.
 */
export function ReconciliationTab(p: ReconciliationTabProps) {
  const { t } = useI18n();
  const route = useRoute();
  const can = useCan();
  const q = route.query;
  const today = todayLocal();
  const { year, month } = parsePeriod(q.get('period'), defaultYear(p.fund, today));
  const years = yearsOf(p.fund, today);
  const setQuery = useSetQuery();
  const setPeriod = (y: number, m: number | null) => setQuery({ period: periodOf(y, m) });
  const statements = usePagedQuery(FundStatementsDocument, { fundId: p.fund.id }, STATEMENTS_PAGE);
  const statementId = q.get('statement');
  const page = statements.res.data?.bankStatements;
  const selected = page?.edges.find((e) => e.node.id === statementId)?.node ?? null;

  return (
    <section data-testid="reconciliation" aria-labelledby="recon-summary-title">
      <h2 id="recon-summary-title">{t('recon.summary')}</h2>
      <div className="lnob-toolbar">
        <SelectField label={t('funds.year')} name="reconYear" value={String(year)} onChange={(x) => setPeriod(Number(x), month)} options={(years.includes(year) ? years : [year, ...years]).map((y) => ({ value: String(y), label: String(y) }))} />
        <SelectField
          label={t('funds.month')}
          name="reconMonth"
          value={month === null ? '' : String(month)}
          onChange={(x) => setPeriod(year, x ? Number(x) : null)}
          options={[{ value: '', label: t('recon.wholeYear') }, ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${t('funds.month')} ${i + 1}` }))]}
        />
      </div>
      <ReconciliationSummary fundId={p.fund.id} period={periodOf(year, month)} />

      {can('data.capture') ? <StatementImport fund={p.fund} upload={p.upload ?? uploadFile} getToken={p.getToken ?? (() => loadSession()?.token ?? null)} /> : null}

      <h2>{t('recon.statements')}</h2>
      <PagedResults query={statements} conn={page} total empty={<EmptyState message={t('recon.noStatements')} />}>
        {(conn) => <StatementTable statements={conn.edges.map((e) => e.node)} selectedId={statementId} />}
      </PagedResults>

      <StatementLines fund={p.fund} statementId={statementId} statementName={selected?.fileName ?? null} />
    </section>
  );
}

/** Money in of the period, matched (amount and share), and the unmatched on both sides. */
function ReconciliationSummary(p: { fundId: string; period: string }) {
  const { t, locale } = useI18n();
  const [res, reexecute] = useQuery({ query: FundReconciliationDocument, variables: { fundId: p.fundId, period: p.period } });
  const r = res.data?.reconciliation;
  if (!r) return <QueryFallback {...fallbackProps(res, reexecute)} />;
  const v = (n: number) => formatVnd(n, locale);
  const n = (x: number) => formatInteger(x, locale);
  // While another period is fetched the previous answer stays on screen: mark the period it is of.
  const asked = parseDomainPeriod(p.period);
  const shown = asked.start === r.from && asked.end === r.to ? p.period : undefined;
  return (
    <div data-testid="recon-summary" data-period={shown} aria-busy={res.fetching || undefined}>
      <p className="lnob-muted">
        {formatLocalDate(r.from)} – {formatLocalDate(r.to)}
      </p>
      <div className="lnob-funds__cards">
        <div className="lnob-funds__card">
          <span className="lnob-muted">{t('recon.amountIn')}</span>
          <strong className="lnob-funds__in" data-testid="recon-amount-in">{v(r.amountIn)}</strong>
        </div>
        <div className="lnob-funds__card">
          <span className="lnob-muted">{t('recon.matched')}</span>
          <strong data-testid="recon-matched">{v(r.matched)}</strong>
        </div>
        <div className="lnob-funds__card" data-testid="recon-share" data-numerator={r.share?.numerator ?? ''} data-denominator={r.share?.denominator ?? ''}>
          <span className="lnob-muted">{t('recon.share')}</span>
          <strong data-testid="recon-share-percent">{sharePercent(r.share, locale)}</strong>
          <span className="lnob-muted" data-testid="recon-share-fraction">
            {r.share ? `${shareFraction(r.share, locale)} = ${v(r.matched)} / ${v(r.amountIn)}` : t('recon.shareNone')}
          </span>
        </div>
        <div className="lnob-funds__card" data-testid="recon-unmatched-lines">
          <span className="lnob-muted">{t('recon.unmatchedLines')}</span>
          <strong>{n(r.unmatchedLines)}</strong>
          <span className="lnob-muted">{v(r.unmatchedLinesAmount)}</span>
        </div>
        <div className="lnob-funds__card" data-testid="recon-unmatched-donations">
          <span className="lnob-muted">{t('recon.unmatchedDonations')}</span>
          <strong>{n(r.unmatchedDonations)}</strong>
          <span className="lnob-muted">{v(r.unmatchedDonationsAmount)}</span>
        </div>
      </div>
    </div>
  );
}

const kib = (bytes: number, locale: 'vi' | 'en') => `${formatInteger(Math.max(1, Math.ceil(bytes / 1024)), locale)} KB`;

type Phase = 'idle' | 'uploading' | 'importing';
type ImportResult = ImportBankStatementMutation['importBankStatement'];

/**
 * Choose a statement CSV (checked here: .csv, not empty, ≤ 64 MB) and the fund account it is of,
 * upload it with the session token, import it; then its result: lines read, rows that could not be
 * read (row, column, reason), rows skipped, or why it was refused (STATEMENT_ALREADY_IMPORTED).
 */
function StatementImport(p: { fund: HeaderFund; upload: NonNullable<ReconciliationTabProps['upload']>; getToken(): string | null }) {
  const { t, locale } = useI18n();
  const setQuery = useSetQuery();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [account, setAccount] = useState(() => defaultAccount(p.fund.bankAccounts));
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<AppError | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [, importStatement] = useMutation(ImportBankStatementDocument);
  const problem = file ? statementFileProblem(file) : null;
  const max = `${UPLOAD_MAX_BYTES / 1024 / 1024} MB`;
  const problemMessage =
    problem === 'wrongType' ? t('recon.wrongType') : problem === 'empty' ? t('imports.emptyFile') : problem === 'tooLarge' ? t('imports.tooLarge', { size: kib(file!.size, locale), max }) : null;

  const send = async () => {
    if (!file || problem || phase !== 'idle') return;
    setError(null);
    setResult(null);
    setPhase('uploading');
    const up = await p.upload(file, p.getToken());
    if (!up.ok) {
      setPhase('idle');
      return setError(up.error);
    }
    setPhase('importing');
    const r = await importStatement({ input: { fundId: p.fund.id, uploadId: up.upload.uploadId, accountNumber: account || null } });
    setPhase('idle');
    const done = r.data?.importBankStatement;
    if (!done) return setError(describeError(r.error));
    setResult(done);
    setFile(null);
    if (input.current) input.current.value = '';
    // Show the new statement's lines.
    setQuery({ statement: done.statement.id, status: null });
  };

  return (
    <section className="lnob-funds__group lnob-funds__import" aria-labelledby={`${id}-title`} data-testid="statement-import">
      <h2 id={`${id}-title`}>{t('recon.upload')}</h2>
      <p className="lnob-muted">{t('recon.uploadHelp')}</p>
      <div className="lnob-toolbar">
        <Field label={t('recon.file', { max })} htmlFor={id} error={problemMessage}>
          <div className="lnob-funds__picker">
            <input
              ref={input}
              id={id}
              name="statementFile"
              type="file"
              accept=".csv,text/csv"
              className="lnob-funds__file-input"
              data-testid="statement-file"
              disabled={phase !== 'idle'}
              aria-invalid={problemMessage ? true : undefined}
              onChange={(e) => {
                setError(null);
                setFile(e.target.files?.[0] ?? null);
              }}
            />
            <label htmlFor={id} className="lnob-button lnob-button--secondary" aria-hidden="true">
              {t('imports.browse')}
            </label>
            {file ? <span data-testid="statement-chosen">{t('imports.chosen', { name: file.name, size: kib(file.size, locale) })}</span> : <span className="lnob-muted">{t('imports.noFile')}</span>}
          </div>
        </Field>
        <SelectField
          label={t('recon.account')}
          name="accountNumber"
          value={account}
          onChange={setAccount}
          options={[{ value: '', label: t('recon.noAccount') }, ...p.fund.bankAccounts.map((b) => ({ value: b.accountNumber, label: `${b.accountNumber} — ${b.bankName}` }))]}
        />
      </div>
      <Button variant="primary" onClick={() => void send()} disabled={!file || problem !== null || phase !== 'idle'} data-testid="statement-import-submit">
        {phase === 'uploading' ? t('imports.uploading') : phase === 'importing' ? t('recon.importing') : t('recon.import')}
      </Button>
      {error ? (
        <div data-testid="import-error" data-reason={error.reason ?? error.code ?? (error.network ? 'NETWORK' : undefined)}>
          <FormError error={error} />
          {error.reason === REASONS.STATEMENT_ALREADY_IMPORTED ? <p className="lnob-funds__figures-line">{t('recon.alreadyImportedHelp')}</p> : null}
        </div>
      ) : null}
      {result ? <ImportResultView result={result} /> : null}
    </section>
  );
}

/** What an import did: lines read (and their dates), rows not read by row with the reason, rows skipped. */
function ImportResultView(p: { result: ImportResult }) {
  const { t, locale } = useI18n();
  const { statement: s, problems, skippedRows } = p.result;
  return (
    <Notice kind={problems.length > 0 ? 'warning' : 'success'} title={t('recon.imported', { file: s.fileName })}>
      <div data-testid="import-result" data-lines={s.lineCount} data-problems={problems.length} data-skipped={skippedRows.length}>
        <p>{s.lineCount > 0 && s.fromDate && s.toDate ? t('recon.linesRead', { count: formatInteger(s.lineCount, locale), from: formatLocalDate(s.fromDate), to: formatLocalDate(s.toDate) }) : t('recon.noLinesRead')}</p>
        {problems.length > 0 ? (
          <>
            <p>{t('recon.problems', { count: formatInteger(problems.length, locale) })}</p>
            <table className="lnob-table" data-testid="import-problems">
              <thead>
                <tr>
                  <th className="lnob-funds__num">{t('recon.row')}</th>
                  <th>{t('recon.column')}</th>
                  <th>{t('recon.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((x, i) => (
                  <tr key={`${x.row}-${x.column}-${i}`} data-row={x.row ?? ''} data-reason={x.reason}>
                    <td className="lnob-funds__num">{x.row ?? t('recon.wholeFile')}</td>
                    <td>{x.column ?? t('state.none')}</td>
                    <td>{problemText(x, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
        {skippedRows.length > 0 ? <p data-testid="import-skipped">{t('recon.skipped', { rows: rowRuns(skippedRows) })}</p> : null}
      </div>
    </Notice>
  );
}

/** The statements imported, newest first; each selects its lines below. */
function StatementTable(p: { statements: readonly (StatementFieldsFragment & { proposed: { totalCount: number }; unmatched: { totalCount: number } })[]; selectedId: string | null }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const n = (x: number) => formatInteger(x, locale);
  return (
    <table className="lnob-table" data-testid="statements-table">
      <thead>
        <tr>
          <th>{t('imports.fileName')}</th>
          <th>{t('recon.account')}</th>
          <th>{t('recon.dates')}</th>
          <th className="lnob-funds__num">{t('recon.lineCount')}</th>
          <th>{t('recon.toReview')}</th>
          <th>{t('recon.importedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {p.statements.map((s) => {
          const current = s.id === p.selectedId;
          return (
            <tr key={s.id} data-id={s.id} className={current ? 'lnob-funds__current' : undefined}>
              <td>
                <a href={withQuery(route, { statement: current ? null : s.id, status: null })} aria-current={current ? 'true' : undefined}>
                  {s.fileName}
                </a>
              </td>
              <td>{s.accountNumber ?? t('state.none')}</td>
              <td>{s.fromDate && s.toDate ? `${formatLocalDate(s.fromDate)} – ${formatLocalDate(s.toDate)}` : t('state.none')}</td>
              <td className="lnob-funds__num">{n(s.lineCount)}</td>
              <td data-testid="statement-open">{t('recon.openCounts', { proposed: n(s.proposed.totalCount), unmatched: n(s.unmatched.totalCount) })}</td>
              <td>
                {formatTimestamp(s.importedAt)}
                <div className="lnob-muted">{s.importedBy}</div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
