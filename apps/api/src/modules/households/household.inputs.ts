import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import type { HouseholdClass, HouseholdStatus, HousingStatus, Relation, ReviewKind, Sex } from '@lnob/domain';
import { HouseholdClassEnum, HouseholdStatusEnum, HousingStatusEnum, RelationEnum, ReviewKindEnum, SexEnum } from '../../common/enums';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar, VndScalar } from '../../common/scalars';
import { HouseholdMemberObject, HouseholdObject } from './household.object';
import { HouseholdReviewObject } from './review.object';

@InputType({ description: 'Filter for `households`. All conditions combine with AND.' })
export class HouseholdFilter {
  @Field(() => ID, { nullable: true, description: 'Households in this area or any unit under it.' })
  areaId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Households with a review in this year (năm rà soát).' })
  year?: number | null;

  @Field(() => HouseholdClassEnum, { nullable: true, description: 'Households whose effective review of `year` (required with it) gives this class.' })
  class?: HouseholdClass | null;

  @Field(() => Boolean, { nullable: true, description: 'Ethnic-minority households only (true) or the others (false).' })
  ethnicMinority?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Households sponsored by this organization (nhận đỡ đầu).' })
  sponsorOrganizationId?: string | null;

  @Field(() => HousingStatusEnum, { nullable: true, description: 'Households with this housing status.' })
  housingStatus?: HousingStatus | null;

  @Field(() => HouseholdStatusEnum, { nullable: true, description: 'Households with this status (default: every status).' })
  status?: HouseholdStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Accent-insensitive search in the head\'s name ("nguyen van a"). Needs a personal-data grant over `areaId` ' +
      '(FORBIDDEN / PERSONAL_DATA_GRANT_REQUIRED otherwise); without `areaId` only households in the grant are searched.',
  })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Households with an active member of this national ID number (CCCD). Same grant as `search`.' })
  nationalId?: string | null;
}

@ArgsType()
export class HouseholdsArgs extends PageArgs {
  @Field(() => HouseholdFilter, { nullable: true, description: 'Conditions on the households.' })
  @ValidateNested()
  filter?: HouseholdFilter | null;
}

@InputType({ description: 'A member of a household.' })
export class HouseholdMemberInput {
  @Field({ description: 'Full name (họ và tên), 1–100 characters.' })
  fullName: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Birth date (ngày sinh): not in the future.' })
  birthDate?: string | null;

  @Field(() => SexEnum, { nullable: true, description: 'Sex (giới tính).' })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'Ethnicity (dân tộc).' })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true, description: 'National ID (CCCD): 12 digits agreeing with the birth date and sex; not used by a member of another active household.' })
  nationalId?: string | null;

  @Field(() => RelationEnum, { description: 'Relation to the head (quan hệ với chủ hộ); the head is HEAD.' })
  relation: Relation;
}

@InputType({ description: 'A household to register, with its members (exactly one HEAD).' })
export class RegisterHouseholdInput {
  @Field(() => ID, { description: 'The area it lives in: a hamlet, commune, ward, special zone, or a unit without sub-units, where you may capture data.' })
  areaId: string;

  @Field(() => String, { nullable: true, description: 'Address inside the area (địa chỉ).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Ethnicity of the household (dân tộc).' })
  ethnicity?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Ethnic-minority household (default false).' })
  ethnicMinority?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Social-protection beneficiary (default false).' })
  socialProtection?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Single elderly person (default false).' })
  singleElderly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A member lives with a disability (default false).' })
  disability?: boolean | null;

  @Field(() => HousingStatusEnum, { nullable: true, description: 'Housing status.' })
  housingStatus?: HousingStatus | null;

  @Field(() => [HouseholdMemberInput], { description: 'The members, the head among them.' })
  members: HouseholdMemberInput[];
}

