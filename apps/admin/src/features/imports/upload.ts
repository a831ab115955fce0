/**
 * `POST /uploads`: the file as the raw request body with the session token, its name URI-encoded in
 * `X-File-Name`. The API answers 201 `{ uploadId, fileName, size, sha256 }` or
 * `{ error: { code, reason, message } }` (docs: apps/api/src/modules/imports/import.routes.ts).
 */
import { authHeaders } from '../../app/client';
import type { AppError } from '../../app/errors';

export interface Uploaded {
  uploadId: string;
  fileName: string;
  size: number;
  sha256: string;
}

export type UploadAnswer = { ok: true; upload: Uploaded } | { ok: false; error: AppError };

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Sends `file` to `url` (default `/uploads`, same origin as /graphql); never throws. */
export async function uploadFile(file: Blob & { name: string }, token: string | null, opts: { fetch?: Fetch; url?: string } = {}): Promise<UploadAnswer> {
  const send = opts.fetch ?? ((input, init) => fetch(input, init));
  let res: Response;
  try {
    res = await send(opts.url ?? '/uploads', {
      method: 'POST',
      headers: { ...authHeaders(token), 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch (e) {
    return { ok: false, error: { code: null, reason: null, requestId: null, fieldErrors: [], message: (e as Error).message ?? String(e), network: true } };
  }
  const requestId = str(res.headers.get('x-request-id'));
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON (a proxy's error page): described by the status below */
  }
  const b = (body ?? {}) as { uploadId?: unknown; fileName?: unknown; size?: unknown; sha256?: unknown; error?: { code?: unknown; reason?: unknown; message?: unknown } };
  if (res.status === 201 && typeof b.uploadId === 'string') {
    return { ok: true, upload: { uploadId: b.uploadId, fileName: str(b.fileName) ?? file.name, size: typeof b.size === 'number' ? b.size : file.size, sha256: str(b.sha256) ?? '' } };
  }
  return {
    ok: false,
    error: {
      code: str(b.error?.code),
      reason: str(b.error?.reason),
      requestId,
      fieldErrors: [],
      message: str(b.error?.message) ?? `HTTP ${res.status}`,
      network: false,
    },
  };
}
