import { registerEnumType } from 'type-graphql';
import {
  API_KEY_SCOPES,
  API_KEY_SCOPE_LABELS,
  ROLES,
  ROLE_LABELS,
  type ApiKeyScope,
  type Role,
  AREA_KINDS,
  AREA_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_LEVELS,
  ORGANIZATION_LEVEL_LABELS,
  type AreaKind,
  type OrganizationKind,
  type OrganizationLevel,
} from '@lnob/domain';

/** GraphQL enums generated from the code lists in libs/domain (one source for API and apps). */
function asEnum<K extends string>(values: readonly K[]): Record<K, K> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<K, K>;
}

function describe<K extends string>(labels: Record<K, { vi: string; en: string }>) {
  return Object.fromEntries(
    Object.entries(labels).map(([k, l]) => {
      const label = l as { vi: string; en: string };
      return [k, { description: `${label.en} (${label.vi})` }];
    }),
  ) as Record<K, { description: string }>;
}

export const AreaKindEnum = asEnum<AreaKind>(AREA_KINDS);
export const OrganizationKindEnum = asEnum<OrganizationKind>(ORGANIZATION_KINDS);
export const OrganizationLevelEnum = asEnum<OrganizationLevel>(ORGANIZATION_LEVELS);

registerEnumType(AreaKindEnum, {
  name: 'AreaKind',
  description: 'Kind of administrative unit (loại đơn vị hành chính).',
  valuesConfig: describe(AREA_KIND_LABELS),
});
registerEnumType(OrganizationKindEnum, {
  name: 'OrganizationKind',
  description: 'Kind of organization.',
  valuesConfig: describe(ORGANIZATION_KIND_LABELS),
});
registerEnumType(OrganizationLevelEnum, {
  name: 'OrganizationLevel',
  description: 'Administrative level an organization works at (cấp).',
  valuesConfig: describe(ORGANIZATION_LEVEL_LABELS),
});

export const RoleEnum = asEnum<Role>(ROLES);
export const ApiKeyScopeEnum = asEnum<ApiKeyScope>(API_KEY_SCOPES);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'A role held within an organization subtree. What each may do: docs/auth.md (the permission table in libs/domain).',
  valuesConfig: describe(ROLE_LABELS),
});
registerEnumType(ApiKeyScopeEnum, {
  name: 'ApiKeyScope',
  description: 'What an integrator key may read (fail-closed: nothing else). Keys never write.',
  valuesConfig: describe(API_KEY_SCOPE_LABELS),
});
