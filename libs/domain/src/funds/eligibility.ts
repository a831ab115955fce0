/**
 * Who may receive and who may give (issue 5; Guidance 96/HD-MTTW-BTT, domain-research.md §4.1–4.2).
 *
 * A household may receive a disbursement when its latest review classes it POOR or NEAR_POOR, or it
 * is flagged in special hardship (hộ có hoàn cảnh đặc biệt khó khăn); otherwise CONFLICT /
 * BENEFICIARY_NOT_ELIGIBLE, unless a reviewer (the `data.review` action) records an override with a
 * justification. Events and community projects are not households: no check.
 *
 * A household that is POOR in its latest review is never recorded as a donor (BAD_USER_INPUT /
 * DONOR_IS_POOR_HOUSEHOLD): poor households are never asked to contribute. Near-poor households may
 * give of their own will.
 */
import type { HouseholdClass } from '../households/classify';
import { refuse, type Decision } from './reasons';

export const OVERRIDE_JUSTIFICATION_MIN_LENGTH = 20;
export const OVERRIDE_JUSTIFICATION_MAX_LENGTH = 1000;

export const ELIGIBILITY_BASES = ['POOR', 'NEAR_POOR', 'SPECIAL_HARDSHIP', 'OVERRIDE'] as const;
export type EligibilityBasis = (typeof ELIGIBILITY_BASES)[number];

export interface BeneficiaryHousehold {
  /** The class of its latest review; null when never reviewed. */
  latestClass: HouseholdClass | null;
  specialHardship: boolean;
}

export interface EligibilityOverride {
  justification: string;
  /** Whether the caller holds `data.review` over the household (the API decides from its roles). */
  byReviewer: boolean;
}

/**
 * Eligible (and on what basis) or a refusal. An override of an eligible household is not needed and
 * is ignored. A bad override is refused as such: FORBIDDEN / PERMISSION_DENIED when not by a
 * reviewer, BAD_USER_INPUT / VALIDATION_FAILED at `override.justification` when too short or long.
 */
export function disbursementEligibility(
  h: BeneficiaryHousehold,
  override: EligibilityOverride | null = null,
  prefix = 'input',
): Decision<{ basis: EligibilityBasis }> {
  if (h.latestClass === 'POOR' || h.latestClass === 'NEAR_POOR') return { ok: true, basis: h.latestClass };
  if (h.specialHardship) return { ok: true, basis: 'SPECIAL_HARDSHIP' };
  const figures = { latestClass: h.latestClass };
  if (override === null) {
    return refuse('CONFLICT', 'BENEFICIARY_NOT_ELIGIBLE', `A household of class ${h.latestClass ?? 'none (never reviewed)'} is not eligible`, figures);
  }
  if (!override.byReviewer) return refuse('FORBIDDEN', 'PERMISSION_DENIED', 'Only a reviewer may override eligibility', figures);
  const length = override.justification.trim().length;
  if (length < OVERRIDE_JUSTIFICATION_MIN_LENGTH || length > OVERRIDE_JUSTIFICATION_MAX_LENGTH) {
    const message = `a justification of ${OVERRIDE_JUSTIFICATION_MIN_LENGTH}–${OVERRIDE_JUSTIFICATION_MAX_LENGTH} characters is required`;
    return refuse('BAD_USER_INPUT', 'VALIDATION_FAILED', message, figures, [{ path: `${prefix}.override.justification`, message }]);
  }
  return { ok: true, basis: 'OVERRIDE' };
}

/** BAD_USER_INPUT / DONOR_IS_POOR_HOUSEHOLD when a household donor is POOR in its latest review. */
export function checkHouseholdDonor(latestClass: HouseholdClass | null): Decision {
  if (latestClass === 'POOR') {
    return refuse('BAD_USER_INPUT', 'DONOR_IS_POOR_HOUSEHOLD', 'A poor household is never recorded as a donor', { latestClass });
  }
  return { ok: true };
}
