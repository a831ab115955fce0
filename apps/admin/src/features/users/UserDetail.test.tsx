import { describe, expect, it } from 'vitest';
import { apiError, mockClient } from '../../testing/mock-client';
import { button, click, html, mount, submit, textOf, type, Wrap } from '../../testing/render';
import { UserDetail } from './UserDetail';

const user = (email: string | null, phone: string | null) => ({
  id: 'VXNlcjo3',
  username: 'veterans.quangnam',
  displayName: 'Cán bộ Hội CCB Quảng Nam',
  email,
  phone,
  active: true,
  lockedUntil: null,
  lastLoginAt: '2026-11-20T01:02:03.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  organization: { id: 'T3JnOjQ=', name: 'Hội Cựu chiến binh tỉnh Quảng Nam' },
  assignments: [
    {
      id: 'Um9sZTox',
      role: 'OFFICER',
      validFrom: '2026-01-01',
      validTo: null,
      active: true,
      organization: { id: 'T3JnOjQ=', name: 'Hội Cựu chiến binh tỉnh Quảng Nam' },
      viewOrganization: null,
    },
  ],
});

describe('UserDetail personal fields', () => {
  it('withheld e-mail and phone read "hidden (no personal-data grant)", not an error page', () => {
    const { client } = mockClient(() => ({
      data: { user: user(null, null) },
      errors: [
        apiError('FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED', 'req-pd', ['user', 'email']),
        apiError('FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED', 'req-pd', ['user', 'phone']),
      ],
    }));
    const out = html(client, <UserDetail id="VXNlcjo3" />);
    expect(out).toContain('Cán bộ Hội CCB Quảng Nam');
    expect(out.match(/ẩn \(không có quyền xem dữ liệu cá nhân\)/g)).toHaveLength(2);
    expect(out).not.toContain('role="alert"');
    expect(out).toContain('Cán bộ nhập liệu');
    expect(out).toContain('01/01/2026');
  });

  it('English, and only the withheld one is hidden', () => {
    const { client } = mockClient(() => ({ data: { user: user(null, '+84 912 345 678') }, errors: [apiError('FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED', 'r', ['user', 'email'])] }));
    const out = html(client, <UserDetail id="VXNlcjo3" />, { locale: 'en' });
    expect(out).toContain('hidden (no personal-data grant)');
    expect(out).toContain('+84 912 345 678');
  });

  it('an empty field that is not withheld reads "—"', () => {
    const { client } = mockClient(() => ({ data: { user: user('cb@example.vn', null) } }));
    const out = html(client, <UserDetail id="VXNlcjo3" />);
    expect(out).toContain('cb@example.vn');
    expect(out).not.toContain('ẩn (không có quyền');
  });

  it('the edit form leaves a withheld field alone', async () => {
    const { client, calls } = mockClient((c) =>
      c.name === 'UserDetail'
        ? { data: { user: user(null, '0912345678') }, errors: [apiError('FORBIDDEN', 'PERSONAL_DATA_GRANT_REQUIRED', 'r', ['user', 'email'])] }
        : { data: { updateUser: { user: { ...user(null, '0912000000') } } } },
    );
    const r = await mount(
      <Wrap client={client}>
        <UserDetail id="VXNlcjo3" />
      </Wrap>,
    );
    await click(button(r, 'Sửa thông tin'));
    const email = r.root.find((n) => n.type === 'input' && n.props.name === 'email');
    expect(email.props.disabled).toBe(true);
    expect(email.props.placeholder).toBe('ẩn (không có quyền xem dữ liệu cá nhân)');
    await type(r, 'phone', '0912000000');
    await submit(r, 'edit-user');
    expect(calls.find((c) => c.name === 'UpdateUser')?.variables).toEqual({ input: { id: 'VXNlcjo3', phone: '0912000000' } });
    expect(textOf(r)).toContain('Đã lưu.');
  });

  it('NOT_FOUND for a user outside the caller’s scope', () => {
    const { client } = mockClient(() => ({ errors: [apiError('NOT_FOUND', 'NOT_FOUND', 'req-u404', ['user'])] }));
    const out = html(client, <UserDetail id="VXNlcjo5OQ==" />);
    expect(out).toContain('Không tìm thấy');
    expect(out).toContain('req-u404');
  });
});
