import { todayLocal } from '@lnob/domain';
import { Checkbox, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { DonorFields, donorInput, donorProblems, emptyDonor } from './DonorFields';
import { pledgeStatusLabel } from './labels';
import { defaultMovementDate, formatAmountInput, parseAmountInput } from './model';
import { RecordDonationDocument, type FundFieldsFragment, type PledgeRowFragment } from './operations';
import { emptyMovement, MoneyDialog, MoneyField, MovementFields, movementInput, RecordedMovement, SubmitError } from './parts';
import { useMoneyForm } from './submission';

/**
 * Record a donation: a new donor or one of the fund's donors, anonymous or not, the channel (an
 * IN_KIND gift with how it was valued), receipt and reference. With `pledge`, the fulfilment of
 * that pledge: its donor, and its outstanding amount to start with.
 */
export function DonationForm(p: { fund: FundFieldsFragment; pledge?: PledgeRowFragment | null; onClose(): void }) {
  const { t, locale } = useI18n();
  const { fund, pledge } = p;
  const fresh = () => ({
    amount: pledge ? formatAmountInput(pledge.outstanding, locale) : '',
    anonymous: pledge?.anonymous ?? false,
    donor: emptyDonor(),
    movement: emptyMovement(defaultMovementDate(fund, todayLocal())),
  });
  const form = useMoneyForm(RecordDonationDocument, fresh, (d) => d.recordDonation);
  const { v, set, err } = form;
  const amount = parseAmountInput(v.amount);

  const onSubmit = async () => {
    const required = t('form.required');
    await form.send(
      {
        amount: amount === null || amount <= 0 ? t('funds.amountInvalid') : null,
        occurredOn: v.movement.occurredOn ? null : required,
        'valuation.description': v.movement.channel === 'IN_KIND' && !v.movement.valuationDescription.trim() ? required : null,
        'valuation.basis': v.movement.channel === 'IN_KIND' && !v.movement.valuationBasis.trim() ? required : null,
        ...(pledge ? {} : donorProblems(v.donor, required)),
      },
      () => {
        const donor = pledge ? { donorId: pledge.donor?.id ?? null, newDonor: null } : donorInput(v.donor);
        return { fundId: fund.id, amount: amount!, anonymous: v.anonymous, pledgeId: pledge?.id ?? null, ...donor, ...movementInput(v.movement) };
      },
    );
  };

  return (
    <MoneyDialog
      title={pledge ? t('funds.fulfilPledge') : t('funds.recordDonation')}
      formId="donation-form"
      sending={form.sending}
      error={form.error}
      submitLabel={pledge ? t('funds.fulfilPledge') : t('funds.recordDonation')}
      onSubmit={onSubmit}
      onClose={p.onClose}
      onAnother={pledge ? undefined : form.another}
      done={form.done ? <RecordedMovement posted={form.done} fundId={fund.id} /> : null}
    >
      <p className="lnob-muted">{fund.name}</p>
      {pledge ? (
        <div className="lnob-notice" data-testid="pledge-summary">
          <strong>{pledge.donor?.name ?? t('state.none')}</strong> — {t('funds.pledgeOf', { amount: formatVnd(pledge.amount, locale), date: formatLocalDate(pledge.dueOn) })}
          <div>
            {t('funds.fulfilled')}: {formatVnd(pledge.fulfilled, locale)} · {t('funds.outstanding')}: {formatVnd(pledge.outstanding, locale)} · {pledgeStatusLabel(pledge.status, locale)}
          </div>
          {err('pledgeId') ? <div className="lnob-field__error">{err('pledgeId')}</div> : null}
        </div>
      ) : (
        <DonorFields value={v.donor} onChange={(x) => set({ donor: { ...v.donor, ...x } })} err={err} />
      )}
      <Checkbox name="anonymous" label={t('funds.anonymousAsk')} checked={v.anonymous} onChange={(anonymous) => set({ anonymous })} />
      <MoneyField label={t('funds.amount')} name="amount" value={v.amount} onChange={(x) => set({ amount: x })} error={err('amount')} />
      <MovementFields kind={pledge ? 'PLEDGE_FULFILMENT' : 'DONATION'} value={v.movement} onChange={(x) => set({ movement: { ...v.movement, ...x } })} err={err} />
      <SubmitError error={form.error} />
    </MoneyDialog>
  );
}
