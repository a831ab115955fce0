import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import type { Role } from '@lnob/domain';
import { RoleEnum } from '../../common/enums';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar } from '../../common/scalars';
import { RoleAssignmentObject, UserObject } from './user.object';

@InputType({ description: 'Filter for `users`. All conditions combine with AND.' })
export class UserFilter {
  @Field(() => ID, { nullable: true, description: 'Users of this organization or any under it.' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in username and display name.' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Users holding this role today.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) accounts.' })
  active?: boolean | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @ValidateNested()
  filter?: UserFilter | null;
}

@InputType({ description: 'A new user. Roles are given separately with `assignRole`.' })
export class CreateUserInput {
  @Field({ description: '3–64 characters: lower-case letters, digits, ".", "_", "-".' })
  username: string;

  @Field({ description: 'Name shown in the apps.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'E-mail (personal data).' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone (personal data).' })
  phone?: string | null;

  @Field({ description: 'Initial password: at least 8 characters, not containing the username.' })
  password: string;

  @Field(() => ID, { nullable: true, description: 'The organization the user belongs to (null: nationwide staff, system administrators only).' })
  organizationId?: string | null;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'New e-mail; empty string clears it.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone; empty string clears it.' })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move the user to another organization of your subtree.' })
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates the account and ends its sessions; true reactivates it.' })
  active?: boolean | null;
}

@InputType({ description: 'An administrator sets a new password (also unlocks the account and ends its sessions).' })
export class ResetUserPasswordInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field({ description: 'The new password.' })
  newPassword: string;
}

@InputType({ description: 'Give a user a role within an organization\'s subtree.' })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The user.' })
  userId: string;

  @Field(() => RoleEnum, { description: 'The role.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Capture scope: this organization\'s subtree and the areas it works in. Null only for SYSTEM_ADMIN.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Wider view scope: the organization itself or one above it (default: the same).' })
  viewOrganizationId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day (default today).' })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day (default open).' })
  validTo?: string | null;
}

@InputType({ description: 'End a role assignment on a date.' })
export class EndRoleAssignmentInput {
  @Field(() => ID, { description: 'The assignment.' })
  id: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the role applies (default today).' })
  validTo?: string | null;
}

@ObjectType({ description: 'Result of a user mutation.' })
export class UserPayload {
  @Field(() => UserObject, { description: 'The user after the change.' })
  user: UserObject;
}

@ObjectType({ description: 'Result of a role assignment mutation.' })
export class RoleAssignmentPayload {
  @Field(() => RoleAssignmentObject, { description: 'The assignment after the change.' })
  assignment: RoleAssignmentObject;
}
