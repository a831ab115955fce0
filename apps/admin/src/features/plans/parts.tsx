import { useId, type ReactNode } from 'react';
import { isLocalDate } from '@lnob/domain';
import { Button } from '@lnob/ui';
import type { Route } from '../../app/router';
import { OrganizationPicker, SearchPicker, type Picked } from '../common/Pickers';
import { PICKER_SIZE } from '../common/operations';
import { PlanPickerDocument } from './operations';
import { useI18n } from './i18n';
import './plans.css';

interface PlanOption extends Picked {
  meta?: string;
}

/** Pick a plan by its number or title (the plans the caller may read). */
export function PlanPicker(p: { label: ReactNode; value: Picked | null; onChange(v: Picked | null): void; hint?: ReactNode; error?: string | null; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      {...p}
      onChange={(o) => p.onChange(o && { id: o.id, name: o.name })}
      query={PlanPickerDocument}
      options={(d): PlanOption[] => d.plans.edges.map(({ node: n }) => ({ id: n.id, name: `${n.number} — ${n.title}`, meta: t('plans.years', { from: n.periodFrom, to: n.periodTo }) }))}
      meta={(o: PlanOption) => o.meta}
      placeholder={t('plans.planPlaceholder')}
    />
  );
}

/** `?plan=<id>&planName=<text>` of a route, as a picked plan. */
export function pickedFromQuery(route: Route, key: string): Picked | null {
  const id = route.query.get(key);
  return id ? { id, name: route.query.get(`${key}Name`) ?? id } : null;
}

/** `asOf` of the URL when it is a date (the day statuses are computed for), else undefined: today at the API. */
export function asOfFromQuery(route: Route): string | undefined {
  const v = route.query.get('asOf');
  return v && isLocalDate(v) ? v : undefined;
}

/** Several organizations, in order: each picked one with "remove", and a picker that adds one more. */
export function OrganizationList(p: { legend: ReactNode; addLabel: string; value: readonly Picked[]; onChange(v: Picked[]): void; hint?: ReactNode; error?: string | null; testId?: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="lnob-plans__group" data-testid={p.testId} aria-describedby={p.error ? `${id}-error` : undefined}>
      <legend>{p.legend}</legend>
      {p.value.length > 0 ? (
        <ol className="lnob-plans__picked">
          {p.value.map((o) => (
            <li key={o.id} data-id={o.id}>
              {o.name}{' '}
              <Button variant="link" onClick={() => p.onChange(p.value.filter((x) => x.id !== o.id))} aria-label={t('plans.remove', { name: o.name })}>
                {t('form.clear')}
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      <OrganizationPicker label={p.addLabel} value={null} hint={p.hint} onChange={(o) => (o && !p.value.some((x) => x.id === o.id) ? p.onChange([...p.value, o]) : undefined)} />
      {p.error ? (
        <div className="lnob-field__error" id={`${id}-error`} role="alert">
          {p.error}
        </div>
      ) : null}
    </fieldset>
  );
}

/** Names of organizations, joined: `A; B`. */
export const names = (orgs: readonly { name: string }[]) => orgs.map((o) => o.name).join('; ');

export { PICKER_SIZE };