@InputType({ description: 'Changes to a household; omitted fields stay as they are.' })
export class UpdateHouseholdInput {
  @Field(() => ID, { description: 'The household.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New address; an empty string clears it.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'New ethnicity; an empty string clears it.' })
  ethnicity?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Ethnic-minority household.' })
  ethnicMinority?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Social-protection beneficiary.' })
  socialProtection?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Single elderly person.' })
  singleElderly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A member lives with a disability.' })
  disability?: boolean | null;

  @Field(() => HousingStatusEnum, { nullable: true, description: 'Housing status.' })
  housingStatus?: HousingStatus | null;

  @Field(() => HouseholdStatusEnum, { nullable: true, description: 'New status (moved, merged, dissolved; back to ACTIVE re-checks national IDs).' })
  status?: HouseholdStatus | null;
}

@InputType({ description: 'A new member of an existing household.' })
export class AddHouseholdMemberInput extends HouseholdMemberInput {
  @Field(() => ID, { description: 'The household.' })
  householdId: string;
}

@InputType({ description: 'Changes to a member; omitted fields stay as they are.' })
export class UpdateHouseholdMemberInput {
  @Field(() => ID, { description: 'The member.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New full name.' })
  fullName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New birth date.' })
  birthDate?: string | null;

  @Field(() => SexEnum, { nullable: true, description: 'New sex.' })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'New ethnicity; an empty string clears it.' })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true, description: 'New national ID; an empty string clears it.' })
  nationalId?: string | null;

  @Field(() => RelationEnum, { nullable: true, description: 'New relation. HEAD makes this member the head: give `formerHeadRelation` for the previous head.' })
  relation?: Relation | null;

  @Field(() => RelationEnum, { nullable: true, description: 'The previous head\'s new relation, when this member becomes the head.' })
  formerHeadRelation?: Relation | null;
}

@InputType({ description: 'Remove a member (left the household, died). The head cannot be removed: make another member head first.' })
export class RemoveHouseholdMemberInput {
  @Field(() => ID, { description: 'The member.' })
  id: string;
}

@InputType({
  description:
    'A review of a household. Give the income or score A, and the deprived indicators or score B; the API derives the class ' +
    'with the standard of the review year and the residence of the household\'s area.',
})
export class RecordReviewInput {
  @Field(() => ID, { description: 'The household.' })
  householdId: string;

  @Field(() => Int, { description: 'Review year (năm rà soát): selects the poverty standard.' })
  year: number;

  @Field(() => ReviewKindEnum, { nullable: true, description: 'PERIODIC (default: one per household and year) or REGULAR.' })
  kind?: ReviewKind | null;

  @Field(() => VndScalar, { nullable: true, description: 'Average income per person per month, VND (give this or scoreA).' })
  incomePerPersonPerMonth?: number | null;

  @Field(() => Int, { nullable: true, description: 'The review form\'s score A (give this or the income).' })
  scoreA?: number | null;

  @Field(() => [String], { nullable: true, description: 'Codes of the deprived indicators of the standard in force (possibly none); or give scoreB.' })
  deprivedIndicators?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'The review form\'s score B (10 points per deprived indicator).' })
  scoreB?: number | null;

  @Field(() => String, { nullable: true, description: 'Number of the approving decision (số quyết định).' })
  decisionNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the approving decision.' })
  decisionDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes of the reviewer.' })
  notes?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Send true to correct the latest review of the same year and kind (audited). Without it a second PERIODIC review of a year is CONFLICT / REVIEW_EXISTS.',
  })
  correction?: boolean | null;
}

@InputType({ description: 'Set or clear the organization sponsoring a household (nhận đỡ đầu).' })
export class SetHouseholdSponsorInput {
  @Field(() => ID, { description: 'The household.' })
  householdId: string;

  @Field(() => ID, { nullable: true, description: 'The sponsoring organization (must be visible to you); null clears it.' })
  organizationId?: string | null;
}

@ObjectType({ description: 'Result of a household mutation.' })
export class HouseholdPayload {
  @Field(() => HouseholdObject, { description: 'The household as it is now.' })
  household: HouseholdObject;
}

@ObjectType({ description: 'Result of a member mutation.' })
export class HouseholdMemberPayload {
  @Field(() => HouseholdMemberObject, { description: 'The member as it is now.' })
  member: HouseholdMemberObject;

  @Field(() => HouseholdObject, { description: 'Its household.' })
  household: HouseholdObject;
}

@ObjectType({ description: 'Result of recordReview.' })
export class RecordReviewPayload {
  @Field(() => HouseholdReviewObject, { description: 'The review recorded, with the class the API derived.' })
  review: HouseholdReviewObject;

  @Field(() => HouseholdObject, { description: 'The household reviewed.' })
  household: HouseholdObject;
}
