import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../common/context';
import { ChangePasswordInput, LoginInput, LoginPayload, LogoutPayload } from './auth.inputs';
import type { SignedIn } from './auth.service';
import { UserObject, ViewerObject } from './user.object';

function viewerOf(s: { user: UserObject; permissions: string[]; expiresAt: Date }): ViewerObject {
  return Object.assign(new ViewerObject(), s);
}

function loginPayload(s: SignedIn): LoginPayload {
  return Object.assign(new LoginPayload(), {
    token: s.token,
    expiresAt: s.expiresAt,
    viewer: viewerOf({ user: UserObject.from(s.user), permissions: s.caller.permissions, expiresAt: s.expiresAt }),
  });
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerObject, { nullable: true, description: 'The signed-in user and their permissions; null for anonymous callers and API keys.' })
  async me(@Ctx() ctx: HubContext): Promise<ViewerObject | null> {
    const c = ctx.caller;
    if (c.kind !== 'user' || c.userId === null) return null;
    const user = await ctx.services.users.get(c.userId);
    return viewerOf({ user: UserObject.from(user), permissions: c.permissions, expiresAt: c.sessionExpiresAt! });
  }

  @Mutation(() => LoginPayload, {
    description:
      'Sign in. Wrong credentials are UNAUTHENTICATED / INVALID_CREDENTIALS; the fifth failure in a row locks the account for ' +
      '15 minutes (ACCOUNT_LOCKED, even with the right password).',
  })
  async login(@Arg('input') i: LoginInput, @Ctx() ctx: HubContext): Promise<LoginPayload> {
    return loginPayload(await ctx.services.auth.login(i.username, i.password));
  }

  @Mutation(() => LogoutPayload, { description: 'End the current session: its token stops working at once.' })
  async logout(@Ctx() ctx: HubContext): Promise<LogoutPayload> {
    return Object.assign(new LogoutPayload(), { revoked: await ctx.services.auth.logout() });
  }

  @Mutation(() => LoginPayload, { description: 'Change your own password. Every other session ends; the payload carries a new token.' })
  async changePassword(@Arg('input') i: ChangePasswordInput, @Ctx() ctx: HubContext): Promise<LoginPayload> {
    return loginPayload(await ctx.services.auth.changePassword(i.currentPassword, i.newPassword));
  }
}
