import { describe, expect, it } from 'vitest';
import { formatDecimalText, formatFigure, formatFraction, parseDecimalInput, parseWholeInput } from './numbers';

describe('formatDecimalText', () => {
  it.each([
    ['1234.5', 'vi', '1.234,5'],
    ['1234.5', 'en', '1,234.5'],
    ['-0.5', 'vi', '-0,5'],
    ['0', 'vi', '0'],
    ['-0.000', 'en', '0.000'],
    ['1234567', 'vi', '1.234.567'],
    ['007.10', 'vi', '7,10'],
    ['n/a', 'vi', 'n/a'],
  ] as const)('%s (%s) → %s', (value, locale, shown) => {
    expect(formatDecimalText(value, locale)).toBe(shown);
  });
});

describe('formatFigure', () => {
  it.each([
    ['12.5', 'PERCENT', 'vi', '12,5 %'],
    ['12.5', 'PERCENT', 'en', '12.5%'],
    ['-0.5', 'POINT', 'vi', '-0,5 điểm %'],
    ['1234567', 'VND', 'vi', '1.234.567 ₫'],
    ['2900', 'HOUSEHOLD', 'en', '2,900'],
  ] as const)('%s %s (%s) → %s', (value, unit, locale, shown) => {
    expect(formatFigure(value, unit, locale)).toBe(shown);
  });
});

describe('formatFraction', () => {
  it('groups both parts in the locale', () => {
    expect(formatFraction(425, 10000, 'vi')).toBe('425 / 10.000');
    expect(formatFraction(15, 17, 'en')).toBe('15 / 17');
    expect(formatFraction(1234, 5678, 'en')).toBe('1,234 / 5,678');
  });
});

describe('parseDecimalInput', () => {
  it.each([
    ['12,5', 'vi', '12.5'],
    ['12.5', 'vi', '12.5'], // a lone mark that cannot group digits is the decimal mark
    ['1.234', 'vi', '1234'], // vi groups by dots
    ['1.234', 'en', '1.234'],
    ['1,234', 'en', '1234'],
    ['1,234', 'vi', '1.234'],
    ['1.234.567,25', 'vi', '1234567.25'],
    ['1,234,567.25', 'en', '1234567.25'],
    ['  -0,50 ', 'vi', '-0.5'],
    ['-0', 'vi', '0'],
    ['0012', 'vi', '12'],
    ['15 735', 'vi', '15735'],
  ] as const)('%s (%s) → %s', (text, locale, value) => {
    expect(parseDecimalInput(text, locale)).toBe(value);
  });

  it.each([[''], ['-'], ['abc'], ['1,2,3'], ['1.2.3'], ['1e5'], ['12,5.3'], ['.'], ['1.23.456,5']])('refuses %j', (text) => {
    expect(parseDecimalInput(text, 'vi')).toBeNull();
  });
});

describe('parseWholeInput', () => {
  it.each([
    ['1.234', 1234],
    ['0', 0],
    [' 15 735 ', 15735],
    ['1,234,567', 1_234_567],
    ['1\u00a0234\u00a0567', 1_234_567],
    ['007', 7],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
    ['-1', null],
    ['1,5x', null],
    ['', null],
    // a fraction or a misplaced group is refused, never misread as a larger whole number
    ['1,5', null],
    ['12.34', null],
    ['1.234,5', null],
    ['9.007.199.254.740.993', null],
  ] as const)('%j → %s', (text, n) => {
    expect(parseWholeInput(text)).toBe(n);
  });
});
