import { badInput } from '@lnob/domain';

/** A keyset cursor: the sort key and row id of the last row seen, base64url JSON. */
export interface Cursor {
  key: string | number;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string | null | undefined, path = 'after'): Cursor | null {
  if (raw == null || raw === '') return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      (typeof v[0] === 'string' || typeof v[0] === 'number') &&
      Number.isSafeInteger(v[1])
    ) {
      return { key: v[0], id: v[1] };
    }
  } catch {
    /* fall through */
  }
  throw badInput('INVALID_CURSOR', 'The cursor is not one this API issued.', [{ path, message: 'invalid cursor' }]);
}
