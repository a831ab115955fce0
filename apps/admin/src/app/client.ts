/**
 * The urql client of the admin app: POST only (Apollo's CSRF guard refuses GET queries without a
 * preflight header, stack.md pitfall 11), the session token as `Authorization: Bearer …`, graphcache,
 * and a watcher that ends the session on TOKEN_EXPIRED / TOKEN_REVOKED / TOKEN_INVALID.
 */
import { Client, fetchExchange, mapExchange, type Exchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { cacheConfig } from './graphcache';
import { sessionEndReason, type SessionEndReason } from './errors';

export interface AdminClientOptions {
  /** The API endpoint; same origin by default (the API serves the app, vite proxies in dev). */
  url?: string;
  /** The current session token, read for every request; null when signed out. */
  getToken(): string | null;
  /** Called when a signed-in request is answered UNAUTHENTICATED with a session-ending reason. */
  onSessionEnded(reason: SessionEndReason): void;
  /** Test hook: replaces the network (e.g. a wonka `fromValue` exchange). */
  fetchExchangeOverride?: Exchange;
}

export function authHeaders(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

export function createAdminClient(opts: AdminClientOptions): Client {
  const sessionWatch = mapExchange({
    onError(error) {
      // Only a held session can end; on the login screen there is none.
      const reason = sessionEndReason(error);
      if (reason && opts.getToken() !== null) opts.onSessionEnded(reason);
    },
  });
  return new Client({
    url: opts.url ?? '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: () => ({ headers: authHeaders(opts.getToken()) }),
    exchanges: [sessionWatch, cacheExchange(cacheConfig), opts.fetchExchangeOverride ?? fetchExchange],
  });
}
