import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isObjectType } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CombinedError, makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, map, merge, pipe, share } from 'wonka';
import { ApiKeysDocument, CreateApiKeyDocument } from '../features/api-keys/operations';
import { MeDocument } from '../features/auth/operations';
import { AuditLogDocument } from '../features/audit/operations';
import { operationName } from '../testing/mock-client';
import { createAdminClient } from './client';
import { EMBEDDED_TYPES } from './graphcache';

/** A fetch exchange stand-in: answers each operation with `respond(name, variables)`. */
function fakeFetch(respond: (op: Operation) => { data?: Record<string, unknown> | null; errors?: unknown[] }, seen: Operation[]): Exchange {
  return () => (ops$) => {
    const shared = pipe(ops$, share);
    return merge([
      pipe(
        shared,
        filter((op) => op.kind !== 'teardown'),
        map((op): OperationResult => {
          seen.push(op);
          const r = respond(op);
          return r.errors ? { ...makeResult(op, { data: r.data ?? null }), error: new CombinedError({ graphQLErrors: r.errors as never }) } : makeResult(op, { data: r.data });
        }),
      ),
    ]);
  };
}

const unauth = (reason: string) => ({ message: 'no', extensions: { code: 'UNAUTHENTICATED', reason, requestId: 'r1' } });

afterEach(() => vi.restoreAllMocks());

