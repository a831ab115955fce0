import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  clampPageSize,
  CODE_MAX_LENGTH,
  LOADER_BATCH_MAX,
  NAME_MAX_LENGTH,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_COMPLEXITY_MAX,
  QUERY_DEPTH_MAX,
  SHORT_NAME_MAX_LENGTH,
} from './limits';

describe('limits', () => {
  it.each([
    ['PAGE_SIZE_DEFAULT', PAGE_SIZE_DEFAULT, 20],
    ['PAGE_SIZE_MAX', PAGE_SIZE_MAX, 100],
    ['LOADER_BATCH_MAX', LOADER_BATCH_MAX, 500],
    ['QUERY_DEPTH_MAX', QUERY_DEPTH_MAX, 15],
    ['QUERY_COMPLEXITY_MAX', QUERY_COMPLEXITY_MAX, 50000],
    ['NAME_MAX_LENGTH', NAME_MAX_LENGTH, 255],
    ['SHORT_NAME_MAX_LENGTH', SHORT_NAME_MAX_LENGTH, 64],
    ['CODE_MAX_LENGTH', CODE_MAX_LENGTH, 32],
  ])('%s is %i', (_name, value, expected) => {
    expect(value).toBe(expected);
  });
});

describe('clampPageSize', () => {
  it.each([
    [undefined, 20],
    [null, 20],
    [0, 0],
    [1, 1],
    [20, 20],
    [99, 99],
    [100, 100],
  ])('%s → %i', (first, expected) => {
    expect(clampPageSize(first)).toBe(expected);
  });

  it.each([-1, 101, 1000, -100, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (first) => {
    try {
      clampPageSize(first);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const d = e as DomainError;
      expect([d.code, d.reason]).toEqual(['BAD_USER_INPUT', 'PAGE_SIZE_EXCEEDED']);
      expect(d.fieldErrors.map((f) => f.path)).toEqual(['first']);
    }
  });
});
