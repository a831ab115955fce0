/**
 * A tiny i18n resource table (Vietnamese first, English second) for the labels the front ends share.
 * Kind and level labels come from @lnob/domain, so the API, the seed data and the UI say the same.
 */
import {
  AREA_KIND_LABELS,
  AREA_KINDS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVEL_LABELS,
  ORGANIZATION_LEVELS,
  PERIOD_KINDS,
  type AreaKind,
  type OrganizationKind,
  type OrganizationLevel,
  type PeriodKind,
} from '@lnob/domain';
import { DEFAULT_LOCALE, type Locale } from './format';

export type MessageKey =
  | `areaKind.${AreaKind}`
  | `orgKind.${OrganizationKind}`
  | `orgLevel.${OrganizationLevel}`
  | `periodKind.${PeriodKind}`
  | `locale.${Locale}`;

export type Messages = Record<MessageKey, string>;

const PERIOD_KIND_LABELS: Record<PeriodKind, { vi: string; en: string }> = {
  YEAR: { vi: 'Năm', en: 'Year' },
  HALF: { vi: '6 tháng', en: 'Half year' },
  QUARTER: { vi: 'Quý', en: 'Quarter' },
  MONTH: { vi: 'Tháng', en: 'Month' },
};

function build(locale: Locale): Messages {
  const out: Partial<Messages> = {
    'locale.vi': 'Tiếng Việt',
    'locale.en': 'English',
  };
  for (const k of AREA_KINDS) out[`areaKind.${k}`] = AREA_KIND_LABELS[k][locale];
  for (const k of ORGANIZATION_KINDS) out[`orgKind.${k}`] = ORGANIZATION_KIND_LABELS[k][locale];
  for (const k of ORGANIZATION_LEVELS) out[`orgLevel.${k}`] = ORGANIZATION_LEVEL_LABELS[k][locale];
  for (const k of PERIOD_KINDS) out[`periodKind.${k}`] = PERIOD_KIND_LABELS[k][locale];
  return out as Messages;
}

/** The resource table: `resources.vi['areaKind.PROVINCE'] === 'Tỉnh'`. */
export const resources: Readonly<Record<Locale, Readonly<Messages>>> = {
  vi: build('vi'),
  en: build('en'),
};

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(resources.vi, key);
}

/**
 * Translates `key` into `locale`. A key missing in that locale falls back to Vietnamese; an unknown
 * key (e.g. an enum value newer than this table) is returned as is, so the UI shows something.
 */
export function t(key: MessageKey | (string & {}), locale: Locale = DEFAULT_LOCALE): string {
  if (!isMessageKey(key)) return key;
  return resources[locale]?.[key] ?? resources.vi[key];
}
