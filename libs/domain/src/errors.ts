/**
 * Error codes and domain reason codes shared by the API and both web apps.
 *
 * `code` is the coarse GraphQL `extensions.code`; `reason` is the precise domain code
 * (`extensions.reason`). Tests assert codes and reasons, never messages.
 */

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const REASONS = {
  // One or more input fields failed validation; details are in fieldErrors.
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  // The object does not exist, or is outside the caller's scope.
  NOT_FOUND: 'NOT_FOUND',
  // The query is nested deeper than the depth limit.
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  // The query's estimated cost exceeds the complexity limit.
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  // The query does not parse or does not validate against the schema.
  QUERY_INVALID: 'QUERY_INVALID',
  // A page size (`first`) is negative or larger than the maximum.
  PAGE_SIZE_EXCEEDED: 'PAGE_SIZE_EXCEEDED',
  // A connection cursor is malformed or belongs to another connection.
  INVALID_CURSOR: 'INVALID_CURSOR',
  // A global ID is malformed or names the wrong type.
  INVALID_ID: 'INVALID_ID',
  // A money amount is not a whole number of đồng within the safe-integer range.
  INVALID_VND: 'INVALID_VND',
  // A date is not a real calendar date in YYYY-MM-DD form (years 1900–2999).
  INVALID_LOCAL_DATE: 'INVALID_LOCAL_DATE',
  // A period is not one of 2024, 2024H1, 2024Q3, 2024-10.
  INVALID_PERIOD: 'INVALID_PERIOD',
  // A timestamp is not ISO-8601 with an explicit offset or Z.
  INVALID_DATE_TIME: 'INVALID_DATE_TIME',
  // Moving a node under itself or one of its descendants.
  HIERARCHY_CYCLE: 'HIERARCHY_CYCLE',
  // Another object already uses this code.
  DUPLICATE_CODE: 'DUPLICATE_CODE',
  // validTo is before validFrom, or a validity is otherwise inconsistent.
  INVALID_VALIDITY: 'INVALID_VALIDITY',
  // The parent is not valid over the whole validity of the child.
  PARENT_NOT_VALID: 'PARENT_NOT_VALID',
  // The given parent does not exist.
  UNKNOWN_PARENT: 'UNKNOWN_PARENT',
  // The parent's kind may not hold a child of this kind.
  KIND_NOT_ALLOWED: 'KIND_NOT_ALLOWED',
  // An organization's level does not match the level of its area.
  LEVEL_MISMATCH: 'LEVEL_MISMATCH',
  // Succession shares are out of (0, 1] or sum to more than 1 per predecessor and date.
  INVALID_SHARES: 'INVALID_SHARES',
  // The object is already closed (has a validTo) and cannot be closed again.
  ALREADY_CLOSED: 'ALREADY_CLOSED',
  // No session or API key was presented, and the operation is not public.
  AUTHENTICATION_REQUIRED: 'AUTHENTICATION_REQUIRED',
  // Wrong username or password (the same answer for an unknown username).
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  // Too many failed logins in a row: the account is locked for a while.
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  // The account was deactivated by an administrator.
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  // The bearer token is malformed, badly signed, or names an unknown key.
  TOKEN_INVALID: 'TOKEN_INVALID',
  // The session token or API key has expired.
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  // The session was logged out or the API key revoked.
  TOKEN_REVOKED: 'TOKEN_REVOKED',
  // The API key sent more requests than its rate allows; retry after the Retry-After header.
  RATE_LIMITED: 'RATE_LIMITED',
  // None of the caller's roles (or key scopes) grants this action.
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  // A password that is too short, too simple or contains the username.
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  // Another user already has this username.
  DUPLICATE_USERNAME: 'DUPLICATE_USERNAME',
  // No poverty standard is known for the review year (or the standard lacks what the input uses).
  NO_POVERTY_STANDARD: 'NO_POVERTY_STANDARD',
  // A deprivation indicator code that the standard in force does not list.
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
  // A national ID number (CCCD) that is malformed or contradicts the birth date or sex.
  INVALID_NATIONAL_ID: 'INVALID_NATIONAL_ID',
  // The national ID number belongs to a member of another active household.
  DUPLICATE_NATIONAL_ID: 'DUPLICATE_NATIONAL_ID',
  // The household already has a periodic review for that year (send a correction instead).
  REVIEW_EXISTS: 'REVIEW_EXISTS',
  // The object exists but lies outside the caller's organization scope (write paths).
  OUT_OF_SCOPE: 'OUT_OF_SCOPE',
  // Reading personal fields needs a personal-data grant.
  PERSONAL_DATA_GRANT_REQUIRED: 'PERSONAL_DATA_GRANT_REQUIRED',
  // An idempotency key was reused with a different payload.
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  // The movement would take a fund below zero; the message gives the balance and the shortfall.
  FUND_BALANCE_INSUFFICIENT: 'FUND_BALANCE_INSUFFICIENT',
  // The fund is outside its validity on the movement's date (district funds end on 30/06/2025).
  FUND_CLOSED: 'FUND_CLOSED',
  // The transaction already has a reversal.
  ALREADY_REVERSED: 'ALREADY_REVERSED',
  // A reversal cannot itself be reversed: record the movement again instead.
  CANNOT_REVERSE_REVERSAL: 'CANNOT_REVERSE_REVERSAL',
  // The household is neither poor, near-poor nor in special hardship in its latest review, and no reviewer override.
  BENEFICIARY_NOT_ELIGIBLE: 'BENEFICIARY_NOT_ELIGIBLE',
  // A household that is poor in its latest review cannot be recorded as a donor.
  DONOR_IS_POOR_HOUSEHOLD: 'DONOR_IS_POOR_HOUSEHOLD',
  // A fulfilment larger than what the pledge still has outstanding (record the excess as a donation).
  PLEDGE_OVER_FULFILLED: 'PLEDGE_OVER_FULFILLED',
  // This bank statement file was already imported for the fund.
  STATEMENT_ALREADY_IMPORTED: 'STATEMENT_ALREADY_IMPORTED',
  // The statement line or the donation is already matched (confirmed) to another.
  ALREADY_MATCHED: 'ALREADY_MATCHED',
  // The donation is already credited to another event (an event's money counts each donation once).
  TRANSACTION_ALREADY_LINKED: 'TRANSACTION_ALREADY_LINKED',
  // A value is not an exact decimal number (digits, an optional sign and decimal point; at most 40 characters).
  INVALID_DECIMAL: 'INVALID_DECIMAL',
  // The plan sets no emulation criteria the hub can evaluate for this subject (or none at all).
  NO_EMULATION_CRITERIA: 'NO_EMULATION_CRITERIA',
  // The report was already submitted (or is past submission): it can no longer be saved or submitted.
  REPORT_ALREADY_SUBMITTED: 'REPORT_ALREADY_SUBMITTED',
  // The report is still with its reporter (open or returned): there is nothing to return or approve.
  REPORT_NOT_SUBMITTED: 'REPORT_NOT_SUBMITTED',
  // The report was already approved by its recipient.
  REPORT_ALREADY_APPROVED: 'REPORT_ALREADY_APPROVED',
  // Only a report its recipient approved can be accepted by the level above.
  REPORT_NOT_APPROVED: 'REPORT_NOT_APPROVED',
  // The report was accepted by the level above its recipient: it no longer changes.
  REPORT_ALREADY_ACCEPTED: 'REPORT_ALREADY_ACCEPTED',
  // The plan is no longer a draft: its content (text, issuers, tasks, milestones, obligations) is fixed once issued.
  PLAN_NOT_DRAFT: 'PLAN_NOT_DRAFT',
  // The plan is not in force (a draft or superseded): it cannot be implemented, supersede another or have its tasks' progress recorded.
  PLAN_NOT_ISSUED: 'PLAN_NOT_ISSUED',
  // The object changed since it was read (optimistic version check failed).
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  // Another change to the same data holds its write lock; retry.
  BUSY: 'BUSY',
  // An unexpected server-side failure (masked towards the client).
  INTERNAL: 'INTERNAL',
} as const;
export type Reason = keyof typeof REASONS;

