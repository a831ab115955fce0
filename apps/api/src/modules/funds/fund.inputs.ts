import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import type { BeneficiaryKind, Channel, DisbursementCategory, DonorKind, FundLevel, PledgeStatus, TransactionKind } from '@lnob/domain';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar, VndScalar } from '../../common/scalars';
import { BeneficiaryKindEnum, ChannelEnum, DisbursementCategoryEnum, DonorKindEnum, FundLevelEnum, PledgeStatusEnum, TransactionKindEnum } from './fund.enums';
import { FundObject, LedgerTransactionObject, PledgeObject } from './fund.object';

const KEY = 'Idempotency key (8–128 letters, digits, . _ : -), new for each movement: a retry with the same key and input answers the first result; the same key with other input is CONFLICT / IDEMPOTENCY_KEY_REUSED.';

@InputType({ description: 'A bank or State Treasury account of a fund.' })
export class BankAccountInput {
  @Field() bankName: string;
  @Field() accountNumber: string;
  @Field() accountName: string;
}

@InputType({ description: 'Open a Fund for the Poor for a VFF committee.' })
export class CreateFundInput {
  @Field(() => ID, { description: 'The VFF committee.' }) organizationId: string;
  @Field() name: string;
  @Field(() => FundLevelEnum) level: FundLevel;
  @Field(() => ID, { nullable: true, description: 'The campaign board (Ban vận động), an organization.' }) campaignBoardId?: string | null;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => [BankAccountInput], { nullable: true }) bankAccounts?: BankAccountInput[] | null;
}

@InputType({ description: 'A donor not recorded yet.' })
export class NewDonorInput {
  @Field(() => DonorKindEnum) kind: DonorKind;
  @Field() name: string;
  @Field(() => ID, { nullable: true, description: 'ORGANIZATION: the organization of the graph.' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'HOUSEHOLD: the household (never one that is poor in its latest review).' }) householdId?: string | null;
  @Field(() => String, { nullable: true }) taxCode?: string | null;
}

@InputType({ description: 'What was given in kind and how it was valued in VND.' })
export class ValuationInput {
  @Field() description: string;
  @Field({ description: 'Invoice, market price…' }) basis: string;
}

@InputType({ description: 'A donation to a fund, or the fulfilment of a pledge (with `pledgeId`).' })
export class RecordDonationInput {
  @Field(() => ID) fundId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => VndScalar) amount: number;
  @Field(() => LocalDateScalar) occurredOn: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field(() => ID, { nullable: true, description: 'A donor already recorded (or give newDonor).' }) donorId?: string | null;
  @Field(() => NewDonorInput, { nullable: true }) newDonor?: NewDonorInput | null;
  @Field(() => Boolean, { nullable: true, description: 'The donor asks not to be named publicly ("Nhà hảo tâm ẩn danh").' }) anonymous?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The pledge this fulfils (kind becomes PLEDGE_FULFILMENT).' }) pledgeId?: string | null;
  @Field(() => String, { nullable: true }) receiptNumber?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => ValuationInput, { nullable: true, description: 'IN_KIND only.' }) valuation?: ValuationInput | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'A reviewer\'s override of the eligibility rule, with why.' })
export class EligibilityOverrideInput {
  @Field({ description: '20–1000 characters.' }) justification: string;
}

@InputType({ description: 'A disbursement (khoản chi) to a household, an event or a community project.' })
export class RecordDisbursementInput {
  @Field(() => ID) fundId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => VndScalar) amount: number;
  @Field(() => LocalDateScalar) occurredOn: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field(() => DisbursementCategoryEnum) category: DisbursementCategory;
  @Field(() => BeneficiaryKindEnum) beneficiaryKind: BeneficiaryKind;
  @Field(() => ID, { nullable: true, description: 'HOUSEHOLD: poor, near-poor (or in special hardship) in its latest review, else CONFLICT / BENEFICIARY_NOT_ELIGIBLE.' }) householdId?: string | null;
  @Field(() => String, { nullable: true, description: 'EVENT / COMMUNITY_PROJECT: what it paid for.' }) beneficiaryName?: string | null;
  @Field(() => EligibilityOverrideInput, { nullable: true, description: 'A REVIEWER over the household may pay a household that is not eligible, saying why.' }) override?: EligibilityOverrideInput | null;
  @Field(() => String, { nullable: true }) receiptNumber?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => ValuationInput, { nullable: true }) valuation?: ValuationInput | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Money sent from one fund to another (both see it).' })
