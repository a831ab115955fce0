import { isDomainError } from '@lnob/domain';
import { describe, expect, it } from 'vitest';
import {
  endOfVietnamDay,
  formatInteger,
  formatLocalDate,
  formatPercent,
  formatPeriod,
  formatRate,
  formatTimestamp,
  formatVnd,
  NEGATIVE_SIGN,
  parseDisplayDate,
  startOfVietnamDay,
} from './format';

describe('formatVnd', () => {
  it.each<[number | string | bigint, 'vi' | 'en', string]>([
    [0, 'vi', '0 ₫'],
    [5, 'vi', '5 ₫'],
    [999, 'vi', '999 ₫'],
    [1000, 'vi', '1.000 ₫'],
    [1234567, 'vi', '1.234.567 ₫'],
    [100000000, 'vi', '100.000.000 ₫'],
    [-1234567, 'vi', '-1.234.567 ₫'],
    [-0, 'vi', '0 ₫'],
    [Number.MAX_SAFE_INTEGER, 'vi', '9.007.199.254.740.991 ₫'],
    [-Number.MAX_SAFE_INTEGER, 'vi', '-9.007.199.254.740.991 ₫'],
    // Beyond 2^53: exact when given as bigint or string.
    [9007199254740993n, 'vi', '9.007.199.254.740.993 ₫'],
    ['9007199254740993', 'vi', '9.007.199.254.740.993 ₫'],
    ['123456789012345678901234567890', 'vi', '123.456.789.012.345.678.901.234.567.890 ₫'],
    [-123456789012345678901234567890n, 'vi', '-123.456.789.012.345.678.901.234.567.890 ₫'],
    ['-9007199254740993', 'vi', '-9.007.199.254.740.993 ₫'],
    ['0001234', 'vi', '1.234 ₫'],
    ['-000', 'vi', '0 ₫'],
    ['0', 'vi', '0 ₫'],
    // A large double prints its exact value, never `1e+21`.
    [1e21, 'vi', '1.000.000.000.000.000.000.000 ₫'],
    // English.
    [0, 'en', '₫0'],
    [1234567, 'en', '₫1,234,567'],
    [-1234567, 'en', '-₫1,234,567'],
    [9007199254740993n, 'en', '₫9,007,199,254,740,993'],
    ['1000', 'en', '₫1,000'],
  ])('formatVnd(%s, %s) = %s', (amount, locale, expected) => {
    expect(formatVnd(amount, locale)).toBe(expected);
  });

  it('defaults to Vietnamese', () => {
    expect(formatVnd(1234567)).toBe('1.234.567 ₫');
  });

  it('uses the ASCII hyphen-minus for negatives', () => {
    expect(NEGATIVE_SIGN).toBe('\u002d');
    expect(formatVnd(-1)).toBe('\u002d1 ₫');
  });

  it.each<number | string>([1.5, NaN, Infinity, -Infinity, '', '-', '1.000', '1,000', '1e6', ' 12', '+12', '12 ₫', '١٢٣'])(
    'rejects %s',
    (amount) => {
      expect(() => formatVnd(amount)).toThrow(RangeError);
    },
  );
});

describe('formatInteger', () => {
  it.each<[number | string | bigint, 'vi' | 'en', string]>([
    [0, 'vi', '0'],
    [666, 'vi', '666'],
    [12345, 'vi', '12.345'],
    [12345, 'en', '12,345'],
    [-1000000, 'vi', '-1.000.000'],
    [10n ** 20n, 'en', '100,000,000,000,000,000,000'],
  ])('formatInteger(%s, %s) = %s', (value, locale, expected) => {
    expect(formatInteger(value, locale)).toBe(expected);
  });
});

describe('formatLocalDate', () => {
  it.each([
    ['2024-10-17', '17/10/2024'],
    ['2025-07-01', '01/07/2025'],
    ['2025-06-30', '30/06/2025'],
    ['2024-02-29', '29/02/2024'],
    ['1900-01-01', '01/01/1900'],
    ['2999-12-31', '31/12/2999'],
  ])('%s → %s', (iso, expected) => {
    expect(formatLocalDate(iso)).toBe(expected);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '17/10/2024', '2024-1-7', '2024-10-17T00:00:00Z', ''])(
    'rejects %j with the domain error',
    (bad) => {
      let error: unknown;
      try {
        formatLocalDate(bad);
      } catch (e) {
        error = e;
      }
      expect(isDomainError(error)).toBe(true);
    },
  );
});

