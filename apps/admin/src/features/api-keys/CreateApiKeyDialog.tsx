import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { addDays, API_KEY_RATE_DEFAULT, API_KEY_RATE_MAX, API_KEY_SCOPES, todayLocal, type ApiKeyScope } from '@lnob/domain';
import { Checkbox, DateField, Dialog, Field, Notice, TextField, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { fieldError, FormError } from '../../app/ErrorView';
import { anyError, FormButtons, type FormErrors } from '../common/forms';
import { OrganizationPicker, type Picked } from '../common/Pickers';
import { CreateApiKeyDocument } from './operations';

/** Name, organization, scopes, personal-data grant, expiry and rate. Hands the secret to the caller once. */
export function CreateApiKeyDialog(p: { onClose(): void; onCreated(name: string, secret: string): void }) {
  const { t } = useI18n();
  const today = todayLocal();
  const [name, setName] = useState('');
  const [org, setOrg] = useState<Picked | null>(null);
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['AREAS', 'ORGANIZATIONS']);
  const [personalData, setPersonalData] = useState(false);
  const [expiresOn, setExpiresOn] = useState(addDays(today, 365));
  const [rate, setRate] = useState(String(API_KEY_RATE_DEFAULT));
  const [errors, setErrors] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, create] = useMutation(CreateApiKeyDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const rpm = Number(rate);
    const errs: FormErrors = {
      name: name.trim() ? null : t('form.required'),
      organizationId: org ? null : t('form.required'),
      scopes: scopes.length ? null : t('apiKeys.scopeRequired'),
      expiresOn: !expiresOn ? t('form.required') : expiresOn <= today ? t('apiKeys.expiryFuture') : null,
      requestsPerMinute: Number.isInteger(rpm) && rpm >= 1 && rpm <= API_KEY_RATE_MAX ? null : t('apiKeys.rateRange', { max: API_KEY_RATE_MAX }),
    };
    setErrors(errs);
    if (anyError(errs) || !org) return;
    const r = await create({ input: { name: name.trim(), organizationId: org.id, scopes, personalData, expiresOn, requestsPerMinute: rpm } });
    setApiError(describeError(r.error));
    const payload = r.data?.createApiKey;
    if (payload) p.onCreated(payload.apiKey.name, payload.secret);
  };
  const err = (f: string) => errors[f] ?? fieldError(apiError, f);
  const toggle = (s: ApiKeyScope, on: boolean) => setScopes((cur) => (on ? [...new Set([...cur, s])] : cur.filter((x) => x !== s)));
  return (
    <Dialog
      title={t('apiKeys.new')}
      onClose={p.onClose}
      wide
      footer={<FormButtons busy={state.fetching} onCancel={p.onClose} submitLabel={t('form.create')} form="create-api-key" />}
    >
      <form id="create-api-key" onSubmit={submit} noValidate>
        <TextField label={t('apiKeys.name')} name="name" value={name} onChange={setName} error={err('name')} required />
        <OrganizationPicker label={t('apiKeys.organization')} value={org} onChange={setOrg} error={err('organizationId')} testId="api-key-organization" />
        <Field label={t('apiKeys.scopes')} htmlFor="api-key-scopes" error={err('scopes')}>
          <div id="api-key-scopes" className="lnob-checkbox-group">
            {API_KEY_SCOPES.map((s) => (
              <Checkbox key={s} label={t(`apiKeyScope.${s}`)} checked={scopes.includes(s)} onChange={(on) => toggle(s, on)} name={`scope-${s}`} />
            ))}
          </div>
        </Field>
        <Checkbox label={t('apiKeys.personalData')} checked={personalData} onChange={setPersonalData} name="personalData" />
        {personalData ? <Notice kind="warning">{t('apiKeys.personalDataWarning')}</Notice> : null}
        <DateField label={t('apiKeys.expiresOn')} value={expiresOn} onChange={setExpiresOn} error={err('expiresOn')} required />
        <TextField label={t('apiKeys.requestsPerMinute')} name="requestsPerMinute" type="number" min={1} max={API_KEY_RATE_MAX} value={rate} onChange={setRate} error={err('requestsPerMinute')} />
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}
