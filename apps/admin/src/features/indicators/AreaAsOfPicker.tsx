import type { ReactNode } from 'react';
import { DateField, formatLocalDate } from '@lnob/ui';
import { useRoute } from '../../app/router';
import { pickedFromQuery, pickedToQuery, useSetQuery } from '../common/filters';
import { SearchPicker, type Picked } from '../common/Pickers';
import { useI18n } from '../plans/i18n';
import { AreaAsOfPickerDocument } from './operations';

interface AreaOption extends Picked {
  meta?: string;
}

/**
 * Pick an administrative unit by name as the tree stood on `validOn` (default today): a plan of
 * 2021–2025 is assessed on units that may have merged since. Type 2 characters or more; the day is
 * said while searching (the choice stands alone).
 */
export function AreaAsOfPicker(p: { label: ReactNode; value: Picked | null; onChange(v: Picked | null): void; validOn?: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      label={p.label}
      name="area"
      value={p.value}
      onChange={(o) => p.onChange(o && { id: o.id, name: o.name })}
      query={AreaAsOfPickerDocument}
      variables={{ validOn: p.validOn }}
      options={(d): AreaOption[] =>
        d.areas.edges.map(({ node: o }) => ({
          id: o.id,
          name: o.name,
          meta: [t(`areaKind.${o.kind}`), o.parent?.name, o.validTo ? t('criteria.until', { date: formatLocalDate(o.validTo) }) : null].filter(Boolean).join(' · '),
        }))
      }
      meta={(o: AreaOption) => o.meta}
      placeholder={t('households.areaPlaceholder')}
      hint={p.validOn && !p.value ? t('criteria.boundaryHint', { date: formatLocalDate(p.validOn) }) : undefined}
      testId={p.testId}
    />
  );
}

/**
 * The day whose boundaries areas are searched on (`?on=<date>`; none: today) and the area picked on
 * them (`?<areaKey>=<id>&<areaKey>Name=<name>`).
 */
export function AreaOnDayFields(p: { label: ReactNode; on: string | undefined; areaKey: string; testId: string }) {
  const { t } = useI18n();
  const route = useRoute();
  const setQuery = useSetQuery();
  return (
    <>
      <DateField label={t('criteria.boundaryOn')} name="on" value={p.on ?? ''} onChange={(v) => setQuery({ on: v || null })} />
      <AreaAsOfPicker label={p.label} validOn={p.on} value={pickedFromQuery(route, p.areaKey)} onChange={(v) => setQuery(pickedToQuery(p.areaKey, v))} testId={p.testId} />
    </>
  );
}
