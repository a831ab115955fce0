import { describe, expect, it } from 'vitest';
import { normaliseAreaCode } from './code';

describe('normaliseAreaCode', () => {
  it.each([
    ['84', '84'],
    [' 84 ', '84'],
    ['n2025-48', 'N2025-48'],
    ['84-Tc-OkaDa', '84-TC-OKADA'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseAreaCode(raw)).toBe(expected);
  });
});
