import { describe, expect, it } from 'vitest';
import { canonicalJson, idempotencyDecision, idempotencyKeyProblem, idempotencyScope } from './idempotency';

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['sorted keys', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['nested, arrays keep order', { z: [3, { y: 1, x: 2 }], a: { d: true, c: false } }, '{"a":{"c":false,"d":true},"z":[3,{"x":2,"y":1}]}'],
    ['null and undefined properties omitted', { a: null, b: undefined, c: 0 }, '{"c":0}'],
    ['null items kept in arrays', [null, undefined, 1], '[null,null,1]'],
    ['-0 as 0', { n: -0 }, '{"n":0}'],
    ['largest safe amount exactly', { amount: Number.MAX_SAFE_INTEGER }, '{"amount":9007199254740991}'],
    ['strings escaped', { s: 'a"b\n' }, '{"s":"a\\"b\\n"}'],
    ['Vietnamese NFD → NFC', { name: 'Nguyê\u0303n' }, '{"name":"Nguyễn"}'],
    ['dates by toJSON', { at: new Date('2024-10-17T00:00:00Z') }, '{"at":"2024-10-17T00:00:00.000Z"}'],
    ['empty object', {}, '{}'],
    ['top-level scalar', 'x', '"x"'],
    ['key order by code unit', { b: 1, B: 2, á: 3, a: 4 }, '{"B":2,"a":4,"b":1,"á":3}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('is the same whatever the key order, and differs when a value differs', () => {
    const a = { fundId: 'F1', amount: 500_000, donor: { id: 'D1', anonymous: false } };
    const b = { donor: { anonymous: false, id: 'D1' }, amount: 500_000, fundId: 'F1' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).not.toBe(canonicalJson({ ...b, amount: 500_001 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it.each<[string, unknown]>([
    ['NaN', { a: NaN }],
    ['Infinity', [Infinity]],
    ['bigint', { a: 1n }],
    ['function', { a: () => 1 }],
    ['symbol', { a: Symbol('x') }],
    ['Map', { a: new Map() }],
    ['keys equal after NFC', { 'Nguyê\u0303n': 1, Nguyễn: 2 }],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('refuses cycles, but not a shared (acyclic) object', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});

describe('idempotency keys', () => {
  it.each<[unknown, boolean]>([
    ['6c0c1f9e-8d4b-4e0e-9d7a-1b2c3d4e5f60', true],
    ['abcdefgh', true], // 8: shortest
    ['abcdefg', false], // 7
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    ['donation:2024-10-17:001', true],
    ['-abcdefgh', false],
    ['abc defgh', false],
    ['khóa-tiếng-việt', false],
    [undefined, false],
    [12345678, false],
  ])('%j usable: %s', (key, ok) => {
    expect(idempotencyKeyProblem(key) === null).toBe(ok);
  });

  it('scopes a key per mutation and caller', () => {
    expect(idempotencyScope('recordDonation', 'u1', 'k')).not.toBe(idempotencyScope('recordDisbursement', 'u1', 'k'));
    expect(idempotencyScope('recordDonation', 'u1', 'k')).not.toBe(idempotencyScope('recordDonation', 'u2', 'k'));
  });

  it.each<[string | null, string, string]>([
    [null, '{"a":1}', 'NEW'],
    ['{"a":1}', '{"a":1}', 'REPLAY'],
    ['{"a":1}', '{"a":2}', 'IDEMPOTENCY_KEY_REUSED'],
  ])('stored %j, payload %j → %s', (stored, payload, outcome) => {
    const d = idempotencyDecision(stored, payload);
    if (d.ok) expect(d.outcome).toBe(outcome);
    else expect(d).toMatchObject({ code: 'CONFLICT', reason: outcome });
  });
});
