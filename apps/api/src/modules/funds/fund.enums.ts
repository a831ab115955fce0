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
import { codeEnum } from '../../common/enums';

export const FundLevelEnum = codeEnum<FundLevel>(FUND_LEVELS, 'FundLevel', 'Level of a Fund for the Poor (cấp quỹ); district funds closed on 30/06/2025.', FUND_LEVEL_LABELS);
export const TransactionKindEnum = codeEnum<TransactionKind>(TRANSACTION_KINDS, 'TransactionKind', 'Kind of ledger transaction.', TRANSACTION_KIND_LABELS);
export const DisbursementCategoryEnum = codeEnum<DisbursementCategory>(DISBURSEMENT_CATEGORIES, 'DisbursementCategory', 'What a disbursement paid for (nội dung chi).', DISBURSEMENT_CATEGORY_LABELS);
export const ChannelEnum = codeEnum<Channel>(CHANNELS, 'Channel', 'How the money moved (hình thức).', CHANNEL_LABELS);
export const DonorKindEnum = codeEnum<DonorKind>(DONOR_KINDS, 'DonorKind', 'Who gives.', DONOR_KIND_LABELS);
export const BeneficiaryKindEnum = codeEnum<BeneficiaryKind>(BENEFICIARY_KINDS, 'BeneficiaryKind', 'Who or what a disbursement went to.', BENEFICIARY_KIND_LABELS);
export const PledgeStatusEnum = codeEnum<PledgeStatus>(PLEDGE_STATUSES, 'PledgeStatus', 'Standing of a pledge (cam kết) at a date.', PLEDGE_STATUS_LABELS);
