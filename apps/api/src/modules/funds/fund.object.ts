import { Field, Int, ObjectType } from 'type-graphql';
import { pledgeStanding, todayLocal, type BeneficiaryKind, type Channel, type DisbursementCategory, type DonorKind, type FundLevel, type FundSummary, type PledgeStanding, type PledgeStatus, type TransactionKind } from '@lnob/domain';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar, LocalDateScalar, VndScalar } from '../../common/scalars';
import { BeneficiaryKindEnum, ChannelEnum, DisbursementCategoryEnum, DonorKindEnum, FundLevelEnum, PledgeStatusEnum, TransactionKindEnum } from './fund.enums';
import type { DonorEntity, FundBankAccountEntity, FundEntity, LedgerTransactionEntity, PledgeEntity } from './fund.entity';

@ObjectType('FundBankAccount', { description: 'A bank or State Treasury account of a fund (tài khoản).' })
export class FundBankAccountObject {
  @Field({ description: 'Bank (or Kho bạc Nhà nước) name.' }) bankName: string;
  @Field({ description: 'Account number.' }) accountNumber: string;
  @Field({ description: 'Name the account is held in.' }) accountName: string;

  static from(e: FundBankAccountEntity): FundBankAccountObject {
    return Object.assign(new FundBankAccountObject(), { bankName: e.bankName, accountNumber: e.accountNumber, accountName: e.accountName });
  }
}

@ObjectType('Fund', { implements: Node, description: 'A Fund for the Poor (Quỹ "Vì người nghèo") of one VFF committee. Readable with organization.read over the committee.' })
export class FundObject extends Node {
  rowId: number;
  organizationRowId: number;
  campaignBoardRowId: number | null;
  areaRowId: number | null;

  @Field({ description: 'Name, e.g. "Quỹ Vì người nghèo tỉnh Quảng Nam".' }) name: string;
  @Field(() => FundLevelEnum, { description: 'Central, province, district (until 30/06/2025) or commune.' }) level: FundLevel;
  @Field(() => LocalDateScalar, { description: 'First day the fund takes movements.' }) validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day (district funds: 30/06/2025); null while open.' }) validTo: string | null;
  @Field(() => VndScalar, { description: 'What the fund holds now (Σ of its entries; never below 0).' }) balance: number;

  static from(e: FundEntity): FundObject {
    return Object.assign(new FundObject(), {
      id: toGlobalId('Fund', e.id),
      rowId: e.id,
      organizationRowId: e.organizationId,
      campaignBoardRowId: e.campaignBoardId,
      areaRowId: e.areaId,
      name: e.name,
      level: e.level,
      validFrom: e.validFrom,
      validTo: e.validTo,
      balance: e.balance,
    });
  }
}

@ObjectType('FundConnection', { description: 'A page of funds.' })
export class FundConnection extends Connection(FundObject, 'Fund') {}

@ObjectType('Donor', { implements: Node, description: 'Who gives (người, đơn vị ủng hộ). Shown publicly unless a donation asks for anonymity.' })
export class DonorObject extends Node {
  rowId: number;
  organizationRowId: number | null;
  @Field(() => DonorKindEnum, { description: 'Organization of the graph, enterprise, individual or household.' }) kind: DonorKind;
  @Field({ description: 'Name as recorded (shown publicly unless a donation asks for anonymity).' }) name: string;
  @Field(() => String, { nullable: true, description: 'Tax code of an enterprise.' }) taxCode: string | null;

  static from(e: DonorEntity): DonorObject {
    return Object.assign(new DonorObject(), { id: toGlobalId('Donor', e.id), rowId: e.id, organizationRowId: e.organizationId, kind: e.kind, name: e.name, taxCode: e.taxCode });
  }
}

@ObjectType('DonorConnection', { description: 'A page of donors.' })
export class DonorConnection extends Connection(DonorObject, 'Donor') {}

@ObjectType('LedgerTransaction', {
  implements: Node,
  description: 'One movement of money, append-only: corrections are reversals that name what they reverse. Amounts in whole đồng.',
})
export class LedgerTransactionObject extends Node {
  rowId: number;
  fundRowId: number;
  counterFundRowId: number | null;
  donorRowId: number | null;
  householdRowId: number | null;
  pledgeRowId: number | null;
  reversesRowId: number | null;

