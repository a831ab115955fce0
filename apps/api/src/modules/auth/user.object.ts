import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { isLocked, isValidOn, type Role } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { RoleEnum } from '../../common/enums';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar, LocalDateScalar } from '../../common/scalars';
import { PERSONAL_NOTE, PersonalData } from '../audit/personal-data';
import type { RoleAssignmentEntity, UserEntity } from './user.entity';

/** Where a user's personal fields sit: the user's organization (users are scoped by organization subtree only). */
async function locateUser(u: UserObject, ctx: HubContext) {
  const org = u.organizationRowId === null ? null : await ctx.loaders.organizationById.load(u.organizationRowId);
  return { rowId: u.rowId, orgPath: org?.path ?? null, areaPath: null, ownerUserId: u.rowId };
}

@ObjectType('User', { implements: Node, description: 'A person who signs in to the hub (người dùng).' })
export class UserObject extends Node {
  rowId: number;
  organizationRowId: number | null;

  @Field({ description: 'Sign-in name: lower-case letters, digits, ".", "_", "-".' })
  username: string;

  @Field({ description: 'Name shown in the apps, e.g. "Nguyễn Thị Lan".' })
  displayName: string;

  @Field(() => String, { nullable: true, description: `E-mail address. ${PERSONAL_NOTE}` })
  @UseMiddleware(PersonalData('User', locateUser))
  email: string | null;

  @Field(() => String, { nullable: true, description: `Phone number. ${PERSONAL_NOTE}` })
  @UseMiddleware(PersonalData('User', locateUser))
  phone: string | null;

  @Field({ description: 'False when an administrator deactivated the account (its sessions ended then).' })
  active: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set while the account is locked after 5 failed sign-ins (15 minutes).' })
  lockedUntil: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last successful sign-in.' })
  lastLoginAt: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the account was created.' })
  createdAt: Date;

  static from(e: UserEntity): UserObject {
    const o = new UserObject();
    o.id = toGlobalId('User', e.id);
    o.rowId = e.id;
    o.organizationRowId = e.organizationId;
    o.username = e.username;
    o.displayName = e.displayName;
    o.email = e.email;
    o.phone = e.phone;
    o.active = e.active;
    o.lockedUntil = isLocked(e, new Date()) ? e.lockedUntil : null;
    o.lastLoginAt = e.lastLoginAt;
    o.createdAt = e.createdAt;
    return o;
  }
}

@ObjectType('UserConnection', { description: 'A page of users.' })
export class UserConnection extends Connection(UserObject, 'User') {}

@ObjectType('RoleAssignment', {
  implements: Node,
  description: 'A role held within an organization\'s subtree for a period (phân quyền). Ended, never deleted.',
})
export class RoleAssignmentObject extends Node {
  rowId: number;
  userRowId: number;
  organizationRowId: number | null;
  viewOrganizationRowId: number | null;

  @Field(() => RoleEnum, { description: 'The role.' })
  role: Role;

  @Field(() => LocalDateScalar, { description: 'First day the role applies.' })
  validFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the role applies (null: open).' })
  validTo: string | null;

  @Field({ description: 'Whether the role applies today.' })
  active: boolean;

  static from(e: RoleAssignmentEntity, today: string): RoleAssignmentObject {
    const o = new RoleAssignmentObject();
    o.id = toGlobalId('RoleAssignment', e.id);
    o.rowId = e.id;
    o.userRowId = e.userId;
    o.organizationRowId = e.organizationId;
    o.viewOrganizationRowId = e.viewOrganizationId;
    o.role = e.role as Role;
    o.validFrom = e.validFrom;
    o.validTo = e.validTo;
    o.active = isValidOn(e, today);
    return o;
  }
}

@ObjectType('Viewer', { description: 'The signed-in user and what they may do.' })
export class ViewerObject {
  @Field(() => UserObject, { description: 'The user.' })
  user: UserObject;

  @Field(() => [String], {
    description: 'Actions granted somewhere in the user\'s scopes (e.g. `user.manage`, `personalData.read`): for showing and hiding screens. The server still checks each object.',
  })
  permissions: string[];

  @Field(() => DateTimeScalar, { description: 'When the session token expires.' })
  expiresAt: Date;
}
