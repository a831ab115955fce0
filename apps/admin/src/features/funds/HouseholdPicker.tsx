import { useId, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Button, Field, useI18n, codeLabel } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { useCan } from '../../app/session';
import { useDebounced } from '../common/paging';
import { AreaPicker, type Picked } from '../common/Pickers';
import { FundHouseholdPickerDocument, HOUSEHOLD_PICKER_SIZE } from './operations';

export interface PickedHousehold {
  id: string;
  /** The head's name, or null when withheld (no personal-data grant). */
  headName: string | null;
  areaName: string | null;
  /** Class of the latest effective review, when known. */
  latestClass: string | null;
}

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
    variables: { filter: { areaId: area?.id, search: mayReadPersonal && search.length >= 2 ? search : undefined }, first: HOUSEHOLD_PICKER_SIZE },
    pause: !active,
  });
  const error = describeError(res.error);
  const options = res.data?.households.edges.map((e) => e.node) ?? [];
  const classLabel = (c: string | null) => (c ? codeLabel('householdClass', c, locale) : t('households.notReviewed'));

  if (p.value) {
    return (
      <Field label={p.label} htmlFor={id} error={p.error}>
        <div className="lnob-picker__chosen" data-testid={p.testId}>
          <output id={id}>
            {p.value.headName ?? t('state.hiddenPersonal')}
            <span className="lnob-muted">
              {' · '}
              {[p.value.areaName, classLabel(p.value.latestClass)].filter(Boolean).join(' · ')}
            </span>
          </output>
          <Button variant="link" onClick={() => p.onChange(null)}>
            {t('form.change')}
          </Button>
        </div>
      </Field>
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
        <ul className="lnob-picker__options" role="listbox" aria-label={typeof p.label === 'string' ? p.label : undefined}>
          {res.fetching && options.length === 0 ? <li className="lnob-muted">{t('state.loading')}</li> : null}
          {error ? <li className="lnob-field__error">{message(error)}</li> : null}
          {!res.fetching && !error && options.length === 0 ? <li className="lnob-muted">{t('state.noResults')}</li> : null}
          {options.map((h) => {
            const latest = h.reviews.find((r) => r.effective) ?? null;
            return (
              <li key={h.id} role="option" aria-selected={false}>
                <button type="button" onClick={() => p.onChange({ id: h.id, headName: h.headName, areaName: h.area?.name ?? null, latestClass: latest?.class ?? null })}>
                  {h.headName ?? t('state.hiddenPersonal')}
                  <span className="lnob-muted">
                    {' · '}
                    {[h.area?.name, latest ? `${classLabel(latest.class)} (${latest.year})` : classLabel(null)].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {p.error ? <div className="lnob-field__error">{p.error}</div> : null}
    </fieldset>
  );
}
