import { ErrorState, FieldErrorList, NotFoundState, errorMessageKey, useI18n, RequestId } from '@lnob/ui';
import { isNotFound, type AppError } from './errors';

/** The translated message of an error (network, reason, code, unknown). */
export function useErrorMessage(): (e: AppError) => string {
  const { t } = useI18n();
  return (e) => (e.network ? t('error.network') : t(errorMessageKey(e.code, e.reason)));
}

/** The error state of a screen or panel: NOT_FOUND has its own view; the request id is always shown. */
export function QueryError(p: { error: AppError; onRetry?: () => void }) {
  const message = useErrorMessage();
  if (isNotFound(p.error)) return <NotFoundState requestId={p.error.requestId} />;
  return (
    <ErrorState
      message={message(p.error)}
      requestId={p.error.requestId}
      code={p.error.code}
      reason={p.error.reason}
      fieldErrors={p.error.fieldErrors}
      onRetry={p.onRetry}
    />
  );
}

/** A mutation's error inside a form: message, field errors and request id. */
export function FormError(p: { error: AppError | null }) {
  const message = useErrorMessage();
  if (!p.error) return null;
  return (
    <div className="lnob-notice lnob-notice--error" role="alert" data-reason={p.error.reason ?? undefined}>
      <div>{message(p.error)}</div>
      {p.error.fieldErrors.length > 0 ? <FieldErrorList errors={p.error.fieldErrors} /> : null}
      <RequestId value={p.error.requestId} code={p.error.reason ?? p.error.code} />
    </div>
  );
}

/** Field error for `input.<name>` from a BAD_USER_INPUT answer. */
export function fieldError(e: AppError | null, field: string): string | null {
  return e?.fieldErrors.find((f) => f.path === `input.${field}` || f.path === field)?.message ?? null;
}
