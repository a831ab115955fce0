import { useState } from 'react';
import { BENEFICIARY_KINDS, DISBURSEMENT_CATEGORIES, HOUSING_CATEGORIES, REASONS, todayLocal, type BeneficiaryKind, type DisbursementCategory } from '@lnob/domain';
import { Notice, SelectField, TextField, useI18n } from '@lnob/ui';
import { useCan } from '../../app/session';
import { HouseholdPicker, type PickedHousehold } from './HouseholdPicker';
import { beneficiaryKindLabel, categoryLabel } from './labels';
import { defaultMovementDate, parseAmountInput } from './model';
import { RecordDisbursementDocument, type FundFieldsFragment } from './operations';
import { TextArea } from '../common/forms';
import { emptyMovement, MoneyDialog, MoneyField, MovementFields, movementInput, RecordedMovement, SubmitError } from './parts';
import { useMoneyForm } from './submission';

/** Length of a reviewer's justification (EligibilityOverrideInput). */
const JUSTIFICATION_MIN = 20;
const JUSTIFICATION_MAX = 1000;

/**
 * Record a disbursement: category, beneficiary (a household of the caller's scope, found with the
 * household picker, or an event or community project by name), amount, channel. The API's typed
 * refusals are shown in words: FUND_BALANCE_INSUFFICIENT with the balance, amount and shortfall it
 * was checked against (`extensions.details`), and
 * BENEFICIARY_NOT_ELIGIBLE opens the reviewer's override (with a justification) — for reviewers.
 */
export function DisbursementForm(p: { fund: FundFieldsFragment; onClose(): void }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const { fund } = p;
  const fresh = () => ({
    category: 'TET_GIFT' as DisbursementCategory,
    beneficiaryKind: 'EVENT' as BeneficiaryKind,
    household: null as PickedHousehold | null,
    beneficiaryName: '',
    amount: '',
    justification: '',
    movement: emptyMovement(defaultMovementDate(fund, todayLocal())),
  });
  const form = useMoneyForm(RecordDisbursementDocument, fresh, (d) => d.recordDisbursement);
  const { v, set, err } = form;
  /** The household the API found not eligible (the override is offered for it). */
  const [notEligible, setNotEligible] = useState<string | null>(null);
  const amount = parseAmountInput(v.amount);
  const housing = HOUSING_CATEGORIES.includes(v.category);
  const kind: BeneficiaryKind = housing ? 'HOUSEHOLD' : v.beneficiaryKind;
  const overriding = kind === 'HOUSEHOLD' && v.household !== null && notEligible === v.household.id;
  const mayOverride = can('data.review');

  const onSubmit = async () => {
    const required = t('form.required');
    const j = v.justification.trim();
    const r = await form.send(
      {
        amount: amount === null || amount <= 0 ? t('funds.amountInvalid') : null,
        occurredOn: v.movement.occurredOn ? null : required,
        householdId: kind === 'HOUSEHOLD' && !v.household ? required : null,
        beneficiaryName: kind !== 'HOUSEHOLD' && !v.beneficiaryName.trim() ? required : null,
        'valuation.description': v.movement.channel === 'IN_KIND' && !v.movement.valuationDescription.trim() ? required : null,
        'valuation.basis': v.movement.channel === 'IN_KIND' && !v.movement.valuationBasis.trim() ? required : null,
        'override.justification': overriding && mayOverride && j !== '' && (j.length < JUSTIFICATION_MIN || j.length > JUSTIFICATION_MAX) ? t('funds.justificationLength', { min: JUSTIFICATION_MIN, max: JUSTIFICATION_MAX }) : null,
      },
      () => ({
        fundId: fund.id,
        amount: amount!,
        category: v.category,
        beneficiaryKind: kind,
        householdId: kind === 'HOUSEHOLD' ? v.household!.id : null,
        beneficiaryName: kind === 'HOUSEHOLD' ? null : v.beneficiaryName.trim(),
        override: overriding && mayOverride && j ? { justification: j } : null,
        ...movementInput(v.movement),
      }),
    );
    if (r?.error?.reason === REASONS.BENEFICIARY_NOT_ELIGIBLE && v.household) setNotEligible(v.household.id);
  };

  return (
    <MoneyDialog
      title={t('funds.recordDisbursement')}
      formId="disbursement-form"
      sending={form.sending}
      error={form.error}
      submitLabel={t('funds.recordDisbursement')}
      onSubmit={onSubmit}
      onClose={p.onClose}
      onAnother={() => {
        form.another();
        setNotEligible(null);
      }}
      done={form.done ? <RecordedMovement posted={form.done} fundId={fund.id} /> : null}
    >
      <p className="lnob-muted">{fund.name}</p>
      <SelectField
        label={t('funds.category')}
        name="category"
        value={v.category}
        onChange={(x) => set({ category: x as DisbursementCategory })}
        error={err('category')}
        options={DISBURSEMENT_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, locale) }))}
      />
      <SelectField
        label={t('funds.beneficiaryKind')}
        name="beneficiaryKind"
        value={kind}
        onChange={(x) => set({ beneficiaryKind: x as BeneficiaryKind })}
        error={err('beneficiaryKind', 'beneficiary.kind')}
        options={(housing ? (['HOUSEHOLD'] as const) : BENEFICIARY_KINDS).map((k) => ({ value: k, label: beneficiaryKindLabel(k, locale) }))}
      />
      {kind === 'HOUSEHOLD' ? (
        <HouseholdPicker label={t('funds.household')} value={v.household} onChange={(household) => set({ household })} error={err('householdId', 'beneficiary.id')} testId="beneficiary-household" />
      ) : (
        <TextField
          label={kind === 'EVENT' ? t('funds.eventName') : t('funds.projectName')}
          name="beneficiaryName"
          value={v.beneficiaryName}
          onChange={(x) => set({ beneficiaryName: x })}
          error={err('beneficiaryName', 'beneficiary.id')}
          required
        />
      )}
      <MoneyField label={t('funds.amount')} name="amount" value={v.amount} onChange={(x) => set({ amount: x })} error={err('amount')} />
      <MovementFields kind="DISBURSEMENT" value={v.movement} onChange={(x) => set({ movement: { ...v.movement, ...x } })} err={err} />
      {overriding ? (
        mayOverride ? (
          <fieldset className="lnob-funds__group" data-testid="override">
            <legend>{t('funds.override')}</legend>
            <p className="lnob-muted">{t('funds.overrideHelp')}</p>
            <TextArea
              label={t('funds.justification')}
              name="justification"
              value={v.justification}
              onChange={(x) => set({ justification: x })}
              error={err('override.justification')}
              hint={t('funds.justificationLength', { min: JUSTIFICATION_MIN, max: JUSTIFICATION_MAX })}
              rows={3}
            />
          </fieldset>
        ) : (
          <Notice kind="warning">{t('funds.overrideReviewerOnly')}</Notice>
        )
      ) : null}
      <SubmitError error={form.error} figures={form.figures} />
    </MoneyDialog>
  );
}
