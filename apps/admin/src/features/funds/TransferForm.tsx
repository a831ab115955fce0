import { useQuery } from 'urql';
import { todayLocal } from '@lnob/domain';
import { SelectField, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { fundLevelLabel } from './labels';
import { defaultMovementDate, fundOpenOn, parseAmountInput } from './model';
import { FundsDocument, RecordTransferDocument, TRANSFER_FUNDS, type FundFieldsFragment } from './operations';
import { emptyMovement, MoneyDialog, MoneyField, MovementFields, movementInput, RecordedMovement, SubmitError } from './parts';
import { useMoneyForm } from './submission';

/** Send money to another fund of the caller's view (both funds see the transfer). */
export function TransferForm(p: { fund: FundFieldsFragment; onClose(): void }) {
  const { t, locale } = useI18n();
  const message = useErrorMessage();
  const { fund } = p;
  const fresh = () => ({ toFundId: '', amount: '', movement: emptyMovement(defaultMovementDate(fund, todayLocal())) });
  const form = useMoneyForm(RecordTransferDocument, fresh, (d) => d.recordTransfer);
  const { v, set, err, done } = form;
  const [funds] = useQuery({ query: FundsDocument, variables: { first: TRANSFER_FUNDS } });
  const others = (funds.data?.funds.edges ?? []).map((e) => e.node).filter((f) => f.id !== fund.id);
  const amount = parseAmountInput(v.amount);
  const fundsError = describeError(funds.error);

  const onSubmit = async () => {
    const required = t('form.required');
    await form.send(
      {
        toFundId: v.toFundId ? null : required,
        amount: amount === null || amount <= 0 ? t('funds.amountInvalid') : null,
        occurredOn: v.movement.occurredOn ? null : required,
      },
      () => {
        const { valuation: _none, ...movement } = movementInput(v.movement);
        return { fromFundId: fund.id, toFundId: v.toFundId, amount: amount!, ...movement };
      },
    );
  };

  const date = v.movement.occurredOn;
  return (
    <MoneyDialog
      title={t('funds.recordTransfer')}
      formId="transfer-form"
      sending={form.sending}
      error={form.error}
      submitLabel={t('funds.recordTransfer')}
      onSubmit={onSubmit}
      onClose={p.onClose}
      onAnother={form.another}
      done={
        done ? (
          <RecordedMovement
            posted={done}
            fundId={fund.id}
            message={t('funds.transferDone', { amount: formatVnd(done.transaction.amount, locale), to: done.transaction.counterFund?.name ?? '' })}
          />
        ) : null
      }
    >
      <p className="lnob-muted">{t('funds.transferFrom', { name: fund.name })}</p>
      {fundsError ? <p className="lnob-field__error">{message(fundsError)}</p> : null}
      <SelectField
        label={t('funds.toFund')}
        name="toFundId"
        value={v.toFundId}
        onChange={(toFundId) => set({ toFundId })}
        error={err('toFundId')}
        options={[
          { value: '', label: funds.fetching && !funds.data ? t('state.loading') : others.length ? t('funds.chooseFund') : t('funds.noOtherFunds') },
          ...others.map((f) => ({
            value: f.id,
            label: `${f.name} (${fundLevelLabel(f.level, locale)})${date && !fundOpenOn(f, date) ? ` — ${t('funds.notOpenOn', { date: formatLocalDate(date) })}` : ''}`,
          })),
        ]}
      />
      <MoneyField label={t('funds.amount')} name="amount" value={v.amount} onChange={(x) => set({ amount: x })} error={err('amount')} />
      <MovementFields kind="TRANSFER" value={v.movement} onChange={(x) => set({ movement: { ...v.movement, ...x } })} err={err} />
      <SubmitError error={form.error} figures={form.figures} />
    </MoneyDialog>
  );
}
