import { useState } from 'react';
import { useQuery } from 'urql';
import { povertyStandard } from '@lnob/domain';
import { Badge, Button, EmptyState, Notice, PersonalValue, formatInteger, formatLocalDate, formatTimestamp, formatVnd, useI18n, codeLabel } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { QueryError } from '../../app/ErrorView';
import { href, navigate } from '../../app/router';
import { useCan } from '../../app/session';
import { QueryFallback, useWithheldSoFar } from '../common/queries';
import { ClassBadge } from './HouseholdList';
import { EditHouseholdDialog, MemberDialog, RemoveMemberDialog } from './HouseholdDialogs';
import { HouseholdDetailDocument, type MemberFieldsFragment } from './operations';
import { ReviewForm } from './ReviewForm';
import { withheldPaths } from './shared';

type Open = { kind: 'edit' } | { kind: 'member'; member: MemberFieldsFragment | null } | { kind: 'remove'; id: string } | null;

/**
 * `#/households/<id>` (and `#/households/<id>/review` with the review form open): facts, members
 * (personal fields or "hidden"), review history newest first, sponsor; capture actions for
 * `data.capture` holders.
 */
export function HouseholdDetail(p: { id: string; reviewing: boolean }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const capture = can('data.capture');
  const mayReadPersonal = can('personalData.read');
  const [res, reexecute] = useQuery({ query: HouseholdDetailDocument, variables: { id: p.id } });
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const error = describeError(res.error);
  const h = res.data?.household;
  const withheld = useWithheldSoFar(withheldPaths(res.error));
  const isHidden = (path: string, value: unknown) => withheld.has(path) || (value === null && !mayReadPersonal);

  if (!h) return <QueryFallback fetching={res.fetching} error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const members = h.members;
  const memberHidden = (m: MemberFieldsFragment, i: number) =>
    new Set(['fullName', 'birthDate', 'nationalId'].filter((f) => isHidden(`household.members.${i}.${f}`, m[f as 'fullName'])));
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  const detailPath = `/households/${encodeURIComponent(h.id)}`;
  const residence = h.area ? (h.area.urban ? 'URBAN' : 'RURAL') : null;
  return (
    <div className="lnob-page" data-testid="household-detail">
      <a href={href('/households')} className="lnob-back">
        {t('households.back')}
      </a>
      <header className="lnob-page__header">
        <h1>
          {isHidden('household.headName', h.headName) ? <PersonalValue value={null} hidden /> : h.headName} <Badge>{codeLabel('householdStatus', h.status, locale)}</Badge>
        </h1>
        {capture ? (
          <div className="lnob-page__actions">
            <Button onClick={() => setOpen({ kind: 'edit' })}>{t('households.editFacts')}</Button>
            <Button variant="primary" onClick={() => navigate(href(`${detailPath}/review`))}>
              {t('review.record')}
            </Button>
          </div>
        ) : null}
      </header>
      {done ? <Notice kind="success">{done}</Notice> : null}
      {error ? <QueryError error={error} /> : null}
      <dl className="lnob-dl">
        <dt>{t('households.area')}</dt>
        <dd>{h.area && residence ? `${h.area.name} (${codeLabel('residence', residence, locale)})` : <span className="lnob-muted">{t('households.outOfView')}</span>}</dd>
        <dt>{t('households.address')}</dt>
        <dd>{h.address ?? t('state.none')}</dd>
        <dt>{t('households.ethnicity')}</dt>
        <dd>
          {h.ethnicity ?? t('state.none')} {h.ethnicMinority ? <Badge>{t('households.ethnicMinority')}</Badge> : null}
        </dd>
        <dt>{t('households.housingStatus')}</dt>
        <dd>{h.housingStatus ? codeLabel('housing', h.housingStatus, locale) : t('state.none')}</dd>
        <dt>{t('households.flags')}</dt>
        <dd>
          {[h.disability && t('households.disability'), h.singleElderly && t('households.singleElderly'), h.socialProtection && t('households.socialProtection')].filter(Boolean).join(', ') ||
            t('state.none')}
        </dd>
        <dt>{t('households.sponsor')}</dt>
        <dd data-testid="household-sponsor">{h.sponsor ? <a href={href('/organizations', { sel: h.sponsor.id })}>{h.sponsor.name}</a> : t('households.noSponsor')}</dd>
        <dt>{t('households.updatedAt')}</dt>
        <dd>{formatTimestamp(h.updatedAt)}</dd>
      </dl>

      <section>
        <header className="lnob-section__header">
          <h2>{t('households.members')}</h2>
          {capture ? <Button onClick={() => setOpen({ kind: 'member', member: null })}>{t('households.addMember')}</Button> : null}
        </header>
        {members.length === 0 ? (
          <EmptyState message={t('households.noMembers')} />
        ) : (
          <table className="lnob-table" data-testid="members-table">
            <thead>
              <tr>
                <th>{t('households.fullName')}</th>
                <th>{t('households.relation')}</th>
                <th>{t('households.birthDate')}</th>
                <th>{t('households.sex')}</th>
                <th>{t('households.nationalId')}</th>
                {capture ? <th /> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m, i) => {
                const hidden = memberHidden(m, i);
                return (
                  <tr key={m.id}>
                    <td>
                      <PersonalValue value={m.fullName} hidden={hidden.has('fullName')} />
                    </td>
                    <td>{codeLabel('relation', m.relation, locale)}</td>
                    <td>
                      <PersonalValue value={m.birthDate ? formatLocalDate(m.birthDate) : null} hidden={hidden.has('birthDate')} />
                    </td>
                    <td>{m.sex ? codeLabel('sex', m.sex, locale) : t('state.none')}</td>
                    <td>
                      <PersonalValue value={m.nationalId} hidden={hidden.has('nationalId')} />
                    </td>
                    {capture ? (
                      <td>
                        <Button variant="link" onClick={() => setOpen({ kind: 'member', member: m })}>
                          {t('households.editMember')}
                        </Button>
                        {m.relation !== 'HEAD' ? (
                          <Button variant="link" onClick={() => setOpen({ kind: 'remove', id: m.id })}>
                            {t('households.removeMember')}
                          </Button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <header className="lnob-section__header">
          <h2>{t('households.reviews')}</h2>
        </header>
        {h.reviews.length === 0 ? (
          <EmptyState message={t('households.noReviews')} />
        ) : (
          <table className="lnob-table" data-testid="reviews-table">
            <thead>
              <tr>
                <th>{t('households.year')}</th>
                <th>{t('review.kind')}</th>
                <th>{t('households.class')}</th>
                <th>{t('households.transition')}</th>
                <th>{t('review.income')}</th>
                <th>{t('review.indicators')}</th>
                <th>{t('review.decisionNumber')}</th>
                <th>{t('households.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {h.reviews.map((r) => {
                const std = povertyStandard(r.standardCode);
                return (
                  <tr key={r.id} className={r.effective ? undefined : 'lnob-muted'}>
                    <td>
                      {r.year} {r.effective ? <Badge tone="good">{t('households.effective')}</Badge> : <Badge>{t('households.history')}</Badge>}
                    </td>
                    <td>{codeLabel('reviewKind', r.kind, locale)}</td>
                    <td>
                      <ClassBadge value={r.class} />
                    </td>
                    <td>{r.transition ? codeLabel('transition', r.transition, locale) : t('state.none')}</td>
                    <td>
                      {r.incomePerPersonPerMonth !== null
                        ? formatVnd(r.incomePerPersonPerMonth, locale)
                        : r.scoreA !== null
                          ? `${t('review.byScoreA')} ${formatInteger(r.scoreA, locale)}`
                          : t('state.none')}
                    </td>
                    <td>
                      {r.deprivedIndicators
                        ? r.deprivedIndicators
                            .map((c) => std?.dimensions.flatMap((d) => d.indicators).find((i) => i.code === c)?.labels[locale] ?? c)
                            .join(', ') || '0'
                        : r.scoreB !== null
                          ? `B = ${r.scoreB}`
                          : t('state.none')}
                    </td>
                    <td>
                      {r.decisionNumber ?? t('state.none')}
                      {r.decisionDate ? ` (${formatLocalDate(r.decisionDate)})` : ''}
                    </td>
                    <td>{formatTimestamp(r.createdAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      {open?.kind === 'edit' ? <EditHouseholdDialog household={h} onClose={() => setOpen(null)} onSaved={() => finish(t('households.saved'))} /> : null}
      {open?.kind === 'member' ? (
        <MemberDialog
          householdId={h.id}
          member={open.member}
          hidden={open.member ? memberHidden(open.member, members.indexOf(open.member)) : new Set()}
          onClose={() => setOpen(null)}
          onSaved={() => finish(t('households.memberSaved'))}
        />
      ) : null}
      {open?.kind === 'remove' ? <RemoveMemberDialog memberId={open.id} onClose={() => setOpen(null)} onDone={() => finish(t('households.memberRemoved'))} /> : null}
      {p.reviewing && capture ? (
        <ReviewForm
          householdId={h.id}
          residence={residence}
          reviews={h.reviews}
          onClose={() => navigate(href(detailPath))}
          onDone={(cls) => {
            setDone(t('review.recorded', { class: cls }));
            navigate(href(detailPath));
          }}
        />
      ) : null}
    </div>
  );
}
