import { AREA_KINDS, ORGANIZATION_KINDS, ORGANIZATION_LEVELS } from '@lnob/domain';
import { describe, expect, it } from 'vitest';
import { codeLabel } from './code-labels';
import { isMessageKey, resources, t, type MessageKey } from './i18n';

describe('t', () => {
  it.each<[MessageKey, 'vi' | 'en', string]>([
    ['areaKind.PROVINCE', 'vi', 'Tỉnh'],
    ['areaKind.PROVINCE', 'en', 'Province'],
    ['areaKind.COMMUNE', 'vi', 'Xã'],
    ['areaKind.WARD', 'vi', 'Phường'],
    ['areaKind.WARD', 'en', 'Ward'],
    ['orgKind.VFF_COMMITTEE', 'vi', 'Ủy ban MTTQ'],
    ['orgKind.YOUTH_UNION', 'en', 'Ho Chi Minh Communist Youth Union'],
    ['orgLevel.CENTRAL', 'vi', 'Trung ương'],
    ['orgLevel.COMMUNE', 'en', 'Commune'],
    ['periodKind.QUARTER', 'vi', 'Quý'],
    ['periodKind.HALF', 'en', 'Half year'],
    ['locale.vi', 'en', 'Tiếng Việt'],
  ])('t(%s, %s) = %s', (key, locale, expected) => {
    expect(t(key, locale)).toBe(expected);
  });

  it('defaults to Vietnamese', () => {
    expect(t('areaKind.HAMLET')).toBe('Thôn/ấp/bản');
  });

  it('returns an unknown key as is', () => {
    expect(t('areaKind.NOT_A_KIND')).toBe('areaKind.NOT_A_KIND');
    expect(isMessageKey('areaKind.NOT_A_KIND')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
    expect(t('toString', 'en')).toBe('toString');
  });
});

describe('resources', () => {
  const keys = (l: 'vi' | 'en') => Object.keys(resources[l]).sort();

  it('vi and en have the same keys', () => {
    expect(keys('en')).toEqual(keys('vi'));
  });

  it.each([
    ['areaKind', AREA_KINDS],
    ['orgKind', ORGANIZATION_KINDS],
    ['orgLevel', ORGANIZATION_LEVELS],
  ] as const)('every %s of the domain has a non-empty label in both locales', (prefix, values) => {
    for (const locale of ['vi', 'en'] as const) {
      for (const v of values) {
        const label = resources[locale][`${prefix}.${v}` as MessageKey];
        expect(label, `${locale} ${prefix}.${v}`).toMatch(/\S/);
      }
    }
  });
});

describe('codeLabel', () => {
  it('labels household codes from the domain in both locales', () => {
    expect(codeLabel('householdClass', 'NEAR_POOR', 'vi')).toBe('Hộ cận nghèo');
    expect(codeLabel('transition', 'ESCAPED_POVERTY', 'en')).toMatch(/Escaped poverty/);
    expect(codeLabel('housing', 'SOMETHING_NEW', 'vi')).toBe('SOMETHING_NEW');
  });
});
