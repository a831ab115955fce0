import { useId, type ReactNode } from 'react';
import { Button, DataTable, formatLocalDate, formatVnd, type I18n } from '@lnob/ui';
import { href, useRoute, type QueryValues } from '../../app/router';
import { pickedFromQuery, pickedToQuery, useSetQuery } from '../common/filters';
import { OrganizationPicker, SearchPicker, type Picked } from '../common/Pickers';
import type { EventRowFragment } from '../events/operations';
import { eventKindLabel } from './labels';
import { PlanPickerDocument } from './operations';
import { useI18n } from './i18n';
import './plans.css';

interface PlanOption extends Picked {
  meta?: string;
}

/** A plan as people name it: `562/KH-MTTW-BTT — Kế hoạch …`. */
export const planName = (plan: { number: string; title: string }) => `${plan.number} — ${plan.title}`;

/** `#/plans/<id>` (with `query`: a tab…). */
export const planHref = (id: string, query?: QueryValues) => href(`/plans/${encodeURIComponent(id)}`, query);

/** A link to a plan, named by its number and title. */
export function PlanLink(p: { plan: { id: string; number: string; title: string }; query?: QueryValues }) {
  return <a href={planHref(p.plan.id, p.query)}>{planName(p.plan)}</a>;
}

/** `#/reports/<id>` (with `query`: the day asked…). */
export const reportHref = (id: string, query?: QueryValues) => href(`/reports/${encodeURIComponent(id)}`, query);

/**
 * `from – to`, each shown with `show` (a date as dd/MM/yyyy by default), or `from` alone when `to` is
 * missing or the same.
 */
export function rangeText(t: I18n['t'], from: string, to: string | null | undefined, show: (v: string) => string = formatLocalDate): string {
  return to && to !== from ? t('plans.dateRange', { from: show(from), to: show(to) }) : show(from);
}

/** A day or month as two digits (`05`). */
export const pad = (n: number) => String(n).padStart(2, '0');

/** Pick a plan by its number or title (the plans the caller may read). */
export function PlanPicker(p: { label: ReactNode; value: Picked | null; onChange(v: Picked | null): void; hint?: ReactNode; error?: string | null; testId?: string }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      {...p}
      onChange={(o) => p.onChange(o && { id: o.id, name: o.name })}
      query={PlanPickerDocument}
      options={(d): PlanOption[] => d.plans.edges.map(({ node: n }) => ({ id: n.id, name: planName(n), meta: t('plans.years', { from: n.periodFrom, to: n.periodTo }) }))}
      meta={(o: PlanOption) => o.meta}
      placeholder={t('plans.planPlaceholder')}
    />
  );
}

/** The plan filter of a screen: a PlanPicker bound to `?plan=<id>&planName=<text>`. */
export function PlanFilter(p: { label: ReactNode; hint?: ReactNode }) {
  const route = useRoute();
  const setQuery = useSetQuery();
  return <PlanPicker label={p.label} hint={p.hint} value={pickedFromQuery(route, 'plan')} onChange={(v) => setQuery(pickedToQuery('plan', v))} />;
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

/** What the table shows of an event (the plan it belongs to and its area when the query read them). */
export type EventCells = Pick<EventRowFragment, 'id' | 'kind' | 'title' | 'startsOn' | 'endsOn' | 'place' | 'moneyRaised'> & Partial<Pick<EventRowFragment, 'plan' | 'area'>>;

/**
 * Events with their kind, dates, place (and area) and the money raised; `more` adds columns before
 * the money (the events screen: organizers and people), `moneyTestId` marks the money cells.
 */
export function EventsTable<E extends EventCells>(p: { events: readonly E[]; testId: string; more?: { columns: readonly string[]; cells(e: E): ReactNode }; moneyTestId?: string }) {
  const { t, locale } = useI18n();
  return (
    <DataTable
      className="lnob-plans__table"
      testId={p.testId}
      columns={[t('events.eventTitle'), t('events.kind'), t('events.dates'), t('events.place'), ...(p.more?.columns ?? []), { label: t('events.moneyRaised'), className: 'lnob-plans__num' }]}
    >
      {p.events.map((e) => (
        <tr key={e.id} data-id={e.id}>
          <th scope="row">
            {e.title}
            {e.plan ? (
              <div className="lnob-muted">
                <a href={planHref(e.plan.id, { tab: 'events' })}>{e.plan.number}</a>
              </div>
            ) : null}
          </th>
          <td>{eventKindLabel(e.kind, locale)}</td>
          <td>{rangeText(t, e.startsOn, e.endsOn)}</td>
          <td>{[e.place, e.area?.name].filter(Boolean).join(' · ') || t('state.none')}</td>
          {p.more?.cells(e)}
          <td className="lnob-plans__num" data-testid={p.moneyTestId}>
            {formatVnd(e.moneyRaised, locale)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
