/**
 * Kinds of administrative units (địa bàn) and organizations, their levels and labels.
 * Labels are Vietnamese first (`vi`), English second (`en`).
 */

export interface Label {
  vi: string;
  en: string;
}

export const AREA_KINDS = ['PROVINCE', 'CITY', 'DISTRICT', 'TOWN', 'COMMUNE', 'WARD', 'SPECIAL_ZONE', 'HAMLET'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const ORGANIZATION_KINDS = [
  'VFF_COMMITTEE',
  'PEOPLES_COMMITTEE',
  'YOUTH_UNION',
  'VETERANS_ASSOCIATION',
  'LABOUR_FEDERATION',
  'WOMENS_UNION',
  'FARMERS_UNION',
  'DEPARTMENT',
  'SOCIAL_POLICY_BANK',
  'PRESS',
  'ENTERPRISE',
  'RELIGIOUS',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_LEVELS = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET'] as const;
export type OrganizationLevel = (typeof ORGANIZATION_LEVELS)[number];

/** The VFF member organizations: each committee is a member of the VFF committee at its level. */
export const MEMBER_ORGANIZATION_KINDS = [
  'YOUTH_UNION',
  'VETERANS_ASSOCIATION',
  'LABOUR_FEDERATION',
  'WOMENS_UNION',
  'FARMERS_UNION',
] as const satisfies readonly OrganizationKind[];
export type MemberOrganizationKind = (typeof MEMBER_ORGANIZATION_KINDS)[number];

export function isAreaKind(k: unknown): k is AreaKind {
  return (AREA_KINDS as readonly unknown[]).includes(k);
}

export function isOrganizationKind(k: unknown): k is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly unknown[]).includes(k);
}

export function isOrganizationLevel(k: unknown): k is OrganizationLevel {
  return (ORGANIZATION_LEVELS as readonly unknown[]).includes(k);
}

export function isMemberOrganizationKind(k: unknown): k is MemberOrganizationKind {
  return (MEMBER_ORGANIZATION_KINDS as readonly unknown[]).includes(k);
}

export const AREA_KIND_LABELS: Record<AreaKind, Label> = {
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  CITY: { vi: 'Thành phố', en: 'City' },
  DISTRICT: { vi: 'Huyện', en: 'District' },
  TOWN: { vi: 'Thị xã', en: 'Town' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  WARD: { vi: 'Phường', en: 'Ward' },
  SPECIAL_ZONE: { vi: 'Đặc khu', en: 'Special zone' },
  HAMLET: { vi: 'Thôn/ấp/bản', en: 'Hamlet' },
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, Label> = {
  VFF_COMMITTEE: { vi: 'Ủy ban MTTQ', en: 'Vietnam Fatherland Front committee' },
  PEOPLES_COMMITTEE: { vi: 'UBND', en: "People's Committee" },
  YOUTH_UNION: { vi: 'Đoàn TNCS HCM', en: 'Ho Chi Minh Communist Youth Union' },
  VETERANS_ASSOCIATION: { vi: 'Hội CCB', en: "Veterans' Association" },
  LABOUR_FEDERATION: { vi: 'LĐLĐ', en: 'Labour Federation' },
  WOMENS_UNION: { vi: 'Hội LHPN', en: "Women's Union" },
  FARMERS_UNION: { vi: 'Hội Nông dân', en: "Farmers' Union" },
  DEPARTMENT: { vi: 'Sở/ban ngành', en: 'Department or agency' },
  SOCIAL_POLICY_BANK: { vi: 'NHCSXH', en: 'Vietnam Bank for Social Policies' },
  PRESS: { vi: 'Báo chí', en: 'Press' },
  ENTERPRISE: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  RELIGIOUS: { vi: 'Tôn giáo', en: 'Religious organization' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

export const ORGANIZATION_LEVEL_LABELS: Record<OrganizationLevel, Label> = {
  CENTRAL: { vi: 'Trung ương', en: 'Central' },
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  DISTRICT: { vi: 'Huyện', en: 'District' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  HAMLET: { vi: 'Thôn', en: 'Hamlet' },
};

/**
 * The organization level matching an area. A CITY without a parent is centrally run
 * (province level); a CITY under a province or city is a provincial city (district level).
 */
export function levelOfArea(kind: AreaKind, parentKind: AreaKind | null): OrganizationLevel {
  switch (kind) {
    case 'PROVINCE':
      return 'PROVINCE';
    case 'CITY':
      return parentKind === null ? 'PROVINCE' : 'DISTRICT';
    case 'DISTRICT':
    case 'TOWN':
      return 'DISTRICT';
    case 'COMMUNE':
    case 'WARD':
    case 'SPECIAL_ZONE':
      return 'COMMUNE';
    case 'HAMLET':
      return 'HAMLET';
  }
}

const PROVINCE_LEVEL_CHILDREN: readonly AreaKind[] = ['CITY', 'DISTRICT', 'TOWN', 'COMMUNE', 'WARD', 'SPECIAL_ZONE'];

/**
 * Kinds an area of `parentKind` may hold (null: top-level units). Provinces hold district-level
 * units and, since 01/07/2025, communes directly. A CITY's children depend on whether it is
 * province-level: pass `grandparentKind` (null for a centrally-run city); when omitted, a CITY is
 * taken as province-level, whose list includes everything a provincial city may hold.
 */
export function allowedChildKinds(parentKind: AreaKind | null, grandparentKind?: AreaKind | null): AreaKind[] {
  if (parentKind === null) return ['PROVINCE', 'CITY'];
  if (parentKind === 'CITY' && grandparentKind !== undefined && grandparentKind !== null) return ['COMMUNE', 'WARD'];
  switch (levelOfArea(parentKind, grandparentKind ?? null)) {
    case 'PROVINCE':
      return [...PROVINCE_LEVEL_CHILDREN];
    case 'DISTRICT':
      return ['COMMUNE', 'WARD'];
    case 'COMMUNE':
      return ['HAMLET'];
    default:
      return [];
  }
}

/** The level an organization working in `area` should have; no area means CENTRAL. */
export function expectedOrganizationLevel(area: { kind: AreaKind; parentKind: AreaKind | null } | null): OrganizationLevel {
  return area === null ? 'CENTRAL' : levelOfArea(area.kind, area.parentKind);
}
