import { useState } from 'react';
import { useQuery } from 'urql';
import { REASONS, todayLocal } from '@lnob/domain';
import { SelectField, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { balanceFigures, defaultMovementDate, fundLevelLabel, fundOpenOn, parseAmountInput, type BalanceFigures } from './model';
import { FundsDocument, RecordTransferDocument, TRANSFER_FUNDS, type FundFieldsFragment, type PostedFragment } from './operations';
import { emptyMovement, fieldErrors, MoneyDialog, MoneyField, MovementFields, movementInput, Recorded, SubmitError, useForm } from './parts';
import { useMoneyMutation } from './submission';

/** Send money to another fund of the caller's view (both funds see the transfer). */
export function TransferForm(p: { fund: FundFieldsFragment; onClose(): void }) {
  const { t, locale } = useI18n();
  const message = useErrorMessage();
  const { fund } = p;
  const fresh = () => ({ toFundId: '', amount: '', movement: emptyMovement(defaultMovementDate(fund, todayLocal())) });
  const [v, set, reset] = useForm(fresh);
  const [local, setLocal] = useState<Record<string, string | null>>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [figures, setFigures] = useState<BalanceFigures | null>(null);
  const [done, setDone] = useState<PostedFragment | null>(null);
  const { submit, sending, restart } = useMoneyMutation(RecordTransferDocument);
  const [funds] = useQuery({ query: FundsDocument, variables: { first: TRANSFER_FUNDS } });
  const others = (funds.data?.funds.edges ?? []).map((e) => e.node).filter((f) => f.id !== fund.id);
  const amount = parseAmountInput(v.amount);
  const err = fieldErrors(local, apiError);
  const fundsError = describeError(funds.error);

  const onSubmit = async () => {
    const required = t('form.required');
    const problems: Record<string, string | null> = {
      toFundId: v.toFundId ? null : required,
      amount: amount === null || amount <= 0 ? t('funds.amountInvalid') : null,
      occurredOn: v.movement.occurredOn ? null : required,
    };
    setLocal(problems);
    if (Object.values(problems).some(Boolean)) return;
    const { valuation: _none, ...movement } = movementInput(v.movement);
    const r = await submit({ fromFundId: fund.id, toFundId: v.toFundId, amount: amount!, ...movement });
    if (!r) return;
    setApiError(r.error);
    setFigures(null);
    if (r.data) return setDone(r.data.recordTransfer);
    // The figures the refusal was checked against (extensions.details): balance, amount, shortfall.
    if (r.error?.reason === REASONS.FUND_BALANCE_INSUFFICIENT) setFigures(balanceFigures(r.combined));
  };

  const date = v.movement.occurredOn;
  return (
    <MoneyDialog
      title={t('funds.recordTransfer')}
      formId="transfer-form"
      sending={sending}
      error={apiError}
      submitLabel={t('funds.recordTransfer')}
      onSubmit={onSubmit}
      onClose={p.onClose}
      onAnother={() => {
        restart();
        reset(fresh());
        setDone(null);
        setApiError(null);
      }}
      done={
        done ? (
          <Recorded
            replayed={done.replayed}
            tx={done.transaction}
            fundId={fund.id}
            balance={done.fund.balance}
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
      <SubmitError error={apiError} figures={figures} />
    </MoneyDialog>
  );
}