export interface FieldError {
  path: string;
  message: string;
}

/** A domain-level failure: code + reason + field errors. Thrown by rules and services, formatted by the API. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: Reason,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** The figures that decided it (e.g. balance and shortfall), sent as `extensions.details`. */
    readonly details: Readonly<Record<string, string | number | null>> | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

export function badInput(reason: Reason, message: string, fieldErrors: FieldError[] = []): DomainError {
  return new DomainError('BAD_USER_INPUT', reason, message, fieldErrors);
}

/** `what` names the missing object, e.g. `Household 42`. */
export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', 'NOT_FOUND', `${what} not found`);
}

export function conflict(reason: Reason, message: string, fieldErrors: FieldError[] = []): DomainError {
  return new DomainError('CONFLICT', reason, message, fieldErrors);
}

export function forbidden(reason: Reason, message: string): DomainError {
  return new DomainError('FORBIDDEN', reason, message);
}

export function unauthenticated(message = 'Authentication required', reason: Reason = 'AUTHENTICATION_REQUIRED'): DomainError {
  return new DomainError('UNAUTHENTICATED', reason, message);
}

/** A broken invariant inside the server (a bug, not bad input). */
export function internal(message: string): DomainError {
  return new DomainError('INTERNAL_SERVER_ERROR', 'INTERNAL', message);
}

