import { Badge, formatLocalDate, useI18n } from '@lnob/ui';
import { isCurrent } from './dates';

/** Builds the link that selects an organization or area (optionally on another date). */
export type SelectLink = (tab: 'organizations' | 'areas', id: string, on?: string) => string;

export function Validity(p: { from: string; to: string | null }) {
  const { t } = useI18n();
  return <>{p.to ? t('browser.validFromTo', { from: formatLocalDate(p.from), to: formatLocalDate(p.to) }) : t('browser.validFromOpen', { from: formatLocalDate(p.from) })}</>;
}

/** The path above the selected unit (each ancestor a link) and its name, marked when it closed before the viewed date. */
export function DetailTitle(p: { path: readonly { id: string; name: string }[]; name: string; validTo: string | null; validOn: string; href(id: string): string }) {
  const { t } = useI18n();
  return (
    <>
      <nav className="lnob-breadcrumb" aria-label={t('browser.path')}>
        {p.path.slice(0, -1).map((a) => (
          <a key={a.id} href={p.href(a.id)}>
            {a.name}
          </a>
        ))}
      </nav>
      <h2 id="detail-title">
        {p.name} {!isCurrent(p.validTo, p.validOn) ? <Badge tone="bad">{t('browser.closed')}</Badge> : null}
      </h2>
    </>
  );
}
