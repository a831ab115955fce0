import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { closeOn, covers, isValidOn, overlaps, validityProblems, type Validity } from './validity';

const v = (validFrom: string, validTo: string | null = null): Validity => ({ validFrom, validTo });

describe('isValidOn', () => {
  it.each<[Validity, string, boolean]>([
    [v('2021-01-01', '2025-06-30'), '2021-01-01', true],
    [v('2021-01-01', '2025-06-30'), '2025-06-30', true],
    [v('2021-01-01', '2025-06-30'), '2025-07-01', false],
    [v('2021-01-01', '2025-06-30'), '2020-12-31', false],
    [v('2025-07-01'), '2025-07-01', true],
    [v('2025-07-01'), '2999-12-31', true],
    [v('2025-07-01'), '2025-06-30', false],
    [v('2024-05-05', '2024-05-05'), '2024-05-05', true],
  ])('%j on %s: %s', (validity, date, expected) => {
    expect(isValidOn(validity, date)).toBe(expected);
  });
});

describe('validityProblems', () => {
  it.each<[Validity, boolean]>([
    [v('2021-01-01'), false],
    [v('2021-01-01', '2021-01-01'), false],
    [v('2021-01-01', '2025-06-30'), false],
    [v('2021-01-02', '2021-01-01'), true],
    [v('2025-07-01', '2025-06-30'), true],
  ])('%j has a problem: %s', (validity, hasProblem) => {
    expect(validityProblems(validity) !== null).toBe(hasProblem);
  });
});

describe('covers', () => {
  it.each<[string, Validity, Validity, boolean]>([
    ['open covers open, later start', v('2000-01-01'), v('2025-07-01'), true],
    ['open covers closed', v('2000-01-01'), v('2001-01-01', '2025-06-30'), true],
    ['same interval', v('2021-01-01', '2025-06-30'), v('2021-01-01', '2025-06-30'), true],
    ['same open interval', v('2021-01-01'), v('2021-01-01'), true],
    ['inner starts earlier', v('2021-01-01'), v('2020-12-31'), false],
    ['closed does not cover open', v('2021-01-01', '2025-06-30'), v('2021-01-01'), false],
    ['inner ends a day later', v('2021-01-01', '2025-06-30'), v('2022-01-01', '2025-07-01'), false],
    ['inner ends on the last day', v('2021-01-01', '2025-06-30'), v('2022-01-01', '2025-06-30'), true],
    ['disjoint', v('2021-01-01', '2021-12-31'), v('2023-01-01', '2023-12-31'), false],
  ])('%s', (_name, outer, inner, expected) => {
    expect(covers(outer, inner)).toBe(expected);
  });
});

describe('overlaps', () => {
  it.each<[string, Validity, Validity, boolean]>([
    ['both open', v('2021-01-01'), v('2025-07-01'), true],
    ['touching on one day', v('2021-01-01', '2025-06-30'), v('2025-06-30'), true],
    ['adjacent (successor)', v('2021-01-01', '2025-06-30'), v('2025-07-01'), false],
    ['adjacent reversed', v('2025-07-01'), v('2021-01-01', '2025-06-30'), false],
    ['contained', v('2021-01-01', '2025-06-30'), v('2022-01-01', '2022-12-31'), true],
    ['disjoint', v('2021-01-01', '2021-12-31'), v('2023-01-01', '2023-12-31'), false],
    ['open one starts after the other ends', v('2021-01-01', '2021-12-31'), v('2022-01-01'), false],
    ['same single day', v('2024-05-05', '2024-05-05'), v('2024-05-05', '2024-05-05'), true],
  ])('%s', (_name, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('closeOn', () => {
  it.each<[Validity, string, Validity]>([
    [v('2021-01-01'), '2025-06-30', v('2021-01-01', '2025-06-30')],
    [v('2021-01-01'), '2021-01-01', v('2021-01-01', '2021-01-01')],
  ])('closes %j on %s', (validity, lastDay, expected) => {
    expect(closeOn(validity, lastDay)).toEqual(expected);
    expect(validity.validTo).toBeNull(); // not mutated
  });

  it.each<[string, Validity, string, string, string[]]>([
    ['already closed', v('2021-01-01', '2025-06-30'), '2025-06-30', 'CONFLICT/ALREADY_CLOSED', []],
    ['before validFrom', v('2021-01-01'), '2020-12-31', 'BAD_USER_INPUT/INVALID_VALIDITY', ['validTo']],
  ])('rejects %s', (_name, validity, lastDay, expected, paths) => {
    try {
      closeOn(validity, lastDay);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const d = e as DomainError;
      expect(`${d.code}/${d.reason}`).toBe(expected);
      expect(d.fieldErrors.map((f) => f.path)).toEqual(paths);
    }
  });
});
