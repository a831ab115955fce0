import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { CODE_MAX_LENGTH, NAME_MAX_LENGTH, type AreaKind } from '@lnob/domain';
import { AreaKindEnum } from '../../common/enums';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar } from '../../common/scalars';
import { AreaObject } from './area.object';

@InputType({ description: 'Filter for `areas`. All conditions combine with AND.' })
export class AreaFilter {
  @Field(() => ID, { nullable: true, description: 'Only direct children of this area.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only top-level units (provinces and centrally-run cities).' })
  topLevel?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only this area and the units under it (its whole subtree).' })
  withinAreaId?: string | null;

  @Field(() => [AreaKindEnum], { nullable: true, description: 'Only these kinds.' })
  kind?: AreaKind[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The tree as it stood on this date (default: today in Vietnam).' })
  validOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive name or code search: "tra vinh" finds "Trà Vinh".' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@ArgsType()
export class AreasArgs extends PageArgs {
  @Field(() => AreaFilter, { nullable: true })
  @ValidateNested()
  filter?: AreaFilter | null;
}

@ArgsType()
export class AreaArgs {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date nested fields (children…) default to; default today.' })
  validOn?: string | null;
}

@InputType({ description: 'A new administrative unit.' })
export class CreateAreaInput {
  @Field({ description: `Official code (mã), 1–${CODE_MAX_LENGTH} characters, unique among units valid at the same time.` })
  code: string;

  @Field({ description: `1–${NAME_MAX_LENGTH} characters.` })
  name: string;

  @Field(() => AreaKindEnum, { description: 'Kind of unit; must fit under the parent\'s kind.' })
  kind: AreaKind;

  @Field({ description: 'Urban (thành thị) or rural.' })
  urban: boolean;

  @Field(() => ID, { nullable: true, description: 'Parent unit; none for a province or centrally-run city.' })
  parentId?: string | null;

  @Field(() => LocalDateScalar, { description: 'First day; within the parent\'s dates.' })
  validFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if already known (null: open).' })
  validTo?: string | null;
}

@InputType({ description: 'One unit that goes into the successor, with the share of it that does (1 = all of it).' })
export class MergerPredecessorInput {
  @Field(() => ID, { description: 'A unit that goes into the successor.' })
  areaId: string;

  @Field(() => Float, { nullable: true, defaultValue: 1, description: 'Share (0–1] of this unit that went to the successor.' })
  share: number;
}

@InputType({
  description:
    'Several units become one on a date: the predecessors (and everything under them) close the day before, ' +
    'the successor is linked with shares, and optionally their organizations move to the successor.',
})
export class RecordAreaMergerInput {
  @Field(() => [MergerPredecessorInput], { description: 'The units that merge (1–200).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  predecessors: MergerPredecessorInput[];

  @Field(() => ID, { nullable: true, description: 'An existing successor unit (valid from effectiveOn) …' })
  successorId?: string | null;

  @Field(() => CreateAreaInput, { nullable: true, description: '… or a new one to create (its validFrom must be effectiveOn).' })
  @ValidateNested()
  newSuccessor?: CreateAreaInput | null;

  @Field(() => LocalDateScalar, { description: 'First day of the successor; predecessors close the day before.' })
  effectiveOn: string;

  @Field({ defaultValue: false, description: 'Move organizations working in the predecessors to the successor.' })
  rehomeOrganizations: boolean;
}

@ObjectType({ description: 'Result of createArea.' })
export class CreateAreaPayload {
  @Field(() => AreaObject, { description: 'The new unit.' })
  area: AreaObject;
}

@ObjectType({ description: 'Result of recordAreaMerger.' })
export class RecordAreaMergerPayload {
  @Field(() => AreaObject, { description: 'The unit the predecessors became.' })
  successor: AreaObject;

  @Field(() => [AreaObject], { description: 'The predecessors as they are now (closed).' })
  predecessors: AreaObject[];

  @Field(() => Int, { description: 'How many units were closed (predecessors and their descendants).' })
  closedAreaCount: number;

  @Field(() => Int, { description: 'How many organizations were moved to the successor.' })
  rehomedOrganizationCount: number;
}
