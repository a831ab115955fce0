import { REPORT_STATUSES, REPORT_STATUS_LABELS, type ReportStatus } from '@lnob/domain';
import { codeEnum } from '../../common/enums';

export const ReportStatusEnum = codeEnum<ReportStatus>(
  REPORT_STATUSES,
  'ReportStatus',
  'What a report shows on a date (tình trạng báo cáo): its workflow state, with open reports told apart by their opening and due dates and submitted ones by whether they came on time.',
  REPORT_STATUS_LABELS,
);

/** Which reports a list holds, seen from the caller. */
export const REPORT_BOXES = ['INBOX', 'OUTBOX', 'ALL'] as const;
export type ReportBox = (typeof REPORT_BOXES)[number];
export const ReportBoxEnum = codeEnum<ReportBox>(REPORT_BOXES, 'ReportBox', 'Which reports a list holds, seen from the caller.', {
  INBOX: 'Reports to review (hộp đến): the recipient lies in your data.review scope — to return or approve, and, one level down, to accept. Needs data.review.',
  OUTBOX: 'Reports to make (hộp đi): the reporter lies in your data.capture scope. Needs data.capture.',
  ALL: 'Every report you may read: its reporter or recipient lies in your organization view.',
});
