/**
 * The labels of the fund code lists, straight from @lnob/domain, so the API, the public report and
 * the fund screens say the same; an unknown code (newer than this table) as it is.
 */
import {
  BENEFICIARY_KIND_LABELS,
  CHANNEL_LABELS,
  DISBURSEMENT_CATEGORY_LABELS,
  DONOR_KIND_LABELS,
  FUND_LEVEL_LABELS,
  PLEDGE_STATUS_LABELS,
  TRANSACTION_KIND_LABELS,
  type Label,
} from '@lnob/domain';
import type { Locale } from '@lnob/ui';

const labelOf = <K extends string>(table: Record<K, Label>) => (code: K | string | null | undefined, locale: Locale): string =>
  code ? ((table as Record<string, Label | undefined>)[code]?.[locale] ?? code) : '';

export const kindLabel = labelOf(TRANSACTION_KIND_LABELS);
export const categoryLabel = labelOf(DISBURSEMENT_CATEGORY_LABELS);
export const channelLabel = labelOf(CHANNEL_LABELS);
export const donorKindLabel = labelOf(DONOR_KIND_LABELS);
export const beneficiaryKindLabel = labelOf(BENEFICIARY_KIND_LABELS);
export const fundLevelLabel = labelOf(FUND_LEVEL_LABELS);
export const pledgeStatusLabel = labelOf(PLEDGE_STATUS_LABELS);
