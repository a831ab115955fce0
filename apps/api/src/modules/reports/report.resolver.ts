import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { daysLate, formatPeriod, reportStatus, type LocalDate, type Period, type ReportAction, type ReportStatus, type ReportValueInput as ValueCommand } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { loadedRows } from '../../common/hierarchy';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { LocalDateScalar, PeriodScalar } from '../../common/scalars';
import { IndicatorObject } from '../indicators/indicator.object';
import { OrganizationObject } from '../organizations/organization.object';
import { PlanCascadeNode, PlanObject, planObjectOf, ReportingObligationObject } from '../plans/plan.object';
import { ReportAccess } from './report.access';
import type { ReportEntity } from './report.entity';
import { ReportStatusEnum } from './report.enums';
import {
  AcceptReportInput,
  ApproveReportInput,
  OpenReportingPeriodsInput,
  OpenReportingPeriodsPayload,
  ReportPayload,
  ReportsArgs,
  ReturnReportInput,
  SaveReportInput,
  SubmitReportInput,
  type ReportValueInput,
} from './report.inputs';
import { CascadeComplianceObject, ComplianceRowObject, ReportConnection, ReportingComplianceObject, ReportObject, ReportValueObject } from './report.object';

const values = (vs: ReportValueInput[] | null | undefined): ValueCommand[] | null | undefined =>
  vs &&
  vs.map((v, i) => ({ indicatorId: rowIdOf(v.indicatorId, 'Indicator', `input.values[${i}].indicatorId`), value: v.value, numerator: v.numerator, denominator: v.denominator, note: v.note }));

const saveCommand = (i: SaveReportInput) => ({ reportId: rowIdOf(i.reportId, 'Report', 'input.reportId'), narrative: i.narrative, values: values(i.values), version: i.version });

const payload = (r: ReportEntity): ReportPayload => ({ report: ReportObject.from(r) });

