import { registerEnumType } from 'type-graphql';
import { REPORT_STATUSES, REPORT_STATUS_LABELS, type ReportStatus } from '@lnob/domain';
import { asEnum, describe } from '../../common/enums';

export const ReportStatusEnum = asEnum<ReportStatus>(REPORT_STATUSES);

/** Which reports a list holds, seen from the caller. */
export const REPORT_BOXES = ['INBOX', 'OUTBOX', 'ALL'] as const;
export type ReportBox = (typeof REPORT_BOXES)[number];
export const ReportBoxEnum = asEnum<ReportBox>(REPORT_BOXES);

registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'What a report shows on a date (tình trạng báo cáo): its workflow state, with open reports told apart by their opening and due dates and submitted ones by whether they came on time.',
  valuesConfig: describe(REPORT_STATUS_LABELS),
});
registerEnumType(ReportBoxEnum, {
  name: 'ReportBox',
  description: 'Which reports a list holds, seen from the caller.',
  valuesConfig: {
    INBOX: { description: 'Reports to review (hộp đến): the recipient lies in your data.review scope — to return or approve, and, one level down, to accept. Needs data.review.' },
    OUTBOX: { description: 'Reports to make (hộp đi): the reporter lies in your data.capture scope. Needs data.capture.' },
    ALL: { description: 'Every report you may read: its reporter or recipient lies in your organization view.' },
  },
});
