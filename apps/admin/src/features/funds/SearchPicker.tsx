import { useId, useState, type ReactNode } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { Button, Field, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { useDebounced } from '../common/paging';
import { PICKER_SIZE } from './operations';

export interface PickerOption {
  id: string;
  name: string;
}

/**
 * Type (2 characters or more), pick one of the API's answers to `query(search, first)`; the choice
 * is shown with "change". `meta` describes an option (kind, area…); `empty` is said when nothing
 * matches.
 */
export function SearchPicker<Q, O extends PickerOption>(p: {
  label: ReactNode;
  name: string;
  value: O | null;
  onChange(v: O | null): void;
  query: TypedDocumentNode<Q, { search: string; first?: number | null }>;
  options(data: Q): O[];
  meta?(o: O): string;
  placeholder: string;
  empty?: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  testId?: string;
}) {
  const { t } = useI18n();
  const message = useErrorMessage();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [res] = useQuery({ query: p.query, variables: { search, first: PICKER_SIZE }, pause: search.length < 2 || p.value !== null });
  const error = describeError(res.error);
  const options = res.data && search.length >= 2 ? p.options(res.data) : [];

  if (p.value) {
    return (
      <Field label={p.label} htmlFor={id} hint={p.hint} error={p.error}>
        <div className="lnob-picker__chosen" data-testid={p.testId} data-id={p.value.id}>
          <output id={id}>
            {p.value.name}
            {p.meta ? <span className="lnob-muted"> · {p.meta(p.value)}</span> : null}
          </output>
          <Button variant="link" onClick={() => p.onChange(null)}>
            {t('form.change')}
          </Button>
        </div>
      </Field>
    );
  }
  return (
    <Field label={p.label} htmlFor={id} hint={p.hint} error={p.error}>
      <div className="lnob-picker" data-testid={p.testId}>
        <input id={id} name={p.name} type="search" value={text} placeholder={p.placeholder} autoComplete="off" aria-invalid={p.error ? true : undefined} onChange={(e) => setText(e.target.value)} />
        {search.length >= 2 ? (
          <ul className="lnob-picker__options" role="listbox" aria-label={typeof p.label === 'string' ? p.label : undefined}>
            {res.fetching && options.length === 0 ? <li className="lnob-muted">{t('state.loading')}</li> : null}
            {error ? <li className="lnob-field__error">{message(error)}</li> : null}
            {!res.fetching && !error && res.data && options.length === 0 ? <li className="lnob-muted">{p.empty ?? t('state.noResults')}</li> : null}
            {options.map((o) => (
              <li key={o.id} role="option" aria-selected={false}>
                <button
                  type="button"
                  data-id={o.id}
                  onClick={() => {
                    p.onChange(o);
                    setText('');
                  }}
                >
                  {o.name}
                  {p.meta ? <span className="lnob-muted"> · {p.meta(o)}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        ) : text.trim().length > 0 ? (
          <div className="lnob-muted">{t('picker.typeMore')}</div>
        ) : null}
      </div>
    </Field>
  );
}
