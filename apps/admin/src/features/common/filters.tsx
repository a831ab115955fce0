/**
 * Filters kept in the URL's query (`#/plans?status=ISSUED&year=2024`): reading its values, changing
 * them in place, and the fields that do both.
 */
import { isLocalDate, isPeriod } from '@lnob/domain';
import { SelectField, TextField, useI18n, type SelectOption } from '@lnob/ui';
import type { ReactNode } from 'react';
import { navigate, useRoute, withQuery, type QueryValues, type Route } from '../../app/router';
import type { Picked } from './Pickers';

/** Changes some query values of the current route in place (a filter: no new history entry). */
export function useSetQuery(): (changes: QueryValues) => void {
  const route = useRoute();
  return (changes) => navigate(withQuery(route, changes), { replace: true });
}

/** `v` when it is one of `list`, else undefined (an unknown value of the URL is ignored). */
export const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => (v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/** `?<key>=<id>&<key>Name=<text>` of a route, as a picked thing (named by its id when the name is missing). */
export function pickedFromQuery(route: Route, key: string): Picked | null {
  const id = route.query.get(key);
  return id ? { id, name: route.query.get(`${key}Name`) ?? id } : null;
}

/** The query values of a pick (`<key>` and `<key>Name`), both removed when the pick is cleared. */
export const pickedToQuery = (key: string, v: Picked | null): QueryValues => ({ [key]: v?.id ?? null, [`${key}Name`]: v?.name ?? null });

/** The `key` of the URL when it is a date (`YYYY-MM-DD`), else undefined. */
export function dateFromQuery(route: Route, key: string): string | undefined {
  const v = route.query.get(key);
  return v && isLocalDate(v) ? v : undefined;
}

/** The `key` of the URL when it is a period (`2024`, `2024H1`, `2024Q3`, `2024-05`), else undefined. */
export function periodFromQuery(route: Route, key: string): string | undefined {
  const v = route.query.get(key);
  return v && isPeriod(v) ? v : undefined;
}

/** A filter's select: "all" first (the URL without `name`), then `options`. */
export function FilterSelect(p: { label: ReactNode; name: string; value: string | undefined; options: readonly SelectOption[] }) {
  const { t } = useI18n();
  const setQuery = useSetQuery();
  return <SelectField label={p.label} name={p.name} value={p.value ?? ''} onChange={(v) => setQuery({ [p.name]: v || null })} options={[{ value: '', label: t('form.all') }, ...p.options]} />;
}

/**
 * A period typed as text (`2024`, `2024H1`, `2024Q3`, `2024-05`; the text is the caller's state): the
 * URL's `name` follows it whenever it is a period or empty. `invalid` is said while it is neither;
 * `error`, when given, instead.
 */
export function PeriodField(p: { label: ReactNode; name: string; text: string; onText(text: string): void; placeholder?: string; hint?: ReactNode; invalid?: string; error?: string | null }) {
  const setQuery = useSetQuery();
  const typed = p.text.trim();
  return (
    <TextField
      label={p.label}
      name={p.name}
      value={p.text}
      placeholder={p.placeholder}
      hint={p.hint}
      onChange={(v) => {
        p.onText(v);
        const period = v.trim();
        if (period === '' || isPeriod(period)) setQuery({ [p.name]: period || null });
      }}
      error={p.error !== undefined ? p.error : p.invalid && typed !== '' && !isPeriod(typed) ? p.invalid : null}
    />
  );
}
