import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Button, formatInteger, saveFile, useI18n } from '@lnob/ui';
import type { AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { fallbackProps, MoreRows, RowsFallback } from '../common/queries';
import { columnLabel, problemsCsv, problemsFileName, reasonText } from './model';
import { ImportProblemsDocument, PROBLEMS_PAGE, type ImportJobFieldsFragment } from './operations';
import { fetchAllProblems } from './problems';

/** Problems the API keeps per job (`problemCount` may be larger). */
const PROBLEMS_KEPT = 5000;

/**
 * The problems of a finished job: line, column (named in the current language), reason (in words,
 * with its code) and the API's message; a page at a time ("Xem thêm"), and all of them as CSV.
 */
export function ProblemTable(p: { job: Pick<ImportJobFieldsFragment, 'id' | 'fileName' | 'problemCount'>; saveFile?: (name: string, csv: string) => void }) {
  const { t, locale } = useI18n();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const { job } = p;

  const download = async () => {
    setBusy(true);
    setError(null);
    const r = await fetchAllProblems(client, job.id);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    (p.saveFile ?? saveFile)(problemsFileName(job.fileName, locale), problemsCsv(r.problems, locale));
  };

  return (
    <section className="lnob-imports__problems" aria-labelledby="import-problems-title">
      <header className="lnob-section__header">
        <h3 id="import-problems-title">
          {t('imports.problems')} ({formatInteger(job.problemCount, locale)})
        </h3>
        <div className="lnob-page__actions">
          <Button onClick={() => void download()} disabled={busy} data-testid="download-problems">
            {busy ? t('imports.preparing') : t('imports.downloadProblems')}
          </Button>
        </div>
      </header>
      {job.problemCount > PROBLEMS_KEPT ? (
        <p className="lnob-muted">{t('imports.problemsKept', { kept: formatInteger(PROBLEMS_KEPT, locale), count: formatInteger(job.problemCount, locale) })}</p>
      ) : null}
      <FormError error={error} />
      <table className="lnob-table" data-testid="import-problems">
        <thead>
          <tr>
            <th>{t('imports.line')}</th>
            <th>{t('imports.column')}</th>
            <th>{t('imports.reason')}</th>
            <th>{t('imports.detail')}</th>
          </tr>
        </thead>
        <tbody>
          <ProblemPage jobId={job.id} after={null} />
        </tbody>
      </table>
    </section>
  );
}

/** One page of problems as table rows, then "Xem thêm" (or, once asked, the next page). */
function ProblemPage(p: { jobId: string; after: string | null }) {
  const { t, locale } = useI18n();
  const [res, reexecute] = useQuery({ query: ImportProblemsDocument, variables: { id: p.jobId, first: PROBLEMS_PAGE, after: p.after } });
  const conn = res.data?.importJob.problems;
  if (!conn) return <RowsFallback cols={4} {...fallbackProps(res, reexecute)} />;
  if (p.after === null && conn.edges.length === 0) {
    return (
      <tr>
        <td colSpan={4} className="lnob-muted">
          {t('imports.noProblems')}
        </td>
      </tr>
    );
  }
  return (
    <>
      {conn.edges.map(({ node: x }, i) => (
        <tr key={`${x.line}-${x.column ?? ''}-${i}`} data-line={x.line} data-column={x.column ?? ''} data-reason={x.reason}>
          <td className="lnob-imports__num">
            {formatInteger(x.line, locale)}
            {x.line === 1 ? <span className="lnob-muted"> ({t('imports.headerLine')})</span> : null}
          </td>
          <td>
            {columnLabel(x.column, locale)}
            {x.column ? <span className="lnob-muted"> · {x.column}</span> : null}
          </td>
          <td>
            {reasonText(x.reason, locale)} <code className="lnob-muted">{x.reason}</code>
          </td>
          <td>{x.message}</td>
        </tr>
      ))}
      <MoreRows cols={4} pageInfo={conn.pageInfo} testId="problems-more" next={(after) => <ProblemPage jobId={p.jobId} after={after} />} />
    </>
  );
}
