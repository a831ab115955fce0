import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import type { BeneficiaryKind, Channel, DisbursementCategory, DonorKind, FundLevel, PledgeStatus, TransactionKind } from '@lnob/domain';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar, VndScalar } from '../../common/scalars';
import { BeneficiaryKindEnum, ChannelEnum, DisbursementCategoryEnum, DonorKindEnum, FundLevelEnum, PledgeStatusEnum, TransactionKindEnum } from './fund.enums';
import { FundObject, LedgerTransactionObject, PledgeObject } from './fund.object';

const KEY = 'Idempotency key (8–128 letters, digits, . _ : -), new for each movement: a retry with the same key and input answers the first result; the same key with other input is CONFLICT / IDEMPOTENCY_KEY_REUSED.';

@InputType({ description: 'A bank or State Treasury account of a fund.' })
export class BankAccountInput {
  @Field({ description: 'Bank (or Kho bạc Nhà nước) name, 1–120 characters.' }) bankName: string;
  @Field({ description: 'Account number: 4–32 letters, digits, dots or dashes.' }) accountNumber: string;
  @Field({ description: 'Name the account is held in, 1–255 characters.' }) accountName: string;
}

@InputType({ description: 'Open a Fund for the Poor for a VFF committee.' })
export class CreateFundInput {
  @Field(() => ID, { description: 'The VFF committee.' }) organizationId: string;
  @Field({ description: 'Name, e.g. "Quỹ Vì người nghèo tỉnh Quảng Nam" (1–255 characters).' }) name: string;
  @Field(() => FundLevelEnum, { description: 'Level of the fund (of its committee).' }) level: FundLevel;
  @Field(() => ID, { nullable: true, description: 'The campaign board (Ban vận động), an organization.' }) campaignBoardId?: string | null;
  @Field(() => LocalDateScalar, { description: 'First day the fund takes movements (its last day is its committee\'s).' }) validFrom: string;
  @Field(() => [BankAccountInput], { nullable: true, description: 'Its bank and State Treasury accounts.' }) bankAccounts?: BankAccountInput[] | null;
}

@InputType({ description: 'A donor not recorded yet.' })
export class NewDonorInput {
  @Field(() => DonorKindEnum, { description: 'Who gives.' }) kind: DonorKind;
  @Field({ description: 'Name, 1–255 characters.' }) name: string;
  @Field(() => ID, { nullable: true, description: 'ORGANIZATION: the organization of the graph.' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'HOUSEHOLD: the household (never one that is poor in its latest review).' }) householdId?: string | null;
  @Field(() => String, { nullable: true, description: 'Tax code of an enterprise (at most 32 characters).' }) taxCode?: string | null;
}

@InputType({ description: 'What was given in kind and how it was valued in VND.' })
export class ValuationInput {
  @Field({ description: 'What was given (at most 500 characters).' }) description: string;
  @Field({ description: 'Invoice, market price…' }) basis: string;
}

@InputType({ description: 'A donation to a fund, or the fulfilment of a pledge (with `pledgeId`).' })
export class RecordDonationInput {
  @Field(() => ID, { description: 'The fund receiving it (data.capture over its committee).' }) fundId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => VndScalar, { description: 'Whole đồng, more than 0.' }) amount: number;
  @Field(() => LocalDateScalar, { description: 'The day it was given (not after today).' }) occurredOn: string;
  @Field(() => ChannelEnum, { description: 'Cash, bank transfer, SMS 1400 or in kind (with a valuation).' }) channel: Channel;
  @Field(() => ID, { nullable: true, description: 'A donor already recorded (or give newDonor).' }) donorId?: string | null;
  @Field(() => NewDonorInput, { nullable: true, description: 'A donor not recorded yet (or give donorId).' }) newDonor?: NewDonorInput | null;
  @Field(() => Boolean, { nullable: true, description: 'The donor asks not to be named publicly ("Nhà hảo tâm ẩn danh").' }) anonymous?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The pledge this fulfils (kind becomes PLEDGE_FULFILMENT).' }) pledgeId?: string | null;
  @Field(() => String, { nullable: true, description: 'Receipt number (số biên lai), at most 64 characters.' }) receiptNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Bank or other reference, at most 64 characters.' }) reference?: string | null;
  @Field(() => ValuationInput, { nullable: true, description: 'IN_KIND only.' }) valuation?: ValuationInput | null;
  @Field(() => String, { nullable: true, description: 'Note, at most 500 characters.' }) note?: string | null;
}

