import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Period } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { pageOf } from '../../common/paging';
import { toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf } from '../../common/relay/global-id';
import { LocalDateScalar, PeriodScalar } from '../../common/scalars';
import { visibleArea, visibleOrganization } from '../../common/visibility';
import { AreaObject } from '../areas/area.object';
import { HouseholdAccess } from '../households/household.access';
import { HouseholdObject } from '../households/household.object';
import { OrganizationObject } from '../organizations/organization.object';
import { visibleFund } from './fund.access';
import type { FundEntity } from './fund.entity';
import {
  CompleteHousingInput,
  CreateFundInput,
  DonorsArgs,
  FundPayload,
  FundsArgs,
  LedgerArgs,
  LedgerTransactionPayload,
  PledgePayload,
  PledgesArgs,
  RecordDisbursementInput,
  RecordDonationInput,
  RecordPledgeInput,
  RecordTransferInput,
  ReverseTransactionInput,
  type NewDonorInput,
} from './fund.inputs';
import {
  DonorConnection,
  DonorObject,
  FundBalanceObject,
  FundBankAccountObject,
  FundConnection,
  FundObject,
  FundSummaryObject,
  LedgerConnection,
  LedgerTransactionObject,
  PledgeConnection,
  PledgeObject,
} from './fund.object';
import type { Posted } from './ledger.service';

const newDonor = (d: NewDonorInput | null | undefined) =>
  d && { ...d, organizationId: optionalRowIdOf(d.organizationId, 'Organization', 'input.newDonor.organizationId'), householdId: optionalRowIdOf(d.householdId, 'Household', 'input.newDonor.householdId') };

const posted = (p: Posted): LedgerTransactionPayload => ({ transaction: LedgerTransactionObject.from(p.tx), replayed: p.replayed, fund: FundObject.from(p.fund) });

/** The Fund for the Poor: funds, the ledger and its movements, pledges (docs/funds.md). */
@Resolver(() => FundObject)
export class FundResolver {
  @Query(() => FundObject, { description: 'One fund (NOT_FOUND outside your organization view).' })
  async fund(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<FundObject> {
    return FundObject.from(await ctx.services.funds.get(rowIdOf(id, 'Fund')));
  }

  @Query(() => FundConnection, { description: 'Funds in your organization view, by id.' })
  async funds(@Args() args: FundsArgs, @Ctx() ctx: HubContext): Promise<FundConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const { rows, count } = await ctx.services.funds.list({ areaId: optionalRowIdOf(f.areaId, 'Area', 'filter.areaId'), level: f.level, validOn: f.validOn }, first + 1, after);
    return toConnection(FundConnection, rows, first, after !== null, FundObject.from, (r) => ({ key: 0, id: r.id }), count);
  }

  @Query(() => FundBalanceObject, { description: 'A fund\'s balance at the end of `asOf` (default: now).' })
  async fundBalance(@Arg('fundId', () => ID) fundId: string, @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null, @Ctx() ctx: HubContext): Promise<FundBalanceObject> {
    const r = await ctx.services.funds.balance(rowIdOf(fundId, 'Fund', 'fundId'), asOf);
    return Object.assign(new FundBalanceObject(), { fund: FundObject.from(r.fund), asOf: r.asOf, balance: r.balance });
  }

  @Query(() => LedgerConnection, { description: 'A fund\'s transactions (its own and transfers to it), newest first, with the totals of the filtered set.' })
  async ledger(@Args() args: LedgerArgs, @Ctx() ctx: HubContext): Promise<LedgerConnection> {
    const { first, after } = pageOf(args);
    const f = args.filter ?? {};
    const r = await ctx.services.funds.ledger(rowIdOf(args.fundId, 'Fund', 'fundId'), { ...f, donorId: optionalRowIdOf(f.donorId, 'Donor', 'filter.donorId') }, first + 1, after);
    for (const t of r.rows) ctx.loaders.ledgerTransactionById.prime(t.id, t);
    const conn = toConnection(LedgerConnection, r.rows, first, after !== null, LedgerTransactionObject.from, (t) => ({ key: t.occurredOn, id: t.id }), r.count);
    conn.totalsOf = r.totals;
    return conn;
  }

