import { todayLocal } from '@lnob/domain';
import { Checkbox, DateField, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { DonorFields, donorInput, donorProblems, emptyDonor } from './DonorFields';
import { pledgeStatusLabel } from './labels';
import { defaultMovementDate, parseAmountInput } from './model';
import { RecordPledgeDocument, type FundFieldsFragment } from './operations';
import { TextArea } from '../common/forms';
import { MoneyDialog, MoneyField, Recorded, SubmitError } from './parts';
import { useMoneyForm } from './submission';

/** Record a pledge (cam kết ủng hộ): donor, amount, the day it was pledged and the day it is due. */
export function PledgeForm(p: { fund: FundFieldsFragment; onClose(): void }) {
  const { t, locale } = useI18n();
  const { fund } = p;
  const fresh = () => ({ amount: '', anonymous: false, donor: emptyDonor(), pledgedOn: defaultMovementDate(fund, todayLocal()), dueOn: '', note: '' });
  const form = useMoneyForm(RecordPledgeDocument, fresh, (d) => d.recordPledge);
  const { v, set, err, done } = form;
  const amount = parseAmountInput(v.amount);

  const onSubmit = async () => {
    const required = t('form.required');
    await form.send(
      {
        amount: amount === null || amount <= 0 ? t('funds.amountInvalid') : null,
        pledgedOn: v.pledgedOn ? null : required,
        dueOn: !v.dueOn ? required : v.pledgedOn && v.dueOn < v.pledgedOn ? t('funds.dueBeforePledged') : null,
        ...donorProblems(v.donor, required),
      },
      () => ({ fundId: fund.id, amount: amount!, anonymous: v.anonymous, pledgedOn: v.pledgedOn, dueOn: v.dueOn, note: v.note.trim() || null, ...donorInput(v.donor) }),
    );
  };

  const pledge = done?.pledge;
  return (
    <MoneyDialog
      title={t('funds.recordPledge')}
      formId="pledge-form"
      sending={form.sending}
      error={form.error}
      submitLabel={t('funds.recordPledge')}
      onSubmit={onSubmit}
      onClose={p.onClose}
      onAnother={form.another}
      done={
        pledge ? (
          <Recorded replayed={done.replayed}>
            {pledge.donor?.name} — {t('funds.pledgeOf', { amount: formatVnd(pledge.amount, locale), date: formatLocalDate(pledge.dueOn) })} · {pledgeStatusLabel(pledge.status, locale)}
          </Recorded>
        ) : null
      }
    >
      <p className="lnob-muted">{fund.name}</p>
      <DonorFields value={v.donor} onChange={(x) => set({ donor: { ...v.donor, ...x } })} err={err} />
      <Checkbox name="anonymous" label={t('funds.anonymousAsk')} checked={v.anonymous} onChange={(anonymous) => set({ anonymous })} />
      <MoneyField label={t('funds.amount')} name="amount" value={v.amount} onChange={(x) => set({ amount: x })} error={err('amount')} />
      <DateField label={t('funds.pledgedOn')} name="pledgedOn" value={v.pledgedOn} onChange={(x) => set({ pledgedOn: x })} error={err('pledgedOn')} required />
      <DateField label={t('funds.dueOn')} name="dueOn" value={v.dueOn} onChange={(x) => set({ dueOn: x })} error={err('dueOn')} required />
      <TextArea label={`${t('funds.note')} ${t('form.optional')}`} name="note" value={v.note} onChange={(x) => set({ note: x })} error={err('note')} />
      <SubmitError error={form.error} />
    </MoneyDialog>
  );
}
