import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LOCALES, type Locale } from '../format';
import { Button, Notice } from './controls';
import { useI18n } from './i18n-context';

export interface NavLink {
  key: string;
  label: string;
  href: string;
  active: boolean;
}

/** Header (title, user, language, sign-out), left navigation and the page. */
export function AppShell(p: { title: string; userName: string; onLogout(): void; nav: readonly NavLink[]; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="lnob-shell">
      <a className="lnob-skip" href="#lnob-main">
        {t('app.skipToContent')}
      </a>
      <header className="lnob-shell__header">
        <div className="lnob-shell__brand">
          <strong>{p.title}</strong>
          <span className="lnob-shell__movement">{t('app.movement')}</span>
        </div>
        <div className="lnob-shell__user">
          <span className="lnob-shell__name" data-testid="user-name" title={t('app.signedInAs', { name: p.userName })}>
            {p.userName}
          </span>
          <LocaleSwitch />
          <Button variant="link" onClick={p.onLogout}>
            {t('app.logout')}
          </Button>
        </div>
      </header>
      <div className="lnob-shell__body">
        <nav className="lnob-shell__nav" aria-label={t('app.navigation')}>
          <ul>
            {p.nav.map((n) => (
              <li key={n.key}>
                <a href={n.href} aria-current={n.active ? 'page' : undefined} className={n.active ? 'active' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="lnob-shell__main" id="lnob-main">
          {p.children}
        </main>
      </div>
    </div>
  );
}

/** vi | en buttons; the provider's `setLocale` decides where the choice is kept. */
export function LocaleSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="lnob-locale" role="group" aria-label={t('app.language')}>
      {LOCALES.map((l: Locale) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          className={l === locale ? 'active' : undefined}
          onClick={() => setLocale(l)}
          data-locale={l}
        >
          {t(`locale.${l}`)}
        </button>
      ))}
    </div>
  );
}

export interface TabLink {
  key: string;
  label: string;
  href: string;
}

export function Tabs(p: { tabs: readonly TabLink[]; active: string; label: string }) {
  return (
    <div className="lnob-tabs" role="tablist" aria-label={p.label}>
      {p.tabs.map((tab) => (
        <a key={tab.key} role="tab" href={tab.href} aria-selected={tab.key === p.active} className={tab.key === p.active ? 'active' : undefined}>
          {tab.label}
        </a>
      ))}
    </div>
  );
}

/** A modal dialog on a backdrop (no portal: rendered where it is used). */
export function Dialog(p: { title: ReactNode; onClose(): void; children: ReactNode; footer?: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="lnob-dialog__backdrop">
      <div
        className={`lnob-dialog${p.wide ? ' lnob-dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="lnob-dialog-title"
        tabIndex={-1}
        ref={ref}
        onKeyDown={(e) => {
          if (e.key === 'Escape') p.onClose();
        }}
      >
        <h2 id="lnob-dialog-title">{p.title}</h2>
        <div className="lnob-dialog__body">{p.children}</div>
        {p.footer ? <div className="lnob-dialog__footer">{p.footer}</div> : null}
      </div>
    </div>
  );
}

export function ConfirmDialog(p: {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: ReactNode;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      title={p.title}
      onClose={p.onCancel}
      footer={
        <>
          <Button onClick={p.onCancel} disabled={p.busy}>
            {t('form.cancel')}
          </Button>
          <Button variant={p.danger ? 'danger' : 'primary'} onClick={p.onConfirm} disabled={p.busy} data-testid="confirm">
            {p.confirmLabel}
          </Button>
        </>
      }
    >
      <div className="lnob-dialog__message">{p.message}</div>
      {p.error}
    </Dialog>
  );
}

/**
 * Shows a secret that will never be shown again: a warning, the value in a read-only field, a copy
 * button and an explicit "I have stored it" to close. The app must not keep the secret anywhere else.
 */
export function SecretReveal(p: { title: ReactNode; secret: string; onDone(): void; copy?: (text: string) => Promise<void> }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = p.copy ?? ((text: string) => navigator.clipboard.writeText(text));
  return (
    <Dialog title={p.title} onClose={p.onDone} wide footer={<Button variant="primary" onClick={p.onDone}>{t('apiKeys.secretDone')}</Button>}>
      <Notice kind="warning">{t('apiKeys.secretWarning')}</Notice>
      <div className="lnob-secret">
        <input
          className="lnob-secret__value"
          readOnly
          value={p.secret}
          aria-label={typeof p.title === 'string' ? p.title : 'secret'}
          data-testid="api-key-secret"
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button
          onClick={() => {
            copy(p.secret).then(
              () => setCopied('yes'),
              () => setCopied('failed'),
            );
          }}
        >
          {copied === 'yes' ? t('form.copied') : t('form.copy')}
        </Button>
      </div>
      {copied === 'failed' ? <Notice kind="error">{t('form.copyFailed')}</Notice> : null}
    </Dialog>
  );
}
