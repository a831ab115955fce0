/**
 * One network-only answer to a query through the page's urql client (the same session token and
 * error vocabulary), as a promise: for reads a screen makes on its own (every page of an export,
 * the pledge of a fulfilment, the manual match's candidates).
 */
import { createRequest, type AnyVariables, type Client, type OperationResult, type TypedDocumentNode } from '@urql/core';
import { pipe, take, toPromise } from 'wonka';

export function queryOnce<D, V extends AnyVariables>(client: Pick<Client, 'executeQuery'>, query: TypedDocumentNode<D, V>, variables: V): Promise<OperationResult<D, V>> {
  return pipe(client.executeQuery(createRequest(query, variables), { requestPolicy: 'network-only' }), take(1), toPromise) as Promise<OperationResult<D, V>>;
}
