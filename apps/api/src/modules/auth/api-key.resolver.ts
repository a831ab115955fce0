import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { API_KEY_RATE_DEFAULT } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { visibleOrganization, visibleUser } from '../../common/visibility';
import { OrganizationObject } from '../organizations/organization.object';
import { ApiKeyFilter, ApiKeyPayload, ApiKeysArgs, CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyInput } from './api-key.inputs';
import { ApiKeyConnection, ApiKeyObject } from './api-key.object';
import { UserObject } from './user.object';

@Resolver(() => ApiKeyObject)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: 'Keys of the organizations in your `apiKey.manage` subtrees, newest first.' })
  async apiKeys(@Args() args: ApiKeysArgs, @Ctx() ctx: HubContext): Promise<ApiKeyConnection> {
    const { first, after } = pageOf(args);
    const f: ApiKeyFilter = args.filter ?? {};
    const { rows, count } = await ctx.services.apiKeys.list(
      { organizationId: optionalRowIdOf(f.organizationId, 'Organization', 'filter.organizationId'), includeRevoked: f.includeRevoked },
      first + 1,
      after,
    );
    return toConnection(ApiKeyConnection, rows, first, after !== null, (r) => ApiKeyObject.from(r, ctx.today), (r) => ({ key: 0, id: r.id }), count);
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The organization whose subtree the key reads.' })
  async organization(@Root() k: ApiKeyObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    const row = await visibleOrganization(ctx, await ctx.loaders.organizationById.load(k.organizationRowId));
    return row && OrganizationObject.from(row, ctx.today);
  }

  @FieldResolver(() => UserObject, { nullable: true, description: 'Who created it (null when outside your view).' })
  async createdBy(@Root() k: ApiKeyObject, @Ctx() ctx: HubContext): Promise<UserObject | null> {
    if (k.createdByRowId === null) return null;
    const row = await visibleUser(ctx, await ctx.loaders.userById.load(k.createdByRowId));
    return row && UserObject.from(row);
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Create a read-only integrator key. The secret is in this payload only.' })
  async createApiKey(@Arg('input') i: CreateApiKeyInput, @Ctx() ctx: HubContext): Promise<CreateApiKeyPayload> {
    const { key, secret } = await ctx.services.apiKeys.create(
      {
        name: i.name,
        organizationId: rowIdOf(i.organizationId, 'Organization', 'input.organizationId'),
        scopes: i.scopes,
        personalData: i.personalData,
        expiresOn: i.expiresOn,
        requestsPerMinute: i.requestsPerMinute ?? API_KEY_RATE_DEFAULT,
      },
      ctx.today,
    );
    return Object.assign(new CreateApiKeyPayload(), { apiKey: ApiKeyObject.from(key, ctx.today), secret });
  }

  @Mutation(() => ApiKeyPayload, { description: 'Revoke a key: its next request is UNAUTHENTICATED / TOKEN_REVOKED.' })
  async revokeApiKey(@Arg('input') i: RevokeApiKeyInput, @Ctx() ctx: HubContext): Promise<ApiKeyPayload> {
    const key = await ctx.services.apiKeys.revoke(rowIdOf(i.id, 'ApiKey', 'input.id'));
    return Object.assign(new ApiKeyPayload(), { apiKey: ApiKeyObject.from(key, ctx.today) });
  }
}