  @Field(() => TransactionKindEnum, { description: 'Donation, pledge fulfilment, disbursement, transfer or reversal.' }) kind: TransactionKind;
  @Field(() => DisbursementCategoryEnum, { nullable: true, description: 'DISBURSEMENT (and its reversal): what it paid for.' }) category: DisbursementCategory | null;
  @Field(() => ChannelEnum, { nullable: true, description: 'How the money moved; a reversal takes its original\'s.' }) channel: Channel | null;
  @Field(() => VndScalar, { description: 'The amount moved (positive).' }) amount: number;
  @Field(() => LocalDateScalar, { description: 'The day it happened.' }) occurredOn: string;
  @Field(() => DateTimeScalar, { description: 'When it was recorded.' }) recordedAt: Date;
  @Field({ description: 'Who recorded it (user display name or key name).' }) recordedBy: string;
  @Field({ description: 'The donor asked not to be named in public reports.' }) anonymous: boolean;
  @Field(() => BeneficiaryKindEnum, { nullable: true, description: 'DISBURSEMENT: a household, an event or a community project.' }) beneficiaryKind: BeneficiaryKind | null;
  @Field(() => String, { nullable: true, description: 'EVENT / COMMUNITY_PROJECT: what it paid for.' }) beneficiaryName: string | null;
  @Field(() => String, { nullable: true, description: 'Receipt number (số biên lai).' }) receiptNumber: string | null;
  @Field(() => String, { nullable: true, description: 'Bank or other reference.' }) reference: string | null;
  @Field(() => String, { nullable: true, description: 'IN_KIND: what was given — how it was valued.' }) valuation: string | null;
  @Field(() => String, { nullable: true, description: 'Note; for a reversal, why.' }) note: string | null;
  @Field(() => String, { nullable: true, description: 'A reviewer\'s justification when the beneficiary was not eligible by its review.' }) overrideJustification: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Housing disbursements: the day the house was reported complete.' }) housingCompletedOn: string | null;

  static from(e: LedgerTransactionEntity): LedgerTransactionObject {
    return Object.assign(new LedgerTransactionObject(), {
      id: toGlobalId('LedgerTransaction', e.id),
      rowId: e.id,
      fundRowId: e.fundId,
      counterFundRowId: e.counterFundId,
      donorRowId: e.donorId,
      householdRowId: e.householdId,
      pledgeRowId: e.pledgeId,
      reversesRowId: e.reversesId,
      kind: e.kind,
      category: e.category,
      channel: e.channel,
      amount: e.amount,
      occurredOn: e.occurredOn,
      recordedAt: e.recordedAt,
      recordedBy: e.actorName,
      anonymous: e.anonymous,
      beneficiaryKind: e.beneficiaryKind,
      beneficiaryName: e.beneficiaryName,
      receiptNumber: e.receiptNumber,
      reference: e.reference,
      valuation: e.valuation,
      note: e.note,
      overrideJustification: e.overrideJustification,
      housingCompletedOn: e.housingCompletedOn,
    });
  }
}

@ObjectType('LedgerTotals', { description: 'Totals of the whole filtered set (not only the page), for the fund asked about.' })
export class LedgerTotalsObject {
  @Field(() => Int, { description: 'Transactions in the set.' }) count: number;
  @Field(() => VndScalar, { description: 'Money into the fund.' }) moneyIn: number;
  @Field(() => VndScalar, { description: 'Money out of the fund.' }) moneyOut: number;
}

@ObjectType('LedgerConnection', { description: 'A page of a fund\'s ledger, newest first, with the totals of the filtered set.' })
export class LedgerConnection extends Connection(LedgerTransactionObject, 'LedgerTransaction') {
  totalsOf: () => Promise<LedgerTotalsObject>;

  @Field(() => LedgerTotalsObject, { description: 'Count and money in / out over the whole filtered set (two sums in one statement).' })
  totals(): Promise<LedgerTotalsObject> {
    return this.totalsOf();
  }
}

@ObjectType('FundBalance', { description: 'A fund\'s balance at the end of a day.' })
export class FundBalanceObject {
  @Field(() => FundObject, { description: 'The fund.' }) fund: FundObject;
  @Field(() => LocalDateScalar, { description: 'The day whose closing balance this is.' }) asOf: string;
  @Field(() => VndScalar, { description: 'Σ of the fund\'s entries up to the end of that day.' }) balance: number;
}

