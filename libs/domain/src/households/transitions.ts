/**
 * What happened to a household between two consecutive review years. Near-poor → poor counts as
 * newly poor (it enters the poor list); poor again after having left the poor list is a relapse
 * (tái nghèo).
 */
import type { HouseholdClass } from './classify';

export const TRANSITIONS = [
  'NEWLY_POOR',
  'NEWLY_NEAR_POOR',
  'POOR_TO_NEAR_POOR',
  'ESCAPED_POVERTY',
  'ESCAPED_NEAR_POVERTY',
  'RELAPSED',
  'UNCHANGED',
] as const;
export type Transition = (typeof TRANSITIONS)[number];

export const TRANSITION_LABELS: Record<Transition, { vi: string; en: string }> = {
  NEWLY_POOR: { vi: 'Hộ nghèo phát sinh', en: 'Newly poor' },
  NEWLY_NEAR_POOR: { vi: 'Hộ cận nghèo phát sinh', en: 'Newly near-poor' },
  POOR_TO_NEAR_POOR: { vi: 'Từ hộ nghèo thành hộ cận nghèo', en: 'Poor to near-poor' },
  ESCAPED_POVERTY: { vi: 'Thoát nghèo', en: 'Escaped poverty' },
  ESCAPED_NEAR_POVERTY: { vi: 'Thoát cận nghèo', en: 'Escaped near-poverty' },
  RELAPSED: { vi: 'Tái nghèo', en: 'Relapsed into poverty' },
  UNCHANGED: { vi: 'Không thay đổi', en: 'Unchanged' },
};

/**
 * @param previous the class of the previous year's review (null: none, e.g. a new household)
 * @param current this year's class
 * @param poorBefore whether any review before the previous year classed the household POOR
 */
export function transitionOf(previous: HouseholdClass | null, current: HouseholdClass, poorBefore: boolean): Transition {
  if (current === 'POOR') {
    if (previous === 'POOR') return 'UNCHANGED';
    return poorBefore ? 'RELAPSED' : 'NEWLY_POOR';
  }
  if (current === 'NEAR_POOR') {
    if (previous === 'NEAR_POOR') return 'UNCHANGED';
    return previous === 'POOR' ? 'POOR_TO_NEAR_POOR' : 'NEWLY_NEAR_POOR';
  }
  if (previous === 'POOR') return 'ESCAPED_POVERTY';
  if (previous === 'NEAR_POOR') return 'ESCAPED_NEAR_POVERTY';
  return 'UNCHANGED';
}

/** Transitions of a whole review history (any order in, sorted by year out); the first year compares with nothing. */
export function transitionsOfHistory(history: readonly { year: number; class: HouseholdClass }[]): { year: number; transition: Transition }[] {
  const sorted = [...history].sort((a, b) => a.year - b.year);
  return sorted.map((h, k) => {
    const consecutive = k > 0 && sorted[k - 1].year === h.year - 1;
    const prev = consecutive ? sorted[k - 1].class : null;
    // Reviews before the previous year; after a gap in the history, every earlier review.
    const before = sorted.slice(0, consecutive ? k - 1 : k);
    const poorBefore = before.some((e) => e.class === 'POOR');
    return { year: h.year, transition: transitionOf(prev, h.class, poorBefore) };
  });
}