describe('admin urql client', () => {
  it('sends POST (Apollo CSRF) and the session token as a bearer header', () => {
    const client = createAdminClient({ getToken: () => 'tok-1', onSessionEnded: () => undefined });
    const op = client.createRequestOperation('query', { key: 1, query: MeDocument, variables: {} });
    expect(op.context.preferGetMethod).toBe(false);
    const fetchOptions = typeof op.context.fetchOptions === 'function' ? op.context.fetchOptions() : op.context.fetchOptions;
    expect(fetchOptions?.headers).toEqual({ authorization: 'Bearer tok-1' });
    expect(op.context.url).toBe('/graphql');
  });

  it.each(['TOKEN_EXPIRED', 'TOKEN_REVOKED', 'TOKEN_INVALID'])('ends the session on UNAUTHENTICATED / %s', async (reason) => {
    const ended = vi.fn();
    const seen: Operation[] = [];
    const client = createAdminClient({ getToken: () => 'tok', onSessionEnded: ended, fetchExchangeOverride: fakeFetch(() => ({ errors: [unauth(reason)] }), seen) });
    await client.query(MeDocument, {}).toPromise();
    expect(ended).toHaveBeenCalledWith(reason);
  });

  it('does not end a session it does not hold, nor on other errors', async () => {
    const ended = vi.fn();
    const seen: Operation[] = [];
    const signedOut = createAdminClient({ getToken: () => null, onSessionEnded: ended, fetchExchangeOverride: fakeFetch(() => ({ errors: [unauth('TOKEN_EXPIRED')] }), seen) });
    await signedOut.query(MeDocument, {}).toPromise();
    const signedIn = createAdminClient({
      getToken: () => 'tok',
      onSessionEnded: ended,
      fetchExchangeOverride: fakeFetch(() => ({ errors: [unauth('INVALID_CREDENTIALS'), { message: 'x', extensions: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' } }] }), seen),
    });
    await signedIn.query(MeDocument, {}).toPromise();
    expect(ended).not.toHaveBeenCalled();
  });
});

describe('graphcache', () => {
  const key = (name: string) => ({
    __typename: 'ApiKey',
    id: `k-${name}`,
    name,
    prefix: 'lnob_abc',
    organization: { __typename: 'Organization', id: 'o1', name: 'VFF' },
    scopes: ['AREAS'],
    personalData: false,
    expiresOn: '2099-01-01',
    requestsPerMinute: 60,
    createdAt: '2026-11-21T00:00:00.000Z',
    createdBy: null,
    lastUsedAt: null,
    revokedAt: null,
    active: true,
  });

  it('refetches the key list after createApiKey, never stores the secret, and warns about nothing', async () => {
    const warn = vi.spyOn(console, 'warn');
    const seen: Operation[] = [];
    const keys = [key('a')];
    const client = createAdminClient({
      getToken: () => 'tok',
      onSessionEnded: () => undefined,
      fetchExchangeOverride: fakeFetch((op) => {
        const name = operationName(op);
        if (name === 'ApiKeys') {
          return { data: { apiKeys: { __typename: 'ApiKeyConnection', edges: keys.map((node) => ({ __typename: 'ApiKeyEdge', node })), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };
        }
        if (name === 'CreateApiKey') {
          keys.push(key('b'));
          return { data: { createApiKey: { __typename: 'CreateApiKeyPayload', secret: 'lnob_secret', apiKey: keys[1] } } };
        }
        return { data: null };
      }, seen),
    });
    const results: number[] = [];
    const sub = client.query(ApiKeysDocument, { includeRevoked: false, first: 20, after: null }).subscribe((r) => {
      if (r.data) results.push(r.data.apiKeys.edges.length);
    });
    await new Promise((r) => setTimeout(r, 0));
    await client
      .mutation(CreateApiKeyDocument, { input: { name: 'b', organizationId: 'o1', scopes: ['AREAS'], personalData: false, expiresOn: '2099-01-01' } })
      .toPromise();
    await new Promise((r) => setTimeout(r, 0));
    sub.unsubscribe();
    expect(seen.map(operationName).filter((n) => n !== '')).toEqual(['ApiKeys', 'CreateApiKey', 'ApiKeys']);
    expect(results.at(-1)).toBe(2);
    expect(JSON.stringify(client.readQuery(ApiKeysDocument, { includeRevoked: false, first: 20, after: null })?.data)).not.toContain('lnob_secret');
    expect(warn).not.toHaveBeenCalled();
  });

  it('embeds Viewer and AuditChange without warnings', async () => {
    const warn = vi.spyOn(console, 'warn');
    const seen: Operation[] = [];
    const client = createAdminClient({
      getToken: () => 'tok',
      onSessionEnded: () => undefined,
      fetchExchangeOverride: fakeFetch((op) => {
        if (operationName(op) === 'Me') {
          return { data: { me: { __typename: 'Viewer', permissions: ['audit.read'], expiresAt: '2026-11-21T20:00:00.000Z', user: { __typename: 'User', id: 'u1', username: 'admin', displayName: 'Admin' } } } };
        }
        return {
          data: {
            auditLog: {
              __typename: 'AuditEntryConnection',
              edges: [
                {
                  __typename: 'AuditEntryEdge',
                  node: {
                    __typename: 'AuditEntry',
                    id: 'a1',
                    at: '2026-11-21T00:00:00.000Z',
                    requestId: 'r',
                    action: 'update',
                    entityType: 'User',
                    entityId: 'u1',
                    actorName: 'admin',
                    actor: null,
                    apiKey: null,
                    changes: [{ __typename: 'AuditChange', field: 'displayName', before: '"A"', after: '"B"' }],
                  },
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        };
      }, seen),
    });
    const me = await client.query(MeDocument, {}).toPromise();
    const log = await client.query(AuditLogDocument, { filter: {}, first: 25, after: null }).toPromise();
    expect(me.data?.me?.permissions).toEqual(['audit.read']);
    expect(log.data?.auditLog.edges[0].node.changes[0].after).toBe('"B"');
    expect(warn).not.toHaveBeenCalled();
  });

  it('keys every object type without an id as embedded (checked against apps/api/schema.graphql)', () => {
    const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api/schema.graphql');
    const schema = buildSchema(readFileSync(file, 'utf8'), { assumeValidSDL: true });
    const withoutId = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !['Query', 'Mutation', 'Subscription'].includes(t.name))
      .filter((t) => isObjectType(t) && !t.getFields().id)
      .map((t) => t.name)
      .sort();
    const missing = withoutId.filter((n) => !(EMBEDDED_TYPES as readonly string[]).includes(n));
    expect(missing, 'add these types to EMBEDDED_TYPES in app/graphcache.ts').toEqual([]);
  });
});
