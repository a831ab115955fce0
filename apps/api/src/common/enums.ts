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

/** GraphQL enums generated from the code lists in libs/domain (one source for API and apps). */
export function asEnum<K extends string>(values: readonly K[]): Record<K, K> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<K, K>;
}

export function describe<K extends string>(labels: Record<K, { vi: string; en: string }>) {
  return valuesConfigOf(labels);
}

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
 * A GraphQL enum of a code list, registered under `name`: each value described by its label in
 * libs/domain (as `describe`) or by the text given for it. One call instead of asEnum + registerEnumType.
 */
export function codeEnum<K extends string>(values: readonly K[], name: string, description: string, texts: Record<K, { vi: string; en: string } | string>): Record<K, K> {
  const e = asEnum<K>(values);
  registerEnumType(e, { name, description, valuesConfig: valuesConfigOf(texts) });
  return e;
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

export const HousingStatusEnum = asEnum<HousingStatus>(HOUSING_STATUSES);
export const HouseholdStatusEnum = asEnum<HouseholdStatus>(HOUSEHOLD_STATUSES);
export const ReviewKindEnum = asEnum<ReviewKind>(REVIEW_KINDS);
export const HouseholdClassEnum = asEnum<HouseholdClass>(HOUSEHOLD_CLASSES);
export const TransitionEnum = asEnum<Transition>(TRANSITIONS);
export const SexEnum = asEnum<Sex>(SEXES);
export const RelationEnum = asEnum<Relation>(RELATIONS);
export const ResidenceEnum = asEnum<Residence>(['RURAL', 'URBAN']);

registerEnumType(HousingStatusEnum, { name: 'HousingStatus', description: 'Housing status of a household (tình trạng nhà ở).', valuesConfig: describe(HOUSING_STATUS_LABELS) });
registerEnumType(HouseholdStatusEnum, { name: 'HouseholdStatus', description: 'Whether a household is still on the registry (tình trạng hộ).', valuesConfig: describe(HOUSEHOLD_STATUS_LABELS) });
registerEnumType(ReviewKindEnum, {
  name: 'ReviewKind',
  description: 'Kind of review (rà soát): the yearly periodic review, one per household and year, or a regular in-year review.',
  valuesConfig: describe(REVIEW_KIND_LABELS),
});
registerEnumType(HouseholdClassEnum, {
  name: 'HouseholdClass',
  description: 'The class a review gives a household under the poverty standard of the review year (phân loại hộ).',
  valuesConfig: describe(HOUSEHOLD_CLASS_LABELS),
});
registerEnumType(TransitionEnum, {
  name: 'PovertyTransition',
  description: 'What happened to a household between two consecutive review years (biến động hộ nghèo).',
  valuesConfig: describe(TRANSITION_LABELS),
});
registerEnumType(SexEnum, { name: 'Sex', description: 'Sex of a household member (giới tính).', valuesConfig: describe(SEX_LABELS) });
registerEnumType(RelationEnum, { name: 'Relation', description: 'Relation of a member to the head of the household (quan hệ với chủ hộ).', valuesConfig: describe(RELATION_LABELS) });
registerEnumType(ResidenceEnum, {
  name: 'Residence',
  description: 'Rural (nông thôn) or urban (thành thị): which poverty line applies. Follows the `urban` flag of the household\'s area.',
  valuesConfig: describe(RESIDENCE_LABELS),
});
