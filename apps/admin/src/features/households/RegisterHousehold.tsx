import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { membersProblems, todayLocal } from '@lnob/domain';
import { Button, FieldErrorList, Notice, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { fieldError, FormError } from '../../app/ErrorView';
import { href, navigate } from '../../app/router';
import { useCan } from '../../app/session';
import { FormButtons } from '../common/forms';
import { AreaPicker, type PickedArea } from '../common/Pickers';
import { emptyMember, HouseholdFactsFields, MemberFieldsEditor, type FactsValue, type MemberValue } from './HouseholdDialogs';
import { RegisterHouseholdDocument } from './operations';

const toInput = (m: MemberValue) => ({
  fullName: m.fullName.trim(),
  birthDate: m.birthDate || null,
  sex: m.sex || null,
  nationalId: m.nationalId || null,
  relation: m.relation,
});

/**
 * `#/households/new`: a household with its members (exactly one HEAD). The member list is checked
 * live with `membersProblems` of @lnob/domain (the API's rules); the API's field errors land on the
 * same fields (`input.members[1].nationalId`).
 */
export function RegisterHousehold() {
  const { t } = useI18n();
  const can = useCan();
  const [area, setArea] = useState<PickedArea | null>(null);
  const [facts, setFacts] = useState<FactsValue>({ address: '', ethnicity: '', ethnicMinority: false, housingStatus: '', disability: false, singleElderly: false, socialProtection: false });
  const [members, setMembers] = useState<MemberValue[]>([emptyMember('HEAD')]);
  const [submitted, setSubmitted] = useState(false);
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, register] = useMutation(RegisterHouseholdDocument);
  const problems = membersProblems(members.map(toInput), todayLocal());
  const memberErr = (k: number) => (f: string) =>
    (submitted ? problems.find((p) => p.path === `input.members[${k}].${f}`)?.message : undefined) ?? fieldError(apiError, `members[${k}].${f}`);

  if (!can('data.capture')) return <Notice kind="warning">{t('app.noAccess')}</Notice>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!area || problems.length > 0) return;
    const r = await register({
      input: {
        areaId: area.id,
        address: facts.address.trim() || null,
        ethnicity: facts.ethnicity.trim() || null,
        ethnicMinority: facts.ethnicMinority,
        housingStatus: facts.housingStatus || null,
        disability: facts.disability,
        singleElderly: facts.singleElderly,
        socialProtection: facts.socialProtection,
        members: members.map(toInput),
      },
    });
    setApiError(describeError(r.error));
    const id = r.data?.registerHousehold.household.id;
    if (id) navigate(href(`/households/${encodeURIComponent(id)}`));
  };
  const err = (f: string) => fieldError(apiError, f);
  return (
    <div className="lnob-page" data-testid="register-household">
      <a href={href('/households')} className="lnob-back">
        {t('households.back')}
      </a>
      <header className="lnob-page__header">
        <h1>{t('households.new')}</h1>
      </header>
      <form id="register-household" onSubmit={submit} noValidate>
        <AreaPicker label={t('households.area')} value={area} onChange={setArea} error={(submitted && !area ? t('form.required') : null) ?? err('areaId')} />
        <HouseholdFactsFields value={facts} onChange={(x) => setFacts({ ...facts, ...x })} err={err} />
        <h2>{t('households.members')}</h2>
        {members.map((m, k) => (
          <fieldset key={k} data-testid={`member-${k}`}>
            <legend>{t('households.member', { n: k + 1 })}</legend>
            <MemberFieldsEditor value={m} prefix={`m${k}.`} err={memberErr(k)} onChange={(x) => setMembers(members.map((o, j) => (j === k ? { ...o, ...x } : o)))} />
            {members.length > 1 ? (
              <Button variant="link" onClick={() => setMembers(members.filter((_, j) => j !== k))}>
                {t('households.removeRow')}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <Button onClick={() => setMembers([...members, emptyMember()])}>{t('households.addMember')}</Button>
        <section className="lnob-notice" aria-live="polite" data-testid="members-check">
          <strong className="lnob-notice__title">{t('households.membersCheck')}</strong>
          {problems.length === 0 ? (
            <div>{t('households.membersOk')}</div>
          ) : (
            <FieldErrorList errors={problems.map((f) => ({ path: f.path.replace(/^input\./, ''), message: f.message }))} />
          )}
        </section>
        <FormError error={apiError} />
        <div className="lnob-page__actions">
          <FormButtons busy={state.fetching} onCancel={() => navigate(href('/households'))} submitLabel={t('households.new')} />
        </div>
      </form>
    </div>
  );
}
