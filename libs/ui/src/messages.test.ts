import { ERROR_CODES, REASONS, ROLES, API_KEY_SCOPES } from '@lnob/domain';
import { describe, expect, it } from 'vitest';
import { ERROR_CODE_LABELS, errorMessageKey, REASON_LABELS } from './error-messages';
import { interpolate, resources, t } from './i18n';
import { UI_MESSAGES } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('vi and en have the same keys, none empty', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.vi).sort());
    for (const locale of ['vi', 'en'] as const) {
      for (const [key, text] of Object.entries(resources[locale])) expect(text, `${locale} ${key}`).toMatch(/\S/);
    }
  });

  it('every screen string exists in both locales with the same placeholders', () => {
    for (const [key, label] of Object.entries(UI_MESSAGES)) {
      expect(label.vi, key).toMatch(/\S/);
      expect(label.en, key).toMatch(/\S/);
      expect(placeholders(label.en), key).toEqual(placeholders(label.vi));
    }
  });

  it('every error code and every reason of @lnob/domain has a friendly message in both locales', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_CODE_LABELS[code].vi).toMatch(/\S/);
      expect(resources.en[`code.${code}`]).toMatch(/\S/);
    }
    const missing = Object.keys(REASONS).filter((r) => !REASON_LABELS[r as keyof typeof REASONS]);
    expect(missing, 'add these reasons to libs/ui/src/error-messages.ts').toEqual([]);
  });

  it('has role and API key scope labels from the domain', () => {
    for (const r of ROLES) expect(resources.vi[`role.${r}`]).toMatch(/\S/);
    for (const s of API_KEY_SCOPES) expect(resources.en[`apiKeyScope.${s}`]).toMatch(/\S/);
    expect(t('role.SYSTEM_ADMIN', 'vi')).toBe('Quản trị hệ thống');
  });
});

describe('t with parameters', () => {
  it('fills placeholders', () => {
    expect(t('app.signedInAs', 'vi', { name: 'Nguyễn Văn A' })).toBe('Đăng nhập với tên Nguyễn Văn A');
    expect(t('state.page', 'en', { page: 3 })).toBe('Page 3');
  });

  it('leaves unknown placeholders alone', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(interpolate('{a}')).toBe('{a}');
  });
});

describe('errorMessageKey', () => {
  it.each([
    ['UNAUTHENTICATED', 'ACCOUNT_LOCKED', 'reason.ACCOUNT_LOCKED'],
    ['UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'reason.INVALID_CREDENTIALS'],
    ['FORBIDDEN', 'SOME_FUTURE_REASON', 'code.FORBIDDEN'],
    [undefined, undefined, 'error.unknown'],
    ['WHATEVER', null, 'error.unknown'],
  ])('(%s, %s) → %s', (code, reason, key) => {
    expect(errorMessageKey(code, reason)).toBe(key);
  });

  it('gives distinct messages for a wrong password and a locked account', () => {
    expect(t(errorMessageKey('UNAUTHENTICATED', 'INVALID_CREDENTIALS'), 'vi')).toBe('Sai tên đăng nhập hoặc mật khẩu.');
    expect(t(errorMessageKey('UNAUTHENTICATED', 'ACCOUNT_LOCKED'), 'en')).toMatch(/locked/);
  });
});
