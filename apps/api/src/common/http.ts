import { randomUUID } from 'node:crypto';
import type express from 'express';
import type { HttpDomainError } from '../modules/auth/authenticator';

/** The request's id: the client's `x-request-id` (at most 64 characters) or a new one, echoed in the response. */
export function requestIdOf(req: Pick<express.Request, 'header'>, res: Pick<express.Response, 'setHeader'>): string {
  const requestId = (req.header('x-request-id') || '').slice(0, 64) || randomUUID();
  res.setHeader('x-request-id', requestId);
  return requestId;
}

/** An error of the plain HTTP routes (beside /graphql), as JSON `{ error: { code, reason, message } }`. */
export function sendError(res: express.Response, status: number, code: string, reason: string, message: string): void {
  res.status(status).json({ error: { code, reason, message } });
}

/** An HttpDomainError (bad credentials, a rate limit) with its status and headers (Retry-After). */
export function sendHttpDomainError(res: express.Response, e: HttpDomainError): void {
  for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
  sendError(res, e.status, e.error.code, e.error.reason, e.error.message);
}
