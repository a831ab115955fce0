/**
 * Labels of the household code lists (classes, transitions, housing, relations…), Vietnamese and
 * English, straight from @lnob/domain so the API and the UI say the same. Kept out of the `t()`
 * table on purpose: only the lazily loaded household screens import this module, so the domain's
 * household rules stay out of the first paint.
 */
import {
  HOUSEHOLD_CLASS_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  HOUSING_STATUS_LABELS,
  RELATION_LABELS,
  RESIDENCE_LABELS,
  REVIEW_KIND_LABELS,
  SEX_LABELS,
  TRANSITION_LABELS,
} from '@lnob/domain';
import type { Locale } from './format';

export const CODE_LABELS = {
  householdClass: HOUSEHOLD_CLASS_LABELS,
  householdStatus: HOUSEHOLD_STATUS_LABELS,
  housing: HOUSING_STATUS_LABELS,
  relation: RELATION_LABELS,
  residence: RESIDENCE_LABELS,
  reviewKind: REVIEW_KIND_LABELS,
  sex: SEX_LABELS,
  transition: TRANSITION_LABELS,
} as const;

export type CodeList = keyof typeof CODE_LABELS;
export type CodeOf<L extends CodeList> = keyof (typeof CODE_LABELS)[L] & string;

/** The label of `code` in list `list`; the code itself when unknown (an enum value newer than this table). */
export function codeLabel<L extends CodeList>(list: L, code: CodeOf<L> | (string & {}), locale: Locale): string {
  const table = CODE_LABELS[list] as Record<string, { vi: string; en: string } | undefined>;
  return table[code]?.[locale] ?? code;
}
