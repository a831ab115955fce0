import { describe, expect, it } from 'vitest';
import { resources } from './i18n';
import { PLAN_MESSAGES, planMessage } from './plan-messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('plan screen messages', () => {
  it('every string exists in both locales with the same placeholders', () => {
    for (const [key, label] of Object.entries(PLAN_MESSAGES)) {
      expect(label.vi, key).toMatch(/\S/);
      expect(label.en, key).toMatch(/\S/);
      expect(placeholders(label.en), key).toEqual(placeholders(label.vi));
    }
  });

  it('no key is also a key of the shared table (it would hide it)', () => {
    expect(Object.keys(PLAN_MESSAGES).filter((k) => k in resources.vi)).toEqual([]);
  });

  it('looks keys up with their parameters; other keys are not its own', () => {
    expect(planMessage('reports.daysLate', 'vi', { days: 3 })).toBe('trễ 3 ngày');
    expect(planMessage('reports.daysLate', 'en', { days: 3 })).toBe('3 days late');
    expect(planMessage('form.save', 'vi')).toBeUndefined();
  });
});
