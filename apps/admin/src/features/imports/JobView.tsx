import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Badge, Button, ConfirmDialog, Notice, formatInteger, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { href } from '../../app/router';
import { fallbackProps, QueryFallback } from '../common/queries';
import { isActive, progressPercent, progressText } from './model';
import { ProblemTable } from './ProblemTable';
import { ImportHouseholdReviewsDocument, ImportJobDocument, POLL_MS, type ImportJobFieldsFragment, type ImportJobStatus } from './operations';

type Job = ImportJobFieldsFragment;

const STATUS_TONE: Record<ImportJobStatus, 'neutral' | 'good' | 'bad' | 'warn'> = { QUEUED: 'neutral', RUNNING: 'warn', SUCCEEDED: 'good', FAILED: 'bad' };

export function StatusBadge(p: { status: ImportJobStatus }) {
  const { t } = useI18n();
  return (
    <Badge tone={STATUS_TONE[p.status]}>
      <span data-status={p.status}>{t(`imports.status.${p.status}`)}</span>
    </Badge>
  );
}

/** processed / total as a bar (`role="progressbar"`, 0–100) and in words. */
function ProgressBar(p: { job: Pick<Job, 'status' | 'total' | 'processed' | 'progress'> }) {
  const { t, locale } = useI18n();
  const percent = progressPercent(p.job);
  const text = progressText(p.job, locale);
  return (
    <div className={`lnob-progress lnob-progress--${p.job.status.toLowerCase()}`}>
      <div
        className="lnob-progress__track"
        role="progressbar"
        aria-label={t('imports.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        data-testid="import-progress"
      >
        <div className="lnob-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <div className="lnob-progress__text" data-testid="import-progress-text">
        {text}
      </div>
    </div>
  );
}

/**
 * One import job: polled every POLL_MS while QUEUED or RUNNING, then its counts, its problems and —
 * for a dry run with valid rows whose file was not imported yet — "Nhập n dòng hợp lệ", which starts
 * the commit of the same upload. `recent` (the user's latest jobs) tells whether it was.
 */
export function JobView(p: { id: string; recent: readonly Job[]; onStarted(jobId: string): void }) {
  const { t, locale } = useI18n();
  const [res, reexecute] = useQuery({ query: ImportJobDocument, variables: { id: p.id }, requestPolicy: 'network-only' });
  const job = res.data?.importJob;
  const active = job ? isActive(job.status) : false;

  useEffect(() => {
    if (!active || res.fetching) return;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [active, res.fetching, res.data, reexecute]);

  if (!job) return <QueryFallback {...fallbackProps(res, reexecute)} />;

  const finished = !active;
  const n = (v: number) => formatInteger(v, locale);
  return (
    <section className="lnob-imports__job" data-testid="import-job" data-status={job.status} data-dry-run={String(job.dryRun)} aria-labelledby="import-job-title">
      <header className="lnob-section__header">
        <h2 id="import-job-title">{t(job.dryRun ? 'imports.dryRunOf' : 'imports.commitOf', { file: job.fileName })}</h2>
        <StatusBadge status={job.status} />
      </header>
      <ProgressBar job={job} />
      {job.status === 'FAILED' ? (
        <Notice kind="error" title={t('imports.failed')}>
          <span data-testid="import-error">{job.error ?? t('error.unknown')}</span>
        </Notice>
      ) : null}
      {finished && job.total > 0 ? (
        <dl className="lnob-dl" data-testid="import-result">
          <dt>{t('imports.total')}</dt>
          <dd data-testid="import-total">{n(job.total)}</dd>
          <dt>{t('imports.validRows')}</dt>
          <dd data-testid="import-valid">{n(job.validRows)}</dd>
          <dt>{t('imports.invalidRows')}</dt>
          <dd data-testid="import-invalid">{n(job.invalidRows)}</dd>
          <dt>{t(job.dryRun ? 'imports.householdsToRegister' : 'imports.householdsRegistered')}</dt>
          <dd data-testid="import-households">{n(job.householdsRegistered)}</dd>
          <dt>{t(job.dryRun ? 'imports.reviewsToRecord' : 'imports.reviewsRecorded')}</dt>
          <dd data-testid="import-reviews">{n(job.reviewsRecorded)}</dd>
          <dt>{t('imports.problemCount')}</dt>
          <dd data-testid="import-problem-count">{n(job.problemCount)}</dd>
        </dl>
      ) : null}
      {finished && job.dryRun && job.status === 'SUCCEEDED' ? <p className="lnob-muted">{t('imports.dryRunNote')}</p> : null}
      {job.status === 'SUCCEEDED' && job.dryRun ? <CommitAction job={job} recent={p.recent} onStarted={p.onStarted} /> : null}
      {job.status === 'SUCCEEDED' && !job.dryRun ? (
        <Notice kind="success">
          {t('imports.committed', { households: n(job.householdsRegistered), reviews: n(job.reviewsRecorded) })} <a href={href('/households')}>{t('imports.toHouseholds')}</a>
        </Notice>
      ) : null}
      {finished && job.problemCount > 0 ? <ProblemTable job={job} /> : null}
      {job.status === 'SUCCEEDED' && job.problemCount === 0 ? <p className="lnob-muted">{t('imports.noProblems')}</p> : null}
    </section>
  );
}

/** "Nhập n dòng hợp lệ" after a confirmation; or why there is nothing to import, or the import already made. */
function CommitAction(p: { job: Job; recent: readonly Job[]; onStarted(jobId: string): void }) {
  const { t, locale } = useI18n();
  const { job } = p;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [state, start] = useMutation(ImportHouseholdReviewsDocument);
  const done = p.recent.find((j) => !j.dryRun && j.uploadId === job.uploadId && j.status !== 'FAILED');
  if (done) {
    return (
      <Notice kind="info">
        {t('imports.alreadyCommitted')} <a href={href('/imports', { job: done.id })}>{t('imports.viewCommit')}</a>
      </Notice>
    );
  }
  if (job.validRows === 0) return <Notice kind="warning">{t('imports.noValidRows')}</Notice>;
  const n = formatInteger(job.validRows, locale);

  const commit = async () => {
    setError(null);
    const r = await start({ input: { uploadId: job.uploadId, dryRun: false } });
    const id = r.data?.importHouseholdReviews.job.id;
    if (id) {
      setConfirming(false);
      p.onStarted(id);
    } else setError(describeError(r.error));
  };

  return (
    <div className="lnob-imports__commit">
      <Button variant="primary" onClick={() => setConfirming(true)} data-testid="import-commit">
        {t('imports.commit', { n })}
      </Button>
      {confirming ? (
        <ConfirmDialog
          title={t('imports.commit', { n })}
          message={t('imports.commitConfirm', { n, file: job.fileName, invalid: formatInteger(job.invalidRows, locale) })}
          confirmLabel={t('imports.commit', { n })}
          busy={state.fetching}
          error={
            error ? (
              <>
                <FormError error={error} />
                {error.reason === 'NOT_FOUND' ? <Notice kind="warning">{t('imports.uploadExpired')}</Notice> : null}
              </>
            ) : null
          }
          onConfirm={() => void commit()}
          onCancel={() => {
            setConfirming(false);
            setError(null);
          }}
        />
      ) : null}
    </div>
  );
}