@InputType({ description: 'A reviewer\'s override of the eligibility rule, with why.' })
export class EligibilityOverrideInput {
  @Field({ description: '20–1000 characters.' }) justification: string;
}

@InputType({ description: 'A disbursement (khoản chi) to a household, an event or a community project.' })
export class RecordDisbursementInput {
  @Field(() => ID, { description: 'The fund paying (data.capture over its committee).' }) fundId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => VndScalar, { description: 'Whole đồng, more than 0; never more than the fund holds.' }) amount: number;
  @Field(() => LocalDateScalar, { description: 'The day it was paid (not after today).' }) occurredOn: string;
  @Field(() => ChannelEnum, { description: 'Cash, bank transfer or in kind (with a valuation).' }) channel: Channel;
  @Field(() => DisbursementCategoryEnum, { description: 'What it paid for (housing categories go to a household).' }) category: DisbursementCategory;
  @Field(() => BeneficiaryKindEnum, { description: 'A household, an event or a community project.' }) beneficiaryKind: BeneficiaryKind;
  @Field(() => ID, { nullable: true, description: 'HOUSEHOLD: poor, near-poor (or in special hardship) in its latest review, else CONFLICT / BENEFICIARY_NOT_ELIGIBLE.' }) householdId?: string | null;
  @Field(() => String, { nullable: true, description: 'EVENT / COMMUNITY_PROJECT: what it paid for.' }) beneficiaryName?: string | null;
  @Field(() => EligibilityOverrideInput, { nullable: true, description: 'A REVIEWER over the household may pay a household that is not eligible, saying why.' }) override?: EligibilityOverrideInput | null;
  @Field(() => String, { nullable: true, description: 'Payment voucher number (số phiếu chi), at most 64 characters.' }) receiptNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Bank or other reference, at most 64 characters.' }) reference?: string | null;
  @Field(() => ValuationInput, { nullable: true, description: 'IN_KIND only: what was given and how it was valued.' }) valuation?: ValuationInput | null;
  @Field(() => String, { nullable: true, description: 'Note, at most 500 characters.' }) note?: string | null;
}

@InputType({ description: 'Money sent from one fund to another (both see it).' })
export class RecordTransferInput {
  @Field(() => ID, { description: 'The fund the money leaves (data.capture over its committee).' }) fromFundId: string;
  @Field(() => ID, { description: 'The fund it goes to (another fund you can see, open on the day).' }) toFundId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => VndScalar, { description: 'Whole đồng, more than 0; never more than the sending fund holds.' }) amount: number;
  @Field(() => LocalDateScalar, { description: 'The day it moved (both funds open then).' }) occurredOn: string;
  @Field(() => ChannelEnum, { description: 'Cash or bank transfer.' }) channel: Channel;
  @Field(() => String, { nullable: true, description: 'Voucher number, at most 64 characters.' }) receiptNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Bank or other reference, at most 64 characters.' }) reference?: string | null;
  @Field(() => String, { nullable: true, description: 'Note, at most 500 characters.' }) note?: string | null;
}

@InputType({ description: 'Reverse a transaction (the only correction: nothing is edited or deleted).' })
export class ReverseTransactionInput {
  @Field(() => ID, { description: 'The transaction to reverse (never a reversal, never twice).' }) transactionId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => LocalDateScalar, { description: 'Not before the original.' }) occurredOn: string;
  @Field({ description: 'Why.' }) reason: string;
}

