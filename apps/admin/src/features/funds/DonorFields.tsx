import { DONOR_KINDS, type DonorKind } from '@lnob/domain';
import { SelectField, TextField, useI18n } from '@lnob/ui';
import { OrganizationPicker, SearchPicker, type Picked } from '../common/Pickers';
import { HouseholdPicker, type PickedHousehold } from './HouseholdPicker';
import { donorKindLabel } from './labels';
import { type DonorOption } from './model';
import { DonorPickerDocument } from './operations';
import { Choice } from '../common/forms';

export interface DonorValue {
  mode: 'new' | 'existing';
  /** existing: the donor found by name (donors of the caller's organization view) */
  existing: DonorOption | null;
  /** new */
  kind: DonorKind;
  name: string;
  taxCode: string;
  organization: Picked | null;
  household: PickedHousehold | null;
}

export const emptyDonor = (): DonorValue => ({ mode: 'new', existing: null, kind: 'INDIVIDUAL', name: '', taxCode: '', organization: null, household: null });

/** The donor part of an input: `donorId`, or `newDonor`. */
export function donorInput(v: DonorValue) {
  if (v.mode === 'existing') return { donorId: v.existing?.id ?? null, newDonor: null };
  return {
    donorId: null,
    newDonor: {
      kind: v.kind,
      name: v.name.trim(),
      taxCode: v.kind === 'ENTERPRISE' && v.taxCode.trim() ? v.taxCode.trim() : null,
      organizationId: v.kind === 'ORGANIZATION' ? (v.organization?.id ?? null) : null,
      householdId: v.kind === 'HOUSEHOLD' ? (v.household?.id ?? null) : null,
    },
  };
}

/** The form's own checks of the donor (Vietnamese first): a donor chosen, or a new one named. */
export function donorProblems(v: DonorValue, required: string): Record<string, string | null> {
  if (v.mode === 'existing') return { donorId: v.existing ? null : required };
  return { 'newDonor.name': v.name.trim() ? null : required, 'newDonor.householdId': v.kind === 'HOUSEHOLD' && !v.household ? required : null };
}

/**
 * Who gives: a new donor (kind, name; tax code of an enterprise; the organization of the graph or
 * the registry household it is) or one already recorded, found by name (`donors(search)`: the
 * donors of the caller's organization view, accent-insensitive).
 */
export function DonorFields(p: { value: DonorValue; onChange(v: Partial<DonorValue>): void; err(field: string, ...aliases: string[]): string | null }) {
  const { t, locale } = useI18n();
  const v = p.value;
  return (
    <fieldset className="lnob-funds__group" data-testid="donor">
      <legend>{t('funds.donor')}</legend>
      <Choice
        legend={t('funds.donorSource')}
        name="donorMode"
        value={v.mode}
        onChange={(mode) => p.onChange({ mode })}
        options={[
          { value: 'new', label: t('funds.donorNew') },
          { value: 'existing', label: t('funds.donorRecorded') },
        ]}
      />
      {v.mode === 'existing' ? (
        <SearchPicker
          label={t('funds.donorSearch')}
          name="donorSearch"
          value={v.existing}
          onChange={(existing) => p.onChange({ existing })}
          query={DonorPickerDocument}
          options={(d) => d.donors.edges.map((e) => e.node)}
          meta={(d) => [donorKindLabel(d.kind, locale), d.taxCode ? `${t('funds.taxCode')} ${d.taxCode}` : null].filter(Boolean).join(' · ')}
          placeholder={t('funds.donorSearchPlaceholder')}
          empty={t('funds.noDonorFound')}
          error={p.err('donorId')}
          testId="donor-picker"
        />
      ) : (
        <>
          <SelectField
            label={t('funds.donorKind')}
            name="donorKind"
            value={v.kind}
            onChange={(kind) => p.onChange({ kind: kind as DonorKind })}
            error={p.err('newDonor.kind')}
            options={DONOR_KINDS.map((k) => ({ value: k, label: donorKindLabel(k, locale) }))}
          />
          <TextField label={t('funds.donorName')} name="donorName" value={v.name} onChange={(name) => p.onChange({ name })} error={p.err('newDonor.name')} required />
          {v.kind === 'ENTERPRISE' ? (
            <TextField label={`${t('funds.taxCode')} ${t('form.optional')}`} name="taxCode" value={v.taxCode} onChange={(taxCode) => p.onChange({ taxCode })} error={p.err('newDonor.taxCode')} />
          ) : null}
          {v.kind === 'ORGANIZATION' ? (
            <OrganizationPicker label={`${t('funds.donorOrganization')} ${t('form.optional')}`} value={v.organization} onChange={(organization) => p.onChange({ organization, name: v.name || organization?.name || '' })} error={p.err('newDonor.organizationId')} />
          ) : null}
          {v.kind === 'HOUSEHOLD' ? (
            <HouseholdPicker
              label={t('funds.donorHousehold')}
              value={v.household}
              onChange={(household) => p.onChange({ household, name: v.name || household?.headName || '' })}
              error={p.err('newDonor.householdId')}
            />
          ) : null}
        </>
      )}
    </fieldset>
  );
}
