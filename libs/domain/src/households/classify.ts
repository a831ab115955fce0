/**
 * classifyHousehold: the class of a household in a review, by the standard in force for the review
 * year (Decree 07/2021 Art. 3.2; Decree 351/2025). Poor and near-poor are conjunctions — income at or
 * below the line AND ≥ 3 / < 3 deprivations — with "≤" exactly as the law writes it. Income may be
 * given directly or as the review's proxy score A; deprivations as indicator codes or as score B.
 */
import { Problems, type FieldError } from '../errors';
import { isVnd } from '../scalars/vnd';
import { indicatorCodes, standardForReviewYear, type PovertyStandard, type Residence } from './standards';

export const HOUSEHOLD_CLASSES = ['POOR', 'NEAR_POOR', 'AVERAGE_LIVING_STANDARD', 'NOT_POOR'] as const;
export type HouseholdClass = (typeof HOUSEHOLD_CLASSES)[number];

export const HOUSEHOLD_CLASS_LABELS: Record<HouseholdClass, { vi: string; en: string }> = {
  POOR: { vi: 'Hộ nghèo', en: 'Poor' },
  NEAR_POOR: { vi: 'Hộ cận nghèo', en: 'Near-poor' },
  AVERAGE_LIVING_STANDARD: { vi: 'Hộ có mức sống trung bình', en: 'Average living standard' },
  NOT_POOR: { vi: 'Không thuộc diện nghèo, cận nghèo', en: 'Not poor' },
};

export interface ClassificationInput {
  reviewYear: number;
  residence: Residence;
  /** Average income, VND per person per month (give this or scoreA). */
  incomePerPersonPerMonth?: number | null;
  /** The review's proxy score A (give this or income). */
  scoreA?: number | null;
  /** Codes of the deprived indicators of the standard in force (give these or scoreB). */
  deprivedIndicators?: readonly string[] | null;
  /** The review's score B: points per deprived indicator (give this or the codes; both must agree). */
  scoreB?: number | null;
}

export interface Classification {
  class: HouseholdClass;
  standardCode: string;
  /** What was compared with the line: income (VND) or score A (points). */
  measure: 'INCOME' | 'SCORE_A';
  /** The line used, in the measure's unit. */
  line: number;
  atOrBelowLine: boolean;
  deprivationCount: number;
  /** Upper bound of the average-living band used (VND), null when not applicable or not known. */
  averageLivingUpper: number | null;
}

/** Every problem of a classification input, with paths relative to `prefix` (`input.incomePerPersonPerMonth`). */
export function classificationProblems(i: ClassificationInput, prefix = 'input'): FieldError[] {
  return check(i, prefix).problems.fieldErrors;
}

function check(i: ClassificationInput, prefix: string): { problems: Problems; standard?: PovertyStandard; deprivations: number } {
  const p = new Problems();
  const at = (f: string) => `${prefix}.${f}`;
  const standard = Number.isInteger(i.reviewYear) ? standardForReviewYear(i.reviewYear) : undefined;
  if (!standard) p.add(at('reviewYear'), `no poverty standard is known for review year ${i.reviewYear}`, 'NO_POVERTY_STANDARD');
  if (i.residence !== 'RURAL' && i.residence !== 'URBAN') p.add(at('residence'), 'must be RURAL or URBAN');
  const hasIncome = i.incomePerPersonPerMonth != null;
  const hasScoreA = i.scoreA != null;
  if (hasIncome === hasScoreA) p.add(at('incomePerPersonPerMonth'), 'give either the income per person per month or score A');
  if (hasIncome && (!isVnd(i.incomePerPersonPerMonth) || i.incomePerPersonPerMonth! < 0)) {
    p.add(at('incomePerPersonPerMonth'), 'a whole, non-negative number of đồng', 'INVALID_VND');
  }
  if (hasScoreA) {
    if (!Number.isInteger(i.scoreA) || i.scoreA! < 0) p.add(at('scoreA'), 'a whole, non-negative number of points');
    else if (standard && !standard.scoreALine) p.add(at('scoreA'), `${standard.decree} has no known score-A line: give the income`, 'NO_POVERTY_STANDARD');
  }
  let deprivations = 0;
  const hasCodes = i.deprivedIndicators != null;
  const hasScoreB = i.scoreB != null;
  if (!hasCodes && !hasScoreB) p.add(at('deprivedIndicators'), 'give the deprived indicators (possibly none) or score B');
  if (hasCodes) {
    const known = standard ? new Set(indicatorCodes(standard)) : null;
    const seen = new Set<string>();
    i.deprivedIndicators!.forEach((code, k) => {
      if (known && !known.has(code)) p.add(at(`deprivedIndicators[${k}]`), `not an indicator of ${standard!.decree}`, 'UNKNOWN_INDICATOR');
      else if (seen.has(code)) p.add(at(`deprivedIndicators[${k}]`), 'listed twice');
      seen.add(code);
    });
    deprivations = seen.size;
  }
  if (hasScoreB && standard) {
    const per = standard.scoreBPerIndicator;
    const max = per * indicatorCodes(standard).length;
    if (!Number.isInteger(i.scoreB) || i.scoreB! < 0 || i.scoreB! > max || i.scoreB! % per !== 0) {
      p.add(at('scoreB'), `a multiple of ${per} between 0 and ${max}`);
    } else if (hasCodes && i.scoreB !== deprivations * per) {
      p.add(at('scoreB'), `does not match the ${deprivations} deprived indicators given (${deprivations * per} points)`);
    } else if (!hasCodes) deprivations = i.scoreB! / per;
  }
  return { problems: p, standard, deprivations };
}

/** The class and why; BAD_USER_INPUT with every problem when the input is not classifiable. */
export function classifyHousehold(i: ClassificationInput, prefix = 'input'): Classification {
  const { problems, standard, deprivations } = check(i, prefix);
  problems.throwIfAny();
  const s = standard!;
  const byIncome = i.incomePerPersonPerMonth != null;
  const value = byIncome ? i.incomePerPersonPerMonth! : i.scoreA!;
  const line = byIncome ? s.incomeLine[i.residence] : s.scoreALine![i.residence];
  const atOrBelowLine = value <= line;
  const averageLivingUpper = byIncome && s.averageLivingUpper ? s.averageLivingUpper[i.residence] : null;
  let cls: HouseholdClass;
  if (atOrBelowLine) cls = deprivations >= s.deprivationThreshold ? 'POOR' : 'NEAR_POOR';
  else cls = averageLivingUpper !== null && value <= averageLivingUpper ? 'AVERAGE_LIVING_STANDARD' : 'NOT_POOR';
  return { class: cls, standardCode: s.code, measure: byIncome ? 'INCOME' : 'SCORE_A', line, atOrBelowLine, deprivationCount: deprivations, averageLivingUpper };
}

/** Like classifyHousehold, but never throws: the problems instead (for live previews in the apps). */
export function tryClassifyHousehold(i: ClassificationInput, prefix = 'input'): { ok: true; value: Classification } | { ok: false; problems: FieldError[] } {
  try {
    return { ok: true, value: classifyHousehold(i, prefix) };
  } catch (e) {
    const problems = (e as { fieldErrors?: FieldError[] }).fieldErrors;
    if (problems) return { ok: false, problems };
    throw e;
  }
}

