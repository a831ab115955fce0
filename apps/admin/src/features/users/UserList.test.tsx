import { describe, expect, it } from 'vitest';
import { apiError, mockClient } from '../../testing/mock-client';
import { button, click, html, mount, submit, textOf, type, Wrap } from '../../testing/render';
import { UserList } from './UserList';

const users = (n: number, hasNextPage = false) => ({
  data: {
    users: {
      totalCount: 42,
      edges: Array.from({ length: n }, (_, i) => ({
        node: {
          id: `u${i}`,
          username: `user.${i}`,
          displayName: `Người dùng ${i}`,
          active: i !== 1,
          lockedUntil: i === 2 ? '2099-01-01T00:00:00.000Z' : null,
          lastLoginAt: null,
          organization: i === 3 ? null : { id: 'o1', name: 'Ủy ban MTTQ tỉnh Quảng Nam' },
          assignments: [{ id: `a${i}`, role: 'OFFICER' }],
        },
      })),
      pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cur-1' : null },
    },
  },
});

describe('user list', () => {
  it('lists users with roles, status and organization; filters come from the URL', () => {
    const { client, calls } = mockClient(() => users(4, true));
    const out = html(client, <UserList />, { hash: '#/users?role=OFFICER&active=true' });
    expect(calls[0].variables).toEqual({ filter: { search: undefined, role: 'OFFICER', active: true, organizationId: undefined }, first: 20, after: null });
    expect(out).toContain('42 mục');
    expect(out).toContain('Người dùng 0');
    expect(out).toContain('Cán bộ nhập liệu');
    expect(out).toContain('Đã vô hiệu hóa');
    expect(out).toContain('Bị khóa đến');
    expect(out).toContain('ngoài phạm vi xem');
    expect(out).toContain('Trang sau');
  });

  it('pages forward with the end cursor and back', async () => {
    const { client, calls } = mockClient(() => users(2, true));
    const r = await mount(
      <Wrap client={client} hash="#/users">
        <UserList />
      </Wrap>,
    );
    await click(button(r, 'Trang sau'));
    expect(calls.at(-1)?.variables.after).toBe('cur-1');
    expect(textOf(r)).toContain('Trang 2');
    await click(button(r, 'Trang trước'));
    expect(calls.at(-1)?.variables.after).toBeNull();
  });

  it('an error state keeps the request id; an empty result says so', () => {
    const failing = mockClient(() => ({ errors: [apiError('FORBIDDEN', 'PERMISSION_DENIED', 'req-403')] }));
    const out = html(failing.client, <UserList />, { hash: '#/users' });
    expect(out).toContain('Vai trò của bạn không có quyền này.');
    expect(out).toContain('req-403');
    const empty = mockClient(() => users(0));
    expect(html(empty.client, <UserList />, { hash: '#/users' })).toContain('Không có dữ liệu.');
  });

  it('create user: checks username, password and organization with the domain rules before calling the API', async () => {
    const { client, calls } = mockClient(() => users(0));
    const r = await mount(
      <Wrap client={client} hash="#/users">
        <UserList />
      </Wrap>,
    );
    await click(button(r, 'Thêm người dùng'));
    await type(r, 'username', 'Ab');
    await type(r, 'displayName', 'Nguyễn Văn C');
    await type(r, 'email', 'not-an-email');
    await type(r, 'password', 'ab');
    await submit(r, 'create-user');
    const text = textOf(r);
    expect(text).toContain('3–64 ký tự');
    expect(text).toContain('Không phải địa chỉ thư điện tử hợp lệ.');
    expect(text).toContain('Bắt buộc');
    expect(calls.some((c) => c.name === 'CreateUser')).toBe(false);
  });
});
