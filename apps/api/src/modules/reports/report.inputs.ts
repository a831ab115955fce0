import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { LocalDate, Period, ReportStatus } from '@lnob/domain';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar, PeriodScalar } from '../../common/scalars';
import { ReportBoxEnum, ReportStatusEnum, type ReportBox } from './report.enums';
import { ReportObject } from './report.object';

@InputType({ description: 'Which reports to list.' })
export class ReportFilter {
  @Field(() => ReportBoxEnum, { nullable: true, description: 'INBOX (to review), OUTBOX (to make) or ALL you may read (default).' })
  box?: ReportBox | null;

  @Field(() => ID, { nullable: true, description: 'Reports of this plan only.' })
  planId?: string | null;

  @Field(() => PeriodScalar, { nullable: true, description: 'Reports of this period only (2024, 2024H1, 2024Q3, 2024-10).' })
  period?: Period | null;

  @Field(() => [ReportStatusEnum], { nullable: true, description: 'Reports with one of these statuses on `asOf`.' })
  status?: ReportStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Reports of this reporting organization only.' })
  reporterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reports to this recipient only.' })
  recipientId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date statuses are computed on (default: today in Vietnam).' })
  asOf?: LocalDate | null;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ReportFilter, { nullable: true, description: 'Which reports.' })
  filter?: ReportFilter | null;
}

@InputType({ description: 'One indicator\'s value entered in a report.' })
export class ReportValueInput {
  @Field(() => ID, { description: 'An indicator the report asks for.' })
  indicatorId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The value as exact decimal text (e.g. "2.35"). Empty or null: not filled in — for a REGISTRY or LEDGER indicator, back to the hub\'s figure.',
  })
  value?: string | null;

  @Field(() => Int, { nullable: true, description: 'RATIO indicators: the numerator (with the denominator; the value is then numerator / denominator × factor).' })
  numerator?: number | null;

  @Field(() => Int, { nullable: true, description: 'RATIO indicators: the denominator, more than 0.' })
  denominator?: number | null;

  @Field(() => String, { nullable: true, description: 'A note on the value, at most 2,000 characters.' })
  note?: string | null;
}

@InputType({ description: 'Save a report\'s draft (while it is open or returned).' })
export class SaveReportInput {
  @Field(() => ID, { description: 'The report.' })
  reportId: string;

  @Field(() => String, { nullable: true, description: 'The narrative (Markdown, at most 20,000 characters); left out: unchanged; empty: cleared.' })
  narrative?: string | null;

  @Field(() => [ReportValueInput], { nullable: true, description: 'Values to change; indicators left out keep theirs.' })
  values?: ReportValueInput[] | null;

  @Field(() => Int, { nullable: true, description: 'The `version` you read: refused with CONFLICT / VERSION_CONFLICT when the report changed since.' })
  version?: number | null;
}

@InputType({ description: 'Submit a report (with last changes), while it is open or returned.' })
export class SubmitReportInput extends SaveReportInput {}

@InputType({ description: 'Return a report to its reporter (from submitted or approved).' })
export class ReturnReportInput {
  @Field(() => ID, { description: 'The report.' })
  reportId: string;

  @Field({ description: 'Why (lý do), 5–2,000 characters.' })
  reason: string;

  @Field(() => Int, { nullable: true, description: 'The `version` you read.' })
  version?: number | null;
}

@InputType({ description: 'Approve a submitted report.' })
export class ApproveReportInput {
  @Field(() => ID, { description: 'The report.' })
  reportId: string;

  @Field(() => Int, { nullable: true, description: 'The `version` you read.' })
  version?: number | null;
}

@InputType({ description: 'Accept an approved report (the level above its recipient).' })
export class AcceptReportInput extends ApproveReportInput {}

@InputType({ description: 'Open the reporting periods of an issued plan that have opened by a date.' })
export class OpenReportingPeriodsInput {
  @Field(() => ID, { description: 'The plan (issued).' })
  planId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Open the reports that open on or before this date (default: today in Vietnam).' })
  asOf?: LocalDate | null;
}

@ObjectType('ReportPayload', { description: 'The report as changed.' })
export class ReportPayload {
  @Field(() => ReportObject, { description: 'The report.' })
  report: ReportObject;
}

@ObjectType('OpenReportingPeriodsPayload', { description: 'How many report instances were made.' })
export class OpenReportingPeriodsPayload {
  @Field(() => Int, { description: 'Reports made (0 when every opened period already had its reports).' })
  created: number;
}
