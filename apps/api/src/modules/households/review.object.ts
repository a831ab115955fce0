import { Field, Int, ObjectType } from 'type-graphql';
import { indicatorCodes, reviewStandings, type HouseholdClass, type PovertyStandard, type Residence, type ReviewKind, type Transition } from '@lnob/domain';
import { HouseholdClassEnum, ResidenceEnum, ReviewKindEnum, TransitionEnum } from '../../common/enums';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar, LocalDateScalar, VndScalar } from '../../common/scalars';
import type { HouseholdReviewEntity } from './household.entity';
import { reviewFactOf } from './poverty-summary';

@ObjectType('HouseholdReview', {
  implements: Node,
  description:
    'One review of a household (rà soát hộ nghèo, hộ cận nghèo): the facts recorded and the class the API derived from ' +
    'them with the poverty standard in force for the review year. Append-only: a mistake is fixed by a correction.',
})
export class HouseholdReviewObject extends Node {
  rowId: number;
  householdRowId: number;

  @Field(() => Int, { description: 'Review year (năm rà soát): it selects the poverty standard.' })
  year: number;

  @Field(() => ReviewKindEnum, { description: 'Periodic (định kỳ) or regular (thường xuyên) review.' })
  kind: ReviewKind;

  @Field(() => VndScalar, { nullable: true, description: 'Average income per person per month (thu nhập bình quân đầu người/tháng), VND; null when score A was given.' })
  incomePerPersonPerMonth: number | null;

  @Field(() => Int, { nullable: true, description: 'The review form\'s income proxy score A (điểm A); null when the income was given.' })
  scoreA: number | null;

  @Field(() => [String], { nullable: true, description: 'Codes of the deprived indicators (chỉ số thiếu hụt) of the standard used; null when only score B was given.' })
  deprivedIndicators: string[] | null;

  @Field(() => Int, { nullable: true, description: 'The review form\'s deprivation score B (điểm B), when given.' })
  scoreB: number | null;

  @Field(() => HouseholdClassEnum, { description: 'The class derived by the API (never sent by clients).' })
  class: HouseholdClass;

  @Field({ description: 'Code of the poverty standard used, e.g. DECREE_07_2021 (see `povertyStandards`).' })
  standardCode: string;

  @Field(() => ResidenceEnum, { description: 'Which line was used: from the `urban` flag of the household\'s area at the time of the review.' })
  residence: Residence;

  @Field(() => String, { nullable: true, description: 'Number of the decision that approved the list (số quyết định).' })
  decisionNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of that decision (ngày quyết định).' })
  decisionDate: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes of the reviewer.' })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'Global id of the review this one corrects (same household, year and kind), for corrections.' })
  correctionOfId: string | null;

  @Field({ description: 'Whether this is the review that counts for its year (the latest recorded one); earlier and corrected reviews are history.' })
  effective: boolean;

  @Field(() => TransitionEnum, {
    nullable: true,
    description: 'For the effective review of a year: the change from the previous year (thoát nghèo, tái nghèo…); null on history rows.',
  })
  transition: Transition | null;

  @Field(() => DateTimeScalar, { description: 'When the review was recorded.' })
  createdAt: Date;

  static from(e: HouseholdReviewEntity, effective: boolean, transition: Transition | null): HouseholdReviewObject {
    const o = new HouseholdReviewObject();
    o.id = toGlobalId('HouseholdReview', e.id);
    o.rowId = e.id;
    o.householdRowId = e.householdId;
    o.year = e.year;
    o.kind = e.kind as ReviewKind;
    o.incomePerPersonPerMonth = e.incomePerPersonPerMonth;
    o.scoreA = e.scoreA;
    o.deprivedIndicators = e.deprivedIndicators;
    o.scoreB = e.scoreB;
    o.class = e.class as HouseholdClass;
    o.standardCode = e.standardCode;
    o.residence = e.residence as Residence;
    o.decisionNumber = e.decisionNumber;
    o.decisionDate = e.decisionDate;
    o.notes = e.notes;
    o.correctionOfId = e.correctionOfId === null ? null : toGlobalId('HouseholdReview', e.correctionOfId);
    o.effective = effective;
    o.transition = transition;
    o.createdAt = e.createdAt;
    return o;
  }

  /** A household's review rows as objects, in the rows' order, each with its standing (`reviewStandings`). */
  static history(rows: HouseholdReviewEntity[]): HouseholdReviewObject[] {
    const standings = reviewStandings(rows.map(reviewFactOf));
    return rows.map((r) => {
      const { effective, transition } = standings.get(r.id)!;
      return HouseholdReviewObject.from(r, effective, transition);
    });
  }
}

