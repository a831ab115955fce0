import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import {
  addDecimals,
  compareDecimals,
  divideDecimals,
  formatDecimal,
  isDecimal,
  multiplyDecimals,
  parseDecimal,
  ratioValue,
  roundDecimal,
  subtractDecimals,
  sumDecimals,
} from './decimal';

describe('parseDecimal / formatDecimal', () => {
  it.each<[string, string]>([
    ['0', '0'],
    ['-0', '0'],
    ['+0.50', '0.5'],
    ['007', '7'],
    ['12.500', '12.5'],
    ['-0.5', '-0.5'],
    ['15735', '15735'],
    // Beyond 2^53: VND totals stay exact.
    ['9007199254740993', '9007199254740993'],
    ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
    ['0.000000000001', '0.000000000001'],
  ])('%s → %s', (text, canonical) => {
    expect(formatDecimal(parseDecimal(text))).toBe(canonical);
    expect(isDecimal(text)).toBe(true);
  });

  it.each<[unknown]>([[''], ['1e3'], ['1,5'], ['.5'], ['5.'], ['1 000'], ['abc'], ['0.0000000000001'], ['1'.repeat(41)], [12], [null], ['--1'], ['NaN']])('refuses %j with INVALID_DECIMAL', (v) => {
    expect(isDecimal(v)).toBe(false);
    try {
      parseDecimal(v, 'input.value');
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.reason).toBe('INVALID_DECIMAL');
      expect(isDomainError(e) && e.fieldErrors.map((f) => f.path)).toEqual(['input.value']);
    }
  });

  it.each<[string, number, string]>([
    ['12.5', 2, '12.50'],
    ['0.12345', 4, '0.1235'],
    ['0.12344', 4, '0.1234'],
    ['-0.12345', 4, '-0.1235'],
    ['2.5', 0, '3'],
    ['-2.5', 0, '-3'],
    ['7', 3, '7.000'],
  ])('formatDecimal(%s, %i) = %s (half away from zero)', (v, scale, out) => {
    expect(formatDecimal(v, scale)).toBe(out);
  });
});

describe('arithmetic', () => {
  it.each<[string, string, string, string, -1 | 0 | 1]>([
    ['0.1', '0.2', '0.3', '-0.1', -1],
    ['1.5', '-1.5', '0', '3', 1],
    ['9007199254740993', '1', '9007199254740994', '9007199254740992', 1],
    ['10', '10.000', '20', '0', 0],
  ])('%s and %s: sum %s, difference %s, comparison %i', (a, b, sum, diff, cmp) => {
    expect(formatDecimal(addDecimals(a, b))).toBe(sum);
    expect(formatDecimal(subtractDecimals(a, b))).toBe(diff);
    expect(compareDecimals(a, b)).toBe(cmp);
  });

  it('sums a list exactly (no float drift)', () => {
    expect(formatDecimal(sumDecimals(Array.from({ length: 10 }, () => '0.1')))).toBe('1');
    expect(formatDecimal(sumDecimals([]))).toBe('0');
  });

  it('multiplies and divides with half-up rounding', () => {
    expect(formatDecimal(multiplyDecimals('1.25', '-4'))).toBe('-5');
    expect(formatDecimal(divideDecimals(1, 3)!)).toBe('0.3333');
    expect(formatDecimal(divideDecimals(2, 3)!)).toBe('0.6667');
    expect(formatDecimal(divideDecimals('-1', 8, 2)!)).toBe('-0.13');
    expect(divideDecimals(1, 0)).toBeNull();
    expect(formatDecimal(roundDecimal('1.23456', 2))).toBe('1.23');
  });
});

describe('ratioValue: numerator / denominator × factor, 4 decimals half-up', () => {
  it.each<[number, number, number, string | null]>([
    [1, 3, 100, '33.3333'],
    [2, 3, 100, '66.6667'],
    [1, 8, 100, '12.5'],
    [1, 200000, 100, '0.0005'],
    [1, 2000001, 100, '0'],
    [599_608, 26_000_000, 100, '2.3062'],
    [5, 0, 100, null],
    [0, 7, 100, '0'],
    [7, 7, 1, '1'],
  ])('%i / %i × %i = %s', (n, d, f, out) => {
    expect(ratioValue(n, d, f)).toBe(out);
  });
});
