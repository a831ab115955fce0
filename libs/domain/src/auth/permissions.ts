/**
 * Roles, actions and the permission table: who may do what, decided in one place.
 * The API's Caller asks `roleGrants` / `apiKeyGrants`; the apps read the same table to hide what a
 * user cannot do. See docs/auth.md.
 */

export const ROLES = ['SYSTEM_ADMIN', 'ORG_ADMIN', 'OFFICER', 'REVIEWER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  SYSTEM_ADMIN: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  ORG_ADMIN: { vi: 'Quản trị đơn vị', en: 'Organization administrator' },
  OFFICER: { vi: 'Cán bộ nhập liệu', en: 'Officer' },
  REVIEWER: { vi: 'Cán bộ phê duyệt', en: 'Reviewer' },
  VIEWER: { vi: 'Người xem', en: 'Viewer' },
};

export const ACTIONS = [
  'area.read',
  'organization.read',
  'household.read',
  'area.write',
  'organization.write',
  'user.read',
  'user.manage',
  'apiKey.manage',
  'audit.read',
  'personalData.read',
  'data.capture',
  'data.review',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Which scope of an assignment an action uses:
 * - `view`: the subtree of the assignment's view organization (DHIS2's data-view org units);
 * - `capture`: the subtree of the assignment's organization (data-capture org units);
 * - `national`: only SYSTEM_ADMIN holds it, nationwide.
 */
export type ScopeKind = 'view' | 'capture' | 'national';

export const ACTION_SCOPE: Record<Action, ScopeKind> = {
  'area.read': 'view',
  'organization.read': 'view',
  'household.read': 'view',
  'area.write': 'national',
  'organization.write': 'capture',
  'user.read': 'capture',
  'user.manage': 'capture',
  'apiKey.manage': 'capture',
  'audit.read': 'capture',
  'personalData.read': 'capture',
  'data.capture': 'capture',
  'data.review': 'capture',
};

/** Actions that change data: never granted to API keys. */
export const WRITE_ACTIONS: readonly Action[] = ['area.write', 'organization.write', 'user.manage', 'apiKey.manage', 'data.capture', 'data.review'];

/** Every role reads areas, organizations and households (with their review classes) in its view scope; personal fields need `personalData.read`. */
const READ_ALL: Action[] = ['area.read', 'organization.read', 'household.read'];

/** The permission table. SYSTEM_ADMIN holds every action nationwide, whatever its assignment's organization. */
export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  SYSTEM_ADMIN: ACTIONS,
  ORG_ADMIN: [...READ_ALL, 'organization.write', 'user.read', 'user.manage', 'apiKey.manage', 'audit.read', 'personalData.read'],
  OFFICER: [...READ_ALL, 'personalData.read', 'data.capture'],
  REVIEWER: [...READ_ALL, 'personalData.read', 'data.review'],
  VIEWER: READ_ALL,
};

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

export function isAction(v: unknown): v is Action {
  return typeof v === 'string' && (ACTIONS as readonly string[]).includes(v);
}

export function roleGrants(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}

/** Roles whose holders are nationwide for every action (their assignment's organization does not limit them). */
export function isNationalRole(role: Role): boolean {
  return role === 'SYSTEM_ADMIN';
}

/**
 * Integrator key scopes (fail-closed, as OpenSPP's): a key reads only the modules its scopes name.
 * Keys are read-only; the personal-data grant is a separate flag on the key.
 */
export const API_KEY_SCOPES = ['AREAS', 'ORGANIZATIONS', 'HOUSEHOLDS'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const API_KEY_SCOPE_ACTIONS: Record<ApiKeyScope, readonly Action[]> = {
  AREAS: ['area.read'],
  ORGANIZATIONS: ['organization.read'],
  HOUSEHOLDS: ['household.read'],
};

export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, { vi: string; en: string }> = {
  AREAS: { vi: 'Địa bàn hành chính', en: 'Administrative areas' },
  ORGANIZATIONS: { vi: 'Tổ chức', en: 'Organizations' },
  HOUSEHOLDS: { vi: 'Hộ gia đình và kết quả rà soát', en: 'Households and reviews' },
};

export function isApiKeyScope(v: unknown): v is ApiKeyScope {
  return typeof v === 'string' && (API_KEY_SCOPES as readonly string[]).includes(v);
}

/** What a key with these scopes (and grant) may do. Never a write action. */
export function apiKeyGrants(scopes: readonly ApiKeyScope[], personalData: boolean, action: Action): boolean {
  if (WRITE_ACTIONS.includes(action)) return false;
  if (action === 'personalData.read') return personalData;
  return scopes.some((s) => API_KEY_SCOPE_ACTIONS[s].includes(action));
}

/** Actions granted to a set of roles, in table order (for `me.permissions`). */
export function actionsOfRoles(roles: readonly Role[]): Action[] {
  return ACTIONS.filter((a) => roles.some((r) => roleGrants(r, a)));
}
