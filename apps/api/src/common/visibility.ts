import { In, type EntityManager } from 'typeorm';
import { AreaEntity } from '../modules/areas/area.entity';
import type { ApiKeyEntity } from '../modules/auth/api-key.entity';
import type { Caller } from '../modules/auth/caller';
import type { UserEntity } from '../modules/auth/user.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import type { HubContext } from './context';

/**
 * Filters rows reached through nested fields (parent, ancestors, member organizations, successions)
 * to what the caller may read: out-of-scope objects are left out, never shown as forbidden.
 * Lists and children filter in SQL instead (see the services and loaders).
 */
export async function visibleOrganizations(ctx: HubContext, rows: (OrganizationEntity | null | undefined | Error)[]): Promise<OrganizationEntity[]> {
  const present = rows.filter((r): r is OrganizationEntity => !!r && !(r instanceof Error));
  const scope = ctx.caller.scope('organization.read');
  if (scope.national || scope.allAreas) return present;
  const needArea = present.filter((r) => !scope.coversOrganizationPath(r.path) && r.areaId !== null);
  const areas = new Map<number, string>();
  for (const a of await ctx.loaders.areaById.loadMany([...new Set(needArea.map((r) => r.areaId!))])) {
    if (a && !(a instanceof Error)) areas.set(a.id, a.path);
  }
  return present.filter((r) => scope.coversOrganization(r.path, r.areaId === null ? null : (areas.get(r.areaId) ?? null)));
}

export async function visibleOrganization(ctx: HubContext, row: OrganizationEntity | null): Promise<OrganizationEntity | null> {
  return row ? ((await visibleOrganizations(ctx, [row]))[0] ?? null) : null;
}

export function visibleAreas(ctx: HubContext, rows: (AreaEntity | null | undefined | Error)[]): AreaEntity[] {
  const scope = ctx.caller.scope('area.read');
  return rows.filter((r): r is AreaEntity => !!r && !(r instanceof Error) && scope.coversArea(r.path));
}

export function visibleArea(ctx: HubContext, row: AreaEntity | null): AreaEntity | null {
  return row && ctx.caller.scope('area.read').coversArea(row.path) ? row : null;
}

/** A user the caller may read: themselves, or one whose organization lies in their `user.read` subtrees. */
export async function visibleUser(ctx: HubContext, row: UserEntity | null): Promise<UserEntity | null> {
  if (!row) return null;
  if (row.id === ctx.caller.userId) return row;
  const scope = ctx.caller.scope('user.read');
  if (scope.national) return row;
  if (row.organizationId === null) return null;
  const org = await ctx.loaders.organizationById.load(row.organizationId);
  return scope.ownsOrganization(org?.path ?? null) ? row : null;
}

/** A key the caller manages (`apiKey.manage` over its organization, as `apiKeys` lists them); nothing is read without that action. */
export async function visibleApiKey(ctx: HubContext, rowId: number): Promise<ApiKeyEntity | null> {
  const scope = ctx.caller.scope('apiKey.manage');
  if (scope.isEmpty) return null;
  const row = await ctx.loaders.apiKeyById.load(rowId);
  if (!row || scope.national) return row;
  const org = await ctx.loaders.organizationById.load(row.organizationId);
  return scope.ownsOrganization(org?.path ?? null) ? row : null;
}

/*
 * The same rules inside services, through a transaction's manager (writes check what they refer to
 * in the transaction that changes it).
 */

/**
 * Whether the caller may read `row` (`organization.read`): inside one of its organization subtrees,
 * or working in one of its areas — the area's path is read only when the subtree alone does not decide.
 */
export async function organizationVisible(m: EntityManager, caller: Caller, row: OrganizationEntity): Promise<boolean> {
  const scope = caller.scope('organization.read');
  if (scope.coversOrganizationPath(row.path)) return true;
  if (row.areaId === null) return false;
  const area = await m.getRepository(AreaEntity).findOne({ select: { id: true, path: true }, where: { id: row.areaId } });
  return scope.coversOrganization(row.path, area?.path ?? null);
}

/** An organization a write refers to (parent, successor, a user's or key's organization): null when unknown or invisible, which read the same. */
export async function referencedOrganization(m: EntityManager, caller: Caller, id: number): Promise<OrganizationEntity | null> {
  const row = await m.getRepository(OrganizationEntity).findOneBy({ id });
  return row && (await organizationVisible(m, caller, row)) ? row : null;
}

/** A visible organization a write refers to, with the path of the area it works in. */
export interface ReferencedOrganization {
  org: OrganizationEntity;
  areaPath: string | null;
}

/**
 * `referencedOrganization` for many ids in two statements (the organizations, their areas): the
 * visible ones by id — unknown and invisible ids are absent, which read the same.
 */
export async function referencedOrganizations(m: EntityManager, caller: Caller, ids: readonly number[]): Promise<Map<number, ReferencedOrganization>> {
  const out = new Map<number, ReferencedOrganization>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const orgs = await m.getRepository(OrganizationEntity).findBy({ id: In(unique) });
  const areaIds = [...new Set(orgs.map((o) => o.areaId).filter((id): id is number => id !== null))];
  const areas = new Map((areaIds.length ? await m.getRepository(AreaEntity).find({ select: { id: true, path: true }, where: { id: In(areaIds) } }) : []).map((a) => [a.id, a.path]));
  const scope = caller.scope('organization.read');
  for (const org of orgs) {
    const areaPath = org.areaId === null ? null : (areas.get(org.areaId) ?? null);
    if (scope.coversOrganization(org.path, areaPath)) out.set(org.id, { org, areaPath });
  }
  return out;
}

/**
 * The path of an organization (null for none or an unknown id): where objects filed under it (users,
 * assignments, keys) sit, for scope checks and audit rows.
 */
export async function organizationPathOf(m: EntityManager, organizationId: number | null): Promise<string | null> {
  if (organizationId === null) return null;
  const org = await m.getRepository(OrganizationEntity).findOne({ select: { id: true, path: true }, where: { id: organizationId } });
  return org?.path ?? null;
}
