/**
 * Reason codes of the Fund for the Poor rules, and the shape of a refusal.
 *
 * The funds rules answer with data, not exceptions: `{ ok: true, … }` or a `Refusal` naming the
 * GraphQL `code`, the domain `reason` and the figures that decided it. The API turns a refusal into
 * its typed error. These codes are not (yet) in `REASONS` of `../errors`; until they are, the API
 * maps them itself (each key maps to itself, as in `REASONS`, so merging them is a copy).
 */
import type { ErrorCode, FieldError, Reason } from '../errors';

export const FUND_REASONS = {
  // The movement would take a fund below zero (CONFLICT); figures: fundId, balance, amount, shortfall.
  FUND_BALANCE_INSUFFICIENT: 'FUND_BALANCE_INSUFFICIENT',
  // The fund is outside its validity on the movement's date, or is a district fund after 30/06/2025 (CONFLICT).
  FUND_CLOSED: 'FUND_CLOSED',
  // The transaction already has a reversal (CONFLICT).
  ALREADY_REVERSED: 'ALREADY_REVERSED',
  // A reversal cannot itself be reversed: record the movement again instead (CONFLICT).
  CANNOT_REVERSE_REVERSAL: 'CANNOT_REVERSE_REVERSAL',
  // The household is neither poor, near-poor nor in special hardship in its latest review, and no valid override (CONFLICT).
  BENEFICIARY_NOT_ELIGIBLE: 'BENEFICIARY_NOT_ELIGIBLE',
  // A household that is poor in its latest review cannot be recorded as a donor (BAD_USER_INPUT).
  DONOR_IS_POOR_HOUSEHOLD: 'DONOR_IS_POOR_HOUSEHOLD',
  // A fulfilment larger than what the pledge still has outstanding (CONFLICT): record the excess as a donation.
  PLEDGE_OVER_FULFILLED: 'PLEDGE_OVER_FULFILLED',
} as const;
export type FundReason = keyof typeof FUND_REASONS;

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
