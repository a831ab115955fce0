import { useEffect, useId, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { formatLocalDate, parseDisplayDate } from '../format';
import { useI18n } from './i18n-context';

type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export function Button({ variant = 'secondary', className, type = 'button', ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={`lnob-button lnob-button--${variant}${className ? ` ${className}` : ''}`} {...rest} />;
}

/** A labelled form row: label, the control, a hint and an error message (announced to screen readers). */
export function Field(props: { label: ReactNode; htmlFor: string; hint?: ReactNode; error?: string | null; children: ReactNode }) {
  const { label, htmlFor, hint, error, children } = props;
  return (
    <div className={`lnob-field${error ? ' lnob-field--invalid' : ''}`}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint ? (
        <div className="lnob-field__hint" id={`${htmlFor}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="lnob-field__error" id={`${htmlFor}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  name?: string;
  type?: 'text' | 'password' | 'email' | 'tel' | 'search' | 'number';
  error?: string | null;
  hint?: ReactNode;
  placeholder?: string;
  autoComplete?: string;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  min?: number;
  max?: number;
  id?: string;
}

export function TextField(p: TextFieldProps) {
  const auto = useId();
  const id = p.id ?? auto;
  const describedBy = [p.hint ? `${id}-hint` : null, p.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <Field label={p.label} htmlFor={id} hint={p.hint} error={p.error}>
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value}
        placeholder={p.placeholder}
        autoComplete={p.autoComplete}
        required={p.required}
        disabled={p.disabled}
        autoFocus={p.autoFocus}
        min={p.min}
        max={p.max}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </Field>
  );
}

export function Checkbox(p: { label: ReactNode; checked: boolean; onChange(checked: boolean): void; name?: string; disabled?: boolean }) {
  return (
    <label className="lnob-checkbox">
      <input type="checkbox" name={p.name} checked={p.checked} disabled={p.disabled} onChange={(e) => p.onChange(e.target.checked)} />{' '}
      {p.label}
    </label>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(p: { label: ReactNode; value: string; options: readonly SelectOption[]; onChange(value: string): void; name?: string; error?: string | null; id?: string }) {
  const auto = useId();
  const id = p.id ?? auto;
  return (
    <Field label={p.label} htmlFor={id} error={p.error}>
      <select id={id} name={p.name} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * A date typed as dd/MM/yyyy. `value` and `onChange` use LocalDate strings (`YYYY-MM-DD`, or '' for
 * empty); a text that is not a real date keeps the last good value and shows an error.
 */
export function DateField(p: {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  name?: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  id?: string;
}) {
  const { t } = useI18n();
  const auto = useId();
  const id = p.id ?? auto;
  const shown = p.value ? formatLocalDate(p.value) : '';
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // Follow outside changes (e.g. a "today" button).
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const commit = (raw: string) => {
    if (raw.trim() === '') {
      setInvalid(false);
      if (p.value !== '') p.onChange('');
      return;
    }
    const iso = parseDisplayDate(raw);
    setInvalid(iso === null);
    if (iso !== null && iso !== p.value) p.onChange(iso);
  };
  const error = invalid ? t('form.invalidDate') : (p.error ?? null);
  return (
    <Field label={p.label} htmlFor={id} hint={p.hint} error={error}>
      <input
        id={id}
        name={p.name}
        type="text"
        inputMode="numeric"
        className="lnob-date"
        placeholder={t('form.datePlaceholder')}
        value={text}
        required={p.required}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit((e.target as HTMLInputElement).value);
          }
        }}
      />
    </Field>
  );
}

export function Notice(p: { kind?: 'info' | 'success' | 'warning' | 'error'; children: ReactNode; title?: ReactNode }) {
  const kind = p.kind ?? 'info';
  return (
    <div className={`lnob-notice lnob-notice--${kind}`} role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'}>
      {p.title ? <strong className="lnob-notice__title">{p.title}</strong> : null}
      <div>{p.children}</div>
    </div>
  );
}

export function Badge(p: { tone?: 'neutral' | 'good' | 'bad' | 'warn'; children: ReactNode }) {
  return <span className={`lnob-badge lnob-badge--${p.tone ?? 'neutral'}`}>{p.children}</span>;
}

/** Previous / next paging for keyset-paged lists. */
export function Pager(p: { page: number; hasPrevious: boolean; hasNext: boolean; onPrevious(): void; onNext(): void }) {
  const { t } = useI18n();
  if (!p.hasPrevious && !p.hasNext) return null;
  return (
    <nav className="lnob-pager" aria-label={t('state.page', { page: p.page })}>
      <Button onClick={p.onPrevious} disabled={!p.hasPrevious}>
        {t('state.previousPage')}
      </Button>
      <span>{t('state.page', { page: p.page })}</span>
      <Button onClick={p.onNext} disabled={!p.hasNext}>
        {t('state.nextPage')}
      </Button>
    </nav>
  );
}

/** A personal field: its value, or "hidden (no personal-data grant)" when the API withheld it. */
export function PersonalValue(p: { value: string | null | undefined; hidden: boolean }) {
  const { t } = useI18n();
  if (p.hidden) return <span className="lnob-personal-hidden">{t('state.hiddenPersonal')}</span>;
  return <>{p.value ? p.value : t('state.none')}</>;
}
