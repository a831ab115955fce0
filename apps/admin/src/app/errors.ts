/**
 * Reading the API's error vocabulary (docs/api.md §Errors) out of urql results: `extensions.code`,
 * `reason`, `fieldErrors` and `requestId`.
 */
import type { CombinedError } from '@urql/core';
import { REASONS, type Reason } from '@lnob/domain';

export interface FieldProblem {
  path: string;
  message: string;
}

export interface AppError {
  code: string | null;
  reason: string | null;
  requestId: string | null;
  fieldErrors: FieldProblem[];
  /** The server's (English) message, for the console; the UI shows a translated one. */
  message: string;
  /** No GraphQL answer at all (server unreachable, proxy error…). */
  network: boolean;
}

type GraphQLError = CombinedError['graphQLErrors'][number];

type Extensions = { code?: unknown; reason?: unknown; requestId?: unknown; fieldErrors?: unknown };

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function ext(e: GraphQLError | { extensions?: unknown }): Extensions {
  return (e.extensions ?? {}) as Extensions;
}

function fieldErrorsOf(v: unknown): FieldProblem[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is FieldProblem => typeof x?.path === 'string' && typeof x?.message === 'string');
}

/** The request id of a response without a GraphQL body: the `x-request-id` header, when readable. */
function headerRequestId(error: CombinedError): string | null {
  const res = error.response as { headers?: { get?(name: string): string | null } } | undefined;
  try {
    return str(res?.headers?.get?.('x-request-id'));
  } catch {
    return null;
  }
}

/** Whether an error entry only says that a personal field was withheld (not a failure of the screen). */
export function isPersonalDataWithheld(e: GraphQLError): boolean {
  return ext(e).reason === REASONS.PERSONAL_DATA_GRANT_REQUIRED;
}

/**
 * The error to show for a result: the first entry that is not a withheld personal field. null when
 * every entry is a withheld personal field (the screen renders normally with "hidden" values).
 */
export function describeError(error: CombinedError | undefined | null): AppError | null {
  if (!error) return null;
  const entries = error.graphQLErrors.filter((e) => !isPersonalDataWithheld(e));
  if (entries.length === 0 && error.graphQLErrors.length > 0) return null;
  const first = entries[0];
  if (!first) {
    return {
      code: null,
      reason: null,
      requestId: headerRequestId(error),
      fieldErrors: [],
      message: error.networkError?.message ?? error.message,
      network: true,
    };
  }
  const x = ext(first);
  return {
    code: str(x.code),
    reason: str(x.reason),
    requestId: str(x.requestId) ?? headerRequestId(error),
    fieldErrors: entries.flatMap((e) => fieldErrorsOf(ext(e).fieldErrors)),
    message: first.message,
    network: false,
  };
}

export function isNotFound(e: AppError | null): boolean {
  return e?.code === 'NOT_FOUND';
}

/**
 * Fields under `path` (e.g. `['user']`) that the API withheld for want of a personal-data grant:
 * `hiddenPersonalFields(error, ['user'])` → Set {'email', 'phone'}.
 */
export function hiddenPersonalFields(error: CombinedError | undefined | null, path: readonly (string | number)[]): Set<string> {
  const out = new Set<string>();
  for (const e of error?.graphQLErrors ?? []) {
    if (!isPersonalDataWithheld(e) || !e.path) continue;
    const p = e.path;
    if (p.length === path.length + 1 && path.every((seg, i) => p[i] === seg)) out.add(String(p[path.length]));
  }
  return out;
}

/** Reasons that end the session: back to the login screen with a message. */
export const SESSION_END_REASONS = [REASONS.TOKEN_EXPIRED, REASONS.TOKEN_REVOKED, REASONS.TOKEN_INVALID, REASONS.AUTHENTICATION_REQUIRED] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** The session-ending reason of an UNAUTHENTICATED answer, or null. */
export function sessionEndReason(error: CombinedError | undefined | null): SessionEndReason | null {
  for (const e of error?.graphQLErrors ?? []) {
    const x = ext(e);
    if (x.code !== 'UNAUTHENTICATED') continue;
    const r = x.reason as Reason;
    if ((SESSION_END_REASONS as readonly string[]).includes(r)) return r as SessionEndReason;
  }
  return null;
}
