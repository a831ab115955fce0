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
  emptyText: string;
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
  const nodes = conn.edges.map((e) => e.node);
  if (after === null && nodes.length === 0) {
    return (
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
          <TreePage {...p} after={conn.pageInfo.endCursor} />
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
