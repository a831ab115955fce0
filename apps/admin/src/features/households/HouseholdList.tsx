import { useState } from 'react';
import { HOUSEHOLD_CLASSES, HOUSING_STATUSES, type HouseholdClass, type HousingStatus } from '@lnob/domain';
import { Badge, Button, EmptyState, RequestId, PersonalValue, SelectField, TextField, useI18n, codeLabel } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { href, navigate, useRoute } from '../../app/router';
import { useCan } from '../../app/session';
import { pickedFromQuery, pickedToQuery, useSetQuery } from '../common/filters';
import { PagedResults, usePagedQuery } from '../common/queries';
import { useDebounced } from '../common/paging';
import { AreaPicker, OrganizationPicker } from '../common/Pickers';
import { HouseholdsDocument, HOUSEHOLDS_PAGE, type HouseholdFilter } from './operations';
import { classOfYear, REVIEW_YEARS, withheldPaths } from './shared';

/**
 * `#/households?area=…&year=2024&class=POOR&em=true&housing=TEMPORARY&sponsor=…`: the registry with
 * its filters in the URL. The head-name search is offered only with `personalData.read`; a
 * FORBIDDEN answer to it (no grant over the area) is shown as the reason next to the field.
 */
export function HouseholdList() {
  const { t, locale } = useI18n();
  const can = useCan();
  const message = useErrorMessage();
  const route = useRoute();
  const q = route.query;
  const mayReadPersonal = can('personalData.read');
  const [text, setText] = useState(q.get('q') ?? '');
  const search = useDebounced(text.trim(), 300);
  const yearText = q.get('year') ?? '';
  const year = yearText ? Number(yearText) : null;
  const cls = (q.get('class') ?? '') as HouseholdClass | '';
  const em = q.get('em') ?? '';
  const housing = (q.get('housing') ?? '') as HousingStatus | '';
  const area = pickedFromQuery(route, 'area');
  const sponsor = pickedFromQuery(route, 'sponsor');
  const set = useSetQuery();

  const filter: HouseholdFilter = {
    areaId: area?.id,
    year: year ?? undefined,
    class: year !== null && cls ? cls : undefined,
    ethnicMinority: em === '' ? undefined : em === 'true',
    housingStatus: housing || undefined,
    sponsorOrganizationId: sponsor?.id,
    search: mayReadPersonal && search ? search : undefined,
  };
  const list = usePagedQuery(HouseholdsDocument, { filter }, HOUSEHOLDS_PAGE);
  const res = list.res;
  // A search without a grant over the area is refused as a whole (FORBIDDEN on `households` itself,
  // often with PERSONAL_DATA_GRANT_REQUIRED, which describeError treats as a withheld field).
  const refusal = filter.search !== undefined ? res.error?.graphQLErrors.find((e) => e.extensions?.code === 'FORBIDDEN' && (!e.path || e.path.length <= 1)) : undefined;
  const searchRefused = refusal !== undefined;
  const error: AppError | null = refusal
    ? {
        code: 'FORBIDDEN',
        reason: typeof refusal.extensions?.reason === 'string' ? refusal.extensions.reason : null,
        requestId: typeof refusal.extensions?.requestId === 'string' ? refusal.extensions.requestId : null,
        fieldErrors: [],
        message: refusal.message,
        network: false,
      }
    : list.error;
  const conn = searchRefused ? undefined : res.data?.households;
  const withheld = withheldPaths(res.error);
  const filtered = Object.entries(filter).some(([, v]) => v !== undefined);

  return (
    <div className="lnob-page" data-testid="household-list">
      <header className="lnob-page__header">
        <h1>{t('households.title')}</h1>
        {can('data.capture') ? (
          <Button variant="primary" onClick={() => navigate(href('/households/new'))}>
            {t('households.new')}
          </Button>
        ) : null}
      </header>
      <div className="lnob-toolbar">
        <AreaPicker label={t('households.area')} value={area} onChange={(v) => set(pickedToQuery('area', v))} testId="filter-area" />
        <SelectField
          label={t('households.year')}
          name="year"
          value={yearText}
          onChange={(v) => set({ year: v || null })}
          options={[{ value: '', label: t('form.all') }, ...REVIEW_YEARS.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <SelectField
          label={year === null ? `${t('households.class')} — ${t('households.classNeedsYear')}` : t('households.class')}
          name="class"
          value={year === null ? '' : cls}
          onChange={(v) => set({ class: v || null })}
          options={[{ value: '', label: t('form.all') }, ...(year === null ? [] : HOUSEHOLD_CLASSES.map((c) => ({ value: c, label: codeLabel('householdClass', c, locale) })))]}
        />
        <SelectField
          label={t('households.ethnicMinority')}
          name="em"
          value={em}
          onChange={(v) => set({ em: v || null })}
          options={[
            { value: '', label: t('form.all') },
            { value: 'true', label: t('households.yes') },
            { value: 'false', label: t('households.no') },
          ]}
        />
        <SelectField
          label={t('households.housingStatus')}
          name="housing"
          value={housing}
          onChange={(v) => set({ housing: v || null })}
          options={[{ value: '', label: t('form.all') }, ...HOUSING_STATUSES.map((h) => ({ value: h, label: codeLabel('housing', h, locale) }))]}
        />
        <OrganizationPicker label={t('households.sponsor')} value={sponsor} onChange={(v) => set(pickedToQuery('sponsor', v))} />
        {mayReadPersonal ? (
          <TextField
            type="search"
            label={t('households.searchHead')}
            placeholder={t('households.searchHeadPlaceholder')}
            value={text}
            onChange={setText}
            name="q"
            error={searchRefused && error ? t('households.searchRefused', { reason: message(error) }) : null}
          />
        ) : null}
      </div>
      {searchRefused && error ? (
        <RequestId value={error.requestId} code={error.reason ?? error.code} />
      ) : null}
      <PagedResults query={{ ...list, error: searchRefused ? null : error }} conn={conn} total empty={<EmptyState message={filtered ? t('state.noResults') : t('state.empty')} />}>
        {(page) => (
          <table className="lnob-table" data-testid="households-table">
            <thead>
              <tr>
                <th>{t('households.headName')}</th>
                <th>{t('households.area')}</th>
                <th>{t('households.ethnicity')}</th>
                <th>{t('households.housingStatus')}</th>
                <th>{year === null ? t('households.class') : t('households.classOfYear', { year })}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node: h }, i) => {
                const hidden = withheld.has(`households.edges.${i}.node.headName`) || (h.headName === null && !mayReadPersonal);
                const review = classOfYear(h.reviews, year);
                return (
                  <tr key={h.id}>
                    <td>
                      <a href={href(`/households/${encodeURIComponent(h.id)}`)}>{hidden ? <PersonalValue value={null} hidden /> : (h.headName ?? t('state.none'))}</a>
                    </td>
                    <td>{h.area?.name ?? <span className="lnob-muted">{t('households.outOfView')}</span>}</td>
                    <td>
                      {h.ethnicity ?? t('state.none')}
                      {h.ethnicMinority ? <Badge>{t('households.ethnicMinority')}</Badge> : null}
                    </td>
                    <td>{h.housingStatus ? codeLabel('housing', h.housingStatus, locale) : t('state.none')}</td>
                    <td>
                      {review ? (
                        <>
                          <ClassBadge value={review.class} />
                          {year === null ? <span className="lnob-muted"> ({review.year})</span> : null}
                        </>
                      ) : (
                        <span className="lnob-muted">{t('households.notReviewed')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </PagedResults>
    </div>
  );
}

export function ClassBadge(p: { value: HouseholdClass }) {
  const { locale } = useI18n();
  const tone = p.value === 'POOR' ? 'bad' : p.value === 'NEAR_POOR' ? 'warn' : p.value === 'NOT_POOR' ? 'good' : 'neutral';
  return (
    <Badge tone={tone}>
      <span data-class={p.value}>{codeLabel('householdClass', p.value, locale)}</span>
    </Badge>
  );
}
