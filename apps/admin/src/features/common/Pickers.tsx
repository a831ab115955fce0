import { useId, useState, type ReactNode } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { Button, Field, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { useDebounced } from './paging';
import { AreaPickerDocument, OrganizationPickerDocument, PICKER_SIZE, UserPickerDocument } from './operations';

export interface Picked {
  id: string;
  name: string;
}

/** A picked area, with its `urban` flag (it selects the poverty line). */
export interface PickedArea extends Picked {
  urban?: boolean;
}

interface Option extends Picked {
  meta?: string;
  urban?: boolean;
}

interface Results {
  options: Option[];
  fetching: boolean;
  error: string | null;
}

/** Type to search, pick one result; shows the choice with "change"/"clear". */
function SearchPicker(p: {
  label: ReactNode;
  value: PickedArea | null;
  onChange(v: PickedArea | null): void;
  placeholder: string;
  hint?: ReactNode;
  error?: string | null;
  /** A hook (called once per render) giving the options for a search text. */
  useResults(search: string): Results;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const r = p.useResults(search);
  if (p.value) {
    return (
      <Field label={p.label} htmlFor={id} hint={p.hint} error={p.error}>
        <div className="lnob-picker__chosen" data-testid={p.testId}>
          <output id={id}>{p.value.name}</output>
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
        <input id={id} type="search" value={text} placeholder={p.placeholder} autoComplete="off" onChange={(e) => setText(e.target.value)} />
        {search.length >= 2 ? (
          <ul className="lnob-picker__options" role="listbox" aria-label={typeof p.label === 'string' ? p.label : undefined}>
            {r.fetching && r.options.length === 0 ? <li className="lnob-muted">{t('state.loading')}</li> : null}
            {r.error ? <li className="lnob-field__error">{r.error}</li> : null}
            {!r.fetching && !r.error && r.options.length === 0 ? <li className="lnob-muted">{t('state.noResults')}</li> : null}
            {r.options.map((o) => (
              <li key={o.id} role="option" aria-selected={false}>
                <button
                  type="button"
                  onClick={() => {
                    p.onChange(o.urban === undefined ? { id: o.id, name: o.name } : { id: o.id, name: o.name, urban: o.urban });
                    setText('');
                  }}
                >
                  {o.name}
                  {o.meta ? <span className="lnob-muted"> · {o.meta}</span> : null}
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

/** The options for a search text (fetched from 2 characters on), with their loading and error state. */
function usePickerQuery<Q>(query: TypedDocumentNode<Q, { search: string; first?: number | null }>, search: string, options: (data: Q) => Option[]): Results {
  const message = useErrorMessage();
  const [res] = useQuery({ query, variables: { search, first: PICKER_SIZE }, pause: search.length < 2 });
  const e = describeError(res.error);
  return { fetching: res.fetching, error: e ? message(e) : null, options: res.data ? options(res.data) : [] };
}

export function OrganizationPicker(p: { label: ReactNode; value: Picked | null; onChange(v: Picked | null): void; hint?: ReactNode; error?: string | null; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      {...p}
      placeholder={t('picker.placeholder')}
      useResults={(search) =>
        usePickerQuery(OrganizationPickerDocument, search, (d) =>
          d.organizations.edges.map(({ node: n }) => ({ id: n.id, name: n.name, meta: [t(`orgKind.${n.kind}`), n.area?.name].filter(Boolean).join(' · ') })),
        )
      }
    />
  );
}

export function UserPicker(p: { label: ReactNode; value: Picked | null; onChange(v: Picked | null): void; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      {...p}
      placeholder={t('audit.userPlaceholder')}
      useResults={(search) => usePickerQuery(UserPickerDocument, search, (d) => d.users.edges.map(({ node: n }) => ({ id: n.id, name: n.displayName, meta: n.username })))}
    />
  );
}

/** Pick an administrative unit by name (accent-insensitive search of the API). */
export function AreaPicker(p: { label: ReactNode; value: PickedArea | null; onChange(v: PickedArea | null): void; hint?: ReactNode; error?: string | null; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      {...p}
      placeholder={t('households.areaPlaceholder')}
      useResults={(search) =>
        usePickerQuery(AreaPickerDocument, search, (d) =>
          d.areas.edges.map(({ node: n }) => ({ id: n.id, name: n.name, urban: n.urban, meta: [t(`areaKind.${n.kind}`), n.parent?.name].filter(Boolean).join(' · ') })),
        )
      }
    />
  );
}
