/**
 * `useI18n` of the plans, reports, indicators, criteria and events screens: their own strings
 * (@lnob/ui PLAN_MESSAGES, loaded with these lazy screens only) first, then the shared table.
 */
import { useMemo } from 'react';
import { planMessage, useI18n as useSharedI18n, type I18n } from '@lnob/ui';

export function useI18n(): I18n {
  const shared = useSharedI18n();
  return useMemo(() => ({ ...shared, t: (key, params) => planMessage(key, shared.locale, params) ?? shared.t(key, params) }), [shared]);
}
