/**
 * The before → after diff an audit entry records. Values are compared as JSON; secret fields are
 * recorded as changed but their values as "[redacted]".
 */
export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

export const REDACTED = '[redacted]';
export const SECRET_FIELDS: readonly string[] = ['passwordHash', 'password', 'secret', 'secretHash', 'token', 'tokenHash'];

type Rec = Record<string, unknown> | null | undefined;

const json = (v: unknown) => JSON.stringify(v === undefined ? null : v instanceof Date ? v.toISOString() : v);

/** Changed fields, sorted by name; for a creation `before` is null, for a deletion `after` is. */
export function auditDiff(before: Rec, after: Rec, secrets: readonly string[] = SECRET_FIELDS): AuditChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: AuditChange[] = [];
  for (const field of [...fields].sort()) {
    const b = before ? before[field] : undefined;
    const a = after ? after[field] : undefined;
    if (json(b) === json(a)) continue;
    const secret = secrets.includes(field);
    out.push({
      field,
      before: secret ? (b == null ? null : REDACTED) : normalise(b),
      after: secret ? (a == null ? null : REDACTED) : normalise(a),
    });
  }
  return out;
}

function normalise(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return v;
}
