import { useId, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Field, useI18n, codeLabel } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { useCan } from '../../app/session';
import { PICKER_SIZE } from '../common/operations';
import { useDebounced } from '../common/paging';
import { AreaPicker, PickerChosen, PickerOptions, type Picked } from '../common/Pickers';
import { FundHouseholdPickerDocument } from './operations';

export interface PickedHousehold {
  id: string;
  /** The head's name, or null when withheld (no personal-data grant). */
  headName: string | null;
  areaName: string | null;
  /** Class of the latest effective review, when known. */
  latestClass: string | null;
}

const latestReview = (h: { reviews: readonly { effective: boolean; year: number; class: string }[] }) => h.reviews.find((r) => r.effective) ?? null;

/**
 * Picks a household within the caller's scope, as the households screen finds them: narrow by area
 * (accent-insensitive area search) and, with `personalData.read`, by the head's name. Each result
 * shows its area and the class of its latest review (who is eligible for a disbursement).
 */
export function HouseholdPicker(p: { label: ReactNode; value: PickedHousehold | null; onChange(v: PickedHousehold | null): void; error?: string | null; testId?: string }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const message = useErrorMessage();
  const id = useId();
  const mayReadPersonal = can('personalData.read');
  const [area, setArea] = useState<Picked | null>(null);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const active = area !== null || search.length >= 2;
  const [res] = useQuery({
    query: FundHouseholdPickerDocument,
    variables: { filter: { areaId: area?.id, search: mayReadPersonal && search.length >= 2 ? search : undefined }, first: PICKER_SIZE },
    pause: !active,
  });
  const error = describeError(res.error);
  const options = res.data?.households.edges.map((e) => e.node) ?? [];
  const classLabel = (c: string | null) => (c ? codeLabel('householdClass', c, locale) : t('households.notReviewed'));

  if (p.value) {
    return (
      <PickerChosen label={p.label} error={p.error} testId={p.testId} id={p.value.id} onClear={() => p.onChange(null)}>
        {p.value.headName ?? t('state.hiddenPersonal')}
        <span className="lnob-muted">
          {' · '}
          {[p.value.areaName, classLabel(p.value.latestClass)].filter(Boolean).join(' · ')}
        </span>
      </PickerChosen>
    );
  }
  return (
    <fieldset className="lnob-funds__group" data-testid={p.testId}>
      <legend>{p.label}</legend>
      <AreaPicker label={t('households.area')} value={area} onChange={setArea} />
      {mayReadPersonal ? (
        <Field label={t('households.searchHead')} htmlFor={id}>
          <input id={id} name="householdSearch" type="search" value={text} placeholder={t('households.searchHeadPlaceholder')} autoComplete="off" onChange={(e) => setText(e.target.value)} />
        </Field>
      ) : null}
      {!active ? (
        <p className="lnob-muted">{t(mayReadPersonal ? 'funds.householdHint' : 'funds.householdHintArea')}</p>
      ) : (
        <PickerOptions
          label={p.label}
          options={options}
          fetching={res.fetching}
          error={error ? message(error) : null}
          empty={t('state.noResults')}
          onPick={(h) => p.onChange({ id: h.id, headName: h.headName, areaName: h.area?.name ?? null, latestClass: latestReview(h)?.class ?? null })}
        >
          {(h) => {
            const latest = latestReview(h);
            return (
              <>
                {h.headName ?? t('state.hiddenPersonal')}
                <span className="lnob-muted">
                  {' · '}
                  {[h.area?.name, latest ? `${classLabel(latest.class)} (${latest.year})` : classLabel(null)].filter(Boolean).join(' · ')}
                </span>
              </>
            );
          }}
        </PickerOptions>
      )}
      {p.error ? <div className="lnob-field__error">{p.error}</div> : null}
    </fieldset>
  );
}