@ObjectType('LocalizedLabel', { description: 'A label in Vietnamese (first) and English.' })
export class LocalizedLabel {
  @Field({ description: 'Vietnamese label.' })
  vi: string;

  @Field({ description: 'English label.' })
  en: string;
}

@ObjectType('ResidenceAmounts', { description: 'An amount per residence: rural (nông thôn) and urban (thành thị).' })
export class ResidenceAmounts {
  @Field(() => VndScalar, { description: 'Rural amount, VND per person per month.' })
  rural: number;

  @Field(() => VndScalar, { description: 'Urban amount, VND per person per month.' })
  urban: number;
}

@ObjectType('ResidenceScores', { description: 'A score threshold per residence (review form points).' })
export class ResidenceScores {
  @Field(() => Int, { description: 'Rural threshold.' })
  rural: number;

  @Field(() => Int, { description: 'Urban threshold.' })
  urban: number;
}

@ObjectType('PovertyIndicator', { description: 'A deprivation indicator (chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản).' })
export class PovertyIndicatorObject {
  @Field({ description: 'Stable code, stored in reviews, e.g. HEALTH_INSURANCE.' })
  code: string;

  @Field(() => LocalizedLabel, { description: 'Name of the indicator.' })
  label: LocalizedLabel;
}

@ObjectType('PovertyDimension', { description: 'A dimension of basic social services (chiều thiếu hụt) and its indicators.' })
export class PovertyDimensionObject {
  @Field({ description: 'Stable code, e.g. HEALTH.' })
  code: string;

  @Field(() => LocalizedLabel, { description: 'Name of the dimension.' })
  label: LocalizedLabel;

  @Field(() => [PovertyIndicatorObject], { description: 'Its indicators, in legal order.' })
  indicators: PovertyIndicatorObject[];
}

@ObjectType('PovertyStandard', {
  description: 'A multidimensional poverty standard (chuẩn nghèo đa chiều) and the review years it applies to: what the API classifies reviews with.',
})
export class PovertyStandardObject {
  @Field({ description: 'Stable code, e.g. DECREE_07_2021.' })
  code: string;

  @Field({ description: 'The legal instrument, e.g. "Nghị định 07/2021/NĐ-CP".' })
  decree: string;

  @Field(() => LocalizedLabel, { description: 'Name of the standard.' })
  label: LocalizedLabel;

  @Field(() => Int, { description: 'First review year it applies to.' })
  reviewYearFrom: number;

  @Field(() => Int, { description: 'Last review year it applies to.' })
  reviewYearTo: number;

  @Field(() => ResidenceAmounts, { description: 'Poverty line (chuẩn thu nhập): at or below it a household is poor or near-poor.' })
  incomeLine: ResidenceAmounts;

  @Field(() => ResidenceAmounts, { nullable: true, description: 'Upper bound of the average-living-standard band (mức sống trung bình); null where the law gives none known.' })
  averageLivingUpper: ResidenceAmounts | null;

  @Field(() => ResidenceScores, { nullable: true, description: 'Score-A equivalents of the line (at or below); null where not known (give income then).' })
  scoreALine: ResidenceScores | null;

  @Field(() => Int, { description: 'Score-B points per deprived indicator.' })
  scoreBPerIndicator: number;

  @Field(() => Int, { description: 'Deprivations (≥) that make an income-poor household poor rather than near-poor.' })
  deprivationThreshold: number;

  @Field(() => [PovertyDimensionObject], { description: 'Dimensions and their indicators, in legal order.' })
  dimensions: PovertyDimensionObject[];

  @Field(() => [String], { description: 'Every indicator code, in legal order (the valid values of `deprivedIndicators`).' })
  indicatorCodes: string[];

  static from(s: PovertyStandard): PovertyStandardObject {
    const residence = <T>(r: Record<Residence, number> | null) => (r ? ({ rural: r.RURAL, urban: r.URBAN } as T) : null);
    return Object.assign(new PovertyStandardObject(), {
      code: s.code,
      decree: s.decree,
      label: s.labels,
      reviewYearFrom: s.reviewYears.from,
      reviewYearTo: s.reviewYears.to,
      incomeLine: residence<ResidenceAmounts>(s.incomeLine)!,
      averageLivingUpper: residence<ResidenceAmounts>(s.averageLivingUpper),
      scoreALine: residence<ResidenceScores>(s.scoreALine),
      scoreBPerIndicator: s.scoreBPerIndicator,
      deprivationThreshold: s.deprivationThreshold,
      dimensions: s.dimensions.map((d) => ({ code: d.code, label: d.labels, indicators: d.indicators.map((i) => ({ code: i.code, label: i.labels })) })),
      indicatorCodes: indicatorCodes(s),
    });
  }
}
