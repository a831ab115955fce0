import { useRef, useState, type ReactNode } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode, type UseQueryState } from 'urql';
import { Button, LoadingState, Pager, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { QueryError } from '../../app/ErrorView';
import { useCursorPager } from './paging';

type Paging = 'first' | 'after';

/**
 * One page of a keyset-paged list: `variables` (the filter) plus `first: pageSize` and the pager's
 * `after`. A new filter starts again at page 1.
 */
export function usePagedQuery<Q, V extends AnyVariables>(query: TypedDocumentNode<Q, V>, variables: Omit<V, Paging>, pageSize: number) {
  const pager = useCursorPager(JSON.stringify(variables));
  const [res, reexecute] = useQuery<Q, V>({ query, variables: { ...variables, first: pageSize, after: pager.after } as unknown as V });
  return { res, pager, error: describeError(res.error), retry: () => reexecute({ requestPolicy: 'network-only' }) };
}

export interface PagedQuery {
  res: Pick<UseQueryState, 'fetching'>;
  pager: ReturnType<typeof useCursorPager>;
  error: AppError | null;
  retry(): void;
}

interface Page {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

/**
 * A page of results with previous/next under it, `empty` for an empty page, and the loading and
 * error states before any data. A counted list (`total`) shows its count above and keeps
 * previous/next under an empty page.
 */
export function PagedResults<C extends Page>(p: { query: PagedQuery; conn: C | null | undefined; empty: ReactNode; total?: boolean; children(conn: C): ReactNode }) {
  const { t } = useI18n();
  const { conn, query } = p;
  const { pager } = query;
  if (!conn) return <QueryFallback fetching={query.res.fetching} error={query.error} onRetry={query.retry} />;
  const empty = conn.edges.length === 0;
  return (
    <>
      {p.total ? <p className="lnob-muted">{t('state.total', { count: conn.totalCount ?? 0 })}</p> : null}
      {empty ? p.empty : p.children(conn)}
      {!empty || p.total ? (
        <Pager page={pager.page} hasPrevious={pager.hasPrevious} hasNext={conn.pageInfo.hasNextPage} onPrevious={pager.previous} onNext={() => pager.next(conn.pageInfo.endCursor)} />
      ) : null}
    </>
  );
}

/** What a screen says of an answer without the object asked for (not there, or not of the kind asked for). */
export const NOT_FOUND_ERROR: AppError = { code: 'NOT_FOUND', reason: 'NOT_FOUND', requestId: null, fieldErrors: [], message: '', network: false };

/**
 * QueryFallback's props for a `useQuery` answer: loading, its error — NOT_FOUND when `missing` (it
 * answered without the object asked for) — and "retry", which asks the network again.
 */
export function fallbackProps(res: { fetching: boolean; error?: CombinedError }, reexecute: (opts: { requestPolicy: 'network-only' }) => void, missing = false) {
  return { fetching: res.fetching, error: describeError(res.error) ?? (missing ? NOT_FOUND_ERROR : null), onRetry: () => reexecute({ requestPolicy: 'network-only' }) };
}

/** What a screen or panel shows while it has no data: loading, else the error (with retry), else nothing. */
export function QueryFallback(p: { fetching: boolean; error: AppError | null; onRetry?: () => void }) {
  if (p.fetching) return <LoadingState />;
  return p.error ? <QueryError error={p.error} onRetry={p.onRetry} /> : null;
}

/** The loading or error state of a page of table rows, as one row across the table (`cols` columns). */
export function RowsFallback(p: { cols: number; fetching: boolean; error: AppError | null; onRetry(): void }) {
  return (
    <tr>
      <td colSpan={p.cols}>
        <QueryFallback fetching={p.fetching} error={p.error} onRetry={p.onRetry} />
      </td>
    </tr>
  );
}

/**
 * "Xem thêm" under a page of table rows when there is a next page; once asked, the next page
 * (`next(endCursor)`) in its place.
 */
export function MoreRows(p: { cols: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; testId: string; next(after: string): ReactNode }) {
  const { t } = useI18n();
  const [more, setMore] = useState(false);
  const after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
  if (!after) return null;
  if (more) return <>{p.next(after)}</>;
  return (
    <tr>
      <td colSpan={p.cols}>
        <Button variant="link" onClick={() => setMore(true)} data-testid={p.testId}>
          {t('imports.showMore')}
        </Button>
      </td>
    </tr>
  );
}

/**
 * Everything in `withheld` (personal fields the API withheld) seen so far by this screen: re-reads
 * from the cache carry the nulls but not the original error entries, so what was hidden stays hidden.
 */
export function useWithheldSoFar(withheld: Iterable<string>): ReadonlySet<string> {
  const seen = useRef(new Set<string>());
  for (const w of withheld) seen.current.add(w);
  return seen.current;
}
