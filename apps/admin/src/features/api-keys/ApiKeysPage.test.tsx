import { act } from 'react-test-renderer';
import { describe, expect, it } from 'vitest';
import { SecretReveal } from '@lnob/ui';
import { mockClient, type Call } from '../../testing/mock-client';
import { button, click, mount, settle, submit, textOf, type, Wrap } from '../../testing/render';
import ApiKeysPage from './ApiKeysPage';

const SECRET = `lnob_${'S3cr3t'.repeat(8)}`;
const key = (name: string, revokedAt: string | null = null) => ({
  id: `key-${name}`,
  name,
  prefix: 'lnob_AbCdEf',
  organization: { id: 'org-vff', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  scopes: ['AREAS', 'ORGANIZATIONS'],
  personalData: false,
  expiresOn: '2099-12-31',
  requestsPerMinute: 120,
  createdAt: '2026-11-21T01:00:00.000Z',
  createdBy: { id: 'u1', displayName: 'Quản trị viên' },
  lastUsedAt: null,
  revokedAt,
  active: revokedAt === null,
});

function api() {
  const keys = [key('Cổng dữ liệu tỉnh')];
  return mockClient((c: Call) => {
    switch (c.name) {
      case 'ApiKeys':
        return { data: { apiKeys: { edges: keys.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } };
      case 'OrganizationPicker':
        return { data: { organizations: { edges: [{ node: { id: 'org-vff', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'VFF_COMMITTEE', level: 'CENTRAL', area: null } }] } } };
      case 'CreateApiKey': {
        const k = key(String((c.variables.input as { name: string }).name));
        keys.push(k);
        return { data: { createApiKey: { secret: SECRET, apiKey: k } } };
      }
      case 'RevokeApiKey':
        return { data: { revokeApiKey: { apiKey: { id: 'key-Cổng dữ liệu tỉnh', revokedAt: '2026-11-21T02:00:00.000Z', active: false } } } };
    }
    return undefined;
  });
}

describe('API keys', () => {
  it('creates a key and shows its secret once, with a copy button and a warning', async () => {
    const { client, calls } = api();
    const r = await mount(
      <Wrap client={client} hash="#/api-keys">
        <ApiKeysPage />
      </Wrap>,
    );
    expect(textOf(r)).toContain('Cổng dữ liệu tỉnh');
    expect(textOf(r)).not.toContain(SECRET);

    await click(button(r, 'Tạo khóa mới'));
    await type(r, 'name', 'Hệ thống an sinh');
    const search = r.root.find((n) => n.type === 'input' && n.props.type === 'search');
    await act(async () => search.props.onChange({ target: { value: 'mat tran' } }));
    await settle(300);
    await click(button(r, /Ủy ban Trung ương Mặt trận/));
    await submit(r, 'create-api-key');

    const create = calls.find((c) => c.name === 'CreateApiKey');
    expect(create?.variables).toMatchObject({
      input: { name: 'Hệ thống an sinh', organizationId: 'org-vff', scopes: ['AREAS', 'ORGANIZATIONS'], personalData: false, requestsPerMinute: 120 },
    });
    const shown = textOf(r);
    expect(shown).toContain(`[${SECRET}]`);
    expect(shown).toContain('Đây là lần duy nhất khóa bí mật được hiển thị');
    expect(button(r, 'Sao chép')).toBeDefined();

    // Dismissed: the secret is gone from the page for good (the list never carries it).
    await click(button(r, 'Tôi đã lưu khóa bí mật'));
    expect(textOf(r)).not.toContain(SECRET);
    expect(JSON.stringify(r.toJSON())).not.toContain(SECRET);
    // (The refetch of the list after the mutation is graphcache's job: see app/client.test.ts.)
  });

  it('copies the secret with the copy button', async () => {
    const { client } = api();
    const copied: string[] = [];
    const r = await mount(
      <Wrap client={client}>
        <SecretReveal title="k" secret={SECRET} onDone={() => undefined} copy={async (s) => void copied.push(s)} />
      </Wrap>,
    );
    await click(button(r, 'Sao chép'));
    expect(copied).toEqual([SECRET]);
    expect(textOf(r)).toContain('Đã sao chép');
  });

  it('revokes only after confirmation', async () => {
    const { client, calls } = api();
    const r = await mount(
      <Wrap client={client}>
        <ApiKeysPage />
      </Wrap>,
    );
    await click(button(r, 'Thu hồi'));
    expect(textOf(r)).toContain('Không thể hoàn tác');
    expect(calls.some((c) => c.name === 'RevokeApiKey')).toBe(false);
    await click(r.root.find((n) => n.type === 'button' && n.props['data-testid'] === 'confirm'));
    expect(calls.find((c) => c.name === 'RevokeApiKey')?.variables).toEqual({ input: { id: 'key-Cổng dữ liệu tỉnh' } });
    expect(textOf(r)).toContain('Đã thu hồi khóa.');
  });

  it('checks the form before calling the API', async () => {
    const { client, calls } = api();
    const r = await mount(
      <Wrap client={client}>
        <ApiKeysPage />
      </Wrap>,
    );
    await click(button(r, 'Tạo khóa mới'));
    await type(r, 'requestsPerMinute', '0');
    await submit(r, 'create-api-key');
    const text = textOf(r);
    expect(text).toContain('Bắt buộc');
    expect(text).toContain('Từ 1 đến 6000.');
    expect(calls.some((c) => c.name === 'CreateApiKey')).toBe(false);
  });
});
