import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { EVENT_KINDS, EVENT_PLACE_MAX_LENGTH, EVENT_TITLE_MAX_LENGTH } from '@lnob/domain';
import { DateField, EmptyState, Notice, SelectField, TextField, formatVnd, parseWholeInput, type I18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { navigate, useRoute, withQuery } from '../../app/router';
import { useCan } from '../../app/session';
import { dateFromQuery, FilterSelect, oneOf, pickedFromQuery, useSetQuery } from '../common/filters';
import { anyError, fieldErrors, FormDialog, TextArea, textOrNull, useForm, type FormErrors } from '../common/forms';
import { AreaPicker, type Picked } from '../common/Pickers';
import { PagedResults, usePagedQuery } from '../common/queries';
import { eventKindLabel } from '../plans/labels';
import { EventsTable, names, OrganizationList, PlanFilter, PlanPicker } from '../plans/parts';
import { CreateEventDocument, EVENTS_PAGE, EventsDocument, type CreateEventInput, type EventKind } from './operations';
import { useI18n } from '../plans/i18n';
import '../plans/plans.css';

/**
 * `#/events?plan=…&kind=FORUM&from=2024-10-01&to=2024-11-30`: the movement's events (launch
 * ceremonies, forums, charity tournaments, study tours, Tết programmes, scholarship ceremonies) in
 * scope, with their dates, place, organizers, people and the money raised (the donations linked to
 * them in the fund ledger); "add an event" (`form=create`) for capture users.
 */
export default function EventsPage() {
  const { t, locale } = useI18n();
  const route = useRoute();
  const q = route.query;
  const can = useCan();
  const plan = pickedFromQuery(route, 'plan');
  const kind = oneOf<EventKind>(EVENT_KINDS, q.get('kind'));
  const from = dateFromQuery(route, 'from');
  const to = dateFromQuery(route, 'to');
  const setQuery = useSetQuery();
  const list = usePagedQuery(EventsDocument, { filter: { planId: plan?.id, kind, from, to } }, EVENTS_PAGE);
  const conn = list.res.data?.events;
  const mayCreate = can('data.capture');
  const rangeError = from && to && from > to ? t('events.rangeInvalid') : null;
  const people = (n: number | null) => (n !== null ? t('events.people', { count: n }) : t('state.none'));

  return (
    <div className="lnob-page" data-testid="events">
      <header className="lnob-page__header">
        <h1>{t('events.title')}</h1>
        {mayCreate ? (
          <a className="lnob-button lnob-button--primary" href={withQuery(route, { form: 'create' })} data-testid="new-event">
            {t('events.new')}
          </a>
        ) : null}
      </header>
      <div className="lnob-toolbar">
        <PlanFilter label={t('events.plan')} />
        <FilterSelect label={t('events.kind')} name="kind" value={kind} options={EVENT_KINDS.map((k) => ({ value: k, label: eventKindLabel(k, locale) }))} />
        <DateField label={t('events.from')} name="from" value={from ?? ''} onChange={(v) => setQuery({ from: v || null })} />
        <DateField label={t('events.to')} name="to" value={to ?? ''} onChange={(v) => setQuery({ to: v || null })} error={rangeError} />
      </div>
      <PagedResults query={list} conn={conn} total empty={<EmptyState message={plan || kind || from || to ? t('state.noResults') : t('events.noEvents')} />}>
        {(page) => (
          <>
            <EventsTable
              events={page.edges.map((e) => e.node)}
              testId="events-table"
              moneyTestId="money-raised"
              more={{
                columns: [t('events.organizers'), t('events.participants'), t('events.beneficiaries')],
                cells: (e) => (
                  <>
                    <td>{names(e.organizers)}</td>
                    <td>{people(e.participantsCount)}</td>
                    <td>{people(e.beneficiariesCount)}</td>
                  </>
                ),
              }}
            />
            <p className="lnob-muted" data-testid="page-raised">
              {t('events.pageRaised', { amount: formatVnd(page.edges.reduce((a, { node }) => a + node.moneyRaised, 0), locale) })}
            </p>
          </>
        )}
      </PagedResults>
      {mayCreate && q.get('form') === 'create' ? <CreateEventForm plan={plan} onClose={() => navigate(withQuery(route, { form: null }))} /> : null}
    </div>
  );
}

interface EventDraft {
  plan: Picked | null;
  kind: EventKind;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  area: Picked | null;
  organizers: Picked[];
  participantsCount: string;
  participants: string;
  beneficiariesCount: string;
  beneficiaries: string;
  notes: string;
}

/** The form's own checks, all at once (on the limits of @lnob/domain's checkEvent). */
export function eventProblems(v: EventDraft, t: I18n['t']): FormErrors {
  const count = (s: string) => (s.trim() !== '' && parseWholeInput(s) === null ? t('reports.wholeInvalid') : null);
  return {
    title: v.title.trim() === '' || v.title.trim().length > EVENT_TITLE_MAX_LENGTH ? t('plans.textRequired', { max: EVENT_TITLE_MAX_LENGTH }) : null,
    startsOn: v.startsOn ? null : t('form.required'),
    endsOn: !v.endsOn ? t('form.required') : v.startsOn && v.endsOn < v.startsOn ? t('events.endBeforeStart') : null,
    organizerIds: v.organizers.length === 0 ? t('events.organizerRequired') : null,
    participantsCount: count(v.participantsCount),
    beneficiariesCount: count(v.beneficiariesCount),
    place: v.place.trim().length > EVENT_PLACE_MAX_LENGTH ? t('plans.textRequired', { max: EVENT_PLACE_MAX_LENGTH }) : null,
  };
}

export function eventInput(v: EventDraft): CreateEventInput {
  return {
    planId: v.plan?.id ?? null,
    kind: v.kind,
    title: v.title.trim(),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    place: textOrNull(v.place),
    areaId: v.area?.id ?? null,
    organizerIds: v.organizers.map((o) => o.id),
    participantsCount: parseWholeInput(v.participantsCount),
    participants: textOrNull(v.participants),
    beneficiariesCount: parseWholeInput(v.beneficiariesCount),
    beneficiaries: textOrNull(v.beneficiaries),
    notes: textOrNull(v.notes),
  };
}

/** Add an event: kind, title, dates, place and area, organizers, people, the plan it belongs to. */
export function CreateEventForm(p: { plan: Picked | null; onClose(): void }) {
  const { t, locale } = useI18n();
  const [v, set] = useForm<EventDraft>(() => ({
    plan: p.plan,
    kind: 'FORUM',
    title: '',
    startsOn: '',
    endsOn: '',
    place: '',
    area: null,
    organizers: [],
    participantsCount: '',
    participants: '',
    beneficiariesCount: '',
    beneficiaries: '',
    notes: '',
  }));
  const [local, setLocal] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [state, create] = useMutation(CreateEventDocument);
  const err = fieldErrors(local, apiError);
  const optional = (label: string) => `${label} ${t('form.optional')}`;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = eventProblems(v, t);
    setLocal(problems);
    if (anyError(problems) || state.fetching) return;
    const r = await create({ input: eventInput(v) });
    const event = r.data?.createEvent.event;
    if (event) setCreated(event.title);
    else setApiError(describeError(r.error));
  };

  return (
    <FormDialog
      title={t('events.new')}
      onClose={p.onClose}
      wide
      formId="event-form"
      formTestId="event-form"
      busy={state.fetching}
      submitLabel={t('events.new')}
      onSubmit={onSubmit}
      done={
        created ? (
          <Notice kind="success">
            <span data-testid="event-created">{t('events.created', { title: created })}</span>
          </Notice>
        ) : null
      }
    >
      <SelectField label={t('events.kind')} name="kind" value={v.kind} onChange={(x) => set({ kind: x as EventKind })} options={EVENT_KINDS.map((k) => ({ value: k, label: eventKindLabel(k, locale) }))} error={err('kind')} />
      <TextField label={t('events.eventTitle')} name="title" value={v.title} onChange={(x) => set({ title: x })} error={err('title')} required />
      <DateField label={t('events.startsOn')} name="startsOn" value={v.startsOn} onChange={(x) => set({ startsOn: x, endsOn: v.endsOn || x })} error={err('startsOn')} required />
      <DateField label={t('events.endsOn')} name="endsOn" value={v.endsOn} onChange={(x) => set({ endsOn: x })} error={err('endsOn')} required />
      <OrganizationList legend={t('events.organizers')} addLabel={t('events.addOrganizer')} value={v.organizers} onChange={(organizers) => set({ organizers })} error={err('organizerIds', 'organizers')} testId="organizers" />
      <PlanPicker label={optional(t('events.plan'))} value={v.plan} onChange={(x) => set({ plan: x })} error={err('planId')} />
      <TextField label={optional(t('events.place'))} name="place" value={v.place} onChange={(x) => set({ place: x })} error={err('place')} />
      <AreaPicker label={optional(t('events.area'))} value={v.area} onChange={(x) => set({ area: x })} error={err('areaId')} />
      <TextField label={optional(t('events.participantsCount'))} name="participantsCount" value={v.participantsCount} onChange={(x) => set({ participantsCount: x })} error={err('participantsCount')} />
      <TextArea label={optional(t('events.participants'))} name="participants" value={v.participants} onChange={(x) => set({ participants: x })} error={err('participants')} />
      <TextField label={optional(t('events.beneficiariesCount'))} name="beneficiariesCount" value={v.beneficiariesCount} onChange={(x) => set({ beneficiariesCount: x })} error={err('beneficiariesCount')} />
      <TextArea label={optional(t('events.beneficiaries'))} name="beneficiaries" value={v.beneficiaries} onChange={(x) => set({ beneficiaries: x })} error={err('beneficiaries')} />
      <TextArea label={optional(t('events.notes'))} name="notes" value={v.notes} onChange={(x) => set({ notes: x })} error={err('notes')} />
      <FormError error={apiError} />
    </FormDialog>
  );
}
