/** Types, sizes and dates of the generated national tree (see national.ts). */
import type { AreaKind, OrganizationKind, OrganizationLevel } from '@lnob/domain';
import { MEMBER_ORGANIZATION_KINDS } from '@lnob/domain';

export type Scale = 'national' | 'small';

export const OLD_TREE_FROM = '2008-01-01';
export const OLD_TREE_TO = '2025-06-30';
export const NEW_TREE_FROM = '2025-07-01';
/** Central organizations start at the hub's history horizon. */
export const CENTRAL_FROM = '2008-01-01';

export interface AreaRow {
  id: number;
  code: string;
  name: string;
  nameSearch: string;
  kind: AreaKind;
  urban: boolean;
  parentId: number | null;
  path: string;
  depth: number;
  validFrom: string;
  validTo: string | null;
}

export interface AreaSuccessionRow {
  id: number;
  predecessorId: number;
  successorId: number;
  effectiveOn: string;
  share: number;
}

export interface OrganizationRow {
  id: number;
  name: string;
  shortName: string | null;
  nameSearch: string;
  kind: OrganizationKind;
  level: OrganizationLevel;
  areaId: number | null;
  parentId: number | null;
  path: string;
  depth: number;
  validFrom: string;
  validTo: string | null;
}

export interface OrganizationSuccessionRow {
  id: number;
  predecessorId: number;
  successorId: number;
  effectiveOn: string;
}

/** Kinds generated for every province, district and commune: the VFF committee and its five members. */
export const GENERATED_ORGANIZATION_KINDS = ['VFF_COMMITTEE', ...MEMBER_ORGANIZATION_KINDS] as const;
export type GeneratedOrganizationKind = (typeof GENERATED_ORGANIZATION_KINDS)[number];

/** First id of each table (assign above the current MAX(id) when loading into a non-empty database). */
export interface StartIds {
  area: number;
  areaSuccession: number;
  organization: number;
  organizationSuccession: number;
}

/** An existing central root organization to hang the generated provincial ones under. */
export interface CentralRoot {
  id: number;
  path: string;
  depth: number;
}

export interface GenerateOptions {
  seed?: number;
  scale?: Scale;
  startIds?: Partial<StartIds>;
  /** Reuse these central organizations (by kind) instead of generating them. */
  centralOrganizations?: Partial<Record<GeneratedOrganizationKind, CentralRoot>>;
}

export interface TreeCounts {
  old: { provinces: number; districts: number; communes: number; hamlets: number };
  new: { provinces: number; communes: number; hamlets: number };
  areas: number;
  areaSuccessions: number;
  /** Of which links whose predecessor was split (share < 1). */
  splitLinks: number;
  organizations: number;
  centralOrganizations: number;
  organizationSuccessions: number;
}

export interface NationalTree {
  seed: number;
  scale: Scale;
  /** Code of the first new-tree province: present in a database once this scale was loaded. */
  markerCode: string;
  areas: AreaRow[];
  areaSuccessions: AreaSuccessionRow[];
  organizations: OrganizationRow[];
  organizationSuccessions: OrganizationSuccessionRow[];
  counts: TreeCounts;
}

interface ScaleSpec {
  codePrefix: { old: string; new: string };
  old: { provinces: number; districts: number; communes: number; hamlets: number; cities: number };
  oldBounds: { districtsPerProvince: [number, number]; communesPerDistrict: [number, number]; hamletsPerCommune: [number, number] };
  /** Old district-level units by kind (the rest are rural districts). */
  oldDistrictKinds: { urbanDistricts: number; cities: number; towns: number };
  new: { provinces: number; communes: number; hamlets: number; cities: number; wards: number; specialZones: number };
  /** Sizes of the groups of old provinces merged into each new province (0: not modelled). */
  provinceGroups: number[];
  /** 'proportional': new communes per province follow its predecessors' communes; a number: that many each. */
  newCommunesPerProvince: 'proportional' | number;
  hamletsPerCommune: [number, number];
  /** Chance that the old commune at a boundary between two new communes is split between them. */
  splitRate: number;
}

export const repeat = (n: number, v: number) => Array.from({ length: n }, () => v);

/**
 * The sizes the issue asks for. National: 63 / 696 / 10,035 on the old tree; 34 / 3,321 / 64,000
 * on the new one (2,621 communes, 687 wards, 13 special zones); 11 provinces unchanged, 17 formed
 * from two, 6 from three. Small: the same shape, reduced, with old-tree hamlets so that the old
 * tree is four levels deep.
 */
export const SCALES: Record<Scale, ScaleSpec> = {
  national: {
    codePrefix: { old: 'O', new: 'N' },
    old: { provinces: 63, districts: 696, communes: 10_035, hamlets: 0, cities: 5 },
    oldBounds: { districtsPerProvince: [5, 24], communesPerDistrict: [4, 32], hamletsPerCommune: [0, 0] },
    oldDistrictKinds: { urbanDistricts: 49, cities: 84, towns: 53 },
    new: { provinces: 34, communes: 3_321, hamlets: 64_000, cities: 6, wards: 687, specialZones: 13 },
    provinceGroups: [...repeat(11, 1), ...repeat(17, 2), ...repeat(6, 3)],
    newCommunesPerProvince: 'proportional',
    hamletsPerCommune: [6, 40],
    splitRate: 0.02,
  },
  small: {
    codePrefix: { old: 'SO', new: 'SN' },
    old: { provinces: 10, districts: 20, communes: 60, hamlets: 120, cities: 1 },
    oldBounds: { districtsPerProvince: [2, 2], communesPerDistrict: [3, 3], hamletsPerCommune: [2, 2] },
    oldDistrictKinds: { urbanDistricts: 2, cities: 2, towns: 2 },
    new: { provinces: 34, communes: 102, hamlets: 306, cities: 6, wards: 20, specialZones: 1 },
    provinceGroups: [...repeat(5, 2), ...repeat(29, 0)],
    newCommunesPerProvince: 3,
    hamletsPerCommune: [3, 3],
    splitRate: 0.3,
  },
};

/** Code of the first new province of a scale: its presence means the scale is loaded. */
export function markerCodeOf(scale: Scale): string {
  return `${SCALES[scale].codePrefix.new}-P01`;
}
