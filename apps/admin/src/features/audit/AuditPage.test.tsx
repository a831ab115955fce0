import { describe, expect, it } from 'vitest';
import { mockClient } from '../../testing/mock-client';
import { button, click, html, mount, textOf, Wrap } from '../../testing/render';
import AuditPage, { auditValue } from './AuditPage';

const entry = {
  id: 'QXVkaXQ6MQ==',
  at: '2026-11-21T06:23:23.000Z',
  requestId: '885655c1-fe05',
  action: 'update',
  entityType: 'User',
  entityId: 'VXNlcjo3',
  actorName: 'admin',
  actor: { id: 'VXNlcjox', username: 'admin' },
  apiKey: null,
  changes: [
    { field: 'displayName', before: '"Nguyễn Văn A"', after: '"Nguyễn Văn B"' },
    { field: 'passwordHash', before: '"[redacted]"', after: '"[redacted]"' },
    { field: 'active', before: 'true', after: 'false' },
  ],
};
const log = (edges: unknown[]) => ({ data: { auditLog: { edges: edges.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } });

describe('audit log', () => {
  it('sends the URL filters (dates as Vietnam day bounds) and lists entries newest first', () => {
    const { client, calls } = mockClient(() => log([entry]));
    const out = html(client, <AuditPage />, { hash: '#/audit?type=User&id=VXNlcjo3&from=2026-11-01&to=2026-11-21' });
    expect(calls[0].variables).toEqual({
      filter: { entityType: 'User', entityId: 'VXNlcjo3', userId: undefined, from: '2026-11-01T00:00:00.000+07:00', to: '2026-11-21T23:59:59.999+07:00' },
      first: 25,
      after: null,
    });
    expect(out).toContain('21/11/2026 13:23:23');
    expect(out).toContain('885655c1-fe05');
    expect(out).toContain('Xem 3 thay đổi');
    expect(out).toContain('value="01/11/2026"');
  });

  it('unfolds an entry to field, before → after', async () => {
    const { client } = mockClient(() => log([entry]));
    const r = await mount(
      <Wrap client={client} hash="#/audit" locale="en">
        <AuditPage />
      </Wrap>,
    );
    expect(textOf(r)).not.toContain('Nguyễn Văn B');
    await click(button(r, 'Show 3 changes'));
    const text = textOf(r);
    expect(text).toContain('displayNameNguyễn Văn A→Nguyễn Văn B');
    expect(text).toContain('passwordHash[redacted]→[redacted]');
    expect(text).toContain('activetrue→false');
  });

  it('says when a filter finds nothing', () => {
    const { client } = mockClient(() => log([]));
    expect(html(client, <AuditPage />, { hash: '#/audit?type=ApiKey' })).toContain('Không tìm thấy kết quả nào.');
    expect(html(client, <AuditPage />, { hash: '#/audit' })).toContain('Không có dữ liệu.');
  });

  it('reads JSON-encoded values', () => {
    expect(auditValue(null)).toBe('—');
    expect(auditValue('null')).toBe('—');
    expect(auditValue('"x"')).toBe('x');
    expect(auditValue('{"a":1}')).toBe('{"a":1}');
    expect(auditValue('12')).toBe('12');
    expect(auditValue('not json')).toBe('not json');
  });
});
