import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import {
  DEFAULT_MOVEMENT,
  PLAN_KINDS,
  PLAN_NUMBER_MAX_LENGTH,
  PLAN_RECIPIENT_NAME_MAX_LENGTH,
  PLAN_SECTION_KINDS,
  PLAN_SECTION_TITLE_MAX_LENGTH,
  PLAN_TITLE_MAX_LENGTH,
  PLAN_YEAR_MAX,
  PLAN_YEAR_MIN,
} from '@lnob/domain';
import { Button, EmptyState, Markdown, SelectField, TextField, type I18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { href, navigate } from '../../app/router';
import { useCan } from '../../app/session';
import { anyError, fieldErrors, TextArea, textOrNull, useForm, type FormErrors } from '../common/forms';
import type { Picked } from '../common/Pickers';
import { OrganizationPicker } from '../common/Pickers';
import { planKindLabel, sectionKindLabel } from './labels';
import { DraftPlanDocument, type DraftPlanInput, type PlanKind, type PlanSectionKind } from './operations';
import { OrganizationList, PlanPicker } from './parts';
import { useI18n } from './i18n';

export interface SectionValue {
  kind: PlanSectionKind;
  title: string;
  body: string;
}

export interface RecipientValue {
  organization: Picked | null;
  name: string;
}

export interface PlanDraftValue {
  number: string;
  title: string;
  kind: PlanKind;
  issuers: Picked[];
  signer: string;
  periodFrom: string;
  periodTo: string;
  implements: Picked | null;
  movement: string;
  notes: string;
  sections: SectionValue[];
  recipients: RecipientValue[];
}

const thisYear = () => new Date().getFullYear();

export const emptyDraft = (year = thisYear()): PlanDraftValue => ({
  number: '',
  title: '',
  kind: 'PLAN',
  issuers: [],
  signer: '',
  periodFrom: String(year),
  periodTo: String(year),
  implements: null,
  movement: DEFAULT_MOVEMENT,
  notes: '',
  sections: [
    { kind: 'PURPOSE', title: '', body: '' },
    { kind: 'CONTENTS', title: '', body: '' },
    { kind: 'ORGANIZATION', title: '', body: '' },
  ],
  recipients: [],
});

const YEAR = /^\d{4}$/;

/**
 * The form's own checks, all at once, on the limits of @lnob/domain's checkPlanDraft (the API checks
 * again and answers its field errors).
 */
export function draftProblems(v: PlanDraftValue, t: I18n['t']): FormErrors {
  const text = (s: string, max: number) => (s.trim() === '' || s.trim().length > max ? t('plans.textRequired', { max }) : null);
  const year = (s: string) => (!YEAR.test(s.trim()) || Number(s) < PLAN_YEAR_MIN || Number(s) > PLAN_YEAR_MAX ? t('plans.yearInvalid') : null);
  const from = year(v.periodFrom);
  const to = year(v.periodTo);
  const problems: FormErrors = {
    number: text(v.number, PLAN_NUMBER_MAX_LENGTH),
    title: text(v.title, PLAN_TITLE_MAX_LENGTH),
    issuerIds: v.issuers.length === 0 ? t('plans.issuerRequired') : null,
    periodFrom: from,
    periodTo: to ?? (from === null && Number(v.periodTo) < Number(v.periodFrom) ? t('plans.periodInvalid') : null),
  };
  v.sections.forEach((s, i) => {
    problems[`sections.${i}.title`] = s.title.trim().length > PLAN_SECTION_TITLE_MAX_LENGTH ? t('plans.textRequired', { max: PLAN_SECTION_TITLE_MAX_LENGTH }) : null;
  });
  v.recipients.forEach((r, i) => {
    problems[`recipients.${i}.name`] = text(r.name, PLAN_RECIPIENT_NAME_MAX_LENGTH);
  });
  return problems;
}

/** The draftPlan input of a checked form (sections without text are left out). */
export function draftInput(v: PlanDraftValue): DraftPlanInput {
  return {
    number: v.number.trim(),
    title: v.title.trim(),
    kind: v.kind,
    issuerIds: v.issuers.map((o) => o.id),
    signer: textOrNull(v.signer),
    periodFrom: Number(v.periodFrom),
    periodTo: Number(v.periodTo),
    implementsId: v.implements?.id ?? null,
    movement: v.movement.trim() || DEFAULT_MOVEMENT,
    notes: textOrNull(v.notes),
    sections: v.sections.filter((s) => s.title.trim() !== '' || s.body.trim() !== '').map((s) => ({ kind: s.kind, title: s.title.trim(), body: s.body.trim() })),
    recipients: v.recipients.map((r) => ({ organizationId: r.organization?.id ?? null, name: r.name.trim() })),
  };
}

/**
 * `#/plans/new`: a plan's draft — number, title, kind, issuers (two or more for a joint plan), signer,
 * period, the plan it implements, sections in Markdown (with a preview) and recipients. Saved as a
 * DRAFT, then issued from the plan's page.
 */
export function PlanForm() {
  const { t, locale } = useI18n();
  const can = useCan();
  const [v, set] = useForm<PlanDraftValue>(() => emptyDraft());
  const [local, setLocal] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [preview, setPreview] = useState<Set<number>>(new Set());
  const [state, draft] = useMutation(DraftPlanDocument);
  const err = fieldErrors(local, apiError);
  const setSection = (i: number, patch: Partial<SectionValue>) => set({ sections: v.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const setRecipient = (i: number, patch: Partial<RecipientValue>) => set({ recipients: v.recipients.map((r, j) => (j === i ? { ...r, ...patch } : r)) });

  if (!can('data.capture')) return <EmptyState message={t('app.noAccess')} />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = draftProblems(v, t);
    setLocal(problems);
    if (anyError(problems) || state.fetching) return;
    const r = await draft({ input: draftInput(v) });
    const plan = r.data?.draftPlan.plan;
    if (plan) navigate(href(`/plans/${encodeURIComponent(plan.id)}`));
    else setApiError(describeError(r.error));
  };

  return (
    <div className="lnob-page" data-testid="plan-form">
      <a href={href('/plans')} className="lnob-back">
        {t('plans.back')}
      </a>
      <header className="lnob-page__header">
        <h1>{t('plans.draftTitle')}</h1>
      </header>
      <form id="plan-form" onSubmit={onSubmit} noValidate className="lnob-plans__section">
        <TextField label={t('plans.number')} name="number" value={v.number} onChange={(x) => set({ number: x })} error={err('number')} required placeholder="562/KH-MTTW-BTT" />
        <TextField label={t('plans.planTitle')} name="title" value={v.title} onChange={(x) => set({ title: x })} error={err('title')} required />
        <SelectField label={t('plans.kind')} name="kind" value={v.kind} onChange={(x) => set({ kind: x as PlanKind })} options={PLAN_KINDS.map((k) => ({ value: k, label: planKindLabel(k, locale) }))} error={err('kind')} />
        <OrganizationList legend={t('plans.issuers')} addLabel={t('plans.addIssuer')} hint={t('plans.issuerHint')} value={v.issuers} onChange={(issuers) => set({ issuers })} error={err('issuerIds', 'issuers')} testId="issuers" />
        <TextField label={`${t('plans.signer')} ${t('form.optional')}`} name="signer" value={v.signer} onChange={(x) => set({ signer: x })} error={err('signer')} />
        <div className="lnob-toolbar">
          <TextField label={t('plans.periodFrom')} name="periodFrom" type="number" value={v.periodFrom} onChange={(x) => set({ periodFrom: x })} error={err('periodFrom')} min={2000} max={2100} required />
          <TextField label={t('plans.periodTo')} name="periodTo" type="number" value={v.periodTo} onChange={(x) => set({ periodTo: x })} error={err('periodTo')} min={2000} max={2100} required />
        </div>
        <PlanPicker label={`${t('plans.implementsPick')} ${t('form.optional')}`} value={v.implements} onChange={(x) => set({ implements: x })} error={err('implementsId', 'implements')} testId="implements-picker" />
        <TextField label={t('plans.movement')} name="movement" value={v.movement} onChange={(x) => set({ movement: x })} error={err('movement')} />

        <fieldset className="lnob-plans__group" data-testid="sections">
          <legend>{t('plans.sections')}</legend>
          {v.sections.map((s, i) => (
            <fieldset key={i} className="lnob-plans__group" data-section={i}>
              <legend>{t('plans.sectionN', { n: i + 1 })}</legend>
              <SelectField label={t('plans.sectionKind')} name={`sectionKind${i}`} value={s.kind} onChange={(x) => setSection(i, { kind: x as PlanSectionKind })} options={PLAN_SECTION_KINDS.map((k) => ({ value: k, label: sectionKindLabel(k, locale) }))} />
              <TextField label={t('plans.sectionTitle')} name={`sectionTitle${i}`} value={s.title} onChange={(x) => setSection(i, { title: x })} error={err(`sections.${i}.title`)} placeholder={sectionKindLabel(s.kind, locale)} />
              <TextArea label={t('plans.sectionBody')} name={`sectionBody${i}`} value={s.body} onChange={(x) => setSection(i, { body: x })} error={err(`sections.${i}.body`)} hint={t('plans.sectionBodyHint')} rows={6} />
              <div className="lnob-page__actions">
                <Button
                  variant="link"
                  aria-pressed={preview.has(i)}
                  onClick={() => setPreview((x) => (x.has(i) ? new Set([...x].filter((j) => j !== i)) : new Set([...x, i])))}
                >
                  {t('plans.preview')}
                </Button>
                <Button variant="link" onClick={() => set({ sections: v.sections.filter((_, j) => j !== i) })} aria-label={t('plans.remove', { name: t('plans.sectionN', { n: i + 1 }) })}>
                  {t('form.clear')}
                </Button>
              </div>
              {preview.has(i) ? <Markdown source={s.body} /> : null}
            </fieldset>
          ))}
          <Button onClick={() => set({ sections: [...v.sections, { kind: 'OTHER', title: '', body: '' }] })}>{t('plans.addSection')}</Button>
        </fieldset>

        <fieldset className="lnob-plans__group" data-testid="recipients">
          <legend>{t('plans.recipients')}</legend>
          {v.recipients.map((r, i) => (
            <div key={i} className="lnob-toolbar">
              <TextField label={t('plans.recipientName', { n: i + 1 })} name={`recipient${i}`} value={r.name} onChange={(x) => setRecipient(i, { name: x })} error={err(`recipients.${i}.name`)} />
              <Button variant="link" onClick={() => set({ recipients: v.recipients.filter((_, j) => j !== i) })} aria-label={t('plans.remove', { name: r.name || t('plans.recipientName', { n: i + 1 }) })}>
                {t('form.clear')}
              </Button>
            </div>
          ))}
          <OrganizationPicker label={t('plans.addRecipientOrg')} value={null} onChange={(o) => (o ? set({ recipients: [...v.recipients, { organization: o, name: o.name }] }) : undefined)} />
          <Button variant="link" onClick={() => set({ recipients: [...v.recipients, { organization: null, name: '' }] })}>
            {t('plans.addRecipientName')}
          </Button>
        </fieldset>

        <TextArea label={`${t('plans.notes')} ${t('form.optional')}`} name="notes" value={v.notes} onChange={(x) => set({ notes: x })} error={err('notes')} rows={3} />
        <FormError error={apiError} />
        <div className="lnob-page__actions">
          <a className="lnob-button" href={href('/plans')}>
            {t('form.cancel')}
          </a>
          <Button type="submit" variant="primary" disabled={state.fetching} data-testid="submit">
            {state.fetching ? t('form.saving') : t('plans.saveDraft')}
          </Button>
        </div>
      </form>
    </div>
  );
}
