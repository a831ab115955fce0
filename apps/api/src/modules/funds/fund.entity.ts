import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn, timestampColumn } from '../../db/columns';

/**
 * A Fund for the Poor (Quỹ "Vì người nghèo") of one VFF committee: central, province, commune
 * (district funds until 30/06/2025). `orgPath` is its committee's path: the scope of every read and
 * write. `balance` caches Σ of its FUND-account entries (kept in the transaction of every movement;
 * `npm run check:ledger` verifies it).
 */
@Entity({ name: 'fund' })
@Index('idx_fund_org_path', ['orgPath'])
export class FundEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: string;

  /** The VFF committee that holds the fund. */
  @Column({ type: 'int' })
  organizationId: number;

  /** The campaign board (Ban vận động), an organization of the graph, when recorded. */
  @Column({ type: 'int', nullable: true })
  campaignBoardId: number | null;

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  /** The committee's area (null for the central fund): public reports by area start here. */
  @Column({ type: 'int', nullable: true })
  areaId: number | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  areaPath: string | null;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ ...bigintColumn })
  balance: number;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

/** A bank or State Treasury account of a fund (for statements and the public report). */
@Entity({ name: 'fund_bank_account' })
@Index('idx_fund_bank_account_fund', ['fundId'])
export class FundBankAccountEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  fundId: number;

  @Column({ type: 'varchar', length: 120 })
  bankName: string;

  @Column({ type: 'varchar', length: 32 })
  accountNumber: string;

  @Column({ type: 'varchar', length: 255 })
  accountName: string;

  @Column({ ...timestampColumn })
  createdAt: Date;
}

/**
 * Who gives (người/đơn vị ủng hộ): an organization of the graph, an enterprise, an individual or a
 * household. Filed under the committee whose staff recorded it first (`orgPath`, `areaPath`): visible
 * wherever that committee's fund is.
 */
@Entity({ name: 'donor' })
@Index('idx_donor_name_search', ['nameSearch'])
export class DonorEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 255 })
  nameSearch: string;

  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @Column({ type: 'int', nullable: true })
  householdId: number | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  taxCode: string | null;

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  /** The area of that committee: donors are visible where its fund is. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  areaPath: string | null;

  @Column({ ...timestampColumn })
  createdAt: Date;
}

/**
 * One movement of money (giao dịch): the facts, who recorded it, and its entry group in
 * `ledger_entry`. Append-only. `reversesId` is unique: a transaction is reversed at most once.
 * `idempotencyScope` is unique: a retried mutation finds its first result.
 */
@Entity({ name: 'ledger_transaction' })
@Index('idx_ledger_tx_fund', ['fundId', 'occurredOn', 'id'])
@Index('idx_ledger_tx_counter_fund', ['counterFundId', 'occurredOn', 'id'])
@Index('uq_ledger_tx_reverses', ['reversesId'], { unique: true })
@Index('uq_ledger_tx_idempotency', ['idempotencyScope'], { unique: true })
@Index('idx_ledger_tx_pledge', ['pledgeId'])
@Index('idx_ledger_tx_household', ['householdId'])
export class LedgerTransactionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The fund recording it (for a transfer: the fund the money leaves). */
  @Column({ type: 'int' })
  fundId: number;

  /** TRANSFER: the fund the money goes to. */
  @Column({ type: 'int', nullable: true })
  counterFundId: number | null;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  channel: string | null;

  @Column({ ...bigintColumn })
  amount: number;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ ...timestampColumn })
  recordedAt: Date;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 120 })
  actorName: string;

  @Column({ type: 'int', nullable: true })
  donorId: number | null;

  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ type: 'int', nullable: true })
  pledgeId: number | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  beneficiaryKind: string | null;

  @Column({ type: 'int', nullable: true })
  householdId: number | null;

  /** The beneficiary's area path (households) or the fund's area: public tallies per commune. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  beneficiaryAreaPath: string | null;

  /** EVENT / COMMUNITY_PROJECT: what it was. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  beneficiaryName: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  receiptNumber: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  reference: string | null;

  /** IN_KIND: what was given and how it was valued. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  valuation: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'int', nullable: true })
  reversesId: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  overrideJustification: string | null;

  /** Housing disbursements: the day the house was reported complete. */
  @Column({ type: 'date', nullable: true })
  housingCompletedOn: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  idempotencyScope: string | null;

  /** The canonical JSON of the mutation's input (without the key): the same key with another payload is refused. */
  @Column({ type: 'text', nullable: true })
  payload: string | null;

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  /** TRANSFER: the receiving fund's committee path (it sees the transfer too). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  counterOrgPath: string | null;
}

/** One line of a transaction's entry group: an account debited or credited; a group sums to zero. */
@Entity({ name: 'ledger_entry' })
@Index('idx_ledger_entry_tx', ['transactionId'])
@Index('idx_ledger_entry_fund', ['fundId', 'occurredOn', 'transactionId', 'direction', 'amount'])
@Index('idx_ledger_entry_account', ['accountKind', 'accountId'])
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  transactionId: number;

  @Column({ type: 'varchar', length: 16 })
  accountKind: string;

  @Column({ type: 'varchar', length: 64 })
  accountId: string;

  @Column({ type: 'varchar', length: 8 })
  direction: string;

  @Column({ ...bigintColumn })
  amount: number;

  /** Set for FUND accounts: balances are sums over this column. */
  @Column({ type: 'int', nullable: true })
  fundId: number | null;

  @Column({ type: 'date' })
  occurredOn: string;
}

/** A pledge (cam kết ủng hộ): its fulfilments are PLEDGE_FULFILMENT transactions naming it. */
@Entity({ name: 'pledge' })
@Index('idx_pledge_fund', ['fundId', 'dueOn'])
@Index('uq_pledge_idempotency', ['idempotencyScope'], { unique: true })
export class PledgeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  fundId: number;

  @Column({ type: 'int' })
  donorId: number;

  @Column({ ...bigintColumn })
  amount: number;

  @Column({ type: 'date' })
  pledgedOn: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  idempotencyScope: string | null;

  /** The canonical JSON of the mutation's input (without the key). */
  @Column({ type: 'text', nullable: true })
  payload: string | null;

  @Column({ ...timestampColumn })
  createdAt: Date;
}
