import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../common/context';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { visibleOrganization } from '../../common/visibility';
import { OrganizationObject } from '../organizations/organization.object';
import {
  AssignRoleInput,
  CreateUserInput,
  EndRoleAssignmentInput,
  ResetUserPasswordInput,
  RoleAssignmentPayload,
  UpdateUserInput,
  UserPayload,
  UsersArgs,
} from './user.inputs';
import { RoleAssignmentObject, UserConnection, UserObject } from './user.object';

const userPayload = (u: Parameters<typeof UserObject.from>[0]) => Object.assign(new UserPayload(), { user: UserObject.from(u) });

async function organizationOf(ctx: HubContext, rowId: number | null): Promise<OrganizationObject | null> {
  if (rowId === null) return null;
  const row = await visibleOrganization(ctx, await ctx.loaders.organizationById.load(rowId));
  return row && OrganizationObject.from(row, ctx.today);
}

@Resolver(() => UserObject)
export class UserResolver {
  @Query(() => UserObject, { description: 'One user: yourself, or one whose organization lies in your `user.read` subtree. Others are NOT_FOUND.' })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<UserObject> {
    return UserObject.from(await ctx.services.users.get(rowIdOf(id, 'User')));
  }

  @Query(() => UserConnection, { description: 'Users of the organizations in your `user.read` subtrees, sorted by name.' })
  async users(@Args() args: UsersArgs, @Ctx() ctx: HubContext): Promise<UserConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const { rows, count } = await ctx.services.users.list(
      {
        organizationId: optionalRowIdOf(f.organizationId, 'Organization', 'filter.organizationId'),
        search: f.search,
        role: f.role,
        active: f.active,
        today: ctx.today,
      },
      first + 1,
      after,
    );
    for (const r of rows) ctx.loaders.userById.prime(r.id, r);
    return toConnection(UserConnection, rows, first, after !== null, UserObject.from, (r) => ({ key: r.nameSearch, id: r.id }), count);
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The organization the user belongs to (null when nationwide or outside your view).' })
  organization(@Root() u: UserObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    return organizationOf(ctx, u.organizationRowId);
  }

  @FieldResolver(() => [RoleAssignmentObject], { description: 'Role assignments, newest first.' })
  async assignments(
    @Root() u: UserObject,
    @Arg('includeEnded', { defaultValue: false, description: 'Also assignments that have ended or not yet started.' }) includeEnded: boolean,
    @Ctx() ctx: HubContext,
  ): Promise<RoleAssignmentObject[]> {
    const rows = await ctx.loaders.assignmentsByUser.load(u.rowId);
    return rows.map((r) => RoleAssignmentObject.from(r, ctx.today)).filter((a) => includeEnded || a.active);
  }

  @Mutation(() => UserPayload, { description: 'Create a user in an organization of your `user.manage` subtree.' })
  async createUser(@Arg('input') i: CreateUserInput, @Ctx() ctx: HubContext): Promise<UserPayload> {
    return userPayload(
      await ctx.services.users.create({
        username: i.username,
        displayName: i.displayName,
        email: i.email ?? null,
        phone: i.phone ?? null,
        password: i.password,
        organizationId: optionalRowIdOf(i.organizationId, 'Organization', 'input.organizationId'),
      }),
    );
  }

  @Mutation(() => UserPayload, { description: 'Change a user\'s name, contact details, organization or active flag.' })
  async updateUser(@Arg('input') i: UpdateUserInput, @Ctx() ctx: HubContext): Promise<UserPayload> {
    return userPayload(
      await ctx.services.users.update(rowIdOf(i.id, 'User', 'input.id'), {
        displayName: i.displayName ?? undefined,
        email: i.email === undefined ? undefined : i.email,
        phone: i.phone === undefined ? undefined : i.phone,
        organizationId: i.organizationId ? rowIdOf(i.organizationId, 'Organization', 'input.organizationId') : undefined,
        active: i.active ?? undefined,
      }),
    );
  }

  @Mutation(() => UserPayload, { description: 'Set a new password for a user you manage: unlocks the account and ends its sessions.' })
  async resetUserPassword(@Arg('input') i: ResetUserPasswordInput, @Ctx() ctx: HubContext): Promise<UserPayload> {
    return userPayload(await ctx.services.users.resetPassword(rowIdOf(i.id, 'User', 'input.id'), i.newPassword));
  }

  @Mutation(() => RoleAssignmentPayload, {
    description: 'Give a user a role within an organization of your subtree. SYSTEM_ADMIN is granted by system administrators only.',
  })
  async assignRole(@Arg('input') i: AssignRoleInput, @Ctx() ctx: HubContext): Promise<RoleAssignmentPayload> {
    const row = await ctx.services.users.assignRole({
      userId: rowIdOf(i.userId, 'User', 'input.userId'),
      role: i.role,
      organizationId: optionalRowIdOf(i.organizationId, 'Organization', 'input.organizationId'),
      viewOrganizationId: optionalRowIdOf(i.viewOrganizationId, 'Organization', 'input.viewOrganizationId'),
      validFrom: i.validFrom ?? ctx.today,
      validTo: i.validTo ?? null,
    });
    return Object.assign(new RoleAssignmentPayload(), { assignment: RoleAssignmentObject.from(row, ctx.today) });
  }

  @Mutation(() => RoleAssignmentPayload, { description: 'End a role assignment on a date (default today). History is kept.' })
  async endRoleAssignment(@Arg('input') i: EndRoleAssignmentInput, @Ctx() ctx: HubContext): Promise<RoleAssignmentPayload> {
    const row = await ctx.services.users.endAssignment(rowIdOf(i.id, 'RoleAssignment', 'input.id'), i.validTo ?? ctx.today);
    return Object.assign(new RoleAssignmentPayload(), { assignment: RoleAssignmentObject.from(row, ctx.today) });
  }
}

@Resolver(() => RoleAssignmentObject)
export class RoleAssignmentResolver {
  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'Capture scope: this organization\'s subtree (null for a nationwide SYSTEM_ADMIN).' })
  organization(@Root() a: RoleAssignmentObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    return organizationOf(ctx, a.organizationRowId);
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'Wider view scope, when one was given.' })
  viewOrganization(@Root() a: RoleAssignmentObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    return organizationOf(ctx, a.viewOrganizationRowId);
  }
}
