import { Button, useI18n } from '@lnob/ui';

/** Client-side problems of a form, by field (null: fine). */
export type FormErrors = Record<string, string | null>;

export const anyError = (e: FormErrors) => Object.values(e).some(Boolean);

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
