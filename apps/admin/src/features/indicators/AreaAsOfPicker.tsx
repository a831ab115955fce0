import { useId, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Field, formatLocalDate } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { PICKER_SIZE } from '../common/operations';
import { useDebounced } from '../common/paging';
import { PickerChosen, PickerOptions, type Picked } from '../common/Pickers';
import { useI18n } from '../plans/i18n';
import { AreaAsOfPickerDocument } from './operations';

/**
 * Pick an administrative unit by name as the tree stood on `validOn` (default today): a plan of
 * 2021–2025 is assessed on units that may have merged since. Type 2 characters or more.
 */
export function AreaAsOfPicker(p: { label: ReactNode; value: Picked | null; onChange(v: Picked | null): void; validOn?: string; testId?: string }) {
  const { t } = useI18n();
  const message = useErrorMessage();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [res] = useQuery({ query: AreaAsOfPickerDocument, variables: { search, first: PICKER_SIZE, validOn: p.validOn }, pause: search.length < 2 || p.value !== null });
  const error = describeError(res.error);
  const options = res.data && search.length >= 2 ? res.data.areas.edges.map((e) => e.node) : [];
  if (p.value) {
    return (
      <PickerChosen label={p.label} testId={p.testId} id={p.value.id} onClear={() => p.onChange(null)}>
        {p.value.name}
      </PickerChosen>
    );
  }
  return (
    <Field label={p.label} htmlFor={id} hint={p.validOn ? t('criteria.boundaryHint', { date: formatLocalDate(p.validOn) }) : undefined}>
      <div className="lnob-picker" data-testid={p.testId}>
        <input id={id} type="search" name="area" value={text} placeholder={t('households.areaPlaceholder')} autoComplete="off" onChange={(e) => setText(e.target.value)} />
        {search.length >= 2 ? (
          <PickerOptions
            label={p.label}
            options={options}
            fetching={res.fetching}
            error={error ? message(error) : null}
            empty={res.data ? t('state.noResults') : null}
            onPick={(o) => {
              p.onChange({ id: o.id, name: o.name });
              setText('');
            }}
          >
            {(o) => (
              <>
                {o.name}
                <span className="lnob-muted">
                  {' · '}
                  {[t(`areaKind.${o.kind}`), o.parent?.name, o.validTo ? t('criteria.until', { date: formatLocalDate(o.validTo) }) : null].filter(Boolean).join(' · ')}
                </span>
              </>
            )}
          </PickerOptions>
        ) : text.trim().length > 0 ? (
          <div className="lnob-muted">{t('picker.typeMore')}</div>
        ) : null}
      </div>
    </Field>
  );
}
