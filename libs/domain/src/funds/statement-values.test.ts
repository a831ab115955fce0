import { describe, expect, it } from 'vitest';
import { parseStatementAmount, parseStatementDate } from './statement-values';

describe('parseStatementDate', () => {
  it.each<[string, string | null]>([
    ['17/10/2024', '2024-10-17'],
    ['7/1/2025', '2025-01-07'],
    ['17-10-2024', '2024-10-17'],
    ['17.10.2024', '2024-10-17'],
    ['17/10/2024 08:15', '2024-10-17'],
    ['17/10/2024 23:59:59', '2024-10-17'],
    ['  17/10/2024  ', '2024-10-17'],
    ['2024-10-17', '2024-10-17'],
    ['2024-10-17T08:15:00', '2024-10-17'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2025', null],
    ['31/04/2025', null],
    ['10/17/2024', null], // month 17: US order refused
    ['17/10/24', null],
    ['', null],
    ['Ngày 17 tháng 10', null],
    ['17/10/2024 8h15', null],
  ])('%j → %s', (raw, date) => {
    expect(parseStatementDate(raw)).toBe(date);
  });
});

describe('parseStatementAmount', () => {
  it.each<[string, number | string]>([
    ['500000', 500_000],
    ['1.234.567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['+500.000', 500_000],
    ['-500.000', -500_000],
    ['(500.000)', -500_000],
    ['500000 VND', 500_000],
    ['500.000 VNĐ', 500_000],
    ['500.000đ', 500_000],
    ['500.000 ₫', 500_000],
    ['VND 500,000', 500_000],
    ['-VND 500', -500],
    ['1 234 567', 1_234_567],
    ['1\u00a0234\u00a0567', 1_234_567],
    ['1.234', 1_234], // one group: thousands, never 1.234 đồng
    ['1,234,567.00', 1_234_567],
    ['1.234.567,00', 1_234_567],
    ['500000.00', 500_000],
    ['0', 0],
    ['-0', 0],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
    ['9007199254740992', 'AMOUNT_OUT_OF_RANGE'],
    ['1234.5', 'FRACTIONAL_AMOUNT'],
    ['12,34', 'FRACTIONAL_AMOUNT'],
    ['1.234.567,50', 'FRACTIONAL_AMOUNT'],
    ['1.234.567.00', 'INVALID_AMOUNT'],
    ['1.23.456', 'INVALID_AMOUNT'],
    ['1,234.567.890', 'INVALID_AMOUNT'],
    ['', 'INVALID_AMOUNT'],
    ['abc', 'INVALID_AMOUNT'],
    ['5e5', 'INVALID_AMOUNT'],
    ['USD 5', 'INVALID_AMOUNT'],
    ['--5', 'INVALID_AMOUNT'],
    ['VND -500', -500],
    ['+-5', 'INVALID_AMOUNT'],
    ['(-5)', 'INVALID_AMOUNT'],
  ])('%j → %s', (raw, expected) => {
    const r = parseStatementAmount(raw);
    if (typeof expected === 'number') expect(r).toEqual({ ok: true, value: expected });
    else expect(r).toEqual({ ok: false, reason: expected });
  });
});
