import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn, timestampColumn } from '../../db/columns';

/** A bank statement (sao kê) imported for a fund: its lines are matched to recorded donations. */
@Entity({ name: 'bank_statement' })
@Index('uq_bank_statement_file', ['fundId', 'sha256'], { unique: true })
export class BankStatementEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  fundId: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  accountNumber: string | null;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'int' })
  lineCount: number;

  @Column({ type: 'date', nullable: true })
  fromDate: string | null;

  @Column({ type: 'date', nullable: true })
  toDate: string | null;

  @Column({ ...timestampColumn })
  importedAt: Date;

  @Column({ type: 'varchar', length: 120 })
  actorName: string;

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;
}

export const STATEMENT_LINE_STATUSES = ['UNMATCHED', 'PROPOSED', 'CONFIRMED', 'OUTGOING'] as const;
export type StatementLineStatus = (typeof STATEMENT_LINE_STATUSES)[number];

/**
 * One line of a statement. Money in is matched to one donation: PROPOSED by the matcher, CONFIRMED
 * (or set by hand) by an officer; `confirmedTransactionId` is unique, so a donation is confirmed
 * against one line at most. Money out is OUTGOING (not matched).
 */
@Entity({ name: 'bank_statement_line' })
@Index('idx_statement_line_fund', ['fundId', 'status', 'occurredOn'])
@Index('idx_statement_line_statement', ['statementId', 'row'])
@Index('uq_statement_line_confirmed', ['confirmedTransactionId'], { unique: true })
export class StatementLineEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  statementId: number;

  @Column({ type: 'int' })
  fundId: number;

  /** Row of the statement file. */
  @Column({ type: 'int' })
  row: number;

  @Column({ type: 'date' })
  occurredOn: string;

  /** Signed: money in positive, money out negative. */
  @Column({ ...bigintColumn })
  amount: number;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  reference: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: StatementLineStatus;

  /** The donation proposed or confirmed. */
  @Column({ type: 'int', nullable: true })
  transactionId: number | null;

  @Column({ type: 'int', nullable: true })
  confirmedTransactionId: number | null;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  /** Why it was proposed: AMOUNT, DATE, REFERENCE, NAME. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  evidence: string | null;
}

/** A proposal an officer rejected: never proposed again. */
@Entity({ name: 'statement_match_rejection' })
@Index('uq_statement_match_rejection', ['lineId', 'transactionId'], { unique: true })
export class StatementRejectionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  lineId: number;

  @Column({ type: 'int' })
  transactionId: number;

  @Column({ ...timestampColumn })
  createdAt: Date;
}
