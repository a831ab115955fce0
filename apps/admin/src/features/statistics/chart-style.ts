/**
 * What the screens' charts (the statistics trend, a fund's months) share: numbers in the format of
 * the locale, the size of their container, no animation, one tooltip for every figure of a label.
 */
import type { Locale } from '@lnob/ui';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

export function chartBaseOptions(locale: Locale) {
  return {
    locale: INTL_LOCALE[locale],
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
  } as const;
}
