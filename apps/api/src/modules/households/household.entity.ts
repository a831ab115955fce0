import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber, timestampColumn } from '../../db/columns';

/**
 * A household on the registry (hộ gia đình), located in an administrative unit. `areaPath` is the
 * area's materialized path copied at registration: the scope filter of every household query.
 */
@Entity({ name: 'household' })
@Index('idx_household_area_path', ['areaPath'])
@Index('idx_household_head_name_search', ['headNameSearch'])
@Index('idx_household_sponsor', ['sponsorOrganizationId'])
export class HouseholdEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  areaId: number;

  @Column({ type: 'varchar', length: 255 })
  areaPath: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ethnicity: string | null;

  @Column({ type: 'boolean', default: false })
  ethnicMinority: boolean;

  @Column({ type: 'boolean', default: false })
  socialProtection: boolean;

  @Column({ type: 'boolean', default: false })
  singleElderly: boolean;

  @Column({ type: 'boolean', default: false })
  disability: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  housingStatus: string | null;

  @Column({ type: 'int', nullable: true })
  sponsorOrganizationId: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  /** The head's name folded (foldVietnamese): accent-insensitive search, never shown. */
  @Column({ type: 'varchar', length: 120 })
  headNameSearch: string;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

/** A member of a household (thành viên hộ). Names, birth dates and ID numbers are personal data. */
@Entity({ name: 'household_member' })
@Index('idx_household_member_household', ['householdId'])
@Index('idx_household_member_national_id', ['nationalId'])
export class HouseholdMemberEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  householdId: number;

  @Column({ type: 'varchar', length: 100 })
  fullName: string;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  sex: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ethnicity: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  nationalId: string | null;

  @Column({ type: 'varchar', length: 24 })
  relation: string;

  /** False once the member was removed (left, died): kept for the history, out of duplicate checks. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

/** One review (rà soát) of a household: the facts given and the class the API derived from them. Append-only. */
@Entity({ name: 'household_review' })
@Index('idx_household_review_household_year', ['householdId', 'year'])
export class HouseholdReviewEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  householdId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  /** VND per person per month. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  incomePerPersonPerMonth: number | null;

  @Column({ type: 'int', nullable: true })
  scoreA: number | null;

  @Column({ type: 'simple-json', nullable: true })
  deprivedIndicators: string[] | null;

  @Column({ type: 'int', nullable: true })
  scoreB: number | null;

  @Column({ type: 'varchar', length: 32 })
  class: string;

  @Column({ type: 'varchar', length: 32 })
  standardCode: string;

  @Column({ type: 'varchar', length: 8 })
  residence: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decisionNumber: string | null;

  @Column({ type: 'date', nullable: true })
  decisionDate: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The review this one corrects (same household, year and kind). */
  @Column({ type: 'int', nullable: true })
  correctionOfId: number | null;

  @Column({ ...timestampColumn })
  createdAt: Date;
}
