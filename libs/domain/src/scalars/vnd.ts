import { badInput } from '../errors';

/**
 * VND amounts are whole đồng held in a JS number, limited to the safe-integer range
 * (±9,007,199,254,740,991 ₫) so they are exact. GraphQL `Int` is 32-bit: never use it for money.
 */
export type Vnd = number;

const VND_STRING = /^-?[0-9]+$/;

/** True when `value` is already a VND amount: a number that is a safe integer. */
export function isVnd(value: unknown): value is Vnd {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/**
 * Parses a VND amount from a safe-integer number or a string of an optional '-' and ASCII digits
 * (no '+', spaces, separators, decimal point or exponent). Anything else, including values beyond
 * ±Number.MAX_SAFE_INTEGER, throws BAD_USER_INPUT / INVALID_VND. `-0` is returned as 0.
 */
export function parseVnd(value: unknown): Vnd {
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && VND_STRING.test(value)) n = Number(value);
  if (n === undefined || !Number.isSafeInteger(n)) {
    throw badInput('INVALID_VND', `Not a whole VND amount within the safe range: ${describe(value)}`);
  }
  return n === 0 ? 0 : n;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return value === null ? 'null' : typeof value;
}
