import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request } from 'express';

/** Per-request facts that code far from the resolver needs (the SQL logger, error formatting). */
export interface RequestScope {
  requestId: string;
  /** SQL statements issued while serving this request. */
  statements: number;
  /** Of those, the statements spent authenticating the caller (session check, scope resolution). */
  authStatements?: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** The client's address as Express sees it (the socket's, or the forwarded one with `trust proxy`). */
export function clientAddressOf(req: Pick<Request, 'ip' | 'socket'>): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
