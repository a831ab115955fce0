import { useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { IMPORT_COLUMNS } from '@lnob/domain';
import { Button, EmptyState, Field, Notice, formatInteger, formatTimestamp, useI18n } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { href, navigate, useRoute } from '../../app/router';
import { loadSession, useCan } from '../../app/session';
import { UPLOAD_MAX_BYTES } from '../common/files';
import { QueryFallback } from '../common/queries';
import { JobView, StatusBadge } from './JobView';
import { fileProblem, formatBytes, templateHref } from './model';
import { ImportHouseholdReviewsDocument, ImportJobsDocument, RECENT_JOBS, type ImportJobFieldsFragment } from './operations';
import { uploadFile, type UploadAnswer } from './upload';
import './imports.css';

export interface ImportPageProps {
  /** Sends a file to `POST /uploads` (tests replace it). */
  upload?: (file: File, token: string | null) => Promise<UploadAnswer>;
  /** The session token for the upload (tests replace it). */
  getToken?: () => string | null;
}

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `#/imports` and `#/imports?job=<id>`: import household reviews from a CSV or XLSX file. The
 * template and its columns; choose a file, upload it, dry run; the job's progress, counts and
 * problems; then the commit of the valid rows; the user's recent jobs.
 */
export default function ImportPage(p: ImportPageProps) {
  const { t } = useI18n();
  const can = useCan();
  const route = useRoute();
  const jobId = route.query.get('job');
  const [jobs] = useQuery({ query: ImportJobsDocument, variables: { first: RECENT_JOBS }, requestPolicy: 'cache-and-network' });
  const recent = jobs.data?.importJobs.edges.map((e) => e.node) ?? [];
  const show = (id: string) => navigate(href('/imports', { job: id }));

  if (!can('data.capture')) return <Notice kind="warning">{t('app.noAccess')}</Notice>;
  return (
    <div className="lnob-page lnob-imports" data-testid="import-page">
      <header className="lnob-page__header">
        <h1>{t('imports.title')}</h1>
      </header>
      <p className="lnob-muted">{t('imports.intro')}</p>
      <div className="lnob-imports__start">
        <TemplateHelp />
        <FileStep upload={p.upload ?? uploadFile} getToken={p.getToken ?? (() => loadSession()?.token ?? null)} onStarted={show} />
      </div>
      {jobId ? <JobView key={jobId} id={jobId} recent={recent} onStarted={show} /> : null}
      <section aria-labelledby="import-recent-title">
        <h2 id="import-recent-title">{t('imports.recent')}</h2>
        {jobs.data ? (
          <RecentJobs jobs={recent} currentId={jobId} />
        ) : (
          <QueryFallback fetching={jobs.fetching} error={describeError(jobs.error)} />
        )}
      </section>
    </div>
  );
}

/** The flow in four steps, the template downloads (in the current language) and what each column takes. */
function TemplateHelp() {
  const { t, locale } = useI18n();
  return (
    <section className="lnob-imports__help" aria-labelledby="import-steps-title">
      <h2 id="import-steps-title">{t('imports.steps')}</h2>
      <ol className="lnob-list">
        <li>{t('imports.step1')}</li>
        <li>{t('imports.step2')}</li>
        <li>{t('imports.step3')}</li>
        <li>{t('imports.step4')}</li>
      </ol>
      <p className="lnob-imports__templates">
        <a href={templateHref('xlsx', locale)} download data-testid="template-xlsx">
          {t('imports.templateXlsx')}
        </a>
        <a href={templateHref('csv', locale)} download data-testid="template-csv">
          {t('imports.templateCsv')}
        </a>
      </p>
      <details className="lnob-imports__columns">
        <summary>{t('imports.columns')}</summary>
        <p className="lnob-muted">{t('imports.columnsHint')}</p>
        <table className="lnob-table" data-testid="import-columns">
          <thead>
            <tr>
              <th>{t('imports.column')}</th>
              <th>{t('imports.columnKey')}</th>
              <th>{t('imports.columnHelp')}</th>
              <th>{t('imports.example')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map((c) => (
              <tr key={c.key}>
                <td>{c[locale]}</td>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{c.help[locale] || t('state.none')}</td>
                <td>{c.example || t('state.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

type Phase = 'idle' | 'uploading' | 'starting';

/** Choose a file (checked here: type, empty, ≤ 64 MB), upload it with the session token, start its dry run. */
function FileStep(p: { upload: NonNullable<ImportPageProps['upload']>; getToken(): string | null; onStarted(jobId: string): void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<AppError | null>(null);
  const [, start] = useMutation(ImportHouseholdReviewsDocument);
  const problem = file ? fileProblem(file) : null;
  const max = formatBytes(UPLOAD_MAX_BYTES, locale);
  const problemText =
    problem === 'tooLarge'
      ? t('imports.tooLarge', { size: formatBytes(file!.size, locale), max })
      : problem === 'empty'
        ? t('imports.emptyFile')
        : problem === 'wrongType'
          ? t('imports.wrongType')
          : null;

  const send = async () => {
    if (!file || problem || phase !== 'idle') return;
    setError(null);
    setPhase('uploading');
    const up = await p.upload(file, p.getToken());
    if (!up.ok) {
      setPhase('idle');
      setError(up.error);
      return;
    }
    setPhase('starting');
    const r = await start({ input: { uploadId: up.upload.uploadId, dryRun: true } });
    setPhase('idle');
    const jobId = r.data?.importHouseholdReviews.job.id;
    if (!jobId) {
      setError(describeError(r.error));
      return;
    }
    setFile(null);
    if (input.current) input.current.value = '';
    p.onStarted(jobId);
  };

  return (
    <section className="lnob-imports__file" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('imports.chooseFile')}</h2>
      <Field label={t('imports.file', { max })} htmlFor={id} error={problemText}>
        {/* The native input, visually hidden, behind a button-like label in the current language
            (the browser's own "Choose File" speaks the browser's language). */}
        <div className="lnob-imports__picker">
          <input
            ref={input}
            id={id}
            name="file"
            type="file"
            accept={ACCEPT}
            className="lnob-imports__file-input"
            data-testid="import-file"
            disabled={phase !== 'idle'}
            aria-invalid={problemText ? true : undefined}
            aria-describedby={problemText ? `${id}-error` : undefined}
            onChange={(e) => {
              setError(null);
              setFile(e.target.files?.[0] ?? null);
            }}
          />
          <label htmlFor={id} className={`lnob-button lnob-button--secondary${phase !== 'idle' ? ' lnob-imports__picker--disabled' : ''}`} aria-hidden="true">
            {t('imports.browse')}
          </label>
          {file ? (
            <span data-testid="import-chosen">{t('imports.chosen', { name: file.name, size: formatBytes(file.size, locale) })}</span>
          ) : (
            <span className="lnob-muted">{t('imports.noFile')}</span>
          )}
        </div>
      </Field>
      <FormError error={error} />
      <Button variant="primary" onClick={() => void send()} disabled={!file || problem !== null || phase !== 'idle'} data-testid="import-check">
        {phase === 'uploading' ? t('imports.uploading') : phase === 'starting' ? t('imports.starting') : t('imports.check')}
      </Button>
    </section>
  );
}

/** The user's latest jobs, newest first; each opens in the job view above. */
function RecentJobs(p: { jobs: readonly ImportJobFieldsFragment[]; currentId: string | null }) {
  const { t, locale } = useI18n();
  if (p.jobs.length === 0) return <EmptyState message={t('imports.noJobs')} />;
  const n = (v: number) => formatInteger(v, locale);
  return (
    <table className="lnob-table" data-testid="import-jobs">
      <thead>
        <tr>
          <th>{t('imports.createdAt')}</th>
          <th>{t('imports.fileName')}</th>
          <th>{t('imports.kind')}</th>
          <th>{t('imports.status')}</th>
          <th className="lnob-imports__num">{t('imports.rows')}</th>
          <th className="lnob-imports__num">{t('imports.validRows')}</th>
          <th className="lnob-imports__num">{t('imports.invalidRows')}</th>
          <th className="lnob-imports__num">{t('imports.newHouseholds')}</th>
          <th className="lnob-imports__num">{t('imports.reviews')}</th>
        </tr>
      </thead>
      <tbody>
        {p.jobs.map((j) => {
          const current = j.id === p.currentId;
          return (
            <tr key={j.id} data-job-id={j.id} className={current ? 'lnob-imports__current' : undefined}>
              <td className="lnob-imports__nowrap">{formatTimestamp(j.createdAt)}</td>
              <td>
                <a href={href('/imports', { job: j.id })} aria-current={current ? 'true' : undefined}>
                  {j.fileName}
                </a>
              </td>
              <td>{t(j.dryRun ? 'imports.kindDryRun' : 'imports.kindCommit')}</td>
              <td>
                <StatusBadge status={j.status} />
              </td>
              <td className="lnob-imports__num">{n(j.total)}</td>
              <td className="lnob-imports__num">{n(j.validRows)}</td>
              <td className="lnob-imports__num">{n(j.invalidRows)}</td>
              <td className="lnob-imports__num">{n(j.householdsRegistered)}</td>
              <td className="lnob-imports__num">{n(j.reviewsRecorded)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
