import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { NAME_MAX_LENGTH, SHORT_NAME_MAX_LENGTH, type OrganizationKind, type OrganizationLevel } from '@lnob/domain';
import { OrganizationKindEnum, OrganizationLevelEnum } from '../../common/enums';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar } from '../../common/scalars';
import { OrganizationObject } from './organization.object';

@InputType({ description: 'Filter for `organizations`. All conditions combine with AND.' })
export class OrganizationFilter {
  @Field(() => [OrganizationKindEnum], { nullable: true, description: 'Only these kinds.' })
  kind?: OrganizationKind[] | null;

  @Field(() => [OrganizationLevelEnum], { nullable: true, description: 'Only these levels.' })
  level?: OrganizationLevel[] | null;

  @Field(() => ID, { nullable: true, description: 'Organizations working in this area or any unit under it.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This organization and everything under it in its own system.' })
  withinOrganizationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only the tops of the tree you can see: organizations without a parent, or whose parent lies outside your scope ' +
      '(for a provincial officer, the province\'s organizations). The starting points of a tree browser.',
  })
  topLevel?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Organizations active on this date (default: today in Vietnam).' })
  validOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in name and short name: "doan thanh nien tra vinh".' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @ValidateNested()
  filter?: OrganizationFilter | null;
}

@ArgsType()
export class OrganizationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date nested fields default to; default today.' })
  validOn?: string | null;
}

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput {
  @Field({ description: `1–${NAME_MAX_LENGTH} characters.` })
  name: string;

  @Field(() => String, { nullable: true, description: `At most ${SHORT_NAME_MAX_LENGTH} characters.` })
  shortName?: string | null;

  @Field(() => OrganizationKindEnum, { description: 'What kind of organization it is.' })
  kind: OrganizationKind;

  @Field(() => OrganizationLevelEnum, { nullable: true, description: 'Derived from the area when omitted; must match it when given.' })
  level?: OrganizationLevel | null;

  @Field(() => ID, { nullable: true, description: 'The administrative unit it works in; none for central organizations.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Its parent inside its own system (e.g. the provincial Youth Union).' })
  parentId?: string | null;

  @Field(() => LocalDateScalar, { description: 'First day; within the parent\'s dates.' })
  validFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if already known (null: open).' })
  validTo?: string | null;
}

@InputType({ description: 'Changes to an organization; omitted fields stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'New full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Send an empty string to clear it.' })
  shortName?: string | null;

  @Field(() => OrganizationKindEnum, { nullable: true, description: 'New kind.' })
  kind?: OrganizationKind | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Corrected first day; the parent must cover it and no sub-organization may start earlier.' })
  validFrom?: string | null;
}

@InputType({ description: 'Move an organization (with everything under it) to another parent in its system.' })
export class MoveOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The new parent; null makes it the top of a system.' })
  newParentId?: string | null;
}

@InputType({ description: 'Close an organization (and everything under it still open) on a date.' })
export class CloseOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDateScalar, { description: 'Its last day.' })
  validTo: string;

  @Field(() => ID, { nullable: true, description: 'The organization that takes over from the next day.' })
  successorId?: string | null;
}

@ObjectType({ description: 'Result of an organization mutation.' })
export class OrganizationPayload {
  @Field(() => OrganizationObject, { description: 'The organization as it is now.' })
  organization: OrganizationObject;
}

@ObjectType({ description: 'Result of closeOrganization.' })
export class CloseOrganizationPayload {
  @Field(() => OrganizationObject, { description: 'The organization as it is now (closed).' })
  organization: OrganizationObject;

  @Field(() => Int, { description: 'How many organizations were closed (it and its open descendants).' })
  closedCount: number;
}
