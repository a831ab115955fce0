import { describe, expect, it } from 'vitest';
import type { HouseholdClass } from './classify';
import { transitionOf, transitionsOfHistory, type Transition } from './transitions';

describe('transitionOf (consecutive years)', () => {
  it.each<[HouseholdClass | null, HouseholdClass, boolean, Transition]>([
    [null, 'POOR', false, 'NEWLY_POOR'],
    [null, 'NEAR_POOR', false, 'NEWLY_NEAR_POOR'],
    [null, 'NOT_POOR', false, 'UNCHANGED'],
    ['NOT_POOR', 'POOR', false, 'NEWLY_POOR'],
    ['AVERAGE_LIVING_STANDARD', 'POOR', false, 'NEWLY_POOR'],
    ['NEAR_POOR', 'POOR', false, 'NEWLY_POOR'],
    ['NOT_POOR', 'NEAR_POOR', false, 'NEWLY_NEAR_POOR'],
    ['POOR', 'NEAR_POOR', false, 'POOR_TO_NEAR_POOR'],
    ['POOR', 'NOT_POOR', false, 'ESCAPED_POVERTY'],
    ['POOR', 'AVERAGE_LIVING_STANDARD', false, 'ESCAPED_POVERTY'],
    ['NEAR_POOR', 'NOT_POOR', false, 'ESCAPED_NEAR_POVERTY'],
    ['NEAR_POOR', 'AVERAGE_LIVING_STANDARD', true, 'ESCAPED_NEAR_POVERTY'],
    ['NOT_POOR', 'POOR', true, 'RELAPSED'],
    ['NEAR_POOR', 'POOR', true, 'RELAPSED'],
    [null, 'POOR', true, 'RELAPSED'],
    ['POOR', 'POOR', true, 'UNCHANGED'],
    ['NEAR_POOR', 'NEAR_POOR', false, 'UNCHANGED'],
    ['AVERAGE_LIVING_STANDARD', 'NOT_POOR', false, 'UNCHANGED'],
  ])('%s → %s (poor before: %s) = %s', (prev, cur, before, t) => {
    expect(transitionOf(prev, cur, before)).toBe(t);
  });
});

describe('transitionsOfHistory', () => {
  it('follows a household through escape and relapse', () => {
    expect(
      transitionsOfHistory([
        { year: 2024, class: 'NOT_POOR' },
        { year: 2022, class: 'POOR' },
        { year: 2023, class: 'NEAR_POOR' },
        { year: 2025, class: 'POOR' },
      ]),
    ).toEqual([
      { year: 2022, transition: 'NEWLY_POOR' },
      { year: 2023, transition: 'POOR_TO_NEAR_POOR' },
      { year: 2024, transition: 'ESCAPED_NEAR_POVERTY' },
      { year: 2025, transition: 'RELAPSED' },
    ]);
  });

  it('compares only consecutive years; after a gap the household is new to the list unless it was poor before', () => {
    expect(transitionsOfHistory([{ year: 2022, class: 'NEAR_POOR' }, { year: 2024, class: 'NEAR_POOR' }]).map((t) => t.transition)).toEqual(['NEWLY_NEAR_POOR', 'NEWLY_NEAR_POOR']);
    expect(transitionsOfHistory([{ year: 2022, class: 'POOR' }, { year: 2024, class: 'POOR' }]).map((t) => t.transition)).toEqual(['NEWLY_POOR', 'RELAPSED']);
  });
});
