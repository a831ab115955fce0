import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { contactProblems, passwordProblem, ROLES, todayLocal, usernameProblem, type Role } from '@lnob/domain';
import { Checkbox, ConfirmDialog, DateField, Dialog, SelectField, TextField, formatLocalDate, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { fieldError, FormError } from '../../app/ErrorView';
import { anyError, FormButtons, type FormErrors } from '../common/forms';
import { OrganizationPicker, type Picked } from '../common/Pickers';
import {
  AssignRoleDocument,
  CreateUserDocument,
  EndRoleAssignmentDocument,
  ResetUserPasswordDocument,
  UpdateUserDocument,
  type UserDetailQuery,
} from './operations';

/** Client-side checks with the same rules the API enforces (@lnob/domain), messages in the UI language. */
function useChecks() {
  const { t } = useI18n();
  return {
    username: (v: string) => (usernameProblem(v.trim().toLowerCase()) ? t('users.usernameRule') : null),
    password: (v: string, username?: string) => (passwordProblem(v, username) ? t('users.passwordRule') : null),
    contact(c: { displayName?: string; email?: string; phone?: string }): FormErrors {
      const fe = contactProblems({ displayName: c.displayName, email: c.email || null, phone: c.phone || null }).fieldErrors;
      const at = (f: string) => fe.some((e) => e.path === `input.${f}`);
      return {
        displayName: at('displayName') ? t('users.displayNameRule') : null,
        email: at('email') ? t('users.emailRule') : null,
        phone: at('phone') ? t('users.phoneRule') : null,
      };
    },
  };
}

export function CreateUserDialog(p: { onClose(): void; onCreated(u: { id: string; displayName: string }): void }) {
  const { t } = useI18n();
  const checks = useChecks();
  const [v, setV] = useState({ username: '', displayName: '', email: '', phone: '', password: '' });
  const [org, setOrg] = useState<Picked | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, create] = useMutation(CreateUserDocument);
  const set = (k: keyof typeof v) => (x: string) => setV({ ...v, [k]: x });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: FormErrors = {
      username: checks.username(v.username),
      password: checks.password(v.password, v.username),
      organizationId: org ? null : t('form.required'),
      ...checks.contact(v),
    };
    setErrors(errs);
    if (anyError(errs) || !org) return;
    const r = await create({
      input: {
        username: v.username.trim().toLowerCase(),
        displayName: v.displayName.trim(),
        email: v.email.trim() || null,
        phone: v.phone.trim() || null,
        password: v.password,
        organizationId: org.id,
      },
    });
    setApiError(describeError(r.error));
    if (r.data?.createUser) p.onCreated(r.data.createUser.user);
  };
  const err = (f: string) => errors[f] ?? fieldError(apiError, f);
  return (
    <Dialog title={t('users.new')} onClose={p.onClose} footer={<FormButtons busy={state.fetching} onCancel={p.onClose} submitLabel={t('form.create')} form="create-user" />}>
      <form id="create-user" onSubmit={submit} noValidate>
        <TextField label={t('users.username')} name="username" value={v.username} onChange={set('username')} error={err('username')} autoComplete="off" required />
        <TextField label={t('users.displayName')} name="displayName" value={v.displayName} onChange={set('displayName')} error={err('displayName')} required />
        <TextField label={`${t('users.email')} ${t('form.optional')}`} name="email" type="email" value={v.email} onChange={set('email')} error={err('email')} />
        <TextField label={`${t('users.phone')} ${t('form.optional')}`} name="phone" type="tel" value={v.phone} onChange={set('phone')} error={err('phone')} />
        <OrganizationPicker label={t('users.organization')} value={org} onChange={setOrg} error={err('organizationId')} />
        <TextField label={t('users.password')} name="password" type="password" value={v.password} onChange={set('password')} error={err('password')} hint={t('users.passwordRule')} autoComplete="new-password" required />
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}

type User = UserDetailQuery['user'];

/** Edits name, contact and status. A withheld personal field is shown as hidden and never sent. */
export function EditUserDialog(p: { user: User; hidden: ReadonlySet<string>; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const checks = useChecks();
  const u = p.user;
  const [v, setV] = useState({ displayName: u.displayName, email: u.email ?? '', phone: u.phone ?? '', active: u.active });
  const [errors, setErrors] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, update] = useMutation(UpdateUserDocument);
  const emailHidden = p.hidden.has('email');
  const phoneHidden = p.hidden.has('phone');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs = checks.contact({ displayName: v.displayName, email: emailHidden ? undefined : v.email, phone: phoneHidden ? undefined : v.phone });
    setErrors(errs);
    if (anyError(errs)) return;
    // Only what changed; withheld fields are left alone.
    const input: { id: string; displayName?: string; email?: string | null; phone?: string | null; active?: boolean } = { id: u.id };
    if (v.displayName.trim() !== u.displayName) input.displayName = v.displayName.trim();
    if (!emailHidden && v.email.trim() !== (u.email ?? '')) input.email = v.email.trim() || null;
    if (!phoneHidden && v.phone.trim() !== (u.phone ?? '')) input.phone = v.phone.trim() || null;
    if (v.active !== u.active) input.active = v.active;
    if (Object.keys(input).length === 1) {
      p.onClose();
      return;
    }
    const r = await update({ input });
    setApiError(describeError(r.error));
    if (r.data?.updateUser) p.onSaved();
  };
  const err = (f: string) => errors[f] ?? fieldError(apiError, f);
  return (
    <Dialog title={t('users.edit')} onClose={p.onClose} footer={<FormButtons busy={state.fetching} onCancel={p.onClose} submitLabel={t('form.save')} form="edit-user" />}>
      <form id="edit-user" onSubmit={submit} noValidate>
        <TextField label={t('users.displayName')} name="displayName" value={v.displayName} onChange={(x) => setV({ ...v, displayName: x })} error={err('displayName')} required />
        <TextField
          label={t('users.email')}
          name="email"
          type="email"
          value={emailHidden ? '' : v.email}
          placeholder={emailHidden ? t('state.hiddenPersonal') : undefined}
          disabled={emailHidden}
          onChange={(x) => setV({ ...v, email: x })}
          error={err('email')}
        />
        <TextField
          label={t('users.phone')}
          name="phone"
          type="tel"
          value={phoneHidden ? '' : v.phone}
          placeholder={phoneHidden ? t('state.hiddenPersonal') : undefined}
          disabled={phoneHidden}
          onChange={(x) => setV({ ...v, phone: x })}
          error={err('phone')}
        />
        <Checkbox label={t('users.active')} checked={v.active} onChange={(x) => setV({ ...v, active: x })} name="active" />
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}

