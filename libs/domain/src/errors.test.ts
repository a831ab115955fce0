import { describe, expect, it } from 'vitest';
import {
  badInput,
  conflict,
  DomainError,
  ERROR_CODES,
  forbidden,
  internal,
  isDomainError,
  joinPath,
  notFound,
  Problems,
  REASONS,
  unauthenticated,
  type Reason,
} from './errors';

describe('REASONS', () => {
  it.each(Object.entries(REASONS))('%s maps to itself', (key, value) => {
    expect(value).toBe(key);
  });

  it.each([
    'VALIDATION_FAILED', 'NOT_FOUND', 'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'QUERY_INVALID',
    'PAGE_SIZE_EXCEEDED', 'INVALID_CURSOR', 'INVALID_ID', 'INVALID_VND', 'INVALID_LOCAL_DATE',
    'INVALID_PERIOD', 'INVALID_DATE_TIME', 'HIERARCHY_CYCLE', 'DUPLICATE_CODE', 'INVALID_VALIDITY',
    'PARENT_NOT_VALID', 'UNKNOWN_PARENT', 'INVALID_SHARES', 'ALREADY_CLOSED', 'PERMISSION_DENIED', 'INTERNAL',
  ])('includes %s', (reason) => {
    expect(REASONS).toHaveProperty(reason, reason);
  });

  it('lists the six GraphQL error codes', () => {
    expect(ERROR_CODES).toEqual([
      'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'INTERNAL_SERVER_ERROR',
    ]);
  });
});

describe('error factories', () => {
  it.each<[string, () => DomainError, string, Reason, number]>([
    ['badInput', () => badInput('INVALID_VND', 'm', [{ path: 'amount', message: 'm' }]), 'BAD_USER_INPUT', 'INVALID_VND', 1],
    ['badInput without fields', () => badInput('VALIDATION_FAILED', 'm'), 'BAD_USER_INPUT', 'VALIDATION_FAILED', 0],
    ['notFound', () => notFound('Household 42'), 'NOT_FOUND', 'NOT_FOUND', 0],
    ['conflict', () => conflict('DUPLICATE_CODE', 'm', [{ path: 'code', message: 'm' }]), 'CONFLICT', 'DUPLICATE_CODE', 1],
    ['forbidden', () => forbidden('PERMISSION_DENIED', 'm'), 'FORBIDDEN', 'PERMISSION_DENIED', 0],
    ['unauthenticated', () => unauthenticated(), 'UNAUTHENTICATED', 'AUTHENTICATION_REQUIRED', 0],
    ['internal', () => internal('m'), 'INTERNAL_SERVER_ERROR', 'INTERNAL', 0],
  ])('%s', (_name, make, code, reason, fieldCount) => {
    const e = make();
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toBeInstanceOf(Error);
    expect(isDomainError(e)).toBe(true);
    expect(e.name).toBe('DomainError');
    expect(e.code).toBe(code);
    expect(e.reason).toBe(reason);
    expect(e.fieldErrors).toHaveLength(fieldCount);
  });

  it('notFound names the object', () => {
    expect(notFound('Household 42').message).toContain('Household 42');
  });

  it.each([new Error('x'), 'x', null, { code: 'NOT_FOUND', reason: 'NOT_FOUND' }])('isDomainError(%s) is false', (v) => {
    expect(isDomainError(v)).toBe(false);
  });
});

describe('joinPath', () => {
  it.each([
    [undefined, 'name', 'name'],
    ['', 'name', 'name'],
    ['input', 'name', 'input.name'],
    ['input.links', '[2].share', 'input.links[2].share'],
    ['input', '', 'input'],
  ])('(%s, %s) → %s', (prefix, path, expected) => {
    expect(joinPath(prefix, path)).toBe(expected);
  });
});

describe('Problems', () => {
  it('does not throw when empty', () => {
    const p = new Problems();
    expect(p.any).toBe(false);
    expect(() => p.throwIfAny()).not.toThrow();
  });

  it.each([
    [true, 0],
    [false, 1],
  ])('check(cond=%s) adds %i problem(s) and returns cond', (cond, count) => {
    const p = new Problems();
    expect(p.check('input.code', cond, 'bad code')).toBe(cond);
    expect(p.fieldErrors).toHaveLength(count);
  });

  it('throws every problem at once with the default reason', () => {
    const p = new Problems();
    p.add('input.name', 'too long');
    p.check('input.code', false, 'required');
    p.check('input.shortName', true, 'never');
    try {
      p.throwIfAny();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const d = e as DomainError;
      expect([d.code, d.reason]).toEqual(['BAD_USER_INPUT', 'VALIDATION_FAILED']);
      expect(d.fieldErrors).toEqual([
        { path: 'input.name', message: 'too long' },
        { path: 'input.code', message: 'required' },
      ]);
    }
  });

  it('uses the given reason and prefixes merged errors', () => {
    const p = new Problems().addAll([{ path: '[0].share', message: 'm' }], 'input.successions');
    expect(() => p.throwIfAny('INVALID_SHARES')).toThrow(DomainError);
    try {
      p.throwIfAny('INVALID_SHARES');
    } catch (e) {
      expect((e as DomainError).reason).toBe('INVALID_SHARES');
      expect((e as DomainError).fieldErrors[0].path).toBe('input.successions[0].share');
    }
  });

  it.each<[string, [string, Reason | undefined][], Reason]>([
    ['one kind of problem keeps its reason', [['input.code', 'DUPLICATE_CODE']], 'DUPLICATE_CODE'],
    ['the same reason twice keeps it', [['input.a', 'INVALID_SHARES'], ['input.b', 'INVALID_SHARES']], 'INVALID_SHARES'],
    ['different reasons give VALIDATION_FAILED', [['input.code', 'DUPLICATE_CODE'], ['input.parentId', 'UNKNOWN_PARENT']], 'VALIDATION_FAILED'],
    ['no reason is VALIDATION_FAILED', [['input.name', undefined]], 'VALIDATION_FAILED'],
  ])('%s', (_what, problems, expected) => {
    const p = new Problems();
    for (const [path, reason] of problems) p.add(path, 'bad', reason);
    expect(() => p.throwIfAny()).toThrow(expect.objectContaining({ reason: expected }));
    expect(p.has(problems[0][0])).toBe(true);
    expect(p.has('input.other')).toBe(false);
  });

  it('returns a copy of its field errors', () => {
    const p = new Problems().add('a', 'b');
    p.fieldErrors.pop();
    expect(p.fieldErrors).toHaveLength(1);
  });
});
