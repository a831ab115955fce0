import { useState } from 'react';
import { useQuery } from 'urql';
import { REASONS, todayLocal } from '@lnob/domain';
import { DateField, Dialog, Notice, Button, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { QueryFallback } from '../common/queries';
import { balanceFigures, counterparty, defaultMovementDate, kindLabel, type BalanceFigures } from './model';
import { LedgerTransactionDocument, ReverseTransactionDocument, type FundFieldsFragment, type LedgerRowFragment, type PostedFragment } from './operations';
import { fieldErrors, MoneyDialog, Recorded, SubmitError, TextArea } from './parts';
import { useMoneyMutation } from './submission';

/** Reverse a ledger row (bút toán đảo): why, and the day (not before the original). */
export function ReversalForm(p: { fund: FundFieldsFragment; transactionId: string; onClose(): void }) {
  const { t } = useI18n();
  const [res, reexecute] = useQuery({ query: LedgerTransactionDocument, variables: { id: p.transactionId } });
  const node = res.data?.node;
  const tx = node && node.__typename === 'LedgerTransaction' ? (node as LedgerRowFragment) : null;
  if (!tx) {
    const error = describeError(res.error) ?? (res.data && !res.fetching ? { code: 'NOT_FOUND', reason: 'NOT_FOUND', requestId: null, fieldErrors: [], message: '', network: false } : null);
    return (
      <Dialog title={t('funds.reverse')} onClose={p.onClose}>
        <QueryFallback fetching={res.fetching} error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Dialog>
    );
  }
  return <ReversalFields fund={p.fund} tx={tx} onClose={p.onClose} />;
}

function ReversalFields(p: { fund: FundFieldsFragment; tx: LedgerRowFragment; onClose(): void }) {
  const { t, locale } = useI18n();
  const { fund, tx } = p;
  const [reason, setReason] = useState('');
  const [occurredOn, setOccurredOn] = useState(() => {
    const d = defaultMovementDate(fund, todayLocal());
    return d < tx.occurredOn ? tx.occurredOn : d;
  });
  const [local, setLocal] = useState<Record<string, string | null>>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [figures, setFigures] = useState<BalanceFigures | null>(null);
  const [done, setDone] = useState<PostedFragment | null>(null);
  const { submit, sending } = useMoneyMutation(ReverseTransactionDocument);
  const err = fieldErrors(local, apiError);

  const summary = (
    <dl className="lnob-dl" data-testid="reversal-original">
      <dt>{t('funds.kind')}</dt>
      <dd>{kindLabel(tx.kind, locale)}</dd>
      <dt>{t('funds.date')}</dt>
      <dd>{formatLocalDate(tx.occurredOn)}</dd>
      <dt>{t('funds.amount')}</dt>
      <dd>{formatVnd(tx.amount, locale)}</dd>
      <dt>{t('funds.counterparty')}</dt>
      <dd>{counterparty(tx, fund.id, locale) || t('state.none')}</dd>
    </dl>
  );

  if (!done && (tx.reversedBy || tx.kind === 'REVERSAL')) {
    return (
      <Dialog title={t('funds.reverse')} onClose={p.onClose} footer={<Button onClick={p.onClose}>{t('funds.close')}</Button>}>
        {summary}
        <Notice kind="warning">{tx.reversedBy ? t('reason.ALREADY_REVERSED') : t('reason.CANNOT_REVERSE_REVERSAL')}</Notice>
      </Dialog>
    );
  }

  const onSubmit = async () => {
    const problems = { reason: reason.trim() ? null : t('form.required'), occurredOn: !occurredOn ? t('form.required') : occurredOn < tx.occurredOn ? t('funds.reversalBeforeOriginal', { date: formatLocalDate(tx.occurredOn) }) : null };
    setLocal(problems);
    if (Object.values(problems).some(Boolean)) return;
    const r = await submit({ transactionId: tx.id, reason: reason.trim(), occurredOn });
    if (!r) return;
    setApiError(r.error);
    setFigures(null);
    if (r.data) return setDone(r.data.reverseTransaction);
    // The figures the refusal was checked against (extensions.details): balance, amount, shortfall.
    if (r.error?.reason === REASONS.FUND_BALANCE_INSUFFICIENT) setFigures(balanceFigures(r.combined));
  };

  return (
    <MoneyDialog
      title={t('funds.reverse')}
      formId="reversal-form"
      sending={sending}
      error={apiError}
      submitLabel={t('funds.reverse')}
      onSubmit={onSubmit}
      onClose={p.onClose}
      done={done ? <Recorded replayed={done.replayed} tx={done.transaction} fundId={fund.id} balance={done.fund.balance} message={t('funds.reversedDone', { amount: formatVnd(tx.amount, locale), date: formatLocalDate(done.transaction.occurredOn) })} /> : null}
    >
      {summary}
      <p className="lnob-muted">{t('funds.reverseHelp')}</p>
      <TextArea label={t('funds.reverseReason')} name="reason" value={reason} onChange={setReason} error={err('reason')} rows={3} />
      <DateField label={t('funds.reverseDate')} name="occurredOn" value={occurredOn} onChange={setOccurredOn} error={err('occurredOn')} required />
      <SubmitError error={apiError} figures={figures} />
    </MoneyDialog>
  );
}