/** Reports: the boxes, one report, compliance, and the workflow (docs/plans.md "reports"). */
@Resolver(() => ReportObject)
export class ReportResolver {
  @Query(() => ReportConnection, { description: 'Reports of one of your boxes (INBOX, OUTBOX, or ALL you may read), by due date.' })
  async reports(@Args() args: ReportsArgs, @Ctx() ctx: HubContext): Promise<ReportConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const r = await ctx.services.reports.list(
      {
        box: f.box,
        planId: optionalRowIdOf(f.planId, 'Plan', 'filter.planId'),
        period: f.period ? formatPeriod(f.period) : null,
        status: f.status,
        reporterId: optionalRowIdOf(f.reporterId, 'Organization', 'filter.reporterId'),
        recipientId: optionalRowIdOf(f.recipientId, 'Organization', 'filter.recipientId'),
        asOf: f.asOf,
      },
      first + 1,
      after,
    );
    for (const row of r.rows) ctx.loaders.reportById.prime(row.id, row);
    return toConnection(ReportConnection, r.rows, first, after !== null, ReportObject.from, (x) => ({ key: x.dueOn, id: x.id }), r.count);
  }

  @Query(() => ReportObject, { description: 'One report (NOT_FOUND outside your scope). Read while with its reporter, it gets its pre-filled values the first time.' })
  async report(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<ReportObject> {
    const row = await ctx.services.reports.get(rowIdOf(id, 'Report'));
    await ctx.services.reports.prefill(row);
    return ReportObject.from(row);
  }

  @Query(() => ReportingComplianceObject, {
    description: 'Who has reported on a plan\'s period and who is late (default period: the latest that has come due on `asOf`; default asOf: today).',
  })
  async reportingCompliance(
    @Arg('planId', () => ID) planId: string,
    @Arg('period', () => PeriodScalar, { nullable: true }) period: Period | null,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: LocalDate | null,
    @Ctx() ctx: HubContext,
  ): Promise<ReportingComplianceObject> {
    const c = await ctx.services.reports.compliance(rowIdOf(planId, 'Plan', 'planId'), period ? formatPeriod(period) : null, asOf ?? ctx.today);
    for (const x of c.rows) ctx.loaders.reportById.prime(x.report.id, x.report);
    return Object.assign(new ReportingComplianceObject(), {
      plan: PlanObject.from(c.plan),
      period: c.period,
      asOf: c.asOf,
      expected: c.expected,
      submitted: c.submitted,
      onTime: c.onTime,
      late: c.late,
      overdue: c.overdue,
      notDue: c.notDue,
      approved: c.approved,
      accepted: c.accepted,
      rows: c.rows.map((x) =>
        Object.assign(new ComplianceRowObject(), {
          organizationRowId: x.report.reporterId,
          report: ReportObject.from(x.report),
          status: x.status,
          dueOn: x.report.dueOn,
          submittedOn: x.report.submittedOn,
          daysLate: x.daysLate,
        }),
      ),
    });
  }

  @Mutation(() => OpenReportingPeriodsPayload, {
    description: 'Make the report instances of an issued plan whose reports have opened by `asOf` (data.capture over its first issuer). Idempotent; the hub also does it every hour.',
  })
  async openReportingPeriods(@Arg('input') i: OpenReportingPeriodsInput, @Ctx() ctx: HubContext): Promise<OpenReportingPeriodsPayload> {
    const r = await ctx.services.reportWorkflow.openPeriods(rowIdOf(i.planId, 'Plan', 'input.planId'), i.asOf ?? ctx.today);
    return Object.assign(new OpenReportingPeriodsPayload(), { created: r.created });
  }

  @Mutation(() => ReportPayload, { description: 'Save a report\'s draft while it is open or returned (data.capture over the reporter).' })
  async saveReport(@Arg('input') i: SaveReportInput, @Ctx() ctx: HubContext): Promise<ReportPayload> {
    return payload(await ctx.services.reportWorkflow.save(saveCommand(i)));
  }

  @Mutation(() => ReportPayload, { description: 'Submit a report, with its last changes (data.capture over the reporter). Submitted after its due date it shows as SUBMITTED_LATE.' })
  async submitReport(@Arg('input') i: SubmitReportInput, @Ctx() ctx: HubContext): Promise<ReportPayload> {
    return payload(await ctx.services.reportWorkflow.submit(saveCommand(i)));
  }

  @Mutation(() => ReportPayload, { description: 'Return a submitted or approved report to its reporter, saying why (data.review over the recipient).' })
  async returnReport(@Arg('input') i: ReturnReportInput, @Ctx() ctx: HubContext): Promise<ReportPayload> {
    return payload(await ctx.services.reportWorkflow.returnReport({ reportId: rowIdOf(i.reportId, 'Report', 'input.reportId'), reason: i.reason, version: i.version }));
  }

  @Mutation(() => ReportPayload, { description: 'Approve a submitted report (data.review over the recipient).' })
  async approveReport(@Arg('input') i: ApproveReportInput, @Ctx() ctx: HubContext): Promise<ReportPayload> {
    return payload(await ctx.services.reportWorkflow.approve({ reportId: rowIdOf(i.reportId, 'Report', 'input.reportId'), version: i.version }));
  }

  @Mutation(() => ReportPayload, { description: 'Accept an approved report (data.review over the recipient\'s parent: the level above the recipient).' })
  async acceptReport(@Arg('input') i: AcceptReportInput, @Ctx() ctx: HubContext): Promise<ReportPayload> {
    return payload(await ctx.services.reportWorkflow.accept({ reportId: rowIdOf(i.reportId, 'Report', 'input.reportId'), version: i.version }));
  }

  @FieldResolver(() => PlanObject, { description: 'The plan that asks for the report.' })
  plan(@Root() r: ReportObject, @Ctx() ctx: HubContext): Promise<PlanObject> {
    return planObjectOf(ctx, r.planRowId);
  }

  @FieldResolver(() => ReportingObligationObject, { description: 'The reporting obligation it answers.' })
  async obligation(@Root() r: ReportObject, @Ctx() ctx: HubContext): Promise<ReportingObligationObject> {
    return ReportingObligationObject.from((await ctx.loaders.obligationById.load(r.obligationRowId))!);
  }

  @FieldResolver(() => OrganizationObject, { description: 'Who reports (đơn vị báo cáo).' })
  async reporter(@Root() r: ReportObject, @Ctx() ctx: HubContext): Promise<OrganizationObject> {
    return OrganizationObject.from((await ctx.loaders.organizationById.load(r.reporterRowId))!, ctx.today);
  }

  @FieldResolver(() => OrganizationObject, { description: 'To whom (đơn vị nhận báo cáo).' })
  async recipient(@Root() r: ReportObject, @Ctx() ctx: HubContext): Promise<OrganizationObject> {
    return OrganizationObject.from((await ctx.loaders.organizationById.load(r.recipientRowId))!, ctx.today);
  }

  @FieldResolver(() => ReportStatusEnum, {
    description: 'Status on `asOf` (default today): NOT_DUE before it opens, DUE until its due date, OVERDUE after; SUBMITTED or SUBMITTED_LATE by the day it was submitted; RETURNED, APPROVED, ACCEPTED.',
  })
  status(@Root() r: ReportObject, @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: LocalDate | null, @Ctx() ctx: HubContext): ReportStatus {
    return reportStatus(r.dates, asOf ?? ctx.today);
  }

  @FieldResolver(() => Int, { description: 'Days past the due date on `asOf` (default today): submitted — on the day it was submitted; still with its reporter — on asOf. 0 when on time.' })
  daysLate(@Root() r: ReportObject, @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: LocalDate | null, @Ctx() ctx: HubContext): number {
    return daysLate(r.dates, asOf ?? ctx.today);
  }

  @FieldResolver(() => [ReportValueObject], {
    description:
      'One value per indicator the obligation asks for, in its order. REGISTRY and LEDGER values are pre-filled from the hub\'s figures ' +
      'for the reporter\'s area and period when the report is first read alone (`report`, `node`) or saved; until then they show empty.',
  })
  async values(@Root() r: ReportObject, @Ctx() ctx: HubContext): Promise<ReportValueObject[]> {
    const [stored, obligation] = await Promise.all([ctx.loaders.reportValuesByReport.load(r.rowId), ctx.loaders.obligationById.load(r.obligationRowId)]);
    const byIndicator = new Map(stored.map((v) => [v.indicatorId, v]));
    const ids = obligation?.indicatorIds ?? [];
    const missing = ids.filter((id) => !byIndicator.has(id));
    const indicators = new Map(loadedRows(await ctx.loaders.indicatorById.loadMany(missing)).map((i) => [i.id, i]));
    return ids.flatMap((id) => {
      const v = byIndicator.get(id);
      if (v) return [ReportValueObject.from(v)];
      const ind = indicators.get(id);
      return ind ? [ReportValueObject.from({ indicatorId: id, value: null, numerator: null, denominator: null, source: ind.source, computedValue: null, note: null })] : [];
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may submit it now (data.capture over the reporter; open or returned).' })
  canSubmit(@Root() r: ReportObject, @Ctx() ctx: HubContext): boolean {
    return can(ctx, r, 'SUBMIT');
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may return it now (data.review over the recipient; submitted or approved).' })
  canReturn(@Root() r: ReportObject, @Ctx() ctx: HubContext): boolean {
    return can(ctx, r, 'RETURN');
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may approve it now (data.review over the recipient; submitted).' })
  canApprove(@Root() r: ReportObject, @Ctx() ctx: HubContext): boolean {
    return can(ctx, r, 'APPROVE');
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may accept it now (data.review over the recipient\'s parent; approved).' })
  canAccept(@Root() r: ReportObject, @Ctx() ctx: HubContext): boolean {
    return can(ctx, r, 'ACCEPT');
  }
}

function can(ctx: HubContext, r: ReportObject, action: ReportAction): boolean {
  return new ReportAccess(ctx.caller).can({ reporterPath: r.reporterPath, reporterAreaPath: r.reporterAreaPath, recipientPath: r.recipientPath, state: r.state }, action);
}

@Resolver(() => ReportValueObject)
export class ReportValueResolver {
  @FieldResolver(() => IndicatorObject, { description: 'The indicator.' })
  async indicator(@Root() v: ReportValueObject, @Ctx() ctx: HubContext): Promise<IndicatorObject> {
    return IndicatorObject.from((await ctx.loaders.indicatorById.load(v.indicatorRowId))!);
  }
}

@Resolver(() => ComplianceRowObject)
export class ComplianceRowResolver {
  @FieldResolver(() => OrganizationObject, { description: 'The reporting organization.' })
  async organization(@Root() row: ComplianceRowObject, @Ctx() ctx: HubContext): Promise<OrganizationObject> {
    return OrganizationObject.from((await ctx.loaders.organizationById.load(row.organizationRowId))!, ctx.today);
  }
}

@Resolver(() => PlanCascadeNode)
export class PlanCascadeComplianceResolver {
  @FieldResolver(() => CascadeComplianceObject, {
    nullable: true,
    description: 'Reporting compliance of the plan for its latest period that has come due on the cascade\'s date (null when it has no reports you may read).',
  })
  async compliance(@Root() node: PlanCascadeNode, @Ctx() ctx: HubContext): Promise<CascadeComplianceObject | null> {
    const c = await ctx.loaders.cascadeCompliance.load({ planId: node.planRowId, asOf: node.asOf });
    return c && Object.assign(new CascadeComplianceObject(), { period: c.period, expected: c.expected, submitted: c.submitted, late: c.late, overdue: c.overdue, approved: c.approved });
  }
}
