/**
 * Reason codes of the Fund for the Poor rules, and the shape of a refusal.
 *
 * The funds rules answer with data, not exceptions: `{ ok: true, … }` or a `Refusal` naming the
 * GraphQL `code`, the domain `reason` and the figures that decided it. The API turns a refusal into
 * its typed error.
 */
import type { ErrorCode, FieldError, Reason } from '../errors';

/** The reasons the funds rules refuse with (all in REASONS of ../errors, with vi/en texts in libs/ui). */
export type FundReason = Extract<
  Reason,
  'FUND_BALANCE_INSUFFICIENT' | 'FUND_CLOSED' | 'ALREADY_REVERSED' | 'CANNOT_REVERSE_REVERSAL' | 'BENEFICIARY_NOT_ELIGIBLE' | 'DONOR_IS_POOR_HOUSEHOLD' | 'PLEDGE_OVER_FULFILLED'
>;

/** A rule's "no": GraphQL code, domain reason, a message for logs, and what decided it. */
export interface Refusal {
  ok: false;
  code: ErrorCode;
  reason: FundReason | Reason;
  message: string;
  /** The numbers and ids behind the decision (e.g. balance and shortfall), for the error's extensions. */
  figures: Readonly<Record<string, string | number | null>>;
  fieldErrors: FieldError[];
}

/** A rule's answer: `{ ok: true, …T }` or a Refusal. */
export type Decision<T extends object = object> = ({ ok: true } & T) | Refusal;

export function refuse(
  code: ErrorCode,
  reason: FundReason | Reason,
  message: string,
  figures: Refusal['figures'] = {},
  fieldErrors: FieldError[] = [],
): Refusal {
  return { ok: false, code, reason, message, figures, fieldErrors };
}
