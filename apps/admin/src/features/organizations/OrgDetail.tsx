import { useQuery } from 'urql';
import { formatLocalDate, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { QueryFallback } from '../common/queries';
import { OrgDetailDocument } from './operations';
import { DetailTitle, Validity, type SelectLink } from './parts';

/**
 * The selected organization as of the viewed date. Network-only: nested fields (members, parent…)
 * answer for the date the organization is viewed on, while graphcache keeps one copy per id.
 */
export function OrgDetail(p: { id: string; validOn: string; link: SelectLink }) {
  const { t } = useI18n();
  const [res, reexecute] = useQuery({ query: OrgDetailDocument, variables: { id: p.id, validOn: p.validOn }, requestPolicy: 'network-only' });
  const error = describeError(res.error);
  const o = res.data?.organization;
  if (!o) return <QueryFallback fetching={res.fetching} error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <article className="lnob-detail" data-testid="org-detail" aria-labelledby="detail-title">
      <DetailTitle path={o.path} name={o.name} validTo={o.validTo} validOn={p.validOn} href={(id) => p.link('organizations', id)} />
      <dl className="lnob-dl">
        <dt>{t('browser.kind')}</dt>
        <dd>{t(`orgKind.${o.kind}`)}</dd>
        <dt>{t('browser.level')}</dt>
        <dd>{t(`orgLevel.${o.level}`)}</dd>
        {o.shortName ? (
          <>
            <dt>{t('browser.shortName')}</dt>
            <dd>{o.shortName}</dd>
          </>
        ) : null}
        <dt>{t('browser.area')}</dt>
        <dd>{o.area ? <a href={p.link('areas', o.area.id)}>{o.area.name}</a> : t('browser.noArea')}</dd>
        <dt>{t('browser.validity')}</dt>
        <dd>
          <Validity from={o.validFrom} to={o.validTo} />
        </dd>
        {o.vffCommittee ? (
          <>
            <dt>{t('browser.vffCommittee')}</dt>
            <dd>
              <a href={p.link('organizations', o.vffCommittee.id)}>{o.vffCommittee.name}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {o.kind === 'VFF_COMMITTEE' ? (
        <section>
          <h3>{t('browser.members')}</h3>
          {o.memberOrganizations.length === 0 ? (
            <p className="lnob-muted">{t('browser.noMembers')}</p>
          ) : (
            <ul className="lnob-list" data-testid="member-organizations">
              {o.memberOrganizations.map((m) => (
                <li key={m.id}>
                  <a href={p.link('organizations', m.id)}>{m.name}</a> <span className="lnob-muted">{t(`orgKind.${m.kind}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <Succession
        title={t('browser.predecessors')}
        links={o.predecessors.map((s) => ({ id: s.organization.id, name: s.organization.name, effectiveOn: s.effectiveOn, viewOn: s.organization.validTo ?? s.effectiveOn }))}
        href={(id, on) => p.link('organizations', id, on)}
      />
      <Succession
        title={t('browser.successors')}
        links={o.successors.map((s) => ({ id: s.organization.id, name: s.organization.name, effectiveOn: s.effectiveOn, viewOn: s.effectiveOn }))}
        href={(id, on) => p.link('organizations', id, on)}
      />
    </article>
  );
}

export interface SuccessionLink {
  id: string;
  name: string;
  effectiveOn: string;
  /** The date to view the other side on (its last day for a predecessor, the first for a successor). */
  viewOn: string;
  share?: number;
}

/** Predecessors or successors with their dates; a link jumps to the other unit on a date it existed. */
export function Succession(p: { title: string; links: SuccessionLink[]; href(id: string, on: string): string }) {
  const { t, locale } = useI18n();
  return (
    <section>
      <h3>{p.title}</h3>
      {p.links.length === 0 ? (
        <p className="lnob-muted">{t('browser.noSuccession')}</p>
      ) : (
        <ul className="lnob-list">
          {p.links.map((l) => (
            <li key={`${l.id}-${l.effectiveOn}`}>
              <a href={p.href(l.id, l.viewOn)}>{l.name}</a>{' '}
              <span className="lnob-muted">
                {t('browser.effectiveOn', { date: formatLocalDate(l.effectiveOn) })}
                {l.share !== undefined && l.share !== 1
                  ? ` · ${t('browser.share', { share: `${(l.share * 100).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 })} %` })}`
                  : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
