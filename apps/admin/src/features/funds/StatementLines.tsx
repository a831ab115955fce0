import { useEffect, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { addDays } from '@lnob/domain';
import { Badge, Button, DateField, Dialog, EmptyState, Notice, SelectField, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { useRoute, withQuery } from '../../app/router';
import { useCan } from '../../app/session';
import { useSetQuery } from '../common/filters';
import { PagedResults, usePagedQuery } from '../common/queries';
import { queryAllPages } from '../common/query-once';
import { donorKindLabel } from './labels';
import {
  CANDIDATES_PAGE,
  ConfirmStatementMatchDocument,
  FundStatementLinesDocument,
  MatchCandidatesDocument,
  MatchStatementLineDocument,
  RejectStatementMatchDocument,
  STATEMENT_LINES_PAGE,
  UnmatchStatementLineDocument,
  type MatchCandidatesQuery,
  type StatementLineRowFragment,
} from './operations';
import { evidenceLabel, LINE_STATUS_TONE, LINE_STATUSES, lineStatusLabel, lineStatusOf, MANUAL_MATCH_DAYS, matchCandidates } from './reconciliation';

type Line = StatementLineRowFragment;
type Action = 'confirm' | 'reject' | 'unmatch';

/**
 * The statement lines of the fund (of the statement chosen, or all), filtered by status, with the
 * donation proposed for each or confirmed against it (date, donor, amount, reference, evidence and
 * score), and the officer's decisions: confirm or reject a proposal, match an unmatched money-in
 * line by hand, undo a confirmation. Each decision says what the line became.
 */
export function StatementLines(p: { fund: { id: string }; statementId: string | null; statementName: string | null }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const can = useCan();
  const capture = can('data.capture');
  const status = lineStatusOf(route.query.get('status'));
  const setQuery = useSetQuery();
  const list = usePagedQuery(FundStatementLinesDocument, { fundId: p.fund.id, statementId: p.statementId, status }, STATEMENT_LINES_PAGE);
  const conn = list.res.data?.statementLines;
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, AppError | null>>({});
  const [done, setDone] = useState<Line | null>(null);
  const [matching, setMatching] = useState<Line | null>(null);
  const [, confirm] = useMutation(ConfirmStatementMatchDocument);
  const [, reject] = useMutation(RejectStatementMatchDocument);
  const [, unmatch] = useMutation(UnmatchStatementLineDocument);

  const act = async (line: Line, action: Action) => {
    if (busy) return;
    setBusy(line.id);
    setDone(null);
    const input = { input: { lineId: line.id } };
    const r = action === 'confirm' ? await confirm(input) : action === 'reject' ? await reject(input) : await unmatch(input);
    setBusy(null);
    const d = r.data as Record<string, { line: Line } | undefined> | undefined;
    const after = d && Object.values(d)[0]?.line;
    setErrors((e) => ({ ...e, [line.id]: after ? null : describeError(r.error) }));
    if (after) setDone(after);
  };

  return (
    <section data-testid="statement-lines" aria-labelledby="recon-lines-title">
      <h2 id="recon-lines-title">{t('recon.lines')}</h2>
      <div className="lnob-toolbar">
        <SelectField
          label={t('funds.status')}
          name="lineStatus"
          value={status ?? ''}
          onChange={(x) => setQuery({ status: x || null })}
          options={[{ value: '', label: t('form.all') }, ...LINE_STATUSES.map((s) => ({ value: s, label: lineStatusLabel(s, locale) }))]}
        />
        <div className="lnob-funds__statement-filter">
          <span className="lnob-muted">{t('recon.statement')}:</span> <strong data-testid="lines-statement">{p.statementId ? (p.statementName ?? p.statementId) : t('recon.allStatements')}</strong>
          {p.statementId ? (
            <a href={withQuery(route, { statement: null })} className="lnob-button lnob-button--link">
              {t('recon.allStatements')}
            </a>
          ) : null}
        </div>
      </div>
      {done ? (
        <Notice kind="success">
          <span data-testid="line-result" data-status={done.status}>
            {t('recon.lineNow', { row: done.row, status: lineStatusLabel(done.status, locale) })}
          </span>
        </Notice>
      ) : null}
      <PagedResults query={list} conn={conn} total empty={<EmptyState message={status || p.statementId ? t('state.noResults') : t('recon.noStatements')} />}>
        {(page) => (
          <table className="lnob-table lnob-funds__lines" data-testid="lines-table">
            <thead>
              <tr>
                <th className="lnob-funds__num">{t('recon.row')}</th>
                <th>{t('funds.date')}</th>
                <th className="lnob-funds__num">{t('funds.amount')}</th>
                <th>{t('recon.description')}</th>
                <th>{t('funds.status')}</th>
                <th>{t('recon.donation')}</th>
                {capture ? <th aria-label={t('funds.actions')} /> : null}
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node: l }) => (
                <tr key={l.id} data-id={l.id} data-row={l.row} data-status={l.status}>
                  <td className="lnob-funds__num">{l.row}</td>
                  <td>{formatLocalDate(l.occurredOn)}</td>
                  <td className={`lnob-funds__num ${l.amount < 0 ? 'lnob-funds__out' : 'lnob-funds__in'}`}>{formatVnd(l.amount, locale)}</td>
                  <td>
                    {l.description || t('state.none')}
                    {l.reference ? <div className="lnob-muted">{`${t('funds.reference')}: ${l.reference}`}</div> : null}
                  </td>
                  <td>
                    <Badge tone={LINE_STATUS_TONE[l.status]}>
                      <span data-status={l.status}>{lineStatusLabel(l.status, locale)}</span>
                    </Badge>
                  </td>
                  <td>{l.transaction && (l.status === 'PROPOSED' || l.status === 'CONFIRMED') ? <LineDonation line={l} /> : null}</td>
                  {capture ? (
                    <td className="lnob-funds__line-actions">
                      <LineActions line={l} busy={busy === l.id} disabled={busy !== null} onAct={(a) => void act(l, a)} onMatch={() => setMatching(l)} />
                      <FormError error={errors[l.id] ?? null} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedResults>
      {matching ? (
        <MatchDialog
          fundId={p.fund.id}
          line={matching}
          onClose={() => setMatching(null)}
          onMatched={(after) => {
            setMatching(null);
            setErrors((e) => ({ ...e, [after.id]: null }));
            setDone(after);
          }}
        />
      ) : null}
    </section>
  );
}

/** The donation proposed (with its evidence and score) or confirmed, linked to the ledger row. */
function LineDonation(p: { line: Line }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const tx = p.line.transaction!;
  return (
    <div data-testid="line-donation" data-id={tx.id}>
      <a href={withQuery(route, { tx: tx.id })}>{formatLocalDate(tx.occurredOn)}</a> · {tx.donor?.name ?? t('state.none')}
      {tx.anonymous ? <Badge>{t('funds.anonymous')}</Badge> : null} · <strong>{formatVnd(tx.amount, locale)}</strong>
      {tx.reference || tx.receiptNumber ? <div className="lnob-muted">{[tx.reference, tx.receiptNumber].filter(Boolean).join(' · ')}</div> : null}
      {p.line.status === 'PROPOSED' ? (
        <div className="lnob-funds__evidence" data-testid="evidence">
          {p.line.evidence.map((e) => (
            <Badge key={e} tone="good">
              <span data-evidence={e}>{evidenceLabel(e, locale)}</span>
            </Badge>
          ))}
          {p.line.score !== null ? <span className="lnob-muted" data-testid="score">{t('recon.score', { score: p.line.score })}</span> : null}
        </div>
      ) : null}
      {tx.reversedBy ? (
        <div>
          <Badge tone="warn">{t('recon.donationReversed')}</Badge>
        </div>
      ) : null}
    </div>
  );
}

function LineActions(p: { line: Line; busy: boolean; disabled: boolean; onAct(a: Action): void; onMatch(): void }) {
  const { t } = useI18n();
  const { line } = p;
  if (line.status === 'PROPOSED') {
    // A donation reversed after it was proposed is no match (the API would still confirm it).
    const reversed = line.transaction?.reversedBy != null;
    return (
      <>
        {reversed ? null : (
          <>
            <Button variant="primary" onClick={() => p.onAct('confirm')} disabled={p.disabled} data-testid="line-confirm">
              {p.busy ? t('funds.sending') : t('recon.confirm')}
            </Button>{' '}
          </>
        )}
        <Button onClick={() => p.onAct('reject')} disabled={p.disabled} data-testid="line-reject">
          {t('recon.reject')}
        </Button>
      </>
    );
  }
  if (line.status === 'UNMATCHED' && line.amount > 0) {
    return (
      <Button onClick={p.onMatch} disabled={p.disabled} data-testid="line-match">
        {t('recon.matchByHand')}
      </Button>
    );
  }
  if (line.status === 'CONFIRMED') {
    return (
      <Button onClick={() => p.onAct('unmatch')} disabled={p.disabled} data-testid="line-unmatch">
        {p.busy ? t('funds.sending') : t('recon.unmatch')}
      </Button>
    );
  }
  return null;
}

/** Ledger pages read per kind at most for a manual match (100 rows each). */
const CANDIDATE_PAGES = 20;
const CANDIDATE_KINDS = ['DONATION', 'PLEDGE_FULFILMENT'] as const;

type CandidateNode = MatchCandidatesQuery['ledger']['edges'][number]['node'];

interface Candidates {
  loading: boolean;
  rows: CandidateNode[];
  /** More money in within the dates than was read. */
  capped: boolean;
  error: AppError | null;
}

/** Every donation and pledge fulfilment of the fund within the dates (at most CANDIDATE_PAGES pages per kind). */
function useCandidates(fundId: string, from: string, to: string): Candidates & { retry(): void } {
  const client = useClient();
  const [state, setState] = useState<Candidates>({ loading: true, rows: [], capped: false, error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setState({ loading: true, rows: [], capped: false, error: null });
    void (async () => {
      const rows: CandidateNode[] = [];
      let capped = false;
      for (const kind of CANDIDATE_KINDS) {
        const r = await queryAllPages(client, MatchCandidatesDocument, (after) => ({ fundId, filter: { kind, from, to }, first: CANDIDATES_PAGE, after }), (d) => d.ledger, CANDIDATE_PAGES, () => cancelled);
        if (cancelled) return;
        if (!r.ok) return setState({ loading: false, rows: [], capped: false, error: r.error });
        rows.push(...r.nodes);
        capped ||= r.capped;
      }
      setState({ loading: false, rows, capped, error: null });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, fundId, from, to, attempt]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

/**
 * Match an unmatched money-in line by hand: the fund's donations and pledge fulfilments of the same
 * amount, not reversed, within ±15 days of the line (the dates can be changed), nearest first.
 */
function MatchDialog(p: { fundId: string; line: Line; onClose(): void; onMatched(line: Line): void }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const { line } = p;
  const [from, setFrom] = useState(() => addDays(line.occurredOn, -MANUAL_MATCH_DAYS));
  const [to, setTo] = useState(() => addDays(line.occurredOn, MANUAL_MATCH_DAYS));
  const valid = from !== '' && to !== '' && from <= to;
  const found = useCandidates(p.fundId, valid ? from : line.occurredOn, valid ? to : line.occurredOn);
  const candidates = matchCandidates(found.rows, line);
  const [state, match] = useMutation(MatchStatementLineDocument);
  const [error, setError] = useState<AppError | null>(null);

  const choose = async (transactionId: string) => {
    if (state.fetching) return;
    const r = await match({ input: { lineId: line.id, transactionId } });
    const after = r.data?.matchStatementLine.line;
    if (after) return p.onMatched(after);
    setError(describeError(r.error));
  };

  return (
    <Dialog title={t('recon.matchTitle', { row: line.row })} onClose={p.onClose} wide footer={<Button onClick={p.onClose}>{t('funds.close')}</Button>}>
      <div data-testid="match-dialog" data-line={line.id}>
        <p>
          <strong>{formatLocalDate(line.occurredOn)}</strong> · <strong className="lnob-funds__in">{formatVnd(line.amount, locale)}</strong> · {line.description}
          {line.reference ? ` · ${line.reference}` : ''}
        </p>
        <p className="lnob-muted">{t('recon.matchHelp', { amount: formatVnd(line.amount, locale) })}</p>
        <div className="lnob-toolbar">
          <DateField label={t('audit.from')} name="matchFrom" value={from} onChange={setFrom} />
          <DateField label={t('audit.to')} name="matchTo" value={to} onChange={setTo} error={from && to && from > to ? t('audit.invalidRange') : null} />
        </div>
        {found.loading ? (
          <p className="lnob-muted">{t('state.loading')}</p>
        ) : found.error ? (
          <>
            <FormError error={found.error} />
            <Button onClick={found.retry}>{t('state.retry')}</Button>
          </>
        ) : candidates.length === 0 ? (
          <Notice kind="info">
            <span data-testid="no-candidates">{t('recon.noCandidates')}</span>{' '}
            <a href={withQuery(route, { form: 'donation' })} onClick={p.onClose} data-testid="record-donation">
              {t('funds.recordDonation')}
            </a>
          </Notice>
        ) : (
          <table className="lnob-table" data-testid="candidates">
            <thead>
              <tr>
                <th>{t('funds.date')}</th>
                <th>{t('funds.donor')}</th>
                <th className="lnob-funds__num">{t('funds.amount')}</th>
                <th>{t('funds.reference')}</th>
                <th aria-label={t('funds.actions')} />
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id} data-id={c.id}>
                  <td>
                    {formatLocalDate(c.occurredOn)}
                    <div className="lnob-muted">{c.daysApart === 0 ? t('recon.sameDay') : t('recon.daysApart', { days: c.daysApart })}</div>
                  </td>
                  <td>
                    {c.donor ? `${c.donor.name} (${donorKindLabel(c.donor.kind, locale)})` : t('state.none')}
                    {c.anonymous ? <Badge>{t('funds.anonymous')}</Badge> : null}
                  </td>
                  <td className="lnob-funds__num">{formatVnd(c.amount, locale)}</td>
                  <td>{[c.reference, c.receiptNumber].filter(Boolean).join(' · ') || t('state.none')}</td>
                  <td>
                    <Button variant="primary" onClick={() => void choose(c.id)} disabled={state.fetching} data-testid="choose-candidate">
                      {t('recon.choose')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {found.capped ? <p className="lnob-muted">{t('recon.tooManyCandidates', { count: CANDIDATE_PAGES * CANDIDATES_PAGE })}</p> : null}
        <FormError error={error} />
      </div>
    </Dialog>
  );
}
