/**
 * Credential rules: usernames, password strength, login lockout, token lifetime, API key format.
 * Pure: the API hashes and stores, these decide.
 */
import { Problems } from '../errors';
import { addDays, type LocalDate } from '../scalars/local-date';
import { isApiKeyScope } from './permissions';

export const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{1,62}[a-z0-9])$/;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;
export const PHONE_MAX_LENGTH = 20;

/** Five failed logins in a row lock the account for fifteen minutes. */
export const LOGIN_MAX_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;
/** A session token lives twelve hours (a working day with margin). */
export const SESSION_HOURS = 12;

/** Secrets given to integrators start with this prefix, so leaked keys are recognisable. */
export const API_KEY_PREFIX = 'lnob_';
export const API_KEY_RATE_DEFAULT = 120;
export const API_KEY_RATE_MAX = 6000;
/** Keys get a lower depth / complexity budget than signed-in users. */
export const API_KEY_QUERY_DEPTH_MAX = 10;
export const API_KEY_QUERY_COMPLEXITY_MAX = 10_000;

export function normaliseUsername(raw: string): string {
  return raw.trim().toLowerCase();
}

export function usernameProblem(username: string): string | null {
  return USERNAME_PATTERN.test(username) ? null : '3–64 characters: lower-case letters, digits, ".", "_" or "-", starting and ending with a letter or digit';
}

/** Length limits plus the obvious: not the username, not one repeated character. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `at most ${PASSWORD_MAX_LENGTH} characters`;
  if (username && password.toLowerCase().includes(normaliseUsername(username))) return 'must not contain the username';
  if (new Set(password).size < 4) return 'too few different characters';
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .-]{8,20}$/;

export interface ContactInput {
  displayName?: string;
  email?: string | null;
  phone?: string | null;
}

/** Problems of a user's display name and contact details, under `prefix`. */
export function contactProblems(c: ContactInput, prefix = 'input'): Problems {
  const p = new Problems();
  if (c.displayName !== undefined) {
    const n = c.displayName.trim();
    p.check(`${prefix}.displayName`, n.length >= 1 && n.length <= DISPLAY_NAME_MAX_LENGTH, `1–${DISPLAY_NAME_MAX_LENGTH} characters`);
  }
  if (c.email) p.check(`${prefix}.email`, c.email.length <= EMAIL_MAX_LENGTH && EMAIL.test(c.email.trim()), 'not an e-mail address');
  if (c.phone) p.check(`${prefix}.phone`, PHONE.test(c.phone.trim()), 'not a phone number (digits, spaces, dots, dashes, optional +)');
  return p;
}

export interface LoginState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function isLocked(s: LoginState, now: Date): boolean {
  return s.lockedUntil !== null && s.lockedUntil.getTime() > now.getTime();
}

/**
 * The state after a failed login: the counter grows; the fifth failure in a row locks for
 * LOCKOUT_MINUTES and restarts the counter. A lock that has run out starts a fresh count.
 */
export function afterFailedLogin(s: LoginState, now: Date): LoginState {
  const failures = (s.lockedUntil && !isLocked(s, now) ? 0 : s.failedLogins) + 1;
  if (failures >= LOGIN_MAX_FAILURES) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  return { failedLogins: failures, lockedUntil: s.lockedUntil && isLocked(s, now) ? s.lockedUntil : null };
}

export function sessionExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + SESSION_HOURS * 3_600_000);
}

export function isApiKeySecret(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX) && /^lnob_[A-Za-z0-9_-]{32,}$/.test(token);
}

/** The part of a key shown in lists (`lnob_AbC1…`): enough to recognise, useless to use. */
export function apiKeyDisplayPrefix(secret: string): string {
  return secret.slice(0, API_KEY_PREFIX.length + 6);
}

/** Keys live at most two years: integrators rotate them. */
export const API_KEY_MAX_LIFETIME_DAYS = 731;
export const API_KEY_NAME_MAX_LENGTH = 120;

export interface ApiKeyTerms {
  name: string;
  scopes: readonly string[];
  expiresOn: LocalDate;
  requestsPerMinute: number;
}

/** Every problem of a new key's name, scopes, expiry and rate, under `prefix`. */
export function apiKeyProblems(k: ApiKeyTerms, today: LocalDate, prefix = 'input'): Problems {
  const p = new Problems();
  const name = k.name.trim();
  p.check(`${prefix}.name`, name.length >= 1 && name.length <= API_KEY_NAME_MAX_LENGTH, `1–${API_KEY_NAME_MAX_LENGTH} characters`);
  if (k.scopes.length === 0) p.add(`${prefix}.scopes`, 'give at least one scope');
  k.scopes.forEach((s, i) => p.check(`${prefix}.scopes.${i}`, isApiKeyScope(s), 'unknown scope'));
  p.check(`${prefix}.expiresOn`, k.expiresOn > today, 'must be after today', 'INVALID_VALIDITY');
  p.check(`${prefix}.expiresOn`, k.expiresOn <= addDays(today, API_KEY_MAX_LIFETIME_DAYS), `at most ${API_KEY_MAX_LIFETIME_DAYS} days ahead`, 'INVALID_VALIDITY');
  p.check(
    `${prefix}.requestsPerMinute`,
    Number.isInteger(k.requestsPerMinute) && k.requestsPerMinute >= 1 && k.requestsPerMinute <= API_KEY_RATE_MAX,
    `1–${API_KEY_RATE_MAX}`,
  );
  return p;
}

export type ApiKeyState = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

/** A key works until it is revoked, up to and including its `expiresOn` day. */
export function apiKeyState(k: { revokedAt: Date | null; expiresOn: LocalDate }, today: LocalDate): ApiKeyState {
  if (k.revokedAt) return 'REVOKED';
  return k.expiresOn < today ? 'EXPIRED' : 'ACTIVE';
}
