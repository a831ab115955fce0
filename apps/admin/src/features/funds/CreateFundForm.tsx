import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FUND_LEVELS, todayLocal, type FundLevel } from '@lnob/domain';
import { Button, DateField, Dialog, SelectField, TextField, formatLocalDate, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { anyError, fieldErrors, type FormErrors } from '../common/forms';
import { OrganizationPicker, SearchPicker, type Picked } from '../common/Pickers';
import { accountProblems, ACCOUNT_NAME_MAX, BANK_NAME_MAX, createFundInput, emptyAccount, FUND_NAME_MAX, fundLevelFor, inputIndexOf, suggestedFundName, type AccountProblem, type BankAccountRow } from './create-fund';
import { fundLevelLabel } from './labels';
import { CommitteePickerDocument, CreateFundDocument, type CommitteePickerQuery } from './operations';

type Committee = CommitteePickerQuery['organizations']['edges'][number]['node'];

/**
 * Open a Fund for the Poor (SYSTEM_ADMIN, or organization.write over the committee): the VFF
 * committee (searched among VFF committees only), name and level (suggested by the committee),
 * campaign board, first day, and its bank and treasury accounts (rows added and removed). The
 * fund's last day is its committee's. On success `onCreated(fundId)`.
 */
export function CreateFundForm(p: { onClose(): void; onCreated(fundId: string): void }) {
  const { t, locale } = useI18n();
  const [committee, setCommittee] = useState<Committee | null>(null);
  const [name, setName] = useState('');
  const [level, setLevel] = useState<FundLevel>('PROVINCE');
  const [board, setBoard] = useState<Picked | null>(null);
  const [validFrom, setValidFrom] = useState(todayLocal());
  const [accounts, setAccounts] = useState<BankAccountRow[]>([emptyAccount()]);
  const [local, setLocal] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, create] = useMutation(CreateFundDocument);

  const accountMessage = (k: AccountProblem) =>
    k === 'required' ? t('form.required') : k === 'accountNumber' ? t('funds.accountNumberInvalid') : t('funds.textLength', { max: k === 'bankNameLength' ? BANK_NAME_MAX : ACCOUNT_NAME_MAX });
  const err = fieldErrors(local, apiError);
  const rowErr = (k: number, f: keyof BankAccountRow) => {
    const i = inputIndexOf(accounts, k);
    return i === null ? null : err(`bankAccounts[${i}].${f}`);
  };

  const pick = (c: Committee | null) => {
    setCommittee(c);
    if (!c) return;
    // Suggested by the committee: its level, the usual name, a first day not before the committee's.
    const l = fundLevelFor(c.level);
    if (l) setLevel(l);
    if (!name.trim()) setName(suggestedFundName(c));
    if (c.validFrom > validFrom) setValidFrom(c.validFrom);
  };

  const setRow = (k: number, patch: Partial<BankAccountRow>) => setAccounts((rows) => rows.map((r, i) => (i === k ? { ...r, ...patch } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (state.fetching) return;
    const required = t('form.required');
    const problems: FormErrors = {
      organizationId: committee ? null : required,
      name: !name.trim() ? required : name.trim().length > FUND_NAME_MAX ? t('funds.textLength', { max: FUND_NAME_MAX }) : null,
      validFrom: validFrom ? null : required,
      ...Object.fromEntries(Object.entries(accountProblems(accounts)).map(([path, k]) => [path, accountMessage(k)])),
    };
    setLocal(problems);
    if (anyError(problems)) return;
    const r = await create({ input: createFundInput({ committee, name, level, campaignBoard: board, validFrom, accounts }) });
    const fund = r.data?.createFund.fund;
    if (fund) return p.onCreated(fund.id);
    setApiError(describeError(r.error));
  };

  return (
    <Dialog
      title={t('funds.createTitle')}
      onClose={p.onClose}
      wide
      footer={
        <>
          <Button onClick={p.onClose} disabled={state.fetching}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" form="create-fund-form" variant="primary" disabled={state.fetching} data-testid="submit">
            {state.fetching ? t('funds.sending') : t('funds.createSubmit')}
          </Button>
        </>
      }
    >
      <form id="create-fund-form" onSubmit={submit} noValidate data-testid="create-fund-form">
        <SearchPicker
          label={t('funds.committeePick')}
          name="committeeSearch"
          value={committee}
          onChange={pick}
          query={CommitteePickerDocument}
          options={(d) => d.organizations.edges.map((e) => e.node)}
          meta={(c) => [t(`orgLevel.${c.level}`), c.area?.name].filter(Boolean).join(' · ')}
          placeholder={t('funds.committeePlaceholder')}
          hint={committee?.validTo ? t('funds.committeeEnds', { date: formatLocalDate(committee.validTo) }) : undefined}
          error={err('organizationId')}
          testId="committee-picker"
        />
        <TextField label={t('funds.name')} name="name" value={name} onChange={setName} error={err('name')} required />
        <SelectField label={t('funds.level')} name="level" value={level} onChange={(x) => setLevel(x as FundLevel)} error={err('level')} options={FUND_LEVELS.map((l) => ({ value: l, label: fundLevelLabel(l, locale) }))} />
        <OrganizationPicker label={`${t('funds.campaignBoard')} ${t('form.optional')}`} value={board} onChange={setBoard} error={err('campaignBoardId')} testId="board-picker" />
        <DateField label={t('funds.validFrom')} name="validFrom" value={validFrom} onChange={setValidFrom} error={err('validFrom')} required />
        <fieldset className="lnob-funds__group" data-testid="bank-accounts-fields">
          <legend>{t('funds.bankAccounts')}</legend>
          {accounts.length === 0 ? <p className="lnob-muted">{t('funds.noAccounts')}</p> : null}
          {accounts.map((a, k) => (
            <div key={k} className="lnob-funds__account" data-testid="account-row">
              <TextField label={t('funds.bankName')} name={`bankName-${k}`} value={a.bankName} onChange={(x) => setRow(k, { bankName: x })} error={rowErr(k, 'bankName')} />
              <TextField label={t('funds.accountNumber')} name={`accountNumber-${k}`} value={a.accountNumber} onChange={(x) => setRow(k, { accountNumber: x })} error={rowErr(k, 'accountNumber')} />
              <TextField label={t('funds.accountName')} name={`accountName-${k}`} value={a.accountName} onChange={(x) => setRow(k, { accountName: x })} error={rowErr(k, 'accountName')} />
              <Button variant="link" onClick={() => setAccounts((rows) => rows.filter((_, i) => i !== k))} data-testid="remove-account">
                {t('funds.removeAccount', { n: k + 1 })}
              </Button>
            </div>
          ))}
          <Button onClick={() => setAccounts((rows) => [...rows, emptyAccount()])} data-testid="add-account">
            {t('funds.addAccount')}
          </Button>
        </fieldset>
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}
