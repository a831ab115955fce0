import { registerEnumType } from 'type-graphql';
import {
  BENEFICIARY_KINDS,
  BENEFICIARY_KIND_LABELS,
  CHANNELS,
  CHANNEL_LABELS,
  DISBURSEMENT_CATEGORIES,
  DISBURSEMENT_CATEGORY_LABELS,
  DONOR_KINDS,
  DONOR_KIND_LABELS,
  FUND_LEVELS,
  FUND_LEVEL_LABELS,
  PLEDGE_STATUSES,
  PLEDGE_STATUS_LABELS,
  TRANSACTION_KINDS,
  TRANSACTION_KIND_LABELS,
  type BeneficiaryKind,
  type Channel,
  type DisbursementCategory,
  type DonorKind,
  type FundLevel,
  type PledgeStatus,
  type TransactionKind,
} from '@lnob/domain';
import { asEnum, describe } from '../../common/enums';

export const FundLevelEnum = asEnum<FundLevel>(FUND_LEVELS);
export const TransactionKindEnum = asEnum<TransactionKind>(TRANSACTION_KINDS);
export const DisbursementCategoryEnum = asEnum<DisbursementCategory>(DISBURSEMENT_CATEGORIES);
export const ChannelEnum = asEnum<Channel>(CHANNELS);
export const DonorKindEnum = asEnum<DonorKind>(DONOR_KINDS);
export const BeneficiaryKindEnum = asEnum<BeneficiaryKind>(BENEFICIARY_KINDS);
export const PledgeStatusEnum = asEnum<PledgeStatus>(PLEDGE_STATUSES);

registerEnumType(FundLevelEnum, { name: 'FundLevel', description: 'Level of a Fund for the Poor (cấp quỹ); district funds closed on 30/06/2025.', valuesConfig: describe(FUND_LEVEL_LABELS) });
registerEnumType(TransactionKindEnum, { name: 'TransactionKind', description: 'Kind of ledger transaction.', valuesConfig: describe(TRANSACTION_KIND_LABELS) });
registerEnumType(DisbursementCategoryEnum, { name: 'DisbursementCategory', description: 'What a disbursement paid for (nội dung chi).', valuesConfig: describe(DISBURSEMENT_CATEGORY_LABELS) });
registerEnumType(ChannelEnum, { name: 'Channel', description: 'How the money moved (hình thức).', valuesConfig: describe(CHANNEL_LABELS) });
registerEnumType(DonorKindEnum, { name: 'DonorKind', description: 'Who gives.', valuesConfig: describe(DONOR_KIND_LABELS) });
registerEnumType(BeneficiaryKindEnum, { name: 'BeneficiaryKind', description: 'Who or what a disbursement went to.', valuesConfig: describe(BENEFICIARY_KIND_LABELS) });
registerEnumType(PledgeStatusEnum, { name: 'PledgeStatus', description: 'Standing of a pledge (cam kết) at a date.', valuesConfig: describe(PLEDGE_STATUS_LABELS) });
