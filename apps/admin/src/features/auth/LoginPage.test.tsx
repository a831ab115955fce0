import { describe, expect, it, vi } from 'vitest';
import { apiError, mockClient, type MockAnswer } from '../../testing/mock-client';
import { button, html, mount, submit, textOf, type, Wrap } from '../../testing/render';
import { LoginPage } from './LoginPage';

async function loginWith(answer: MockAnswer, locale: 'vi' | 'en' = 'vi') {
  const { client, calls } = mockClient(() => answer);
  const onLogin = vi.fn();
  const r = await mount(
    <Wrap client={client} locale={locale}>
      <LoginPage ended={null} onLogin={onLogin} />
    </Wrap>,
  );
  await type(r, 'username', ' QuangNam.Officer ');
  await type(r, 'password', 'lnob-demo');
  await submit(r);
  return { r, calls, onLogin };
}

describe('LoginPage', () => {
  it('signs in: sends the trimmed username and hands over token and expiry', async () => {
    const { calls, onLogin } = await loginWith({
      data: {
        login: {
          __typename: 'LoginPayload',
          token: 'jwt-1',
          expiresAt: '2026-11-21T20:00:00.000Z',
          viewer: { __typename: 'Viewer', permissions: [], expiresAt: '2026-11-21T20:00:00.000Z', user: { __typename: 'User', id: 'VXNlcjox', username: 'quangnam.officer', displayName: 'Cán bộ Quảng Nam' } },
        },
      },
    });
    expect(calls).toEqual([{ kind: 'mutation', name: 'Login', variables: { input: { username: 'QuangNam.Officer', password: 'lnob-demo' } } }]);
    expect(onLogin).toHaveBeenCalledWith({ token: 'jwt-1', expiresAt: '2026-11-21T20:00:00.000Z' });
  });

  it('wrong credentials: a sign-in error with the request id', async () => {
    const { r, onLogin } = await loginWith({ errors: [apiError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'req-bad-pw')] });
    const text = textOf(r);
    expect(text).toContain('Không đăng nhập được');
    expect(text).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    expect(text).toContain('req-bad-pw');
    expect(text).not.toContain('Tài khoản đang bị khóa');
    expect(r.root.findAll((n) => n.props['data-reason'] === 'INVALID_CREDENTIALS')).toHaveLength(1);
    expect(onLogin).not.toHaveBeenCalled();
  });

  it('locked account: shown distinctly (what happened and what to do), with the request id', async () => {
    const { r } = await loginWith({ errors: [apiError('UNAUTHENTICATED', 'ACCOUNT_LOCKED', 'req-locked')] }, 'en');
    const text = textOf(r);
    expect(text).toContain('Account locked');
    expect(text).toContain('Try again in 15 minutes');
    expect(text).toContain('req-locked');
    expect(text).not.toContain('Sign-in failed');
    expect(r.root.findAll((n) => n.props['data-reason'] === 'ACCOUNT_LOCKED')).toHaveLength(1);
  });

  it('server unreachable: a network message', async () => {
    const { r } = await loginWith({ networkError: new Error('fetch failed') });
    expect(textOf(r)).toContain('Không kết nối được máy chủ');
  });

  it('asks for both fields before calling the API', async () => {
    const { client, calls } = mockClient(() => ({ data: null }));
    const r = await mount(
      <Wrap client={client}>
        <LoginPage ended={null} onLogin={() => undefined} />
      </Wrap>,
    );
    await type(r, 'username', 'admin');
    await submit(r);
    expect(textOf(r)).toContain('Nhập tên đăng nhập và mật khẩu.');
    expect(calls).toEqual([]);
    expect(button(r, 'Đăng nhập').props.disabled).toBe(false);
  });

  it.each([
    ['TOKEN_EXPIRED', 'Phiên đăng nhập đã hết hạn'],
    ['TOKEN_REVOKED', 'Phiên đăng nhập đã bị thu hồi'],
    ['TOKEN_INVALID', 'Phiên đăng nhập không hợp lệ'],
  ] as const)('explains a session that ended with %s', (reason, message) => {
    const { client } = mockClient(() => undefined);
    const out = html(client, <LoginPage ended={reason} onLogin={() => undefined} />);
    expect(out).toContain('Phiên làm việc đã kết thúc');
    expect(out).toContain(message);
  });

  it('says so after signing out', async () => {
    const { client } = mockClient(() => undefined);
    const r = await mount(
      <Wrap client={client} locale="en">
        <LoginPage ended="LOGGED_OUT" onLogin={() => undefined} />
      </Wrap>,
    );
    expect(textOf(r)).toContain('You have signed out.');
  });
});
