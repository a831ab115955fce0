/**
 * Rules of the records around the ledger: a new donor, a new fund, a house reported complete.
 * Every problem is returned at once (paths under `prefix`); the API adds what needs the database.
 */
import { Problems, type FieldError } from '../errors';
import type { HousingStatus } from '../households/codes';
import type { LocalDate } from '../scalars/local-date';
import { FUND_LEVELS, HOUSING_CATEGORIES, type DisbursementCategory, type DonorKind } from './vocabulary';

export const DONOR_NAME_MAX_LENGTH = 255;
export const TAX_CODE_MAX_LENGTH = 32;
export const FUND_NAME_MAX_LENGTH = 255;

export interface NewDonorInput {
  kind: DonorKind;
  name: string;
  householdId?: unknown;
  taxCode?: string | null;
}

/** A donor named by id or described anew (not both); a new one has a name, a short tax code, and a household when it is one. */
export function donorInputProblems(i: { donorId?: unknown; newDonor?: NewDonorInput | null }, prefix = 'input'): FieldError[] {
  const p = new Problems();
  if (i.donorId && i.newDonor) p.add(`${prefix}.newDonor`, 'give either donorId or newDonor');
  const n = i.newDonor;
  if (n) {
    const name = n.name.trim();
    p.check(`${prefix}.newDonor.name`, name.length >= 1 && name.length <= DONOR_NAME_MAX_LENGTH, `1–${DONOR_NAME_MAX_LENGTH} characters`);
    p.check(`${prefix}.newDonor.taxCode`, (n.taxCode ?? '').length <= TAX_CODE_MAX_LENGTH, `at most ${TAX_CODE_MAX_LENGTH} characters`);
    p.check(`${prefix}.newDonor.householdId`, n.kind !== 'HOUSEHOLD' || !!n.householdId, 'a household donor names its household');
  }
  return p.fieldErrors;
}

export interface NewFundInput {
  name: string;
  level: string;
  validFrom: LocalDate;
  bankAccounts?: readonly { bankName: string; accountNumber: string; accountName: string }[] | null;
}

/** The fields of a new fund: name, a known level, bank accounts (4–32 letters or digits, bank and holder named). */
export function newFundProblems(i: NewFundInput, prefix = 'input'): FieldError[] {
  const p = new Problems();
  const name = i.name.trim();
  p.check(`${prefix}.name`, name.length >= 1 && name.length <= FUND_NAME_MAX_LENGTH, `1–${FUND_NAME_MAX_LENGTH} characters`);
  p.check(`${prefix}.level`, (FUND_LEVELS as readonly string[]).includes(i.level), `one of ${FUND_LEVELS.join(', ')}`);
  (i.bankAccounts ?? []).forEach((b, k) => {
    const at = `${prefix}.bankAccounts[${k}]`;
    p.check(`${at}.accountNumber`, /^[0-9A-Za-z.-]{4,32}$/.test(b.accountNumber.trim()), '4–32 letters or digits');
    p.check(`${at}.bankName`, b.bankName.trim().length >= 1 && b.bankName.length <= 120, '1–120 characters');
    p.check(`${at}.accountName`, b.accountName.trim().length >= 1 && b.accountName.length <= 255, '1–255 characters');
  });
  return p.fieldErrors;
}

/**
 * A fund belongs to its committee: the committee's level (LEVEL_MISMATCH), opened within the
 * committee's validity (INVALID_VALIDITY).
 */
export function fundCommitteeProblems(
  i: { level: string; validFrom: LocalDate },
  committee: { level: string; validFrom: LocalDate; validTo: LocalDate | null },
  prefix = 'input',
): (FieldError & { reason: 'LEVEL_MISMATCH' | 'INVALID_VALIDITY' })[] {
  const out: (FieldError & { reason: 'LEVEL_MISMATCH' | 'INVALID_VALIDITY' })[] = [];
  if (committee.level !== i.level) out.push({ path: `${prefix}.level`, message: `the committee works at level ${committee.level}`, reason: 'LEVEL_MISMATCH' });
  if (i.validFrom < committee.validFrom || (committee.validTo !== null && i.validFrom > committee.validTo)) {
    out.push({ path: `${prefix}.validFrom`, message: `within the committee's validity (${committee.validFrom} – ${committee.validTo ?? 'open'})`, reason: 'INVALID_VALIDITY' });
  }
  return out;
}

/** The housing status a completed housing disbursement gives its household. */
type HousingCategory = 'HOUSING_NEW' | 'HOUSING_REPAIR';
export const HOUSING_STATUS_AFTER: Record<HousingCategory, HousingStatus> = { HOUSING_NEW: 'NEWLY_BUILT', HOUSING_REPAIR: 'REPAIRED' };

/**
 * A house reported complete: only for a housing disbursement to a household, dated between the
 * disbursement and today. Answers the household's new housing status, or the problems.
 */
export function housingCompletion(
  tx: { kind: string; category: string | null; householdId: number | null; occurredOn: LocalDate },
  completedOn: LocalDate,
  today: LocalDate,
  prefix = 'input',
): { ok: true; housingStatus: HousingStatus } | { ok: false; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const category = tx.category as DisbursementCategory | null;
  const housing = category !== null && (HOUSING_CATEGORIES as readonly string[]).includes(category);
  if (tx.kind !== 'DISBURSEMENT' || tx.householdId === null || !housing) problems.push({ path: `${prefix}.transactionId`, message: 'not a housing disbursement to a household' });
  if (completedOn < tx.occurredOn || completedOn > today) problems.push({ path: `${prefix}.completedOn`, message: `between the disbursement (${tx.occurredOn}) and today` });
  return problems.length ? { ok: false, problems } : { ok: true, housingStatus: HOUSING_STATUS_AFTER[category as HousingCategory] };
}
