import { describe, expect, it } from 'vitest';
import {
  allowedChildKinds,
  AREA_KIND_LABELS,
  AREA_KINDS,
  expectedOrganizationLevel,
  isAreaKind,
  isMemberOrganizationKind,
  isOrganizationKind,
  isOrganizationLevel,
  levelOfArea,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVEL_LABELS,
  ORGANIZATION_LEVELS,
  type AreaKind,
  type OrganizationLevel,
} from './kinds';

describe('levelOfArea', () => {
  it.each<[AreaKind, AreaKind | null, OrganizationLevel]>([
    ['PROVINCE', null, 'PROVINCE'],
    ['CITY', null, 'PROVINCE'], // centrally-run city (Hà Nội, TP. Hồ Chí Minh)
    ['CITY', 'PROVINCE', 'DISTRICT'], // provincial city
    ['CITY', 'CITY', 'DISTRICT'], // city inside a centrally-run city (Thủ Đức)
    ['DISTRICT', 'PROVINCE', 'DISTRICT'],
    ['DISTRICT', 'CITY', 'DISTRICT'],
    ['TOWN', 'PROVINCE', 'DISTRICT'],
    ['COMMUNE', 'DISTRICT', 'COMMUNE'],
    ['COMMUNE', 'PROVINCE', 'COMMUNE'], // after 01/07/2025
    ['WARD', 'CITY', 'COMMUNE'],
    ['SPECIAL_ZONE', 'PROVINCE', 'COMMUNE'],
    ['HAMLET', 'COMMUNE', 'HAMLET'],
    ['HAMLET', 'WARD', 'HAMLET'],
  ])('%s under %s → %s', (kind, parent, level) => {
    expect(levelOfArea(kind, parent)).toBe(level);
    expect(expectedOrganizationLevel({ kind, parentKind: parent })).toBe(level);
  });

  it('no area means CENTRAL', () => {
    expect(expectedOrganizationLevel(null)).toBe('CENTRAL');
  });
});

describe('allowedChildKinds', () => {
  const provinceLevel: AreaKind[] = ['CITY', 'DISTRICT', 'TOWN', 'COMMUNE', 'WARD', 'SPECIAL_ZONE'];
  it.each<[AreaKind | null, AreaKind | null | undefined, AreaKind[]]>([
    [null, undefined, ['PROVINCE', 'CITY']],
    ['PROVINCE', undefined, provinceLevel],
    ['PROVINCE', null, provinceLevel],
    ['CITY', null, provinceLevel],
    ['CITY', undefined, provinceLevel],
    ['CITY', 'PROVINCE', ['COMMUNE', 'WARD']],
    ['CITY', 'CITY', ['COMMUNE', 'WARD']],
    ['DISTRICT', 'PROVINCE', ['COMMUNE', 'WARD']],
    ['TOWN', 'PROVINCE', ['COMMUNE', 'WARD']],
    ['COMMUNE', 'DISTRICT', ['HAMLET']],
    ['WARD', 'CITY', ['HAMLET']],
    ['SPECIAL_ZONE', 'PROVINCE', ['HAMLET']],
    ['HAMLET', 'COMMUNE', []],
  ])('under %s (in %s): %j', (parent, grandparent, expected) => {
    expect(allowedChildKinds(parent, grandparent)).toEqual(expected);
  });

  it.each<[AreaKind, AreaKind | null]>([
    ['PROVINCE', null],
    ['CITY', null],
    ['CITY', 'PROVINCE'],
    ['DISTRICT', 'PROVINCE'],
    ['COMMUNE', 'DISTRICT'],
  ])('children of %s (in %s) sit one level lower or more', (parent, grandparent) => {
    const order = ORGANIZATION_LEVELS as readonly string[];
    const parentLevel = order.indexOf(levelOfArea(parent, grandparent));
    for (const child of allowedChildKinds(parent, grandparent)) {
      expect(order.indexOf(levelOfArea(child, parent))).toBeGreaterThan(parentLevel);
    }
  });
});

describe('kinds and labels', () => {
  it.each(AREA_KINDS)('area kind %s has labels', (k) => {
    expect(isAreaKind(k)).toBe(true);
    expect(AREA_KIND_LABELS[k].vi).not.toBe('');
    expect(AREA_KIND_LABELS[k].en).not.toBe('');
  });

  it.each(ORGANIZATION_KINDS)('organization kind %s has labels', (k) => {
    expect(isOrganizationKind(k)).toBe(true);
    expect(ORGANIZATION_KIND_LABELS[k].vi).not.toBe('');
    expect(ORGANIZATION_KIND_LABELS[k].en).not.toBe('');
  });

  it.each(ORGANIZATION_LEVELS)('level %s has labels', (k) => {
    expect(isOrganizationLevel(k)).toBe(true);
    expect(ORGANIZATION_LEVEL_LABELS[k].vi).not.toBe('');
  });

  it.each([
    ['PROVINCE', 'Tỉnh'],
    ['TOWN', 'Thị xã'],
    ['SPECIAL_ZONE', 'Đặc khu'],
  ] as const)('%s is "%s" in Vietnamese', (k, vi) => {
    expect(AREA_KIND_LABELS[k].vi).toBe(vi);
  });

  it.each([
    ['YOUTH_UNION', true],
    ['VETERANS_ASSOCIATION', true],
    ['LABOUR_FEDERATION', true],
    ['WOMENS_UNION', true],
    ['FARMERS_UNION', true],
    ['VFF_COMMITTEE', false],
    ['PEOPLES_COMMITTEE', false],
    ['SOCIAL_POLICY_BANK', false],
    ['OTHER', false],
    ['NOT_A_KIND', false],
  ])('isMemberOrganizationKind(%s) is %s', (k, expected) => {
    expect(isMemberOrganizationKind(k)).toBe(expected);
  });

  it.each(['province', '', null, 1])('rejects %j as a kind', (k) => {
    expect(isAreaKind(k)).toBe(false);
    expect(isOrganizationKind(k)).toBe(false);
    expect(isOrganizationLevel(k)).toBe(false);
  });
});
