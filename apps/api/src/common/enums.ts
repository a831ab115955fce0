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
  HOUSEHOLD_CLASSES,
  HOUSEHOLD_CLASS_LABELS,
  HOUSEHOLD_STATUSES,
  HOUSEHOLD_STATUS_LABELS,
  HOUSING_STATUSES,
  HOUSING_STATUS_LABELS,
  RELATIONS,
  RELATION_LABELS,
  RESIDENCE_LABELS,
  REVIEW_KINDS,
  REVIEW_KIND_LABELS,
  SEXES,
  SEX_LABELS,
  TRANSITIONS,
  TRANSITION_LABELS,
  type HouseholdClass,
  type HouseholdStatus,
  type HousingStatus,
  type Relation,
  type Residence,
  type ReviewKind,
  type Sex,
  type Transition,
} from '@lnob/domain';

/** The description of each value: its label ("English (tiếng Việt)"), or the text given. */
function valuesConfigOf<K extends string>(texts: Record<K, { vi: string; en: string } | string>) {
  return Object.fromEntries(
    Object.entries(texts).map(([k, t]) => {
      const text = t as { vi: string; en: string } | string;
      return [k, { description: typeof text === 'string' ? text : `${text.en} (${text.vi})` }];
    }),
  ) as Record<K, { description: string }>;
}

/**
 * A GraphQL enum generated from a code list in libs/domain (one source for API and apps), registered
 * under `name`: each value described by its label ("English (tiếng Việt)") or by the text given for it.
 */
export function codeEnum<K extends string>(values: readonly K[], name: string, description: string, texts: Record<K, { vi: string; en: string } | string>): Record<K, K> {
  const e = Object.fromEntries(values.map((v) => [v, v])) as Record<K, K>;
  registerEnumType(e, { name, description, valuesConfig: valuesConfigOf(texts) });
  return e;
}

export const AreaKindEnum = codeEnum<AreaKind>(AREA_KINDS, 'AreaKind', 'Kind of administrative unit (loại đơn vị hành chính).', AREA_KIND_LABELS);
export const OrganizationKindEnum = codeEnum<OrganizationKind>(ORGANIZATION_KINDS, 'OrganizationKind', 'Kind of organization.', ORGANIZATION_KIND_LABELS);
export const OrganizationLevelEnum = codeEnum<OrganizationLevel>(ORGANIZATION_LEVELS, 'OrganizationLevel', 'Administrative level an organization works at (cấp).', ORGANIZATION_LEVEL_LABELS);

export const RoleEnum = codeEnum<Role>(
  ROLES,
  'Role',
  'A role held within an organization subtree. What each may do: docs/auth.md (the permission table in libs/domain).',
  ROLE_LABELS,
);
export const ApiKeyScopeEnum = codeEnum<ApiKeyScope>(API_KEY_SCOPES, 'ApiKeyScope', 'What an integrator key may read (fail-closed: nothing else). Keys never write.', API_KEY_SCOPE_LABELS);

export const HousingStatusEnum = codeEnum<HousingStatus>(HOUSING_STATUSES, 'HousingStatus', 'Housing status of a household (tình trạng nhà ở).', HOUSING_STATUS_LABELS);
export const HouseholdStatusEnum = codeEnum<HouseholdStatus>(HOUSEHOLD_STATUSES, 'HouseholdStatus', 'Whether a household is still on the registry (tình trạng hộ).', HOUSEHOLD_STATUS_LABELS);
export const ReviewKindEnum = codeEnum<ReviewKind>(
  REVIEW_KINDS,
  'ReviewKind',
  'Kind of review (rà soát): the yearly periodic review, one per household and year, or a regular in-year review.',
  REVIEW_KIND_LABELS,
);
export const HouseholdClassEnum = codeEnum<HouseholdClass>(
  HOUSEHOLD_CLASSES,
  'HouseholdClass',
  'The class a review gives a household under the poverty standard of the review year (phân loại hộ).',
  HOUSEHOLD_CLASS_LABELS,
);
export const TransitionEnum = codeEnum<Transition>(TRANSITIONS, 'PovertyTransition', 'What happened to a household between two consecutive review years (biến động hộ nghèo).', TRANSITION_LABELS);
export const SexEnum = codeEnum<Sex>(SEXES, 'Sex', 'Sex of a household member (giới tính).', SEX_LABELS);
export const RelationEnum = codeEnum<Relation>(RELATIONS, 'Relation', 'Relation of a member to the head of the household (quan hệ với chủ hộ).', RELATION_LABELS);
export const ResidenceEnum = codeEnum<Residence>(
  ['RURAL', 'URBAN'],
  'Residence',
  'Rural (nông thôn) or urban (thành thị): which poverty line applies. Follows the `urban` flag of the household\'s area.',
  RESIDENCE_LABELS,
);