/** Joins a path prefix and a relative path: (`input`, `name`) → `input.name`, (`input.items`, `[0]`) → `input.items[0]`. */
export function joinPath(prefix: string | undefined, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * Collects all field problems of one input so they are reported at once.
 *
 * ```ts
 * const p = new Problems();
 * p.check('input.name', name.length <= NAME_MAX_LENGTH, 'too long'); // adds when the condition is false
 * p.throwIfAny();
 * ```
 */
export class Problems {
  private readonly errors: (FieldError & { reason: Reason })[] = [];

  /** Adds a problem; `reason` says what kind (default VALIDATION_FAILED). */
  add(path: string, message: string, reason: Reason = 'VALIDATION_FAILED'): this {
    this.errors.push({ path, message, reason });
    return this;
  }

  /** Adds `message` at `path` unless `ok` holds; returns `ok`. */
  check(path: string, ok: boolean, message: string, reason?: Reason): boolean {
    if (!ok) this.add(path, message, reason);
    return ok;
  }

  /**
   * Adds field errors from another rule under an optional path prefix:
   * prefix `input` + `name` → `input.name`; prefix `input.links` + `[2].share` → `input.links[2].share`.
   */
  addAll(fieldErrors: readonly FieldError[], prefix?: string, reason?: Reason): this {
    for (const e of fieldErrors) this.add(joinPath(prefix, e.path), e.message, reason);
    return this;
  }

  /** Whether a problem was already recorded at this path. */
  has(path: string): boolean {
    return this.errors.some((e) => e.path === path);
  }

  get any(): boolean {
    return this.errors.length > 0;
  }

  get fieldErrors(): FieldError[] {
    return this.errors.map(({ path, message }) => ({ path, message }));
  }

  /**
   * Throws one BAD_USER_INPUT DomainError carrying every collected field error. Its reason is
   * `reason` when given, else the problems' common reason, else VALIDATION_FAILED when they differ.
   */
  throwIfAny(reason?: Reason): void {
    if (this.errors.length === 0) return;
    const reasons = new Set(this.errors.map((e) => e.reason));
    const message =
      this.errors.length === 1
        ? `${this.errors[0].path}: ${this.errors[0].message}`
        : `${this.errors.length} problems: ${this.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`;
    throw badInput(reason ?? (reasons.size === 1 ? [...reasons][0] : 'VALIDATION_FAILED'), message, this.fieldErrors);
  }
}
