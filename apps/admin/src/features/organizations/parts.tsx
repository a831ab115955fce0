import { formatLocalDate, useI18n } from '@lnob/ui';

/** Builds the link that selects an organization or area (optionally on another date). */
export type SelectLink = (tab: 'organizations' | 'areas', id: string, on?: string) => string;

export function Validity(p: { from: string; to: string | null }) {
  const { t } = useI18n();
  return <>{p.to ? t('browser.validFromTo', { from: formatLocalDate(p.from), to: formatLocalDate(p.to) }) : t('browser.validFromOpen', { from: formatLocalDate(p.from) })}</>;
}