  @Query(() => FundSummaryObject, { description: 'Raised, spent per category, transferred in and out, and the balance at both ends of a period (2024, 2024H2, 2024Q4, 2024-10).' })
  async fundSummary(@Arg('fundId', () => ID) fundId: string, @Arg('period', () => PeriodScalar) period: Period, @Ctx() ctx: HubContext): Promise<FundSummaryObject> {
    const r = await ctx.services.funds.summary(rowIdOf(fundId, 'Fund', 'fundId'), { from: period.start, to: period.end });
    return FundSummaryObject.from(r.fund, r.summary);
  }

  @Query(() => FundSummaryObject, { description: 'The summary of the peak month "Tháng cao điểm vì người nghèo" (17/10–18/11) of a year.' })
  async peakMonthReport(@Arg('fundId', () => ID) fundId: string, @Arg('year', () => Int) year: number, @Ctx() ctx: HubContext): Promise<FundSummaryObject> {
    const r = await ctx.services.funds.peakMonth(rowIdOf(fundId, 'Fund', 'fundId'), year);
    return FundSummaryObject.from(r.fund, r.summary);
  }

  @Query(() => PledgeConnection, { description: 'A fund\'s pledges with their standing (status, fulfilled, outstanding).' })
  async pledges(@Args() args: PledgesArgs, @Ctx() ctx: HubContext): Promise<PledgeConnection> {
    const { first, after } = pageOf(args);
    const r = await ctx.services.funds.pledges(rowIdOf(args.fundId, 'Fund', 'fundId'), args.filter ?? {}, first + 1, after);
    return toConnection(PledgeConnection, r.rows, first, after !== null, (x) => PledgeObject.from(x.pledge, x.standing), (x) => ({ key: 0, id: x.pledge.id }), r.count);
  }

  @Query(() => DonorConnection, { description: 'Donors recorded by committees in your organization view, accent-insensitive name search (for donor pickers).' })
  async donors(@Args() args: DonorsArgs, @Ctx() ctx: HubContext): Promise<DonorConnection> {
    const { first, after } = pageOf(args);
    const { rows, count } = await ctx.services.funds.donors(args.search, first + 1, after);
    return toConnection(DonorConnection, rows, first, after !== null, DonorObject.from, (d) => ({ key: 0, id: d.id }), count);
  }

  @Mutation(() => FundPayload, { description: 'Open a Fund for the Poor for a VFF committee (organization.write over it).' })
  async createFund(@Arg('input') i: CreateFundInput, @Ctx() ctx: HubContext): Promise<FundPayload> {
    const fund = await ctx.services.funds.create({
      ...i,
      organizationId: rowIdOf(i.organizationId, 'Organization', 'input.organizationId'),
      campaignBoardId: optionalRowIdOf(i.campaignBoardId, 'Organization', 'input.campaignBoardId'),
    });
    return { fund: FundObject.from(fund) };
  }

  @Mutation(() => LedgerTransactionPayload, { description: 'Record a donation (or, with `pledgeId`, a pledge fulfilment). A household poor in its latest review is never a donor (DONOR_IS_POOR_HOUSEHOLD).' })
  async recordDonation(@Arg('input') i: RecordDonationInput, @Ctx() ctx: HubContext): Promise<LedgerTransactionPayload> {
    return posted(
      await ctx.services.ledger.recordDonation({
        ...i,
        fundId: rowIdOf(i.fundId, 'Fund', 'input.fundId'),
        donorId: optionalRowIdOf(i.donorId, 'Donor', 'input.donorId'),
        pledgeId: optionalRowIdOf(i.pledgeId, 'Pledge', 'input.pledgeId'),
        newDonor: newDonor(i.newDonor),
      }),
    );
  }

