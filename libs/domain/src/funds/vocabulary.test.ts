import { describe, expect, it } from 'vitest';
import type { Label } from '../areas/kinds';
import {
  ACCOUNT_KIND_LABELS,
  ACCOUNT_KINDS,
  BENEFICIARY_KIND_LABELS,
  BENEFICIARY_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  CHANNELS_BY_KIND,
  DISBURSEMENT_CATEGORIES,
  DISBURSEMENT_CATEGORY_LABELS,
  DISTRICT_FUNDS_LAST_DAY,
  DONOR_KIND_LABELS,
  DONOR_KINDS,
  FUND_LEVEL_LABELS,
  FUND_LEVELS,
  isAccountKind,
  isBeneficiaryKind,
  isChannel,
  isDisbursementCategory,
  isDonorKind,
  isEntryDirection,
  isFundLevel,
  isTransactionKind,
  TRANSACTION_KIND_LABELS,
  TRANSACTION_KINDS,
} from './vocabulary';

describe('fund code lists', () => {
  it.each<[string, readonly string[], Record<string, Label>]>([
    ['fund level', FUND_LEVELS, FUND_LEVEL_LABELS],
    ['transaction kind', TRANSACTION_KINDS, TRANSACTION_KIND_LABELS],
    ['disbursement category', DISBURSEMENT_CATEGORIES, DISBURSEMENT_CATEGORY_LABELS],
    ['channel', CHANNELS, CHANNEL_LABELS],
    ['account kind', ACCOUNT_KINDS, ACCOUNT_KIND_LABELS],
    ['donor kind', DONOR_KINDS, DONOR_KIND_LABELS],
    ['beneficiary kind', BENEFICIARY_KINDS, BENEFICIARY_KIND_LABELS],
  ])('%s: every code has a Vietnamese and an English label', (_name, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const c of codes) {
      expect(labels[c].vi).toMatch(/\S/);
      expect(labels[c].en).toMatch(/\S/);
    }
  });

  it('holds the codes of issue 5', () => {
    expect(FUND_LEVELS).toEqual(['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE']);
    expect(TRANSACTION_KINDS).toEqual(['DONATION', 'PLEDGE_FULFILMENT', 'DISBURSEMENT', 'TRANSFER', 'REVERSAL']);
    expect(DISBURSEMENT_CATEGORIES).toEqual([
      'HOUSING_NEW', 'HOUSING_REPAIR', 'LIVELIHOOD', 'HEALTH', 'EDUCATION', 'TET_GIFT', 'EMERGENCY_RELIEF', 'COMMUNITY_WORKS', 'OTHER',
    ]);
    expect(CHANNELS).toEqual(['CASH', 'BANK_TRANSFER', 'SMS_1400', 'IN_KIND']);
    expect(DISTRICT_FUNDS_LAST_DAY).toBe('2025-06-30');
  });

  it('lets SMS 1400 carry donations only, and a reversal name no channel', () => {
    const withSms = TRANSACTION_KINDS.filter((k) => CHANNELS_BY_KIND[k].includes('SMS_1400'));
    expect(withSms).toEqual(['DONATION']);
    expect(CHANNELS_BY_KIND.REVERSAL).toEqual([]);
    for (const k of TRANSACTION_KINDS) for (const c of CHANNELS_BY_KIND[k]) expect(CHANNELS).toContain(c);
  });

  it.each<[(v: unknown) => boolean, unknown, boolean]>([
    [isFundLevel, 'DISTRICT', true],
    [isFundLevel, 'HAMLET', false],
    [isTransactionKind, 'REVERSAL', true],
    [isTransactionKind, 'refund', false],
    [isDisbursementCategory, 'TET_GIFT', true],
    [isDisbursementCategory, 'tet_gift', false],
    [isChannel, 'SMS_1400', true],
    [isChannel, 'CHEQUE', false],
    [isAccountKind, 'OTHER_FUND', true],
    [isAccountKind, null, false],
    [isEntryDirection, 'CREDIT', true],
    [isEntryDirection, 'credit', false],
    [isDonorKind, 'HOUSEHOLD', true],
    [isDonorKind, 'ANONYMOUS', false],
    [isBeneficiaryKind, 'COMMUNITY_PROJECT', true],
    [isBeneficiaryKind, 42, false],
  ])('%o(%j) → %s', (guard, value, expected) => {
    expect(guard(value)).toBe(expected);
  });
});
