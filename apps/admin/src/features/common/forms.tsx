import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Dialog, Field, useI18n } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { fieldError } from '../../app/ErrorView';
import './forms.css';

/** Client-side problems of a form, by field (null: fine). */
export type FormErrors = Record<string, string | null>;

export const anyError = (e: FormErrors) => Object.values(e).some(Boolean);

/** A form's values and `set(patch)`, which changes some of them (and the whole `setValue`). */
export function useForm<T extends object>(initial: () => T) {
  const [value, setValue] = useState<T>(initial);
  return [value, (patch: Partial<T>) => setValue((v) => ({ ...v, ...patch })), setValue] as const;
}

/** What a text field sends: its trimmed text, or null when it is blank. */
export const textOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * The error of a field: the form's own check first, then the API's (`input.<field>`, or one of
 * `aliases`, the API's names for the same field).
 */
export function fieldErrors(local: FormErrors, api: AppError | null) {
  return (field: string, ...aliases: string[]) => local[field] ?? [field, ...aliases].map((f) => fieldError(api, f)).find(Boolean) ?? null;
}

/**
 * Cancel, and the submit button (of form `form` when the buttons sit outside it, e.g. in a dialog's
 * footer), which reads "saving…" while `busy`.
 */
export function FormButtons(p: { busy: boolean; onCancel(): void; submitLabel: string; form?: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <>
      <Button onClick={p.onCancel} disabled={p.busy}>
        {t('form.cancel')}
      </Button>
      <Button type="submit" form={p.form} variant="primary" disabled={p.busy} data-testid={p.testId}>
        {p.busy ? t('form.saving') : p.submitLabel}
      </Button>
    </>
  );
}

/**
 * A dialog around form `formId`: cancel and submit (`data-testid="submit"`, "saving…" while `busy`)
 * until it is `done`; then what was done, in place of the form, and "close".
 */
export function FormDialog(p: {
  title: ReactNode;
  onClose(): void;
  wide?: boolean;
  formId: string;
  formTestId?: string;
  busy: boolean;
  submitLabel: string;
  onSubmit(e: FormEvent): void;
  /** What was done (a notice), once it is. */
  done?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const done = p.done !== undefined && p.done !== null && p.done !== false;
  return (
    <Dialog
      title={p.title}
      onClose={p.onClose}
      wide={p.wide}
      footer={
        done ? (
          <Button variant="primary" onClick={p.onClose} data-testid="close">
            {t('funds.close')}
          </Button>
        ) : (
          <FormButtons busy={p.busy} onCancel={p.onClose} submitLabel={p.submitLabel} form={p.formId} testId="submit" />
        )
      }
    >
      {done ? (
        p.done
      ) : (
        <form id={p.formId} onSubmit={p.onSubmit} noValidate data-testid={p.formTestId}>
          {p.children}
        </form>
      )}
    </Dialog>
  );
}

/** A multi-line text field. */
export function TextArea(p: { label: ReactNode; name: string; value: string; onChange(v: string): void; error?: string | null; hint?: ReactNode; rows?: number }) {
  const id = useId();
  return (
    <Field label={p.label} htmlFor={id} error={p.error} hint={p.hint}>
      <textarea id={id} name={p.name} value={p.value} rows={p.rows ?? 2} onChange={(e) => p.onChange(e.target.value)} aria-invalid={p.error ? true : undefined} />
    </Field>
  );
}

/** A choice of a few options shown as radio buttons. */
export function Choice<V extends string>(p: { legend: ReactNode; name: string; value: V; options: readonly { value: V; label: string }[]; onChange(v: V): void; error?: string | null }) {
  return (
    <fieldset className="lnob-choice">
      <legend>{p.legend}</legend>
      {p.options.map((o) => (
        <label key={o.value} className="lnob-checkbox">
          <input type="radio" name={p.name} value={o.value} checked={p.value === o.value} onChange={() => p.onChange(o.value)} /> {o.label}
        </label>
      ))}
      {p.error ? <div className="lnob-field__error">{p.error}</div> : null}
    </fieldset>
  );
}
