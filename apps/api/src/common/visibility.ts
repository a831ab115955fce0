import type { AreaEntity } from '../modules/areas/area.entity';
import type { UserEntity } from '../modules/auth/user.entity';
import type { OrganizationEntity } from '../modules/organizations/organization.entity';
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
  return org && scope.ownsOrganization(org.path) ? row : null;
}
