import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, LocaleSwitch, Notice, RequestId, TextField, useI18n } from '@lnob/ui';
import { describeError } from '../../app/errors';
import { useErrorMessage } from '../../app/ErrorView';
import { href } from '../../app/router';
import type { EndReason, StoredSession } from '../../app/session';
import { LoginDocument } from './operations';

/**
 * Username and password → `login`. Wrong credentials and a locked account (5 failures → 15 minutes)
 * are told apart; a session that ended (expired, revoked, invalid) is explained above the form.
 */
export function LoginPage(p: { ended: EndReason | null; onLogin(session: StoredSession): void }) {
  const { t } = useI18n();
  const message = useErrorMessage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [result, login] = useMutation(LoginDocument);
  const error = describeError(result.error);
  const locked = error?.reason === 'ACCOUNT_LOCKED';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const r = await login({ input: { username: username.trim(), password } });
    const payload = r.data?.login;
    if (payload) p.onLogin({ token: payload.token, expiresAt: payload.expiresAt });
  };

  return (
    <div className="lnob-login">
      <div className="lnob-login__locale">
        <LocaleSwitch />
      </div>
      <form className="lnob-login__card" onSubmit={submit} noValidate aria-labelledby="login-title">
        <h1 id="login-title">{t('app.title')}</h1>
        <p className="lnob-login__movement">{t('app.movement')}</p>
        {p.ended === 'LOGGED_OUT' ? <Notice kind="info">{t('login.loggedOut')}</Notice> : null}
        {p.ended && p.ended !== 'LOGGED_OUT' ? (
          <Notice kind="warning" title={t('login.sessionEnded')}>
            <span data-reason={p.ended}>{t(`reason.${p.ended}`)}</span>
          </Notice>
        ) : null}
        <h2>{t('login.title')}</h2>
        <TextField label={t('login.username')} name="username" value={username} onChange={setUsername} autoComplete="username" autoFocus required />
        <TextField label={t('login.password')} name="password" type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
        {missing ? <Notice kind="error">{t('login.required')}</Notice> : null}
        {error && locked ? (
          <div className="lnob-notice lnob-notice--locked" role="alert" data-reason="ACCOUNT_LOCKED">
            <strong className="lnob-notice__title">{t('login.locked')}</strong>
            <div>{t('login.lockedDetail')}</div>
            <RequestId value={error.requestId} />
          </div>
        ) : null}
        {error && !locked ? (
          <div className="lnob-notice lnob-notice--error" role="alert" data-reason={error.reason ?? undefined}>
            <strong className="lnob-notice__title">{t('login.failed')}</strong>
            <div>{message(error)}</div>
            <RequestId value={error.requestId} />
          </div>
        ) : null}
        <Button type="submit" variant="primary" disabled={result.fetching}>
          {result.fetching ? t('login.submitting') : t('login.submit')}
        </Button>
        <p className="lnob-login__public">
          <a href={href('/cong-khai')} data-testid="public-report-link">
            {t('login.publicReport')}
          </a>
        </p>
      </form>
    </div>
  );
}
