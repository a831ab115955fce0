import { describe, expect, it } from 'vitest';
import { auditDiff, REDACTED } from './diff';

describe('auditDiff', () => {
  it.each<[string, Record<string, unknown> | null, Record<string, unknown> | null, unknown[]]>([
    ['creation', null, { name: 'A', active: true }, [{ field: 'active', before: null, after: true }, { field: 'name', before: null, after: 'A' }]],
    ['no change', { name: 'A' }, { name: 'A' }, []],
    ['one field', { name: 'A', code: '1' }, { name: 'B', code: '1' }, [{ field: 'name', before: 'A', after: 'B' }]],
    ['to null', { validTo: '2025-06-30' }, { validTo: null }, [{ field: 'validTo', before: '2025-06-30', after: null }]],
    ['dates', { at: new Date('2026-01-01T00:00:00Z') }, { at: new Date('2026-01-02T00:00:00Z') }, [{ field: 'at', before: '2026-01-01T00:00:00.000Z', after: '2026-01-02T00:00:00.000Z' }]],
    ['arrays', { scopes: ['AREAS'] }, { scopes: ['AREAS', 'ORGANIZATIONS'] }, [{ field: 'scopes', before: ['AREAS'], after: ['AREAS', 'ORGANIZATIONS'] }]],
    ['secret', { passwordHash: 'old' }, { passwordHash: 'new' }, [{ field: 'passwordHash', before: REDACTED, after: REDACTED }]],
    ['secret set', null, { secretHash: 'h' }, [{ field: 'secretHash', before: null, after: REDACTED }]],
  ])('%s', (_name, before, after, changes) => {
    expect(auditDiff(before, after)).toEqual(changes);
  });
});
