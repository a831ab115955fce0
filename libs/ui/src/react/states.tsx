import type { ReactNode } from 'react';
import { Button } from './controls';
import { useI18n } from './i18n-context';

export function LoadingState(p: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="lnob-state lnob-state--loading" role="status" aria-live="polite">
      <span className="lnob-spinner" aria-hidden="true" />
      {p.label ?? t('state.loading')}
    </div>
  );
}

export function EmptyState(p: { message?: ReactNode; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="lnob-state lnob-state--empty" role="status">
      <p>{p.message ?? t('state.empty')}</p>
      {p.children}
    </div>
  );
}

export interface ErrorStateProps {
  /** Heading; defaults to "Something went wrong". */
  title?: ReactNode;
  /** The friendly message (already translated). */
  message: ReactNode;
  /** `extensions.requestId`: always shown when known, so users can quote it. */
  requestId?: string | null;
  /** `code` / `reason` for support, shown small. */
  code?: string | null;
  reason?: string | null;
  fieldErrors?: readonly { path: string; message: string }[];
  onRetry?: () => void;
}

export function ErrorState(p: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <div className="lnob-state lnob-state--error" role="alert" data-code={p.code ?? undefined} data-reason={p.reason ?? undefined}>
      <strong className="lnob-state__title">{p.title ?? t('state.error')}</strong>
      <p>{p.message}</p>
      {p.fieldErrors && p.fieldErrors.length > 0 ? <FieldErrorList errors={p.fieldErrors} label={t('error.fieldErrors')} /> : null}
      <RequestId value={p.requestId} code={p.reason ?? p.code} />
      {p.onRetry ? <Button onClick={p.onRetry}>{t('state.retry')}</Button> : null}
    </div>
  );
}

/** Problems of single fields, `path: message` each. */
export function FieldErrorList(p: { errors: readonly { path: string; message: string }[]; label?: string }) {
  return (
    <ul className="lnob-state__field-errors" aria-label={p.label}>
      {p.errors.map((e, i) => (
        <li key={`${e.path}-${i}`}>
          <code>{e.path}</code>: {e.message}
        </li>
      ))}
    </ul>
  );
}

export function NotFoundState(p: { requestId?: string | null; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="lnob-state lnob-state--not-found" role="alert" data-code="NOT_FOUND">
      <strong className="lnob-state__title">{t('state.notFound')}</strong>
      <p>{t('state.notFoundDetail')}</p>
      <RequestId value={p.requestId} />
      {p.children}
    </div>
  );
}

/** "Request id: …" (and the reason code), selectable, for support. */
export function RequestId(p: { value?: string | null; code?: string | null }) {
  const { t } = useI18n();
  if (!p.value && !p.code) return null;
  return (
    <p className="lnob-request-id">
      {p.value ? (
        <>
          {t('state.requestId')}: <code data-testid="request-id">{p.value}</code>
        </>
      ) : null}
      {p.code ? <span className="lnob-request-id__code"> · {p.code}</span> : null}
    </p>
  );
}
