import { describe, expect, it } from 'vitest';
import { uploadFile, type Fetch } from './upload';

const file = () => new File(['Mã địa bàn,Năm rà soát\r\n504,2024\r\n'], 'rà soát 2024.csv', { type: 'text/csv' });

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: { url: string; init: RequestInit }[] = [];
  const f: Fetch = async (url, init) => {
    seen.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
  };
  return { f, seen };
}

describe('uploadFile', () => {
  it('posts the raw file with the session token and its name URI-encoded', async () => {
    const { f, seen } = fakeFetch(201, { uploadId: 'u-1', fileName: 'rà soát 2024.csv', size: 34, sha256: 'ab' });
    const r = await uploadFile(file(), 'tok', { fetch: f });
    expect(r).toEqual({ ok: true, upload: { uploadId: 'u-1', fileName: 'rà soát 2024.csv', size: 34, sha256: 'ab' } });
    expect(seen[0].url).toBe('/uploads');
    expect(seen[0].init.method).toBe('POST');
    expect(seen[0].init.headers).toEqual({ authorization: 'Bearer tok', 'content-type': 'text/csv', 'x-file-name': 'r%C3%A0%20so%C3%A1t%202024.csv' });
    expect(seen[0].init.body).toBeInstanceOf(Blob);
  });

  it('reads the API’s error answer (code, reason, request id)', async () => {
    const { f } = fakeFetch(403, { error: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED', message: 'Your roles do not allow data.capture.' } }, { 'x-request-id': 'req-up-1' });
    const r = await uploadFile(file(), null, { fetch: f });
    expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN', reason: 'PERMISSION_DENIED', requestId: 'req-up-1', fieldErrors: [], message: 'Your roles do not allow data.capture.', network: false } });
  });

  it('says "network" when nothing answers and gives the status of a non-JSON answer', async () => {
    const down = await uploadFile(file(), 'tok', {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(down.ok ? null : down.error).toMatchObject({ network: true, code: null, message: 'Failed to fetch' });
    const proxy = await uploadFile(file(), 'tok', { fetch: fakeFetch(502, '<html>Bad gateway</html>').f });
    expect(proxy.ok ? null : proxy.error).toMatchObject({ network: false, code: null, reason: null, message: 'HTTP 502' });
  });
});
