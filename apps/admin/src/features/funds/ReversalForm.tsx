import { todayLocal } from '@lnob/domain';
import { DateField, Dialog, Notice, Button, formatLocalDate, formatVnd, useI18n } from '@lnob/ui';
import { QueryFallback } from '../common/queries';
import { kindLabel } from './labels';
import { counterparty, defaultMovementDate } from './model';
import { ReverseTransactionDocument, type FundFieldsFragment, type LedgerRowFragment } from './operations';
import { TextArea } from '../common/forms';
import { MoneyDialog, RecordedMovement, SubmitError } from './parts';
import { useMoneyForm } from './submission';
import { useLedgerTransaction } from './TransactionDialog';

/** Reverse a ledger row (bút toán đảo): why, and the day (not before the original). */
export function ReversalForm(p: { fund: FundFieldsFragment; transactionId: string; onClose(): void }) {
  const { t } = useI18n();
  const { tx, fetching, error, retry } = useLedgerTransaction(p.transactionId);
  if (!tx) {
    return (
      <Dialog title={t('funds.reverse')} onClose={p.onClose}>
        <QueryFallback fetching={fetching} error={error} onRetry={retry} />
      </Dialog>
    );
  }
  return <ReversalFields fund={p.fund} tx={tx} onClose={p.onClose} />;
}

function ReversalFields(p: { fund: FundFieldsFragment; tx: LedgerRowFragment; onClose(): void }) {
  const { t, locale } = useI18n();
  const { fund, tx } = p;
  const fresh = () => {
    const d = defaultMovementDate(fund, todayLocal());
    return { reason: '', occurredOn: d < tx.occurredOn ? tx.occurredOn : d };
  };
  const form = useMoneyForm(ReverseTransactionDocument, fresh, (d) => d.reverseTransaction);
  const { v, set, err, done } = form;

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
    await form.send(
      { reason: v.reason.trim() ? null : t('form.required'), occurredOn: !v.occurredOn ? t('form.required') : v.occurredOn < tx.occurredOn ? t('funds.reversalBeforeOriginal', { date: formatLocalDate(tx.occurredOn) }) : null },
      () => ({ transactionId: tx.id, reason: v.reason.trim(), occurredOn: v.occurredOn }),
    );
  };

  return (
    <MoneyDialog
      title={t('funds.reverse')}
      formId="reversal-form"
      sending={form.sending}
      error={form.error}
      submitLabel={t('funds.reverse')}
      onSubmit={onSubmit}
      onClose={p.onClose}
      done={done ? <RecordedMovement posted={done} fundId={fund.id} message={t('funds.reversedDone', { amount: formatVnd(tx.amount, locale), date: formatLocalDate(done.transaction.occurredOn) })} /> : null}
    >
      {summary}
      <p className="lnob-muted">{t('funds.reverseHelp')}</p>
      <TextArea label={t('funds.reverseReason')} name="reason" value={v.reason} onChange={(reason) => set({ reason })} error={err('reason')} rows={3} />
      <DateField label={t('funds.reverseDate')} name="occurredOn" value={v.occurredOn} onChange={(occurredOn) => set({ occurredOn })} error={err('occurredOn')} required />
      <SubmitError error={form.error} figures={form.figures} />
    </MoneyDialog>
  );
}
