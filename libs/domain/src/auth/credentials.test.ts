import { describe, expect, it } from 'vitest';
import {
  afterFailedLogin,
  apiKeyDisplayPrefix,
  apiKeyProblems,
  apiKeyState,
  contactProblems,
  isApiKeySecret,
  isLocked,
  LOCKOUT_MINUTES,
  normaliseUsername,
  passwordProblem,
  sessionExpiry,
  usernameProblem,
  type ApiKeyState,
  type LoginState,
} from './credentials';

describe('usernames', () => {
  it.each<[string, boolean]>([
    ['admin', true],
    ['quangnam.officer', true],
    ['labour_ninhthuan-2', true],
    ['ab', false],
    ['.admin', false],
    ['admin.', false],
    ['Admin', false],
    ['nguyễn', false],
    ['a'.repeat(64), true],
    ['a'.repeat(65), false],
    ['with space', false],
  ])('%j valid: %s', (name, ok) => {
    expect(usernameProblem(name) === null).toBe(ok);
  });

  it('normalises case and spaces', () => {
    expect(normaliseUsername('  QuangNam.Officer ')).toBe('quangnam.officer');
  });
});

describe('passwords', () => {
  it.each<[string, string | undefined, boolean]>([
    ['lnob-demo', 'admin', true],
    ['short', undefined, false],
    ['aaaaaaaaaaaa', undefined, false],
    ['admin-2026!', 'admin', false],
    ['x'.repeat(201), undefined, false],
    ['Mật khẩu rất dài 2026', 'quangnam.officer', true],
  ])('%j for %j acceptable: %s', (pw, user, ok) => {
    expect(passwordProblem(pw, user) === null).toBe(ok);
  });
});

describe('contact details', () => {
  it.each<[object, string[]]>([
    [{ displayName: 'Nguyễn Văn A', email: 'a@example.vn', phone: '+84 912 345 678' }, []],
    [{ displayName: '  ' }, ['input.displayName']],
    [{ email: 'not-an-email' }, ['input.email']],
    [{ phone: '12ab' }, ['input.phone']],
    [{ email: null, phone: null }, []],
  ])('%j → %j', (input, paths) => {
    expect(contactProblems(input).fieldErrors.map((e) => e.path)).toEqual(paths);
  });
});

describe('login lockout (5 failures → 15 minutes)', () => {
  const t0 = new Date('2026-11-21T08:00:00Z');
  const later = (min: number) => new Date(t0.getTime() + min * 60_000);

  it('locks on the fifth failure in a row, not before', () => {
    let s: LoginState = { failedLogins: 0, lockedUntil: null };
    for (let i = 1; i <= 4; i++) {
      s = afterFailedLogin(s, t0);
      expect(s).toEqual({ failedLogins: i, lockedUntil: null });
      expect(isLocked(s, t0)).toBe(false);
    }
    s = afterFailedLogin(s, t0);
    expect(s.lockedUntil).toEqual(later(LOCKOUT_MINUTES));
    expect(isLocked(s, later(14.9))).toBe(true);
    expect(isLocked(s, later(15))).toBe(false);
  });

  it('keeps a running lock on further failures and starts afresh after it ran out', () => {
    const locked: LoginState = { failedLogins: 0, lockedUntil: later(15) };
    expect(afterFailedLogin(locked, later(1))).toEqual({ failedLogins: 1, lockedUntil: later(15) });
    expect(afterFailedLogin({ failedLogins: 3, lockedUntil: later(15) }, later(20))).toEqual({ failedLogins: 1, lockedUntil: null });
  });

  it('sessions last twelve hours', () => {
    expect(sessionExpiry(t0).toISOString()).toBe('2026-11-21T20:00:00.000Z');
  });
});

describe('API key secrets', () => {
  it.each<[string, boolean]>([
    [`lnob_${'A'.repeat(43)}`, true],
    [`lnob_${'a-_9'.repeat(10)}`, true],
    ['lnob_short', false],
    [`LNOB_${'A'.repeat(43)}`, false],
    ['eyJhbGciOiJIUzI1NiJ9.e30.sig', false],
  ])('%j is a key: %s', (s, ok) => {
    expect(isApiKeySecret(s)).toBe(ok);
  });

  it('shows a recognisable prefix only', () => {
    expect(apiKeyDisplayPrefix('lnob_AbCdEfGhIj')).toBe('lnob_AbCdEf');
  });
});

describe('API key terms and state', () => {
  const ok = { name: 'Cổng tỉnh', scopes: ['ORGANIZATIONS'], expiresOn: '2027-06-30', requestsPerMinute: 120 };
  const today = '2026-11-21';
  it.each<[string, Partial<typeof ok>, string[]]>([
    ['well-formed', {}, []],
    ['blank name', { name: '  ' }, ['input.name']],
    ['no scopes', { scopes: [] }, ['input.scopes']],
    ['an unknown scope', { scopes: ['AREAS', 'MONEY'] }, ['input.scopes.1']],
    ['expiring today', { expiresOn: today }, ['input.expiresOn']],
    ['expiring after two years', { expiresOn: '2028-11-22' }, ['input.expiresOn']],
    ['expiring on the last allowed day', { expiresOn: '2028-11-21' }, []],
    ['rate 0', { requestsPerMinute: 0 }, ['input.requestsPerMinute']],
    ['rate above the maximum', { requestsPerMinute: 6001 }, ['input.requestsPerMinute']],
  ])('%s', (_name, change, paths) => {
    expect(apiKeyProblems({ ...ok, ...change }, today).fieldErrors.map((e) => e.path)).toEqual(paths);
  });

  it.each<[Date | null, string, ApiKeyState]>([
    [null, '2026-11-21', 'ACTIVE'],
    [null, '2026-11-20', 'EXPIRED'],
    [new Date('2026-01-01T00:00:00Z'), '2027-01-01', 'REVOKED'],
  ])('revoked %s, expiring %s → %s', (revokedAt, expiresOn, state) => {
    expect(apiKeyState({ revokedAt, expiresOn }, '2026-11-21')).toBe(state);
  });
});
