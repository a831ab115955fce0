import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { RETURN_REASON_MAX } from '@lnob/domain';
import { Button, Dialog } from '@lnob/ui';
import { describeError, type AppError } from '../../app/errors';
import { FormError } from '../../app/ErrorView';
import { fieldErrors, TextArea } from '../common/forms';
import { answered, returnReasonProblem, type ReportDone } from './model';
import { AcceptReportDocument, ApproveReportDocument, ReturnReportDocument, type ReportFieldsFragment } from './operations';
import { useI18n } from '../plans/i18n';

/**
 * Return (with a reason), approve (the recipient), accept (the level above): as the API allows the
 * caller. Keyed by the report's status where it is shown, so a step taken starts it afresh.
 */
export function ReviewActions(p: { report: ReportFieldsFragment; asOf?: string; onDone(done: ReportDone): void }) {
  const { t } = useI18n();
  const { report } = p;
  const [returning, setReturning] = useState(false);
  const [approveState, approve] = useMutation(ApproveReportDocument);
  const [acceptState, accept] = useMutation(AcceptReportDocument);
  const [error, setError] = useState<AppError | null>(null);
  if (!report.canApprove && !report.canReturn && !report.canAccept) return null;
  const busy = approveState.fetching || acceptState.fetching;
  const run = async (which: 'approve' | 'accept') => {
    setError(null);
    const r = which === 'approve' ? await approve({ input: { reportId: report.id }, asOf: p.asOf }) : await accept({ input: { reportId: report.id }, asOf: p.asOf });
    if (answered(r.data)) p.onDone(which === 'approve' ? 'approved' : 'accepted');
    else setError(describeError(r.error));
  };
  return (
    <section data-testid="review-actions">
      <FormError error={error} />
      <div className="lnob-page__actions">
        {report.canApprove ? (
          <Button variant="primary" disabled={busy} onClick={() => run('approve')} data-testid="approve-report">
            {t('reports.approve')}
          </Button>
        ) : null}
        {report.canAccept ? (
          <Button variant="primary" disabled={busy} onClick={() => run('accept')} data-testid="accept-report">
            {t('reports.accept')}
          </Button>
        ) : null}
        {report.canReturn ? (
          <Button disabled={busy} onClick={() => setReturning(true)} data-testid="return-report">
            {t('reports.return')}
          </Button>
        ) : null}
      </div>
      {returning ? (
        <ReturnDialog
          report={report}
          asOf={p.asOf}
          onClose={() => setReturning(false)}
          onDone={() => {
            setReturning(false);
            p.onDone('returned');
          }}
        />
      ) : null}
    </section>
  );
}

/** Return a report to its reporter, with the reason (5 to 2,000 characters). */
function ReturnDialog(p: { report: ReportFieldsFragment; asOf?: string; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [state, returnReport] = useMutation(ReturnReportDocument);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = returnReasonProblem(reason, t);
    setLocal(problem);
    if (problem || state.fetching) return;
    const r = await returnReport({ input: { reportId: p.report.id, reason: reason.trim() }, asOf: p.asOf });
    if (r.data?.returnReport) p.onDone();
    else setError(describeError(r.error));
  };
  return (
    <Dialog
      title={t('reports.returnTitle')}
      onClose={p.onClose}
      footer={
        <>
          <Button onClick={p.onClose} disabled={state.fetching}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" form="return-report-form" variant="primary" disabled={state.fetching} data-testid="submit">
            {t('reports.return')}
          </Button>
        </>
      }
    >
      <form id="return-report-form" onSubmit={onSubmit} noValidate>
        <TextArea
          label={t('reports.returnReason')}
          name="reason"
          value={reason}
          onChange={setReason}
          error={local ?? fieldErrors({}, error)('reason')}
          hint={`${t('reports.returnReasonLength')} (${reason.trim().length}/${RETURN_REASON_MAX})`}
          rows={4}
        />
        <FormError error={error} />
      </form>
    </Dialog>
  );
}