@InputType({ description: 'A pledge (cam kết ủng hộ).' })
export class RecordPledgeInput {
  @Field(() => ID, { description: 'The fund it is pledged to.' }) fundId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => ID, { nullable: true, description: 'A donor already recorded (or give newDonor).' }) donorId?: string | null;
  @Field(() => NewDonorInput, { nullable: true, description: 'A donor not recorded yet.' }) newDonor?: NewDonorInput | null;
  @Field(() => VndScalar, { description: 'Amount pledged, whole đồng.' }) amount: number;
  @Field(() => LocalDateScalar, { description: 'Day the pledge was made (not after today).' }) pledgedOn: string;
  @Field(() => LocalDateScalar, { description: 'Day it is due (not before pledgedOn).' }) dueOn: string;
  @Field(() => Boolean, { nullable: true, description: 'The donor asks not to be named publicly.' }) anonymous?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Note, at most 500 characters.' }) note?: string | null;
}

@InputType({ description: 'Report the house of a housing disbursement complete.' })
export class CompleteHousingInput {
  @Field(() => ID, { description: 'The housing disbursement (HOUSING_NEW or HOUSING_REPAIR to a household).' }) transactionId: string;
  @Field(() => LocalDateScalar, { description: 'Day the house was reported complete (not before the disbursement, not after today).' }) completedOn: string;
}

@InputType({ description: 'Filter for `funds`.' })
export class FundFilter {
  @Field(() => ID, { nullable: true, description: 'Funds of committees in this area\'s subtree.' }) areaId?: string | null;
  @Field(() => FundLevelEnum, { nullable: true, description: 'Only funds of this level.' }) level?: FundLevel | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Funds open on this date.' }) validOn?: string | null;
}

@ArgsType()
export class FundsArgs extends PageArgs {
  @Field(() => FundFilter, { nullable: true }) filter?: FundFilter | null;
}

@InputType({ description: 'Filter for `ledger`; totals follow it.' })
export class LedgerFilter {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Transactions on or after this day.' }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Transactions on or before this day.' }) to?: string | null;
  @Field(() => TransactionKindEnum, { nullable: true, description: 'Only this kind.' }) kind?: TransactionKind | null;
  @Field(() => DisbursementCategoryEnum, { nullable: true, description: 'Only disbursements (and their reversals) of this category.' }) category?: DisbursementCategory | null;
  @Field(() => ID, { nullable: true, description: 'Only this donor\'s donations and fulfilments.' }) donorId?: string | null;
}

@ArgsType()
export class LedgerArgs extends PageArgs {
  @Field(() => ID) fundId: string;
  @Field(() => LedgerFilter, { nullable: true }) filter?: LedgerFilter | null;
}

@InputType({ description: 'Filter for `pledges`.' })
export class PledgeFilter {
  @Field(() => PledgeStatusEnum, { nullable: true, description: 'Only pledges with this standing (computed at asOf).' }) status?: PledgeStatus | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Standing at this date (default today).' }) asOf?: string | null;
}

@ArgsType()
export class PledgesArgs extends PageArgs {
  @Field(() => ID) fundId: string;
  @Field(() => PledgeFilter, { nullable: true }) filter?: PledgeFilter | null;
}

@ObjectType('LedgerTransactionPayload', { description: 'A recorded movement and the fund\'s balance after it.' })
export class LedgerTransactionPayload {
  @Field(() => LedgerTransactionObject, { description: 'The movement recorded (the first one again on a retry).' }) transaction: LedgerTransactionObject;
  @Field({ description: 'True when this answers a retry (same idempotency key and input): nothing new was recorded.' }) replayed: boolean;
  @Field(() => FundObject, { description: 'The fund recording it, as it is now.' }) fund: FundObject;
}

@ObjectType('PledgePayload', { description: 'A recorded pledge.' })
export class PledgePayload {
  @Field(() => PledgeObject, { description: 'The pledge with its standing.' }) pledge: PledgeObject;
  @Field({ description: 'True when this answers a retry.' }) replayed: boolean;
}

@ObjectType('FundPayload', { description: 'A fund after a change.' })
export class FundPayload {
  @Field(() => FundObject, { description: 'The fund.' }) fund: FundObject;
}

@ArgsType()
export class DonorsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in the donor\'s name.' }) search?: string | null;
}