describe('formatPeriod', () => {
  it.each<[string, 'vi' | 'en', string]>([
    ['2024', 'vi', 'Năm 2024'],
    ['2024H1', 'vi', '6 tháng đầu năm 2024'],
    ['2024H2', 'vi', '6 tháng cuối năm 2024'],
    ['2024Q1', 'vi', 'Quý I/2024'],
    ['2024Q2', 'vi', 'Quý II/2024'],
    ['2024Q3', 'vi', 'Quý III/2024'],
    ['2024Q4', 'vi', 'Quý IV/2024'],
    ['2024-01', 'vi', 'Tháng 1/2024'],
    ['2024-10', 'vi', 'Tháng 10/2024'],
    ['2024', 'en', 'Year 2024'],
    ['2024H1', 'en', 'First half of 2024'],
    ['2024H2', 'en', 'Second half of 2024'],
    ['2024Q3', 'en', 'Q3 2024'],
    ['2024-01', 'en', 'January 2024'],
    ['2024-10', 'en', 'October 2024'],
    ['2025-12', 'en', 'December 2025'],
  ])('formatPeriod(%s, %s) = %s', (period, locale, expected) => {
    expect(formatPeriod(period, locale)).toBe(expected);
  });

  it('defaults to Vietnamese', () => {
    expect(formatPeriod('2024Q3')).toBe('Quý III/2024');
  });

  it.each(['2024H3', '2024Q5', '2024-13', '2024-1', '24', '2024h1', 'Q3/2024', ''])('rejects %j', (bad) => {
    expect(() => formatPeriod(bad)).toThrow();
  });
});

describe('parseDisplayDate', () => {
  it.each<[string, string | null]>([
    ['01/07/2025', '2025-07-01'],
    ['1/7/2025', '2025-07-01'],
    [' 30/06/2025 ', '2025-06-30'],
    ['30.06.2025', '2025-06-30'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2025', null],
    ['31/04/2025', null],
    ['2025-07-01', null],
    ['', null],
    ['12/13/2025', null],
  ])('%j → %j', (text, iso) => {
    expect(parseDisplayDate(text)).toBe(iso);
  });
});

describe('formatTimestamp', () => {
  it('shows Vietnam wall-clock time dd/MM/yyyy HH:mm', () => {
    expect(formatTimestamp('2026-11-21T17:30:05Z')).toBe('22/11/2026 00:30');
    expect(formatTimestamp('2026-11-21T08:00:00.000Z', { seconds: true })).toBe('21/11/2026 15:00:00');
    expect(formatTimestamp('not a date')).toBe('not a date');
  });

  it('gives day boundaries in Vietnam time', () => {
    expect(startOfVietnamDay('2024-06-01')).toBe('2024-06-01T00:00:00.000+07:00');
    expect(endOfVietnamDay('2024-06-01')).toBe('2024-06-01T23:59:59.999+07:00');
  });
});

describe('formatPercent / formatRate', () => {
  it('shows a rate with its numerator and denominator', () => {
    expect(formatRate({ numerator: 123, denominator: 1000, value: 0.123 }, 'vi')).toBe('12,3 % (123 / 1.000)');
    expect(formatRate({ numerator: 123, denominator: 1000, value: 0.123 }, 'en')).toBe('12.3% (123 / 1,000)');
    expect(formatRate({ numerator: 0, denominator: 0, value: null }, 'vi')).toBe('— (0 / 0)');
  });

  it('rounds to one decimal and groups large percentages', () => {
    expect(formatPercent(0.05, 'vi')).toBe('5,0 %');
    expect(formatPercent(1 / 3, 'en')).toBe('33.3%');
    expect(formatPercent(12.345, 'vi')).toBe('1.234,5 %');
    expect(formatPercent(null)).toBe('—');
  });
});
