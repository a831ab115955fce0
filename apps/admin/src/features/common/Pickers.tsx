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

/** The choice made (`children` describe it), with "change", which clears it. */
export function PickerChosen(p: { label: ReactNode; hint?: ReactNode; error?: string | null; testId?: string; id: string; onClear(): void; children: ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <Field label={p.label} htmlFor={id} hint={p.hint} error={p.error}>
      <div className="lnob-picker__chosen" data-testid={p.testId} data-id={p.id}>
        <output id={id}>{p.children}</output>
        <Button variant="link" onClick={p.onClear}>
          {t('form.change')}
        </Button>
      </div>
    </Field>
  );
}

/** The answers to a picker's search, each a button that picks it; loading, the error, or `empty` when there are none. */
export function PickerOptions<O extends { id: string }>(p: {
  label: ReactNode;
  options: readonly O[];
  fetching: boolean;
  error: string | null;
  /** Said when the search found nothing (null: not answered yet). */
  empty: ReactNode | null;
  onPick(o: O): void;
  children(o: O): ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ul className="lnob-picker__options" role="listbox" aria-label={typeof p.label === 'string' ? p.label : undefined}>
      {p.fetching && p.options.length === 0 ? <li className="lnob-muted">{t('state.loading')}</li> : null}
      {p.error ? <li className="lnob-field__error">{p.error}</li> : null}
      {!p.fetching && !p.error && p.empty !== null && p.options.length === 0 ? <li className="lnob-muted">{p.empty}</li> : null}
      {p.options.map((o) => (
        <li key={o.id} role="option" aria-selected={false}>
          <button type="button" data-id={o.id} onClick={() => p.onPick(o)}>
            {p.children(o)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A name and, when there is one, what describes it (`· kind · area`), muted. */
function NameAndMeta(p: { name: string; meta?: string }) {
  return (
    <>
      {p.name}
      {p.meta ? <span className="lnob-muted"> · {p.meta}</span> : null}
    </>
  );
}

/** The variables of a picker's query: the text typed and the page size, and any others it has. */
type SearchVariables = { search: string; first?: number | null };

/**
 * Type (2 characters or more), pick one of the API's answers to `query(search, first)` (with
 * `variables`, the query's others); the choice is shown with "change". `meta` describes an option
 * (kind, area…); `empty` is said when nothing matches.
 */
export function SearchPicker<Q, O extends Picked, V extends SearchVariables = SearchVariables>(p: {
  label: ReactNode;
  name?: string;
  value: O | null;
  onChange(v: O | null): void;
  query: TypedDocumentNode<Q, V>;
  variables?: Omit<V, keyof SearchVariables>;
  options(data: Q): O[];
  meta?(o: O): string | undefined;
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
  const [res] = useQuery({ query: p.query, variables: { search, first: PICKER_SIZE, ...p.variables } as V, pause: search.length < 2 || p.value !== null });
  const error = describeError(res.error);
  const options = res.data && search.length >= 2 ? p.options(res.data) : [];

  if (p.value) {
    return (
      <PickerChosen label={p.label} hint={p.hint} error={p.error} testId={p.testId} id={p.value.id} onClear={() => p.onChange(null)}>
        <NameAndMeta name={p.value.name} meta={p.meta?.(p.value)} />
      </PickerChosen>
    );
  }
  return (
    <Field label={p.label} htmlFor={id} hint={p.hint} error={p.error}>
      <div className="lnob-picker" data-testid={p.testId}>
        <input id={id} name={p.name} type="search" value={text} placeholder={p.placeholder} autoComplete="off" aria-invalid={p.error ? true : undefined} onChange={(e) => setText(e.target.value)} />
        {search.length >= 2 ? (
          <PickerOptions
            label={p.label}
            options={options}
            fetching={res.fetching}
            error={error ? message(error) : null}
            empty={res.data ? (p.empty ?? t('state.noResults')) : null}
            onPick={(o) => {
              p.onChange(o);
              setText('');
            }}
          >
            {(o) => <NameAndMeta name={o.name} meta={p.meta?.(o)} />}
          </PickerOptions>
        ) : text.trim().length > 0 ? (
          <div className="lnob-muted">{t('picker.typeMore')}</div>
        ) : null}
      </div>
    </Field>
  );
}

/** An option of the pickers below: what is picked (id, name, an area's `urban`) and what describes it. */
interface Option extends PickedArea {
  meta?: string;
}

const optionMeta = (o: Option) => o.meta;

export function OrganizationPicker(p: { label: ReactNode; value: Picked | null; onChange(v: Picked | null): void; hint?: ReactNode; error?: string | null; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      {...p}
      onChange={(o) => p.onChange(o && { id: o.id, name: o.name })}
      query={OrganizationPickerDocument}
      options={(d) => d.organizations.edges.map(({ node: n }) => ({ id: n.id, name: n.name, meta: [t(`orgKind.${n.kind}`), n.area?.name].filter(Boolean).join(' · ') }))}
      meta={optionMeta}
      placeholder={t('picker.placeholder')}
    />
  );
}

export function UserPicker(p: { label: ReactNode; value: Picked | null; onChange(v: Picked | null): void; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      {...p}
      onChange={(o) => p.onChange(o && { id: o.id, name: o.name })}
      query={UserPickerDocument}
      options={(d) => d.users.edges.map(({ node: n }) => ({ id: n.id, name: n.displayName, meta: n.username }))}
      meta={optionMeta}
      placeholder={t('audit.userPlaceholder')}
    />
  );
}

/** Pick an administrative unit by name (accent-insensitive search of the API). */
export function AreaPicker(p: { label: ReactNode; value: PickedArea | null; onChange(v: PickedArea | null): void; hint?: ReactNode; error?: string | null; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      {...p}
      onChange={(o) => p.onChange(o && (o.urban === undefined ? { id: o.id, name: o.name } : { id: o.id, name: o.name, urban: o.urban }))}
      query={AreaPickerDocument}
      options={(d) => d.areas.edges.map(({ node: n }) => ({ id: n.id, name: n.name, urban: n.urban, meta: [t(`areaKind.${n.kind}`), n.parent?.name].filter(Boolean).join(' · ') }))}
      meta={optionMeta}
      placeholder={t('households.areaPlaceholder')}
    />
  );
}
