import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { HOUSING_CATEGORIES, todayLocal, type DisbursementCategory } from '@lnob/domain';
import { Badge, Button, DateField, Dialog, PersonalValue, formatLocalDate, formatTimestamp, formatVnd, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { href, useRoute, withQuery } from '../../app/router';
import { useCan } from '../../app/session';
import { NOT_FOUND_ERROR, QueryFallback, useWithheldSoFar } from '../common/queries';
import { withheldPaths } from '../households/shared';
import { beneficiaryKindLabel, categoryLabel, channelLabel, donorKindLabel, kindLabel } from './labels';
import { counterparty, direction } from './model';
import { CompleteHousingDocument, LedgerTransactionDocument, type FundFieldsFragment, type LedgerRowFragment } from './operations';

/**
 * A ledger row by id (`node(id)`), with its household's head (through the personal-data guard:
 * `withheld` names what the API held back); NOT_FOUND when the id is not a ledger row.
 */
export function useLedgerTransaction(id: string) {
  const [res, reexecute] = useQuery({ query: LedgerTransactionDocument, variables: { id } });
  const node = res.data?.node;
  const tx = node && node.__typename === 'LedgerTransaction' ? (node as LedgerRowFragment & { household: { id: string; headName: string | null } | null }) : null;
  return {
    tx,
    fetching: res.fetching,
    error: describeError(res.error) ?? (res.data && !tx ? NOT_FOUND_ERROR : null),
    retry: () => reexecute({ requestPolicy: 'network-only' }),
    withheld: withheldPaths(res.error),
  };
}

/**
 * `#/funds/<id>?tab=ledger&tx=<transaction>`: one ledger row in full — who recorded it and when,
 * receipt, reference, valuation, the household paid (its head's name through the personal-data
 * guard), the reviewer's justification — linked to its reversal or to what it reverses, with
 * "reverse" and, for a house, "report the house complete".
 */
export function TransactionDialog(p: { fund: FundFieldsFragment; transactionId: string; onClose(): void }) {
  const { t, locale } = useI18n();
  const route = useRoute();
  const can = useCan();
  const { tx, fetching, error, retry, withheld: withheldNow } = useLedgerTransaction(p.transactionId);
  const withheld = useWithheldSoFar(withheldNow);
  const link = (id: string) => withQuery(route, { tx: id });
  const dir = tx ? direction(tx, p.fund.id) : null;
  const capture = can('data.capture');

  return (
    <Dialog title={tx ? `${kindLabel(tx.kind, locale)} — ${formatVnd(tx.amount, locale)}` : t('funds.transaction')} onClose={p.onClose} wide footer={<Button onClick={p.onClose}>{t('funds.close')}</Button>}>
      {!tx ? (
        <QueryFallback fetching={fetching} error={error} onRetry={retry} />
      ) : (
        <div data-testid="transaction-detail" data-id={tx.id}>
          {tx.reversedBy ? (
            <p>
              <Badge tone="warn">{t('funds.reversed')}</Badge>{' '}
              <a href={link(tx.reversedBy.id)} data-testid="to-reversal">
                {t('funds.reversedOn', { date: formatLocalDate(tx.reversedBy.occurredOn) })}
              </a>
            </p>
          ) : null}
          {tx.reverses ? (
            <p>
              <a href={link(tx.reverses.id)} data-testid="to-original">
                {t('funds.reversalOf', { date: formatLocalDate(tx.reverses.occurredOn) })}
              </a>
            </p>
          ) : null}
          <dl className="lnob-dl">
            <dt>{t('funds.date')}</dt>
            <dd>{formatLocalDate(tx.occurredOn)}</dd>
            <dt>{t('funds.kind')}</dt>
            <dd>
              {kindLabel(tx.kind, locale)}
              {tx.category ? ` · ${categoryLabel(tx.category, locale)}` : ''}
            </dd>
            <dt>{dir === 'OUT' ? t('funds.moneyOut') : t('funds.moneyIn')}</dt>
            <dd className={dir === 'OUT' ? 'lnob-funds__out' : 'lnob-funds__in'}>{formatVnd(tx.amount, locale)}</dd>
            {tx.channel ? (
              <>
                <dt>{t('funds.channel')}</dt>
                <dd>{channelLabel(tx.channel, locale)}</dd>
              </>
            ) : null}
            {tx.valuation ? (
              <>
                <dt>{t('funds.valuation')}</dt>
                <dd>{tx.valuation}</dd>
              </>
            ) : null}
            {tx.donor ? (
              <>
                <dt>{t('funds.donor')}</dt>
                <dd>
                  {tx.donor.name} ({donorKindLabel(tx.donor.kind, locale)}){tx.anonymous ? <Badge>{t('funds.anonymous')}</Badge> : null}
                </dd>
              </>
            ) : null}
            {tx.beneficiaryKind ? (
              <>
                <dt>{t('funds.beneficiary')}</dt>
                <dd>
                  {beneficiaryKindLabel(tx.beneficiaryKind, locale)}:{' '}
                  {tx.household ? (
                    <a href={href(`/households/${encodeURIComponent(tx.household.id)}`)}>
                      <PersonalValue value={tx.household.headName} hidden={withheld.has('node.household.headName') || (tx.household.headName === null && !can('personalData.read'))} />
                    </a>
                  ) : (
                    (tx.beneficiaryName ?? counterparty(tx, p.fund.id, locale)) || t('state.none')
                  )}
                </dd>
              </>
            ) : null}
            {tx.kind === 'TRANSFER' ? (
              <>
                <dt>{dir === 'OUT' ? t('funds.toFund') : t('funds.fromFund')}</dt>
                <dd>{counterparty(tx, p.fund.id, locale) || t('state.none')}</dd>
              </>
            ) : null}
            {tx.overrideJustification ? (
              <>
                <dt>{t('funds.justification')}</dt>
                <dd>{tx.overrideJustification}</dd>
              </>
            ) : null}
            <dt>{t('funds.receipt')}</dt>
            <dd>{tx.receiptNumber ?? t('state.none')}</dd>
            <dt>{t('funds.reference')}</dt>
            <dd>{tx.reference ?? t('state.none')}</dd>
            <dt>{tx.kind === 'REVERSAL' ? t('funds.reverseReason') : t('funds.note')}</dt>
            <dd>{tx.note ?? t('state.none')}</dd>
            {tx.housingCompletedOn ? (
              <>
                <dt>{t('funds.housingCompleted')}</dt>
                <dd>{formatLocalDate(tx.housingCompletedOn)}</dd>
              </>
            ) : null}
            <dt>{t('funds.recordedBy')}</dt>
            <dd>
              {tx.recordedBy} · {formatTimestamp(tx.recordedAt)}
            </dd>
            <dt>{t('funds.transactionId')}</dt>
            <dd>
              <code>{tx.id}</code>
            </dd>
          </dl>
          {capture && !tx.reversedBy && tx.kind !== 'REVERSAL' ? (
            <p>
              <a className="lnob-button lnob-button--danger" href={withQuery(route, { tx: null, reverse: tx.id })} data-testid="reverse-from-detail">
                {t('funds.reverse')}
              </a>
            </p>
          ) : null}
          {capture && tx.kind === 'DISBURSEMENT' && tx.household && HOUSING_CATEGORIES.includes(tx.category as DisbursementCategory) && !tx.housingCompletedOn && !tx.reversedBy ? <CompleteHousing transactionId={tx.id} occurredOn={tx.occurredOn} /> : null}
        </div>
      )}
    </Dialog>
  );
}

/** Report the house of a housing disbursement complete (the household's housing status follows). */
function CompleteHousing(p: { transactionId: string; occurredOn: string }) {
  const { t } = useI18n();
  const [date, setDate] = useState(todayLocal());
  const [state, complete] = useMutation(CompleteHousingDocument);
  const [error, setError] = useState<AppError | null>(null);
  return (
    <fieldset className="lnob-funds__group" data-testid="complete-housing">
      <legend>{t('funds.completeHousing')}</legend>
      <DateField label={t('funds.housingCompleted')} name="completedOn" value={date} onChange={setDate} error={error?.fieldErrors.find((f) => f.path === 'input.completedOn')?.message ?? null} />
      <Button
        disabled={state.fetching || !date}
        onClick={async () => {
          const r = await complete({ input: { transactionId: p.transactionId, completedOn: date } });
          setError(r.data ? null : describeError(r.error));
        }}
      >
        {state.fetching ? t('funds.sending') : t('funds.completeHousing')}
      </Button>
      <FormError error={error} />
    </fieldset>
  );
}
