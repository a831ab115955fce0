/**
 * Idempotent money mutations (issue 5): every mutation that moves money carries a key. The API keeps
 * (scope, key) → (canonical payload, result) in a table with a unique key; a retry with the same key
 * and the same payload gets the stored result, with another payload CONFLICT / IDEMPOTENCY_KEY_REUSED.
 * The API may store a hash (SHA-256) of `canonicalJson(payload)` instead of the text.
 */
import { refuse, type Decision } from './reasons';

export const IDEMPOTENCY_KEY_MIN_LENGTH = 8;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;
/** A UUID fits; so does any 8–128 characters of letters, digits, `.`, `_`, `:`, `-` starting with a letter or digit. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** Why `key` is not a usable idempotency key, or null. */
export function idempotencyKeyProblem(key: unknown): string | null {
  if (typeof key !== 'string') return 'an idempotency key is required';
  if (key.length < IDEMPOTENCY_KEY_MIN_LENGTH || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    return `an idempotency key has ${IDEMPOTENCY_KEY_MIN_LENGTH}–${IDEMPOTENCY_KEY_MAX_LENGTH} characters`;
  }
  if (!KEY.test(key)) return 'an idempotency key has only letters, digits, ".", "_", ":" and "-", and starts with a letter or digit';
  return null;
}

/** The key under which a request is remembered: keys are per mutation and per caller, never global. */
export function idempotencyScope(mutation: string, callerId: string, key: string): string {
  return `${mutation}\u0000${callerId}\u0000${key}`;
}

/**
 * A canonical JSON text of a mutation payload, the same whatever the key order:
 * - object keys sorted (by UTF-16 code units, after NFC);
 * - properties whose value is null or undefined omitted: in our inputs "absent" and "null" mean the same;
 * - strings in Unicode NFC, so Vietnamese typed precomposed or decomposed is the same text;
 * - arrays keep their order (order is meaningful); null or undefined items become null;
 * - numbers as JSON writes them (-0 as 0); NaN, ±Infinity, bigint, functions, symbols, Map, Set and
 *   cycles throw TypeError;
 * - objects with `toJSON` (Date) are replaced by its result first.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value === 0 ? 0 : value);
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value}`);
  }
  const obj = value as object;
  if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') return write((obj as { toJSON: () => unknown }).toJSON(), seen);
  if (obj instanceof Map || obj instanceof Set) throw new TypeError('canonicalJson: Map and Set have no JSON form');
  if (seen.has(obj)) throw new TypeError('canonicalJson: the payload has a cycle');
  seen.add(obj);
  let out: string;
  if (Array.isArray(obj)) out = `[${obj.map((v) => write(v, seen)).join(',')}]`;
  else {
    const props = new Map<string, unknown>();
    for (const [k, v] of Object.entries(obj)) {
      if (v === null || v === undefined) continue;
      const key = k.normalize('NFC');
      if (props.has(key)) throw new TypeError(`canonicalJson: two keys read ${JSON.stringify(key)} after NFC`);
      props.set(key, v);
    }
    const keys = [...props.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    out = `{${keys.map((k) => `${JSON.stringify(k)}:${write(props.get(k), seen)}`).join(',')}}`;
  }
  seen.delete(obj);
  return out;
}

/**
 * What to do with a keyed request, given what was stored under its key (null: nothing yet):
 * NEW (run it and store), REPLAY (return the stored result), or CONFLICT / IDEMPOTENCY_KEY_REUSED.
 * `stored` and `payload` are both canonicalJson texts (or both hashes of them).
 */
export function idempotencyDecision(stored: string | null, payload: string): Decision<{ outcome: 'NEW' | 'REPLAY' }> {
  if (stored === null) return { ok: true, outcome: 'NEW' };
  if (stored === payload) return { ok: true, outcome: 'REPLAY' };
  return refuse('CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used with another payload');
}
