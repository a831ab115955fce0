/**
 * Reads a screen makes on its own, outside a component's render (every page of an export, the pledge
 * of a fulfilment, the manual match's candidates): network-only answers through the page's urql
 * client (the same session token and error vocabulary), as promises.
 */
import { createRequest, type AnyVariables, type Client, type OperationResult, type TypedDocumentNode } from '@urql/core';
import { pipe, take, toPromise } from 'wonka';
import { describeError, type AppError } from '../../app/errors';

/** One network-only answer to a query. */
function queryOnce<D, V extends AnyVariables>(client: Pick<Client, 'executeQuery'>, query: TypedDocumentNode<D, V>, variables: V): Promise<OperationResult<D, V>> {
  return pipe(client.executeQuery(createRequest(query, variables), { requestPolicy: 'network-only' }), take(1), toPromise) as Promise<OperationResult<D, V>>;
}

/** The error of an answer that carries neither the data asked for nor an error. */
export const NO_DATA: AppError = { code: null, reason: null, requestId: null, fieldErrors: [], message: 'no data', network: false };

interface Page<N> {
  edges: readonly { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Every node of a connection, page after page from the first (`variables(after)`), until its last
 * page or `maxPages` pages (`capped`: there were more). `onPage(nodes so far)` runs after each page
 * and ends the read early by answering true. A page without its connection ends the read with the
 * answer's error (null when it carries none).
 */
export async function queryAllPages<D, V extends AnyVariables, N>(
  client: Pick<Client, 'executeQuery'>,
  query: TypedDocumentNode<D, V>,
  variables: (after: string | null) => V,
  connection: (data: D) => Page<N> | null | undefined,
  maxPages: number,
  onPage?: (nodes: readonly N[]) => boolean | void,
): Promise<{ ok: true; nodes: N[]; capped: boolean } | { ok: false; error: AppError | null }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: OperationResult<D, V> = await queryOnce(client, query, variables(after));
    const conn = result.data ? connection(result.data) : null;
    if (!conn) return { ok: false, error: describeError(result.error) };
    for (const e of conn.edges) nodes.push(e.node);
    if (onPage?.(nodes) === true || !conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) return { ok: true, nodes, capped: false };
    after = conn.pageInfo.endCursor;
  }
  return { ok: true, nodes, capped: true };
}
