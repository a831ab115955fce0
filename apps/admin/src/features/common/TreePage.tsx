import { useState, type ReactNode } from 'react';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { Button, LoadingState, TreeMessage, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { QueryError } from '../../app/ErrorView';

export interface Connection<N> {
  edges: readonly { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * One page of a lazily loaded tree level (or of a flat result list), followed, on "load more", by
 * the next page. Each page is its own query keyed by its `after` cursor, so graphcache keeps them
 * apart and nothing is fetched before a level is opened.
 */
export function TreePage<Q, V extends AnyVariables, N>(p: {
  query: TypedDocumentNode<Q, V>;
  variables(after: string | null): V;
  select(data: Q): Connection<N> | null | undefined;
  after?: string | null;
  depth: number;
  renderNode(node: N): ReactNode;
  /** Drops nodes from the page (e.g. non-roots); the pager still follows the API's pages. */
  keep?: (node: N) => boolean;
  emptyText: string;
  /** Shown when the first page is empty, instead of the empty text (e.g. try the next level). */
  onEmpty?: ReactNode;
  requestPolicy?: 'cache-first' | 'cache-and-network' | 'network-only';
}) {
  const { t } = useI18n();
  const after = p.after ?? null;
  const [res, reexecute] = useQuery({ query: p.query, variables: p.variables(after), requestPolicy: p.requestPolicy });
  const [more, setMore] = useState(false);
  const error = describeError(res.error);
  const conn = res.data ? p.select(res.data) : null;

  if (!conn && res.fetching) {
    return (
      <TreeMessage depth={p.depth} kind="loading">
        <LoadingState />
      </TreeMessage>
    );
  }
  if (error && !conn) {
    return (
      <TreeMessage depth={p.depth} kind="error">
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </TreeMessage>
    );
  }
  if (!conn) return null;
  const nodes = p.keep ? conn.edges.map((e) => e.node).filter(p.keep) : conn.edges.map((e) => e.node);
  if (after === null && conn.edges.length === 0) {
    return p.onEmpty !== undefined ? (
      <>{p.onEmpty}</>
    ) : (
      <TreeMessage depth={p.depth} kind="empty">
        {p.emptyText}
      </TreeMessage>
    );
  }
  return (
    <>
      {nodes.map((n) => p.renderNode(n))}
      {conn.pageInfo.hasNextPage && conn.pageInfo.endCursor ? (
        more ? (
          <TreePage {...p} after={conn.pageInfo.endCursor} onEmpty={undefined} />
        ) : (
          <TreeMessage depth={p.depth} kind="more">
            <Button variant="link" onClick={() => setMore(true)} data-testid="load-more">
              {t('state.loadMore')}
            </Button>
          </TreeMessage>
        )
      ) : null}
    </>
  );
}
