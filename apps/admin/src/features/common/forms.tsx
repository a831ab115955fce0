import { Button, useI18n } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { fieldError } from '../../app/ErrorView';

/** Client-side problems of a form, by field (null: fine). */
export type FormErrors = Record<string, string | null>;

export const anyError = (e: FormErrors) => Object.values(e).some(Boolean);

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
export function FormButtons(p: { busy: boolean; onCancel(): void; submitLabel: string; form?: string }) {
  const { t } = useI18n();
  return (
    <>
      <Button onClick={p.onCancel} disabled={p.busy}>
        {t('form.cancel')}
      </Button>
      <Button type="submit" form={p.form} variant="primary" disabled={p.busy}>
        {p.busy ? t('form.saving') : p.submitLabel}
      </Button>
    </>
  );
}
