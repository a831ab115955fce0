import { useId, type FormEvent, type ReactNode } from 'react';
import { CHANNELS_BY_KIND, REASONS, type Channel, type TransactionKind } from '@lnob/domain';
import { Button, DateField, Dialog, Field, Notice, SelectField, TextField, formatVnd, useI18n } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { TextArea, textOrNull } from '../common/forms';
import { channelLabel, kindLabel } from './labels';
import { counterparty, formatAmountInput, parseAmountInput, type BalanceFigures } from './model';
import type { PostedFragment } from './operations';
import './funds.css';

/**
 * An amount typed as `1.234.567` (or `1234567`): shown back in words of money under the field
 * (`1.234.567 ₫`), regrouped when the field is left. `value` is the text; parse it with
 * parseAmountInput.
 */
export function MoneyField(p: { label: ReactNode; name: string; value: string; onChange(text: string): void; error?: string | null }) {
  const { t, locale } = useI18n();
  const id = useId();
  const amount = parseAmountInput(p.value);
  const invalid = p.value.trim() !== '' && amount === null;
  const error = p.error ?? (invalid ? t('funds.amountInvalid') : null);
  const hint = amount !== null ? formatVnd(amount, locale) : t('funds.amountHint');
  return (
    <Field label={p.label} htmlFor={id} hint={hint} error={error}>
      <input
        id={id}
        name={p.name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="lnob-funds__amount"
        value={p.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={() => {
          if (amount !== null) p.onChange(formatAmountInput(amount, locale));
        }}
      />
    </Field>
  );
}

/** The common fields of a movement: date, channel (with the IN_KIND valuation), receipt, reference, note. */
export interface MovementValue {
  occurredOn: string;
  channel: Channel;
  valuationDescription: string;
  valuationBasis: string;
  receiptNumber: string;
  reference: string;
  note: string;
}

export const emptyMovement = (occurredOn: string, channel: Channel = 'BANK_TRANSFER'): MovementValue => ({
  occurredOn,
  channel,
  valuationDescription: '',
  valuationBasis: '',
  receiptNumber: '',
  reference: '',
  note: '',
});

/** The input fields of a movement (the valuation only for IN_KIND). */
export function movementInput(v: MovementValue) {
  return {
    occurredOn: v.occurredOn,
    channel: v.channel,
    valuation: v.channel === 'IN_KIND' ? { description: v.valuationDescription.trim(), basis: v.valuationBasis.trim() } : null,
    receiptNumber: textOrNull(v.receiptNumber),
    reference: textOrNull(v.reference),
    note: textOrNull(v.note),
  };
}

export function MovementFields(p: { kind: TransactionKind; value: MovementValue; onChange(v: Partial<MovementValue>): void; err(field: string): string | null; dateLabel?: string; hideChannel?: boolean }) {
  const { t, locale } = useI18n();
  const v = p.value;
  const channels = CHANNELS_BY_KIND[p.kind];
  const optional = (label: string) => `${label} ${t('form.optional')}`;
  return (
    <>
      <DateField label={p.dateLabel ?? t('funds.occurredOn')} name="occurredOn" value={v.occurredOn} onChange={(x) => p.onChange({ occurredOn: x })} error={p.err('occurredOn')} required />
      {p.hideChannel ? null : (
        <SelectField
          label={t('funds.channel')}
          name="channel"
          value={v.channel}
          onChange={(x) => p.onChange({ channel: x as Channel })}
          error={p.err('channel')}
          options={channels.map((c) => ({ value: c, label: channelLabel(c, locale) }))}
        />
      )}
      {v.channel === 'IN_KIND' && !p.hideChannel ? (
        <fieldset className="lnob-funds__group" data-testid="valuation">
          <legend>{t('funds.valuation')}</legend>
          <TextField label={t('funds.valuationDescription')} name="valuationDescription" value={v.valuationDescription} onChange={(x) => p.onChange({ valuationDescription: x })} error={p.err('valuation.description')} required />
          <TextField
            label={t('funds.valuationBasis')}
            name="valuationBasis"
            value={v.valuationBasis}
            onChange={(x) => p.onChange({ valuationBasis: x })}
            error={p.err('valuation.basis')}
            hint={t('funds.valuationBasisHint')}
            required
          />
        </fieldset>
      ) : null}
      <TextField label={optional(t('funds.receipt'))} name="receiptNumber" value={v.receiptNumber} onChange={(x) => p.onChange({ receiptNumber: x })} error={p.err('receiptNumber')} />
      <TextField label={optional(t('funds.reference'))} name="reference" value={v.reference} onChange={(x) => p.onChange({ reference: x })} error={p.err('reference')} />
      <TextArea label={optional(t('funds.note'))} name="note" value={v.note} onChange={(x) => p.onChange({ note: x })} error={p.err('note')} />
    </>
  );
}

/**
 * The API's refusal of a submission: its message (by reason), field errors and request id; the
 * balance for FUND_BALANCE_INSUFFICIENT; what to do for a network error (send again: it will not
 * be recorded twice) and for IDEMPOTENCY_KEY_REUSED.
 */
export function SubmitError(p: { error: AppError | null; figures?: BalanceFigures | null }) {
  const { t, locale } = useI18n();
  const e = p.error;
  if (!e) return null;
  const balance = p.figures?.balance ?? null;
  const amount = p.figures?.amount ?? null;
  const shortfall = p.figures?.shortfall ?? (balance !== null && amount !== null ? amount - balance : null);
  return (
    <div data-testid="submit-error" data-reason={e.reason ?? e.code ?? (e.network ? 'NETWORK' : undefined)}>
      <FormError error={e} />
      {e.reason === REASONS.FUND_BALANCE_INSUFFICIENT && balance !== null ? (
        <p className="lnob-funds__figures-line" data-testid="balance-insufficient">
          {t('funds.balanceNow', { balance: formatVnd(balance, locale) })}
          {amount !== null ? ` ${t('funds.amountAsked', { amount: formatVnd(amount, locale) })}` : ''}
          {shortfall !== null && shortfall > 0 ? ` ${t('funds.shortfall', { amount: formatVnd(shortfall, locale) })}` : ''}
        </p>
      ) : null}
      {e.network || e.code === 'INTERNAL_SERVER_ERROR' ? <p className="lnob-muted">{t('funds.retrySafe')}</p> : null}
      {e.reason === REASONS.IDEMPOTENCY_KEY_REUSED ? <p className="lnob-muted">{t('funds.keyReusedHelp')}</p> : null}
    </div>
  );
}

/** "Recorded" or "already recorded (retry)": what was recorded and, for a movement, the fund's balance after it. */
export function Recorded(p: { replayed: boolean; balance?: number; children: ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <Notice kind={p.replayed ? 'info' : 'success'} title={p.replayed ? t('funds.replayed') : t('funds.recorded')}>
      <div data-testid="recorded" data-replayed={p.replayed ? 'true' : 'false'}>
        {p.children}
        {p.balance !== undefined ? (
          <div>
            {t('funds.balanceAfter')}: <strong data-testid="recorded-balance">{formatVnd(p.balance, locale)}</strong>
          </div>
        ) : null}
        {p.replayed ? <div className="lnob-muted">{t('funds.replayedHelp')}</div> : null}
      </div>
    </Notice>
  );
}

/** The answer to a money mutation: the movement (kind, amount, counterparty) or `message`, and the balance after it. */
export function RecordedMovement(p: { posted: PostedFragment; fundId: string; message?: string }) {
  const { locale } = useI18n();
  const tx = p.posted.transaction;
  return (
    <Recorded replayed={p.posted.replayed} balance={p.posted.fund.balance}>
      {p.message ?? [kindLabel(tx.kind, locale), formatVnd(tx.amount, locale), counterparty(tx, p.fundId, locale)].filter(Boolean).join(' · ')}
    </Recorded>
  );
}

/**
 * A form dialog of a money movement: the fields until the API answers with the movement, then the
 * answer ("recorded" / "already recorded") with "close" and "record another".
 */
export function MoneyDialog(p: {
  title: ReactNode;
  formId: string;
  sending: boolean;
  /** The error of the last attempt (a network error turns the button into "send again"). */
  error: AppError | null;
  submitLabel: string;
  done: ReactNode | null;
  onSubmit(): void | Promise<void>;
  onClose(): void;
  onAnother?(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const retry = p.error?.network || p.error?.code === 'INTERNAL_SERVER_ERROR';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // (the promise is returned for tests; the browser ignores it)
    if (!p.sending) return p.onSubmit();
  };
  return (
    <Dialog
      title={p.title}
      onClose={p.onClose}
      wide
      footer={
        p.done ? (
          <>
            {p.onAnother ? <Button onClick={p.onAnother}>{t('funds.another')}</Button> : null}
            <Button variant="primary" onClick={p.onClose} data-testid="close">
              {t('funds.close')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={p.onClose} disabled={p.sending}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" form={p.formId} variant="primary" disabled={p.sending} data-testid="submit">
              {p.sending ? t('funds.sending') : retry ? t('funds.sendAgain') : p.submitLabel}
            </Button>
          </>
        )
      }
    >
      {p.done ?? (
        <form id={p.formId} onSubmit={submit} noValidate data-testid={p.formId}>
          {p.children}
        </form>
      )}
    </Dialog>
  );
}
