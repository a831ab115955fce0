/**
 * A tiny i18n resource table (Vietnamese first, English second) for the labels the front ends share.
 * Kind, level, role and scope labels come from @lnob/domain, so the API, the seed data and the UI
 * say the same; screen strings are in `./messages`, error messages in `./error-messages`.
 */
import {
  API_KEY_SCOPE_LABELS,
  API_KEY_SCOPES,
  AREA_KIND_LABELS,
  AREA_KINDS,
  ERROR_CODES,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_LEVEL_LABELS,
  ORGANIZATION_LEVELS,
  PERIOD_KINDS,
  ROLE_LABELS,
  ROLES,
  type ApiKeyScope,
  type AreaKind,
  type ErrorCode,
  type Label,
  type OrganizationKind,
  type OrganizationLevel,
  type PeriodKind,
  type Reason,
  type Role,
} from '@lnob/domain';
import { ERROR_CODE_LABELS, REASON_LABELS } from './error-messages';
import { L } from './label';
import { DEFAULT_LOCALE, type Locale } from './format';
import { UI_MESSAGES, type UiMessageKey } from './messages';

export type MessageKey =
  | `areaKind.${AreaKind}`
  | `orgKind.${OrganizationKind}`
  | `orgLevel.${OrganizationLevel}`
  | `periodKind.${PeriodKind}`
  | `locale.${Locale}`
  | `role.${Role}`
  | `apiKeyScope.${ApiKeyScope}`
  | `code.${ErrorCode}`
  | `reason.${Reason}`
  | UiMessageKey;

/** Values put in for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

export type Messages = Record<MessageKey, string>;

const PERIOD_KIND_LABELS: Record<PeriodKind, Label> = {
  YEAR: L('Năm', 'Year'),
  HALF: L('6 tháng', 'Half year'),
  QUARTER: L('Quý', 'Quarter'),
  MONTH: L('Tháng', 'Month'),
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
  for (const k of ROLES) out[`role.${k}`] = ROLE_LABELS[k][locale];
  for (const k of API_KEY_SCOPES) out[`apiKeyScope.${k}`] = API_KEY_SCOPE_LABELS[k][locale];
  for (const k of ERROR_CODES) out[`code.${k}`] = ERROR_CODE_LABELS[k][locale];
  for (const [k, label] of Object.entries(REASON_LABELS)) if (label) out[`reason.${k as Reason}`] = label[locale];
  for (const [k, label] of Object.entries(UI_MESSAGES)) out[k as UiMessageKey] = label[locale];
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

/** Replaces `{name}` placeholders by `params.name`; unknown placeholders stay as they are. */
export function interpolate(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Translates `key` into `locale`, filling `{name}` placeholders from `params`. A key missing in that
 * locale falls back to Vietnamese; an unknown key (e.g. an enum value newer than this table) is
 * returned as is, so the UI shows something.
 */
export function t(key: MessageKey | (string & {}), locale: Locale = DEFAULT_LOCALE, params?: MessageParams): string {
  if (!isMessageKey(key)) return key;
  return interpolate(resources[locale]?.[key] ?? resources.vi[key], params);
}
