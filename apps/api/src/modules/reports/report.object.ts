import { Field, Int, ObjectType } from 'type-graphql';
import type { IndicatorSource, LocalDate, ReportStatus } from '@lnob/domain';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar, LocalDateScalar, PeriodScalar } from '../../common/scalars';
import { IndicatorSourceEnum } from '../indicators/indicator.enums';
import { PlanObject } from '../plans/plan.object';
import { reportDates, type ReportEntity, type ReportValueEntity } from './report.entity';
import { ReportStatusEnum } from './report.enums';

@ObjectType('Report', {
  implements: Node,
  description:
    'A report (báo cáo) one organization owes another under a reporting obligation of a plan, for one period: indicator values ' +
    'and a narrative. It opens 30 days before it is due (or on its period\'s first day, if later). The reporter saves and ' +
    'submits it (data.capture over the reporter); the recipient returns or approves it (data.review over the recipient); the ' +
    'level above the recipient accepts it (data.review over the recipient\'s parent). Readable by whoever views the reporter ' +
    'or the recipient.',
})
export class ReportObject extends Node {
  rowId: number;
  planRowId: number;
  obligationRowId: number;
  reporterRowId: number;
  recipientRowId: number;
  reporterPath: string;
  reporterAreaPath: string | null;
  recipientPath: string;
  /** Recorded workflow state (OPEN, SUBMITTED, RETURNED, APPROVED, ACCEPTED). */
  state: string;

  @Field(() => PeriodScalar, { description: 'The period reported on (kỳ báo cáo): 2024, 2024H1, 2024Q3 or 2024-10.' })
  period: string;

  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  periodStart: LocalDate;

  @Field(() => LocalDateScalar, { description: 'Last day of the period.' })
  periodEnd: LocalDate;

  @Field(() => LocalDateScalar, { description: 'The day the report opens: 30 days before it is due, or the period\'s first day if later.' })
  opensOn: LocalDate;

  @Field(() => LocalDateScalar, { description: 'The due date (hạn nộp); a report submitted after it is late.' })
  dueOn: LocalDate;

  @Field(() => String, { nullable: true, description: 'The narrative (thuyết minh, Markdown), at most 20,000 characters.' })
  narrative: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day of the latest submission (ngày nộp), in Vietnam (Asia/Ho_Chi_Minh).' })
  submittedOn: LocalDate | null;

  @Field(() => String, { nullable: true, description: 'Who submitted it last (user display name or key name).' })
  submittedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was last returned (lý do trả lại).' })
  returnReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the recipient approved it (null until approved, and again after a return).' })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who approved it.' })
  approvedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the level above the recipient accepted it (tiếp nhận).' })
  acceptedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who accepted it.' })
  acceptedBy: string | null;

  @Field(() => Int, { description: 'Changes with every change to the report: send it back with a change so that a concurrent one is refused (CONFLICT / VERSION_CONFLICT).' })
  version: number;

  static from(e: ReportEntity): ReportObject {
    return Object.assign(new ReportObject(), {
      id: toGlobalId('Report', e.id),
      rowId: e.id,
      planRowId: e.planId,
      obligationRowId: e.obligationId,
      reporterRowId: e.reporterId,
      recipientRowId: e.recipientId,
      reporterPath: e.reporterPath,
      reporterAreaPath: e.reporterAreaPath,
      recipientPath: e.recipientPath,
      state: e.state,
      period: e.period,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      opensOn: e.opensOn,
      dueOn: e.dueOn,
      narrative: e.narrative,
      submittedOn: e.submittedOn,
      submittedBy: e.submittedBy,
      returnReason: e.returnReason,
      approvedAt: e.approvedAt,
      approvedBy: e.approvedBy,
      acceptedAt: e.acceptedAt,
      acceptedBy: e.acceptedBy,
      version: e.version,
    });
  }

  /** The columns the status rules read. */
  get dates() {
    return reportDates(this);
  }
}

@ObjectType('ReportConnection', { description: 'A page of reports, by due date.' })
export class ReportConnection extends Connection(ReportObject, 'Report') {}

@ObjectType('ReportValue', { description: 'One indicator\'s value in a report (embedded).' })
export class ReportValueObject {
  indicatorRowId: number;

  @Field(() => String, { nullable: true, description: 'The value as exact decimal text (e.g. "2.35", "15735"); null when not filled in.' })
  value: string | null;

  @Field(() => Int, { nullable: true, description: 'RATIO indicators: the numerator (e.g. poor households), when known.' })
  numerator: number | null;