@ObjectType('CategoryAmount', { description: 'Money spent in one category over a period.' })
export class CategoryAmountObject {
  @Field(() => DisbursementCategoryEnum, { description: 'What the money paid for.' }) category: DisbursementCategory;
  @Field(() => VndScalar, { description: 'Net of reversals.' }) amount: number;
  @Field(() => Int, { description: 'Disbursements (reversed ones not counted).' }) count: number;
}

@ObjectType('FundSummary', { description: 'What a fund raised, spent and moved over a period, with its balance at both ends. Reversals count against what they reverse.' })
export class FundSummaryObject {
  @Field(() => FundObject, { description: 'The fund.' }) fund: FundObject;
  @Field(() => LocalDateScalar, { description: 'First day covered.' }) from: string;
  @Field(() => LocalDateScalar, { description: 'Last day covered.' }) to: string;
  @Field(() => VndScalar, { description: 'Balance at the end of the day before `from`.' }) openingBalance: number;
  @Field(() => VndScalar, { description: 'Balance at the end of `to`.' }) closingBalance: number;
  @Field(() => VndScalar, { description: 'Donations and pledge fulfilments (vận động được).' }) raised: number;
  @Field(() => Int, { description: 'Donations and fulfilments counted (a reversal dated in the period takes one away).' }) donations: number;
  @Field(() => VndScalar, { description: 'Disbursements (đã chi).' }) spent: number;
  @Field(() => [CategoryAmountObject], { description: '`spent` per category (categories without movement left out).' }) spentByCategory: CategoryAmountObject[];
  @Field(() => VndScalar, { description: 'Transfers received from other funds.' }) transferredIn: number;
  @Field(() => VndScalar, { description: 'Transfers sent to other funds.' }) transferredOut: number;

  static from(fund: FundEntity, s: FundSummary): FundSummaryObject {
    return Object.assign(new FundSummaryObject(), { fund: FundObject.from(fund), ...s });
  }
}

@ObjectType('Pledge', { implements: Node, description: 'A pledge (cam kết ủng hộ) and its standing: fulfilled by PLEDGE_FULFILMENT donations naming it.' })
export class PledgeObject extends Node {
  rowId: number;
  fundRowId: number;
  donorRowId: number;
  @Field(() => VndScalar, { description: 'Amount pledged.' }) amount: number;
  @Field(() => LocalDateScalar, { description: 'Day the pledge was made.' }) pledgedOn: string;
  @Field(() => LocalDateScalar, { description: 'Day it is due.' }) dueOn: string;
  @Field({ description: 'The donor asked not to be named publicly (its fulfilments are anonymous too).' }) anonymous: boolean;
  @Field(() => String, { nullable: true, description: 'Note.' }) note: string | null;
  @Field(() => PledgeStatusEnum, { description: 'OPEN, PARTIAL, FULFILLED or OVERDUE (after the due date with money outstanding), today.' }) status: PledgeStatus;
  @Field(() => VndScalar, { description: 'Fulfilled so far (non-reversed PLEDGE_FULFILMENT donations naming it).' }) fulfilled: number;
  @Field(() => VndScalar, { description: 'What remains to be given (amount − fulfilled, never below 0).' }) outstanding: number;

  /** The pledge with its standing today, its fulfilments through the request's loader (one statement for a page). */
  static async load(p: PledgeEntity, loaders: { fulfilmentsByPledge: { load(id: number): Promise<{ amount: number; occurredOn: string }[]> } }): Promise<PledgeObject> {
    const fulfilments = await loaders.fulfilmentsByPledge.load(p.id);
    return PledgeObject.from(p, pledgeStanding({ amount: p.amount, pledgedOn: p.pledgedOn, dueOn: p.dueOn, fulfilments }, todayLocal()));
  }

  static from(p: PledgeEntity, s: PledgeStanding): PledgeObject {
    return Object.assign(new PledgeObject(), {
      id: toGlobalId('Pledge', p.id),
      rowId: p.id,
      fundRowId: p.fundId,
      donorRowId: p.donorId,
      amount: p.amount,
      pledgedOn: p.pledgedOn,
      dueOn: p.dueOn,
      anonymous: p.anonymous,
      note: p.note,
      ...s,
    });
  }
}

@ObjectType('PledgeConnection', { description: 'A page of pledges.' })
export class PledgeConnection extends Connection(PledgeObject, 'Pledge') {}
