import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

/**
 * An event of the movement (sự kiện): a launch ceremony, a forum, a charity tournament, a study
 * tour… of one or more organizers, optionally under a plan. `orgPath` is the first organizer's path:
 * writes need `data.capture` owning it; reads need `organization.read` over any organizer.
 */
@Entity({ name: 'event' })
@Index('idx_event_org_path', ['orgPath'])
@Index('idx_event_plan', ['planId'])
@Index('idx_event_starts', ['startsOn', 'id'])
export class EventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  planId: number | null;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  place: string | null;

  @Column({ type: 'int', nullable: true })
  areaId: number | null;

  /** The first organizer's path. */
  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  @Column({ type: 'int', nullable: true })
  participantsCount: number | null;

  @Column({ type: 'text', nullable: true })
  participants: string | null;

  @Column({ type: 'int', nullable: true })
  beneficiariesCount: number | null;

  @Column({ type: 'text', nullable: true })
  beneficiaries: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn })
  updatedAt: Date;
}

/** One organizer of an event (đơn vị tổ chức), in the order given (position 0 is the first). */
@Entity({ name: 'event_organizer' })
@Index('idx_event_organizer_org', ['organizationId'])
export class EventOrganizerEntity {
  @PrimaryColumn({ type: 'int' })
  eventId: number;

  @PrimaryColumn({ type: 'int' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  orgPath: string;

  @Column({ type: 'int' })
  position: number;
}

/** A ledger transaction (a donation) credited to an event: each transaction to one event at most. */
@Entity({ name: 'event_transaction' })
@Index('idx_event_transaction_event', ['eventId'])
export class EventTransactionEntity {
  @PrimaryColumn({ type: 'int' })
  transactionId: number;

  @Column({ type: 'int' })
  eventId: number;
}
