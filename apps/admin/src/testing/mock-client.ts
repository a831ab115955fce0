/**
 * A stand-in urql client for component tests: every operation is answered synchronously by
 * `respond` through wonka's `fromValue` (no network, no cache, no DOM).
 */
import { CombinedError, makeOperation, type Client, type GraphQLRequest, type OperationResult } from '@urql/core';
import { fromValue, never } from 'wonka';

export interface Call {
  kind: 'query' | 'mutation';
  name: string;
  variables: Record<string, unknown>;
}

export interface MockAnswer {
  data?: unknown;
  /** GraphQL error entries: `{ message, path?, extensions: { code, reason, requestId } }`. */
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  networkError?: Error;
}

export function operationName(request: GraphQLRequest): string {
  for (const d of request.query.definitions) if (d.kind === 'OperationDefinition' && d.name) return d.name.value;
  return '';
}

export function mockClient(respond: (call: Call) => MockAnswer | undefined) {
  const calls: Call[] = [];
  const answer = (kind: Call['kind'], request: GraphQLRequest) => {
    const call: Call = { kind, name: operationName(request), variables: (request.variables ?? {}) as Record<string, unknown> };
    calls.push(call);
    const a = respond(call);
    if (a === undefined) return never;
    const result: OperationResult = {
      operation: makeOperation(kind, request, { url: '/graphql', requestPolicy: 'cache-first' }),
      data: a.data,
      error:
        a.errors || a.networkError
          ? new CombinedError({ graphQLErrors: (a.errors ?? []) as never, networkError: a.networkError })
          : undefined,
      stale: false,
      hasNext: false,
    };
    return fromValue(result);
  };
  const client = {
    executeQuery: (request: GraphQLRequest) => answer('query', request),
    executeMutation: (request: GraphQLRequest) => answer('mutation', request),
    executeSubscription: () => never,
    suspense: false,
  } as unknown as Client;
  return { client, calls };
}

/** An API error entry as the hub formats it. */
export function apiError(code: string, reason: string, requestId = 'req-test-1', path?: (string | number)[]) {
  return { message: `${code}/${reason}`, path, extensions: { code, reason, requestId, fieldErrors: [] } };
}