  @Mutation(() => LedgerTransactionPayload, { description: 'Record a disbursement. The fund never goes below zero (CONFLICT / FUND_BALANCE_INSUFFICIENT), even under simultaneous requests.' })
  async recordDisbursement(@Arg('input') i: RecordDisbursementInput, @Ctx() ctx: HubContext): Promise<LedgerTransactionPayload> {
    return posted(await ctx.services.ledger.recordDisbursement({ ...i, fundId: rowIdOf(i.fundId, 'Fund', 'input.fundId'), householdId: optionalRowIdOf(i.householdId, 'Household', 'input.householdId') }));
  }

  @Mutation(() => LedgerTransactionPayload, { description: 'Send money from one fund to another; both see the transfer.' })
  async recordTransfer(@Arg('input') i: RecordTransferInput, @Ctx() ctx: HubContext): Promise<LedgerTransactionPayload> {
    return posted(await ctx.services.ledger.recordTransfer({ ...i, fromFundId: rowIdOf(i.fromFundId, 'Fund', 'input.fromFundId'), toFundId: rowIdOf(i.toFundId, 'Fund', 'input.toFundId') }));
  }

  @Mutation(() => LedgerTransactionPayload, { description: 'Reverse a transaction with a reversal that names it (ALREADY_REVERSED, CANNOT_REVERSE_REVERSAL).' })
  async reverseTransaction(@Arg('input') i: ReverseTransactionInput, @Ctx() ctx: HubContext): Promise<LedgerTransactionPayload> {
    return posted(await ctx.services.ledger.reverse({ ...i, transactionId: rowIdOf(i.transactionId, 'LedgerTransaction', 'input.transactionId') }));
  }

  @Mutation(() => PledgePayload, { description: 'Record a pledge; fulfil it with recordDonation(pledgeId).' })
  async recordPledge(@Arg('input') i: RecordPledgeInput, @Ctx() ctx: HubContext): Promise<PledgePayload> {
    const r = await ctx.services.ledger.recordPledge({ ...i, fundId: rowIdOf(i.fundId, 'Fund', 'input.fundId'), donorId: optionalRowIdOf(i.donorId, 'Donor', 'input.donorId'), newDonor: newDonor(i.newDonor) });
    return { pledge: await PledgeObject.load(r.pledge, ctx.loaders), replayed: r.replayed };
  }

