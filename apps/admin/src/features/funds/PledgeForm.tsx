import { useState } from 'react';
import { todayLocal } from '@lnob/domain';
import { Checkbox, DateField, formatLocalDate, formatVnd, Notice, useI18n } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { DonorFields, donorInput, donorProblems, emptyDonor } from './DonorFields';
import { defaultMovementDate, parseAmountInput, pledgeStatusLabel } from './model';
import { RecordPledgeDocument, type FundFieldsFragment, type PledgeRowFragment } from './operations';
import { fieldErrors, MoneyDialog, MoneyField, SubmitError, TextArea, useForm } from './parts';
import { useMoneyMutation } from './submission';

/** Record a pledge (cam kết ủng hộ): donor, amount, the day it was pledged and the day it is due. */
export function PledgeForm(p: { fund: FundFieldsFragment; onClose(): void }) {
  const { t, locale } = useI18n();
  const { fund } = p;
  const fresh = () => ({ amount: '', anonymous: false, donor: emptyDonor(), pledgedOn: defaultMovementDate(fund, todayLocal()), dueOn: '', note: '' });
  const [v, set, reset] = useForm(fresh);
  const [local, setLocal] = useState<Record<string, string | null>>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [done, setDone] = useState<{ replayed: boolean; pledge: PledgeRowFragment } | null>(null);
  const { submit, sending, restart } = useMoneyMutation(RecordPledgeDocument);
  const amount = parseAmountInput(v.amount);
  const err = fieldErrors(local, apiError);

  const onSubmit = async () => {
    const required = t('form.required');
    const problems: Record<string, string | null> = {
      amount: amount === null || amount <= 0 ? t('funds.amountInvalid') : null,
      pledgedOn: v.pledgedOn ? null : required,
      dueOn: !v.dueOn ? required : v.pledgedOn && v.dueOn < v.pledgedOn ? t('funds.dueBeforePledged') : null,
      ...donorProblems(v.donor, required),
    };
    setLocal(problems);
    if (Object.values(problems).some(Boolean)) return;
    const r = await submit({ fundId: fund.id, amount: amount!, anonymous: v.anonymous, pledgedOn: v.pledgedOn, dueOn: v.dueOn, note: v.note.trim() || null, ...donorInput(v.donor) });
    if (!r) return;
    setApiError(r.error);
    if (r.data) setDone(r.data.recordPledge);
  };

  const pledge = done?.pledge;
  return (
    <MoneyDialog
      title={t('funds.recordPledge')}
      formId="pledge-form"
      sending={sending}
      error={apiError}
      submitLabel={t('funds.recordPledge')}
      onSubmit={onSubmit}
      onClose={p.onClose}
      onAnother={() => {
        restart();
        reset(fresh());
        setDone(null);
        setApiError(null);
      }}
      done={
        pledge ? (
          <Notice kind={done.replayed ? 'info' : 'success'} title={done.replayed ? t('funds.replayed') : t('funds.recorded')}>
            <div data-testid="recorded" data-replayed={done.replayed ? 'true' : 'false'}>
              {pledge.donor?.name} — {t('funds.pledgeOf', { amount: formatVnd(pledge.amount, locale), date: formatLocalDate(pledge.dueOn) })} · {pledgeStatusLabel(pledge.status, locale)}
              {done.replayed ? <div className="lnob-muted">{t('funds.replayedHelp')}</div> : null}
            </div>
          </Notice>
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
      <SubmitError error={apiError} />
    </MoneyDialog>
  );
}
