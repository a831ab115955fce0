import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { formatDateTime, isDateTime, parseDateTime } from './date-time';

function failure(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? `${e.code}/${e.reason}` : (e as Error).name;
  }
}

describe('parseDateTime', () => {
  it.each([
    ['2024-10-17T08:00:00Z', '2024-10-17T08:00:00.000Z'],
    ['2024-10-17T15:00:00+07:00', '2024-10-17T08:00:00.000Z'],
    ['2024-10-17T00:30:00+07:00', '2024-10-16T17:30:00.000Z'],
    ['2024-10-17T03:00:00-05:00', '2024-10-17T08:00:00.000Z'],
    ['2024-10-17T08:00:00+00:00', '2024-10-17T08:00:00.000Z'],
    ['2024-10-17T08:00:00-00:00', '2024-10-17T08:00:00.000Z'],
    ['2024-10-17T13:45:00+05:45', '2024-10-17T08:00:00.000Z'],
    ['2024-10-17T08:00:00.5Z', '2024-10-17T08:00:00.500Z'],
    ['2024-10-17T08:00:00.123Z', '2024-10-17T08:00:00.123Z'],
    ['2024-10-17T08:00:00.123456789Z', '2024-10-17T08:00:00.123Z'],
    ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z'],
    ['2025-01-01T06:59:59+07:00', '2024-12-31T23:59:59.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(formatDateTime(parseDateTime(input))).toBe(expected);
    expect(isDateTime(input)).toBe(true);
  });

  it('copies a valid Date', () => {
    const d = new Date('2024-10-17T08:00:00Z');
    const parsed = parseDateTime(d);
    expect(parsed).not.toBe(d);
    expect(parsed.getTime()).toBe(d.getTime());
  });

  it.each<[string, unknown]>([
    ['date only', '2024-10-17'],
    ['no offset', '2024-10-17T08:00:00'],
    ['no offset with fraction', '2024-10-17T08:00:00.000'],
    ['no seconds', '2024-10-17T08:00Z'],
    ['space separator', '2024-10-17 08:00:00Z'],
    ['lower-case t', '2024-10-17t08:00:00Z'],
    ['lower-case z', '2024-10-17T08:00:00z'],
    ['compact offset', '2024-10-17T08:00:00+0700'],
    ['hour-only offset', '2024-10-17T08:00:00+07'],
    ['offset hour 24', '2024-10-17T08:00:00+24:00'],
    ['offset minute 60', '2024-10-17T08:00:00+07:60'],
    ['hour 24', '2024-10-17T24:00:00Z'],
    ['minute 60', '2024-10-17T08:60:00Z'],
    ['leap second', '2016-12-31T23:59:60Z'],
    ['Feb 29 in a common year', '2023-02-29T08:00:00Z'],
    ['month 13', '2024-13-01T08:00:00Z'],
    ['year before 1900', '1899-12-31T23:59:59Z'],
    ['empty fraction', '2024-10-17T08:00:00.Z'],
    ['trailing text', '2024-10-17T08:00:00Z[Asia/Ho_Chi_Minh]'],
    ['RFC 2822', 'Thu, 17 Oct 2024 08:00:00 GMT'],
    ['empty', ''],
    ['epoch millis', 1729152000000],
    ['invalid Date', new Date('nope')],
    ['null', null],
  ])('rejects %s', (_name, input) => {
    expect(failure(() => parseDateTime(input))).toBe('BAD_USER_INPUT/INVALID_DATE_TIME');
    expect(isDateTime(input)).toBe(false);
  });
});

describe('formatDateTime', () => {
  it('formats in UTC', () => {
    expect(formatDateTime(new Date(Date.UTC(2024, 9, 17, 8)))).toBe('2024-10-17T08:00:00.000Z');
  });

  it('throws on an invalid Date', () => {
    expect(failure(() => formatDateTime(new Date(Number.NaN)))).toBe('RangeError');
  });
});
