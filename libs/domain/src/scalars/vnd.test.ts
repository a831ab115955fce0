import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { isVnd, parseVnd } from './vnd';

const MAX = Number.MAX_SAFE_INTEGER;

function failure(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? `${e.code}/${e.reason}` : String(e);
  }
}

describe('parseVnd', () => {
  it.each<[unknown, number]>([
    [0, 0],
    [-0, 0],
    [1, 1],
    [-1, -1],
    [1_234_567, 1_234_567],
    [MAX, MAX],
    [-MAX, -MAX],
    ['0', 0],
    ['-0', 0],
    ['1', 1],
    ['-1', -1],
    ['007', 7],
    ['1234567', 1_234_567],
    ['9007199254740991', MAX],
    ['-9007199254740991', -MAX],
  ])('accepts %j → %d', (input, expected) => {
    expect(Object.is(parseVnd(input), expected)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a fraction', 0.5],
    ['a fraction near an integer', 1.0000001],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['MAX_SAFE_INTEGER + 1', MAX + 1],
    ['-(MAX_SAFE_INTEGER + 1)', -(MAX + 1)],
    ['1e20', 1e20],
    ['true', true],
    ['false', false],
    ['null', null],
    ['undefined', undefined],
    ['an object', { amount: 1 }],
    ['an array', [1]],
    ['a bigint', 1n],
    ['an empty string', ''],
    ['a lone minus', '-'],
    ["'1.0'", '1.0'],
    ["'1.5'", '1.5'],
    ["'1e3'", '1e3'],
    ["'12,000'", '12,000'],
    ["'12.000'", '12.000'],
    ["'+1'", '+1'],
    ["' 1'", ' 1'],
    ["'1 '", '1 '],
    ["'1 000'", '1 000'],
    ["'--1'", '--1'],
    ["'0x10'", '0x10'],
    ["'1_000'", '1_000'],
    ["'Infinity'", 'Infinity'],
    ["'NaN'", 'NaN'],
    ["'１２'", '１２'],
    ["'100₫'", '100₫'],
    ["'9007199254740992'", '9007199254740992'],
    ["'-9007199254740992'", '-9007199254740992'],
    ["'99999999999999999999'", '99999999999999999999'],
  ])('rejects %s', (_name, input) => {
    expect(failure(() => parseVnd(input))).toBe('BAD_USER_INPUT/INVALID_VND');
  });
});

describe('isVnd', () => {
  it.each<[unknown, boolean]>([
    [0, true],
    [MAX, true],
    [-MAX, true],
    [MAX + 1, false],
    [0.5, false],
    [Number.NaN, false],
    ['1', false],
    [null, false],
  ])('isVnd(%j) is %s', (input, expected) => {
    expect(isVnd(input)).toBe(expected);
  });
});
