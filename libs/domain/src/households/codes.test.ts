import { describe, expect, it } from 'vitest';
import {
  HOUSEHOLD_STATUS_LABELS,
  HOUSEHOLD_STATUSES,
  HOUSING_STATUS_LABELS,
  HOUSING_STATUSES,
  isHouseholdStatus,
  isHousingStatus,
  isReviewKind,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
} from './codes';

describe('household code lists', () => {
  it.each<[string, readonly string[], Record<string, { vi: string; en: string }>]>([
    ['housing status', HOUSING_STATUSES, HOUSING_STATUS_LABELS],
    ['household status', HOUSEHOLD_STATUSES, HOUSEHOLD_STATUS_LABELS],
    ['review kind', REVIEW_KINDS, REVIEW_KIND_LABELS],
  ])('%s: every code has a Vietnamese and an English label', (_name, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const c of codes) {
      expect(labels[c].vi).toMatch(/\S/);
      expect(labels[c].en).toMatch(/\S/);
    }
  });

  it('recognises its codes only', () => {
    expect(HOUSING_STATUSES).toEqual(['SOLID', 'TEMPORARY', 'DILAPIDATED', 'REPAIRED', 'NEWLY_BUILT']);
    expect(isHousingStatus('TEMPORARY')).toBe(true);
    expect(isHousingStatus('temporary')).toBe(false);
    expect(isHouseholdStatus('MERGED')).toBe(true);
    expect(isHouseholdStatus('GONE')).toBe(false);
    expect(isReviewKind('PERIODIC')).toBe(true);
    expect(isReviewKind('YEARLY')).toBe(false);
  });
});