export function ResetPasswordDialog(p: { user: User; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const checks = useChecks();
  const [pw, setPw] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, reset] = useMutation(ResetUserPasswordDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = checks.password(pw, p.user.username);
    setError(problem);
    if (problem) return;
    const r = await reset({ input: { id: p.user.id, newPassword: pw } });
    setApiError(describeError(r.error));
    if (r.data?.resetUserPassword) p.onDone();
  };
  return (
    <Dialog title={t('users.resetPassword')} onClose={p.onClose} footer={<FormButtons busy={state.fetching} onCancel={p.onClose} submitLabel={t('users.resetPassword')} form="reset-password" />}>
      <form id="reset-password" onSubmit={submit} noValidate>
        <TextField
          label={t('users.newPassword')}
          name="newPassword"
          type="password"
          value={pw}
          onChange={setPw}
          error={error ?? fieldError(apiError, 'newPassword')}
          hint={t('users.passwordRule')}
          autoComplete="new-password"
          required
        />
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}

export function AssignRoleDialog(p: { userId: string; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [role, setRole] = useState<Role>('VIEWER');
  const [org, setOrg] = useState<Picked | null>(null);
  const [viewOrg, setViewOrg] = useState<Picked | null>(null);
  const [validFrom, setValidFrom] = useState(todayLocal());
  const [validTo, setValidTo] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, assign] = useMutation(AssignRoleDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: FormErrors = {
      organizationId: org ? null : t('form.required'),
      validFrom: validFrom ? null : t('form.required'),
      validTo: validTo && validFrom && validTo < validFrom ? t('reason.INVALID_VALIDITY') : null,
    };
    setErrors(errs);
    if (anyError(errs) || !org) return;
    const r = await assign({
      input: { userId: p.userId, role, organizationId: org.id, viewOrganizationId: viewOrg?.id ?? null, validFrom, validTo: validTo || null },
    });
    setApiError(describeError(r.error));
    if (r.data?.assignRole) p.onDone();
  };
  const err = (f: string) => errors[f] ?? fieldError(apiError, f);
  return (
    <Dialog title={t('users.assignRole')} onClose={p.onClose} wide footer={<FormButtons busy={state.fetching} onCancel={p.onClose} submitLabel={t('users.assignRole')} form="assign-role" />}>
      <form id="assign-role" onSubmit={submit} noValidate>
        <SelectField label={t('users.role')} name="role" value={role} onChange={(x) => setRole(x as Role)} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} error={err('role')} />
        <OrganizationPicker label={t('users.assignmentOrganization')} value={org} onChange={setOrg} error={err('organizationId')} testId="assignment-organization" />
        <OrganizationPicker label={`${t('users.viewOrganization')} ${t('form.optional')}`} value={viewOrg} onChange={setViewOrg} hint={t('users.viewOrganizationHint')} error={err('viewOrganizationId')} />
        <DateField label={t('users.validFrom')} value={validFrom} onChange={setValidFrom} error={err('validFrom')} required />
        <DateField label={`${t('users.validTo')} ${t('form.optional')}`} value={validTo} onChange={setValidTo} error={err('validTo')} />
        <FormError error={apiError} />
      </form>
    </Dialog>
  );
}

export function EndAssignmentDialog(p: { assignment: User['assignments'][number]; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [date, setDate] = useState(todayLocal());
  const [apiError, setApiError] = useState<AppError | null>(null);
  const [state, end] = useMutation(EndRoleAssignmentDocument);
  const a = p.assignment;
  return (
    <ConfirmDialog
      title={t('users.endAssignment')}
      message={
        <>
          {t('users.endAssignmentConfirm', { role: t(`role.${a.role}`), organization: a.organization?.name ?? '—', date: date ? formatLocalDate(date) : '—' })}
          <DateField label={t('users.validTo')} value={date} onChange={setDate} required />
        </>
      }
      confirmLabel={t('users.endAssignment')}
      danger
      busy={state.fetching}
      error={<FormError error={apiError} />}
      onCancel={p.onClose}
      onConfirm={async () => {
        if (!date) return;
        const r = await end({ input: { id: a.id, validTo: date } });
        setApiError(describeError(r.error));
        if (r.data?.endRoleAssignment) p.onDone();
      }}
    />
  );
}