  @Mutation(() => LedgerTransactionPayload, { description: 'Report the house of a housing disbursement complete: the household\'s housing status becomes NEWLY_BUILT or REPAIRED.' })
  async completeHousing(@Arg('input') i: CompleteHousingInput, @Ctx() ctx: HubContext): Promise<LedgerTransactionPayload> {
    return posted(await ctx.services.ledger.completeHousing(rowIdOf(i.transactionId, 'LedgerTransaction', 'input.transactionId'), i.completedOn));
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The VFF committee holding the fund.' })
  async organization(@Root() f: FundObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    const row = await visibleOrganization(ctx, await ctx.loaders.organizationById.load(f.organizationRowId));
    return row && OrganizationObject.from(row, ctx.today);
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The campaign board (Ban vận động), when recorded.' })
  async campaignBoard(@Root() f: FundObject, @Ctx() ctx: HubContext): Promise<OrganizationObject | null> {
    if (f.campaignBoardRowId === null) return null;
    const row = await visibleOrganization(ctx, await ctx.loaders.organizationById.load(f.campaignBoardRowId));
    return row && OrganizationObject.from(row, ctx.today);
  }

  @FieldResolver(() => AreaObject, { nullable: true, description: 'The committee\'s area (null for the central fund).' })
  async area(@Root() f: FundObject, @Ctx() ctx: HubContext): Promise<AreaObject | null> {
    if (f.areaRowId === null) return null;
    const row = visibleArea(ctx, await ctx.loaders.areaById.load(f.areaRowId));
    return row && AreaObject.from(row, ctx.today);
  }

  @FieldResolver(() => [FundBankAccountObject], { description: 'Its bank and treasury accounts.' })
  async bankAccounts(@Root() f: FundObject, @Ctx() ctx: HubContext): Promise<FundBankAccountObject[]> {
    return (await ctx.loaders.bankAccountsByFund.load(f.rowId)).map(FundBankAccountObject.from);
  }
}

/** Links of a transaction, through the request's loaders (a page of 50 costs a few statements). */
@Resolver(() => LedgerTransactionObject)
export class LedgerTransactionResolver {
  private async fundOf(ctx: HubContext, id: number | null): Promise<FundEntity | null> {
    return id === null ? null : visibleFund(ctx.caller, await ctx.loaders.fundById.load(id));
  }

  @FieldResolver(() => FundObject, { nullable: true, description: 'The fund recording it (for a transfer: the sender).' })
  async fund(@Root() t: LedgerTransactionObject, @Ctx() ctx: HubContext): Promise<FundObject | null> {
    const f = await this.fundOf(ctx, t.fundRowId);
    return f && FundObject.from(f);
  }

  @FieldResolver(() => FundObject, { nullable: true, description: 'TRANSFER: the receiving fund.' })
  async counterFund(@Root() t: LedgerTransactionObject, @Ctx() ctx: HubContext): Promise<FundObject | null> {
    const f = await this.fundOf(ctx, t.counterFundRowId);
    return f && FundObject.from(f);
  }

  @FieldResolver(() => DonorObject, { nullable: true, description: 'The donor (shown to staff even when anonymous; public reports hide it).' })
  async donor(@Root() t: LedgerTransactionObject, @Ctx() ctx: HubContext): Promise<DonorObject | null> {
    const d = t.donorRowId === null ? null : await ctx.loaders.donorById.load(t.donorRowId);
    return d && DonorObject.from(d);
  }

  @FieldResolver(() => HouseholdObject, { nullable: true, description: 'The household paid (null outside your household view); its names follow the personal-data rules.' })
  async household(@Root() t: LedgerTransactionObject, @Ctx() ctx: HubContext): Promise<HouseholdObject | null> {
    const h = t.householdRowId === null ? null : await ctx.loaders.householdById.load(t.householdRowId);
    return h && new HouseholdAccess(ctx.caller).visible(h) ? HouseholdObject.from(h) : null;
  }

  @FieldResolver(() => LedgerTransactionObject, { nullable: true, description: 'REVERSAL: the transaction it reverses.' })
  async reverses(@Root() t: LedgerTransactionObject, @Ctx() ctx: HubContext): Promise<LedgerTransactionObject | null> {
    const o = t.reversesRowId === null ? null : await ctx.loaders.ledgerTransactionById.load(t.reversesRowId);
    return o && LedgerTransactionObject.from(o);
  }

  @FieldResolver(() => LedgerTransactionObject, { nullable: true, description: 'The reversal of this transaction, if it was reversed.' })
  async reversedBy(@Root() t: LedgerTransactionObject, @Ctx() ctx: HubContext): Promise<LedgerTransactionObject | null> {
    const [r] = await ctx.loaders.reversalsOf.load(t.rowId);
    return r ? LedgerTransactionObject.from(r) : null;
  }

  @FieldResolver(() => PledgeObject, { nullable: true, description: 'PLEDGE_FULFILMENT: the pledge it fulfils.' })
  async pledge(@Root() t: LedgerTransactionObject, @Ctx() ctx: HubContext): Promise<PledgeObject | null> {
    const p = t.pledgeRowId === null ? null : await ctx.loaders.pledgeById.load(t.pledgeRowId);
    return p && PledgeObject.load(p, ctx.loaders);
  }
}

@Resolver(() => PledgeObject)
export class PledgeResolver {
  @FieldResolver(() => FundObject, { nullable: true, description: 'The fund the pledge was made to.' })
  async fund(@Root() p: PledgeObject, @Ctx() ctx: HubContext): Promise<FundObject | null> {
    const f = visibleFund(ctx.caller, await ctx.loaders.fundById.load(p.fundRowId));
    return f && FundObject.from(f);
  }

  @FieldResolver(() => DonorObject, { nullable: true, description: 'Who pledged.' })
  async donor(@Root() p: PledgeObject, @Ctx() ctx: HubContext): Promise<DonorObject | null> {
    const d = await ctx.loaders.donorById.load(p.donorRowId);
    return d && DonorObject.from(d);
  }
}
