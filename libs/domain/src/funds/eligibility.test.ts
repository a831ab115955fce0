import { describe, expect, it } from 'vitest';
import type { HouseholdClass } from '../households/classify';
import { checkHouseholdDonor, disbursementEligibility, OVERRIDE_JUSTIFICATION_MIN_LENGTH, type EligibilityOverride } from './eligibility';

const just = (n: number) => 'x'.repeat(n);
const reviewer = (justification = just(OVERRIDE_JUSTIFICATION_MIN_LENGTH)): EligibilityOverride => ({ justification, byReviewer: true });

describe('disbursementEligibility', () => {
  // latest class, special hardship, override → basis or reason
  it.each<[HouseholdClass | null, boolean, EligibilityOverride | null, string]>([
    ['POOR', false, null, 'POOR'],
    ['NEAR_POOR', false, null, 'NEAR_POOR'],
    ['POOR', true, null, 'POOR'],
    ['AVERAGE_LIVING_STANDARD', true, null, 'SPECIAL_HARDSHIP'],
    ['NOT_POOR', true, null, 'SPECIAL_HARDSHIP'],
    [null, true, null, 'SPECIAL_HARDSHIP'],
    ['AVERAGE_LIVING_STANDARD', false, null, 'BENEFICIARY_NOT_ELIGIBLE'],
    ['NOT_POOR', false, null, 'BENEFICIARY_NOT_ELIGIBLE'],
    [null, false, null, 'BENEFICIARY_NOT_ELIGIBLE'],
    ['NOT_POOR', false, reviewer(), 'OVERRIDE'],
    [null, false, reviewer(), 'OVERRIDE'],
    ['NOT_POOR', false, reviewer(`  ${just(OVERRIDE_JUSTIFICATION_MIN_LENGTH - 1)}  `), 'VALIDATION_FAILED'],
    ['NOT_POOR', false, reviewer(just(1000)), 'OVERRIDE'],
    ['NOT_POOR', false, reviewer(just(1001)), 'VALIDATION_FAILED'],
    ['NOT_POOR', false, { justification: just(50), byReviewer: false }, 'PERMISSION_DENIED'],
    ['NEAR_POOR', false, { justification: '', byReviewer: false }, 'NEAR_POOR'], // not needed: ignored
  ])('%s, hardship %s, override %j → %s', (latestClass, specialHardship, override, expected) => {
    const d = disbursementEligibility({ latestClass, specialHardship }, override);
    if (d.ok) expect(d.basis).toBe(expected);
    else {
      expect(d.reason).toBe(expected);
      expect(d.figures).toEqual({ latestClass });
    }
  });

  it.each<[EligibilityOverride | null, string]>([
    [null, 'CONFLICT'],
    [{ justification: just(50), byReviewer: false }, 'FORBIDDEN'],
    [reviewer('short'), 'BAD_USER_INPUT'],
  ])('refusal codes: %j → %s', (override, code) => {
    expect(disbursementEligibility({ latestClass: 'NOT_POOR', specialHardship: false }, override)).toMatchObject({ ok: false, code });
  });

  it('points at the justification', () => {
    expect(disbursementEligibility({ latestClass: 'NOT_POOR', specialHardship: false }, reviewer('short'), 'cmd')).toMatchObject({
      fieldErrors: [{ path: 'cmd.override.justification' }],
    });
  });
});

describe('checkHouseholdDonor', () => {
  it.each<[HouseholdClass | null, boolean]>([
    ['POOR', false],
    ['NEAR_POOR', true],
    ['AVERAGE_LIVING_STANDARD', true],
    ['NOT_POOR', true],
    [null, true],
  ])('%s may give: %s', (latestClass, ok) => {
    const d = checkHouseholdDonor(latestClass);
    expect(d.ok).toBe(ok);
    if (!d.ok) expect(d).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DONOR_IS_POOR_HOUSEHOLD' });
  });
});