  @Field(() => Int, { nullable: true, description: 'RATIO indicators: the denominator (e.g. all households), when known.' })
  denominator: number | null;

  @Field(() => IndicatorSourceEnum, {
    description:
      'Where the value comes from: REGISTRY or LEDGER when it is the hub\'s own figure (pre-filled from the household registry or ' +
      'the fund ledger for the reporter\'s area and period), REPORTED when the reporter entered it (for a REGISTRY or LEDGER ' +
      'indicator: an override of `computedValue`).',
  })
  source: IndicatorSource;

  @Field(() => String, { nullable: true, description: 'REGISTRY and LEDGER indicators: the figure the hub computed (kept for provenance, refreshed while the report is with its reporter).' })
  computedValue: string | null;

  @Field(() => String, { nullable: true, description: 'The reporter\'s note on this value.' })
  note: string | null;

  static from(e: Pick<ReportValueEntity, 'indicatorId' | 'value' | 'numerator' | 'denominator' | 'source' | 'computedValue' | 'note'>): ReportValueObject {
    return Object.assign(new ReportValueObject(), {
      indicatorRowId: e.indicatorId,
      value: e.value,
      numerator: e.numerator,
      denominator: e.denominator,
      source: e.source as IndicatorSource,
      computedValue: e.computedValue,
      note: e.note,
    });
  }
}

@ObjectType('ComplianceRow', { description: 'One expected report in a compliance view (embedded): who, its status and lateness.' })
export class ComplianceRowObject {
  organizationRowId: number;

  @Field(() => ReportObject, { description: 'The report instance.' })
  report: ReportObject;

  @Field(() => ReportStatusEnum, { description: 'Its status on the compliance date.' })
  status: ReportStatus;

  @Field(() => LocalDateScalar, { description: 'Its due date.' })
  dueOn: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was (last) submitted.' })
  submittedOn: LocalDate | null;

  @Field(() => Int, { description: 'Days past the due date (submitted: on submission; still with the reporter: on the compliance date); 0 when on time.' })
  daysLate: number;
}

/** The tallies shared by the compliance views. */
@ObjectType('ReportingCompliance', {
  description:
    'Who has reported on a plan\'s period (tình hình báo cáo), on a date: one row per expected report you may read. ' +
    '`expected = submitted + overdue + notDue`; `submitted = onTime + late`.',
})
export class ReportingComplianceObject {
  @Field(() => PlanObject, { description: 'The plan.' })
  plan: PlanObject;

  @Field(() => PeriodScalar, { nullable: true, description: 'The period (by default the plan\'s latest period that has come due; null when the plan has no reports yet).' })
  period: string | null;

  @Field(() => LocalDateScalar, { description: 'The date the statuses are computed on.' })
  asOf: LocalDate;

  @Field(() => Int, { description: 'Reports expected (one per reporter and obligation).' })
  expected: number;

  @Field(() => Int, { description: 'Submitted and not returned (submitted, approved or accepted).' })
  submitted: number;

  @Field(() => Int, { description: 'Of the submitted: on or before the due date.' })
  onTime: number;

  @Field(() => Int, { description: 'Of the submitted: after the due date.' })
  late: number;

  @Field(() => Int, { description: 'Not submitted (or returned) and past the due date.' })
  overdue: number;

  @Field(() => Int, { description: 'Not submitted (or returned) and not yet past the due date.' })
  notDue: number;

  @Field(() => Int, { description: 'Approved by the recipient (including those since accepted).' })
  approved: number;

  @Field(() => Int, { description: 'Accepted by the level above the recipient.' })
  accepted: number;

  @Field(() => [ComplianceRowObject], { description: 'One row per expected report, by reporter.' })
  rows: ComplianceRowObject[];
}

@ObjectType('CascadeCompliance', { description: 'Reporting compliance of a plan in a cascade, for its latest period that has come due (embedded).' })
export class CascadeComplianceObject {
  @Field(() => PeriodScalar, { description: 'The period counted.' })
  period: string;

  @Field(() => Int, { description: 'Reports expected.' })
  expected: number;

  @Field(() => Int, { description: 'Submitted and not returned.' })
  submitted: number;

  @Field(() => Int, { description: 'Of the submitted: after the due date.' })
  late: number;

  @Field(() => Int, { description: 'Not submitted (or returned) and past the due date.' })
  overdue: number;

  @Field(() => Int, { description: 'Approved by the recipient (including those since accepted).' })
  approved: number;
}
