import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { fromGlobalId, optionalRowIdOf } from '../../common/relay/global-id';
import { visibleApiKey, visibleUser } from '../../common/visibility';
import { ApiKeyObject } from '../auth/api-key.object';
import { UserObject } from '../auth/user.object';
import { AuditLogArgs, type AuditLogFilter } from './audit.inputs';
import { AuditEntryConnection, AuditEntryObject, PersonalDataReadConnection, PersonalDataReadObject } from './audit.object';
import type { AuditFilter } from './audit.service';

function filterOf(f: AuditLogFilter): AuditFilter {
  let entityType = f.entityType ?? null;
  let entityRowId: number | null = null;
  if (f.entityId) {
    const parsed = fromGlobalId(f.entityId);
    if (!parsed) throw badInput('INVALID_ID', 'Not a valid id.', [{ path: 'filter.entityId', message: 'must be a global id' }]);
    if (entityType && entityType !== parsed.type) throw badInput('VALIDATION_FAILED', 'entityId is of another type.', [{ path: 'filter.entityType', message: `contradicts entityId (${parsed.type})` }]);
    entityType = parsed.type;
    entityRowId = parsed.rowId;
  }
  return { entityType, entityRowId, userId: optionalRowIdOf(f.userId, 'User', 'filter.userId'), from: f.from ?? null, to: f.to ?? null };
}

async function actorOf(ctx: HubContext, userRowId: number | null): Promise<UserObject | null> {
  if (userRowId === null) return null;
  const row = await visibleUser(ctx, await ctx.loaders.userById.load(userRowId));
  return row && UserObject.from(row);
}

/** The key that acted, when the caller manages keys of its organization (as `node(id:)` answers). */
async function apiKeyOf(ctx: HubContext, apiKeyRowId: number | null): Promise<ApiKeyObject | null> {
  const row = apiKeyRowId === null ? null : await visibleApiKey(ctx, apiKeyRowId);
  return row && ApiKeyObject.from(row, ctx.today);
}

@Resolver(() => AuditEntryObject)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: 'What changed, by whom, newest first: everything for SYSTEM_ADMIN, the objects of their subtree for ORG_ADMIN.',
  })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: HubContext): Promise<AuditEntryConnection> {
    const { first, after } = pageOf(args);
    const { rows, count } = await ctx.services.audit.entries(filterOf(args.filter ?? {}), first + 1, after);
    return toConnection(AuditEntryConnection, rows, first, after !== null, AuditEntryObject.from, (r) => ({ key: 0, id: r.id }), count);
  }

  @Query(() => PersonalDataReadConnection, { description: 'Who read which personal fields, newest first (same scope as `auditLog`).' })
  async personalDataReads(@Args() args: AuditLogArgs, @Ctx() ctx: HubContext): Promise<PersonalDataReadConnection> {
    const { first, after } = pageOf(args);
    const { rows, count } = await ctx.services.audit.personalDataReads(filterOf(args.filter ?? {}), first + 1, after);
    return toConnection(PersonalDataReadConnection, rows, first, after !== null, PersonalDataReadObject.from, (r) => ({ key: 0, id: r.id }), count);
  }

  @FieldResolver(() => UserObject, { nullable: true, description: 'The user who did it (null for keys, the system, or users outside your view).' })
  actor(@Root() e: AuditEntryObject, @Ctx() ctx: HubContext): Promise<UserObject | null> {
    return actorOf(ctx, e.userRowId);
  }

  @FieldResolver(() => ApiKeyObject, { nullable: true, description: 'The API key that did it (null for users, the system, or keys outside your management).' })
  apiKey(@Root() e: AuditEntryObject, @Ctx() ctx: HubContext): Promise<ApiKeyObject | null> {
    return apiKeyOf(ctx, e.apiKeyRowId);
  }
}

@Resolver(() => PersonalDataReadObject)
export class PersonalDataReadResolver {
  @FieldResolver(() => UserObject, { nullable: true, description: 'The user who read (null for keys or users outside your view).' })
  actor(@Root() e: PersonalDataReadObject, @Ctx() ctx: HubContext): Promise<UserObject | null> {
    return actorOf(ctx, e.userRowId);
  }

  @FieldResolver(() => ApiKeyObject, { nullable: true, description: 'The API key that read (null for users or keys outside your management).' })
  apiKey(@Root() e: PersonalDataReadObject, @Ctx() ctx: HubContext): Promise<ApiKeyObject | null> {
    return apiKeyOf(ctx, e.apiKeyRowId);
  }
}
