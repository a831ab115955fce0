import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { act } from 'react-test-renderer';
import { mockClient } from '../testing/mock-client';
import { button, click, html, mount, textOf, Wrap } from '../testing/render';
import { fakeWindow } from '../testing/window';
import { App } from './App';
import { NAV_ITEMS, navItemFor, visibleNavItems } from './nav';
import { Shell } from './Shell';
import { STORAGE_KEYS } from './storage';

beforeEach(() => {
  delete (globalThis as { window?: unknown }).window;
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const viewer = (permissions: string[]) => ({
  me: { permissions, expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 'u1', username: 'quangnam.officer', displayName: 'Cán bộ MTTQ Quảng Nam' } },
});

describe('i18n switch', () => {
  it('switches the login screen to English and keeps the choice in localStorage', async () => {
    const w = fakeWindow();
    const { client } = mockClient(() => undefined);
    const r = await mount(<App makeClient={() => client} />);
    expect(textOf(r)).toContain('Tên đăng nhập');
    await click(r.root.find((n) => n.type === 'button' && n.props['data-locale'] === 'en'));
    expect(textOf(r)).toContain('Username');
    expect(textOf(r)).not.toContain('Tên đăng nhập');
    expect(w.localStorage.map.get(STORAGE_KEYS.locale)).toBe('en');
  });

  it('starts in the stored language', async () => {
    const w = fakeWindow();
    w.localStorage.setItem(STORAGE_KEYS.locale, 'en');
    const { client } = mockClient(() => undefined);
    const r = await mount(<App makeClient={() => client} />);
    expect(textOf(r)).toContain('Sign in');
  });

  it('signs in: the token goes to sessionStorage and the shell loads `me`', async () => {
    const w = fakeWindow();
    const { client, calls } = mockClient((c) =>
      c.name === 'Login'
        ? { data: { login: { token: 'jwt-9', expiresAt: '2099-01-01T00:00:00.000Z', viewer: viewer([]).me } } }
        : c.name === 'Me'
          ? { data: viewer(['organization.read']) }
          : undefined,
    );
    const r = await mount(<App makeClient={() => client} />);
    const input = (name: string) => r.root.find((n) => n.type === 'input' && n.props.name === name);
    await act(async () => input('username').props.onChange({ target: { value: 'quangnam.officer' } }));
    await act(async () => input('password').props.onChange({ target: { value: 'lnob-demo' } }));
    await act(async () => r.root.findByType('form').props.onSubmit({ preventDefault() {} }));
    expect(JSON.parse(w.sessionStorage.map.get(STORAGE_KEYS.session) ?? '{}')).toEqual({ token: 'jwt-9', expiresAt: '2099-01-01T00:00:00.000Z' });
    expect(calls.map((c) => c.name)).toEqual(['Login', 'Me']);
    expect(textOf(r)).toContain('Cán bộ MTTQ Quảng Nam');
    // Signing out revokes at the API and forgets the token.
    await click(button(r, 'Đăng xuất'));
    expect(calls.map((c) => c.name)).toContain('Logout'); // (never answered here: the session ends anyway)
    expect(w.sessionStorage.map.has(STORAGE_KEYS.session)).toBe(false);
    expect(textOf(r)).toContain('Bạn đã đăng xuất.');
  });
});

describe('navigation registry', () => {
  it('hides what me.permissions does not grant', () => {
    expect(visibleNavItems(['area.read', 'organization.read']).map((i) => i.key)).toEqual(['organizations', 'plans', 'reports', 'indicators', 'criteria', 'events']);
    expect(visibleNavItems(['organization.read', 'user.manage', 'apiKey.manage', 'audit.read']).map((i) => i.key)).toEqual(['organizations', 'plans', 'reports', 'indicators', 'criteria', 'events', 'users', 'apiKeys', 'audit']);
    expect(navItemFor('/users/VXNlcjox')?.key).toBe('users');
    expect(navItemFor('/areas')?.key).toBe('organizations');
    expect(navItemFor('/reports/compliance')?.key).toBe('reports');
    expect(navItemFor('/nope')).toBeUndefined();
    expect(new Set(NAV_ITEMS.map((i) => i.path)).size).toBe(NAV_ITEMS.length);
  });

  it('the shell shows the user, the permitted menu only, and refuses a screen without permission', () => {
    const { client } = mockClient(() => ({ data: viewer(['area.read', 'organization.read']) }));
    const out = html(client, <Shell token="t" onEnd={() => undefined} />, { hash: '#/users' });
    expect(out).toContain('Cán bộ MTTQ Quảng Nam');
    expect(out).toContain('Tổ chức &amp; địa bàn');
    expect(out).not.toContain('Khóa API');
    expect(out).not.toContain('Nhật ký thay đổi');
    expect(out).toContain('Tài khoản của bạn không có quyền xem trang này.');
  });

  it('the shell in English', () => {
    const { client } = mockClient(() => ({ data: viewer(['organization.read', 'audit.read']) }));
    const out = html(client, <Wrap client={client}>{null}</Wrap>, {});
    expect(out).toBe('');
    const en = html(client, <Shell token="t" onEnd={() => undefined} />, { hash: '#/nowhere', locale: 'en' });
    expect(en).toContain('Audit log');
    expect(en).toContain('Sign out');
    expect(en).toContain('There is no such page.');
  });
});