export class RecordTransferInput {
  @Field(() => ID) fromFundId: string;
  @Field(() => ID) toFundId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => VndScalar) amount: number;
  @Field(() => LocalDateScalar) occurredOn: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field(() => String, { nullable: true }) receiptNumber?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Reverse a transaction (the only correction: nothing is edited or deleted).' })
export class ReverseTransactionInput {
  @Field(() => ID) transactionId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => LocalDateScalar, { description: 'Not before the original.' }) occurredOn: string;
  @Field({ description: 'Why.' }) reason: string;
}

@InputType({ description: 'A pledge (cam kết ủng hộ).' })
export class RecordPledgeInput {
  @Field(() => ID) fundId: string;
  @Field({ description: KEY }) idempotencyKey: string;
  @Field(() => ID, { nullable: true }) donorId?: string | null;
  @Field(() => NewDonorInput, { nullable: true }) newDonor?: NewDonorInput | null;
  @Field(() => VndScalar) amount: number;
  @Field(() => LocalDateScalar) pledgedOn: string;
  @Field(() => LocalDateScalar) dueOn: string;
  @Field(() => Boolean, { nullable: true }) anonymous?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'Report the house of a housing disbursement complete.' })
export class CompleteHousingInput {
  @Field(() => ID) transactionId: string;
  @Field(() => LocalDateScalar) completedOn: string;
}

@InputType({ description: 'Filter for `funds`.' })
export class FundFilter {
  @Field(() => ID, { nullable: true, description: 'Funds of committees in this area\'s subtree.' }) areaId?: string | null;
  @Field(() => FundLevelEnum, { nullable: true }) level?: FundLevel | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Funds open on this date.' }) validOn?: string | null;
}

@ArgsType()
export class FundsArgs extends PageArgs {
  @Field(() => FundFilter, { nullable: true }) filter?: FundFilter | null;
}

@InputType({ description: 'Filter for `ledger`; totals follow it.' })
export class LedgerFilter {
  @Field(() => LocalDateScalar, { nullable: true }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) to?: string | null;
  @Field(() => TransactionKindEnum, { nullable: true }) kind?: TransactionKind | null;
  @Field(() => DisbursementCategoryEnum, { nullable: true }) category?: DisbursementCategory | null;
  @Field(() => ID, { nullable: true }) donorId?: string | null;
}

@ArgsType()
export class LedgerArgs extends PageArgs {
  @Field(() => ID) fundId: string;
  @Field(() => LedgerFilter, { nullable: true }) filter?: LedgerFilter | null;
}

@InputType({ description: 'Filter for `pledges`.' })
export class PledgeFilter {
  @Field(() => PledgeStatusEnum, { nullable: true }) status?: PledgeStatus | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Standing at this date (default today).' }) asOf?: string | null;
}

@ArgsType()
export class PledgesArgs extends PageArgs {
  @Field(() => ID) fundId: string;
  @Field(() => PledgeFilter, { nullable: true }) filter?: PledgeFilter | null;
}

@ObjectType('LedgerTransactionPayload', { description: 'A recorded movement and the fund\'s balance after it.' })
export class LedgerTransactionPayload {
  @Field(() => LedgerTransactionObject) transaction: LedgerTransactionObject;
  @Field({ description: 'True when this answers a retry (same idempotency key and input): nothing new was recorded.' }) replayed: boolean;
  @Field(() => FundObject, { description: 'The fund recording it, as it is now.' }) fund: FundObject;
}

@ObjectType('PledgePayload', { description: 'A recorded pledge.' })
export class PledgePayload {
  @Field(() => PledgeObject) pledge: PledgeObject;
  @Field({ description: 'True when this answers a retry.' }) replayed: boolean;
}

@ObjectType('FundPayload', { description: 'A fund after a change.' })
export class FundPayload {
  @Field(() => FundObject) fund: FundObject;
}
