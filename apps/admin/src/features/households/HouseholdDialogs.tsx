import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { HOUSEHOLD_STATUSES, HOUSING_STATUSES, memberProblems, RELATIONS, SEXES, todayLocal, type HouseholdStatus, type HousingStatus, type Relation, type Sex } from '@lnob/domain';
import { Checkbox, ConfirmDialog, DateField, Dialog, PersonalValue, SelectField, TextField, useI18n, codeLabel } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { fieldError, FormError } from '../../app/ErrorView';
import { fieldErrors, FormButtons } from '../common/forms';
import { OrganizationPicker, type Picked } from '../common/Pickers';
import {
  AddHouseholdMemberDocument,
  RemoveHouseholdMemberDocument,
  SetHouseholdSponsorDocument,
  UpdateHouseholdDocument,
  UpdateHouseholdMemberDocument,
  type HouseholdDetailQuery,
  type MemberFieldsFragment,
} from './operations';

type Household = HouseholdDetailQuery['household'];

/** Household facts, status and sponsor; only what changed is sent. */
export function EditHouseholdDialog(p: { household: Household; onClose(): void; onSaved(): void }) {
  const { t, locale } = useI18n();
  const h = p.household;
  const [v, setV] = useState({
    address: h.address ?? '',
    ethnicity: h.ethnicity ?? '',
    ethnicMinority: h.ethnicMinority,
    housingStatus: (h.housingStatus ?? '') as HousingStatus | '',
    status: h.status as HouseholdStatus,
    disability: h.disability,
    singleElderly: h.singleElderly,
    socialProtection: h.socialProtection,
  });
  const [sponsor, setSponsor] = useState<Picked | null>(h.sponsor ? { id: h.sponsor.id, name: h.sponsor.name } : null);
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [upd, update] = useMutation(UpdateHouseholdDocument);
  const [sp, setSponsorMutation] = useMutation(SetHouseholdSponsorDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input: Record<string, unknown> = { id: h.id };
    if (v.address.trim() !== (h.address ?? '')) input.address = v.address.trim();
    if (v.ethnicity.trim() !== (h.ethnicity ?? '')) input.ethnicity = v.ethnicity.trim();
    if (v.housingStatus && v.housingStatus !== h.housingStatus) input.housingStatus = v.housingStatus;
    for (const k of ['ethnicMinority', 'disability', 'singleElderly', 'socialProtection', 'status'] as const) if (v[k] !== h[k]) input[k] = v[k];
    if (Object.keys(input).length > 1) {
      const r = await update({ input: input as { id: string } });
      const err = describeError(r.error);
      setApiError(err);
      if (err) return;
    }
    if ((sponsor?.id ?? null) !== (h.sponsor?.id ?? null)) {
      const r = await setSponsorMutation({ input: { householdId: h.id, organizationId: sponsor?.id ?? null } });
      const err = describeError(r.error);
      setApiError(err);
      if (err) return;
    }
    p.onSaved();
  };
  const err = (f: string) => fieldError(apiError, f);
  return (
    <Dialog title={t('households.editFacts')} onClose={p.onClose} wide footer={<FormButtons busy={upd.fetching || sp.fetching} onCancel={p.onClose} submitLabel={t('form.save')} form="edit-household" />}>
      <form id="edit-household" onSubmit={submit} noValidate>
        <HouseholdFactsFields value={v} onChange={(x) => setV({ ...v, ...x })} err={err} />
        <SelectField
          label={t('households.status')}
          name="status"
          value={v.status}
          onChange={(x) => setV({ ...v, status: x as HouseholdStatus })}
          error={err('status')}
          options={HOUSEHOLD_STATUSES.map((s) => ({ value: s, label: codeLabel('householdStatus', s, locale) }))}
        />
        <OrganizationPicker label={t('households.sponsor')} value={sponsor} onChange={setSponsor} error={err('organizationId')} />
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}

export interface FactsValue {
  address: string;
  ethnicity: string;
  ethnicMinority: boolean;
  housingStatus: HousingStatus | '';
  disability: boolean;
  singleElderly: boolean;
  socialProtection: boolean;
}

export function HouseholdFactsFields(p: { value: FactsValue; onChange(v: Partial<FactsValue>): void; err(field: string): string | null }) {
  const { t, locale } = useI18n();
  const v = p.value;
  return (
    <>
      <TextField label={`${t('households.address')} ${t('form.optional')}`} name="address" value={v.address} onChange={(x) => p.onChange({ address: x })} error={p.err('address')} />
      <TextField label={`${t('households.ethnicity')} ${t('form.optional')}`} name="ethnicity" value={v.ethnicity} onChange={(x) => p.onChange({ ethnicity: x })} error={p.err('ethnicity')} />
      <SelectField
        label={t('households.housingStatus')}
        name="housingStatus"
        value={v.housingStatus}
        onChange={(x) => p.onChange({ housingStatus: x as HousingStatus | '' })}
        error={p.err('housingStatus')}
        options={[{ value: '', label: t('state.none') }, ...HOUSING_STATUSES.map((s) => ({ value: s, label: codeLabel('housing', s, locale) }))]}
      />
      <div className="lnob-checkbox-group">
        <Checkbox name="ethnicMinority" label={t('households.ethnicMinority')} checked={v.ethnicMinority} onChange={(x) => p.onChange({ ethnicMinority: x })} />
        <Checkbox name="disability" label={t('households.disability')} checked={v.disability} onChange={(x) => p.onChange({ disability: x })} />
        <Checkbox name="singleElderly" label={t('households.singleElderly')} checked={v.singleElderly} onChange={(x) => p.onChange({ singleElderly: x })} />
        <Checkbox name="socialProtection" label={t('households.socialProtection')} checked={v.socialProtection} onChange={(x) => p.onChange({ socialProtection: x })} />
      </div>
    </>
  );
}

export interface MemberValue {
  fullName: string;
  birthDate: string;
  sex: Sex | '';
  nationalId: string;
  relation: Relation;
}

export const emptyMember = (relation: Relation = 'CHILD'): MemberValue => ({ fullName: '', birthDate: '', sex: '', nationalId: '', relation });

/** One member's fields; `hidden` lists personal fields the API withheld (shown as hidden, not editable). */
export function MemberFieldsEditor(p: { value: MemberValue; onChange(v: Partial<MemberValue>): void; err(field: string): string | null; hidden?: ReadonlySet<string>; prefix?: string }) {
  const { t, locale } = useI18n();
  const v = p.value;
  const n = (f: string) => `${p.prefix ?? ''}${f}`;
  const hidden = p.hidden ?? new Set<string>();
  const hiddenField = (label: string) => (
    <div className="lnob-field">
      <span>{label}</span> <PersonalValue value={null} hidden />
    </div>
  );
  return (
    <>
      {hidden.has('fullName') ? hiddenField(t('households.fullName')) : <TextField label={t('households.fullName')} name={n('fullName')} value={v.fullName} onChange={(x) => p.onChange({ fullName: x })} error={p.err('fullName')} required />}
      {hidden.has('birthDate') ? hiddenField(t('households.birthDate')) : <DateField label={`${t('households.birthDate')} ${t('form.optional')}`} name={n('birthDate')} value={v.birthDate} onChange={(x) => p.onChange({ birthDate: x })} error={p.err('birthDate')} />}
      <SelectField
        label={t('households.sex')}
        name={n('sex')}
        value={v.sex}
        onChange={(x) => p.onChange({ sex: x as Sex | '' })}
        error={p.err('sex')}
        options={[{ value: '', label: t('state.none') }, ...SEXES.map((s) => ({ value: s, label: codeLabel('sex', s, locale) }))]}
      />
      {hidden.has('nationalId') ? hiddenField(t('households.nationalId')) : <TextField label={`${t('households.nationalId')} ${t('form.optional')}`} name={n('nationalId')} value={v.nationalId} onChange={(x) => p.onChange({ nationalId: x.trim() })} error={p.err('nationalId')} />}
      <SelectField
        label={t('households.relation')}
        name={n('relation')}
        value={v.relation}
        onChange={(x) => p.onChange({ relation: x as Relation })}
        error={p.err('relation')}
        options={RELATIONS.map((r) => ({ value: r, label: codeLabel('relation', r, locale) }))}
      />
    </>
  );
}

/** Adds a member, or edits one (withheld personal fields are left alone and never sent). */
export function MemberDialog(p: { householdId: string; member: MemberFieldsFragment | null; hidden: ReadonlySet<string>; onClose(): void; onSaved(): void }) {
  const { t, locale } = useI18n();
  const m = p.member;
  const [v, setV] = useState<MemberValue>(
    m ? { fullName: m.fullName ?? '', birthDate: m.birthDate ?? '', sex: m.sex ?? '', nationalId: m.nationalId ?? '', relation: m.relation } : emptyMember(),
  );
  const [formerHeadRelation, setFormerHeadRelation] = useState<Relation>('SPOUSE');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [add, addMember] = useMutation(AddHouseholdMemberDocument);
  const [upd, updateMember] = useMutation(UpdateHouseholdMemberDocument);
  const becomesHead = m !== null && m.relation !== 'HEAD' && v.relation === 'HEAD';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = memberProblems(
      {
        fullName: p.hidden.has('fullName') ? 'x' : v.fullName,
        birthDate: p.hidden.has('birthDate') ? null : v.birthDate || null,
        sex: v.sex || null,
        nationalId: p.hidden.has('nationalId') ? null : v.nationalId || null,
        relation: v.relation,
      },
      todayLocal(),
    );
    setLocal(Object.fromEntries(problems.map((f) => [f.path.replace(/^input\./, ''), f.message])));
    if (problems.length > 0) return;
    let r;
    if (!m) {
      r = await addMember({
        input: { householdId: p.householdId, fullName: v.fullName.trim(), birthDate: v.birthDate || null, sex: v.sex || null, nationalId: v.nationalId || null, relation: v.relation },
      });
    } else {
      const input: Record<string, unknown> = { id: m.id };
      if (!p.hidden.has('fullName') && v.fullName.trim() !== (m.fullName ?? '')) input.fullName = v.fullName.trim();
      if (!p.hidden.has('birthDate') && v.birthDate !== (m.birthDate ?? '') && v.birthDate) input.birthDate = v.birthDate;
      if (!p.hidden.has('nationalId') && v.nationalId !== (m.nationalId ?? '')) input.nationalId = v.nationalId;
      if (v.sex && v.sex !== m.sex) input.sex = v.sex;
      if (v.relation !== m.relation) input.relation = v.relation;
      if (becomesHead) input.formerHeadRelation = formerHeadRelation;
      if (Object.keys(input).length === 1) return p.onClose();
      r = await updateMember({ input: input as { id: string } });
    }
    const err = describeError(r.error);
    setApiError(err);
    if (!err) p.onSaved();
  };
  const err = fieldErrors(local, apiError);
  return (
    <Dialog
      title={m ? t('households.editMember') : t('households.addMember')}
      onClose={p.onClose}
      footer={<FormButtons busy={add.fetching || upd.fetching} onCancel={p.onClose} submitLabel={t('form.save')} form="member" />}
    >
      <form id="member" onSubmit={submit} noValidate>
        {p.hidden.size > 0 ? <p className="lnob-muted">{t('households.personalHiddenEdit')}</p> : null}
        <MemberFieldsEditor value={v} onChange={(x) => setV({ ...v, ...x })} err={err} hidden={p.hidden} />
        {becomesHead ? (
          <SelectField
            label={t('households.formerHeadRelation')}
            name="formerHeadRelation"
            value={formerHeadRelation}
            onChange={(x) => setFormerHeadRelation(x as Relation)}
            error={err('formerHeadRelation')}
            options={RELATIONS.filter((r) => r !== 'HEAD').map((r) => ({ value: r, label: codeLabel('relation', r, locale) }))}
          />
        ) : null}
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}

export function RemoveMemberDialog(p: { memberId: string; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [state, remove] = useMutation(RemoveHouseholdMemberDocument);
  const [error, setError] = useState<AppError | null>(null);
  return (
    <ConfirmDialog
      title={t('households.removeMember')}
      message={t('households.removeMemberConfirm')}
      confirmLabel={t('households.removeMember')}
      danger
      busy={state.fetching}
      error={error ? <FormError error={error} /> : null}
      onCancel={p.onClose}
      onConfirm={async () => {
        const r = await remove({ input: { id: p.memberId } });
        const e = describeError(r.error);
        setError(e);
        if (!e) p.onDone();
      }}
    />
  );
}
