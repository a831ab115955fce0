import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

export const IMPORT_JOB_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** Most problems a job keeps (the count goes on). */
export const IMPORT_PROBLEMS_KEPT = 5000;

/** One run of an import over an uploaded file: a dry run (checks only) or a commit of the valid rows. */
@Entity({ name: 'import_job' })
@Index('idx_import_job_user', ['userId', 'id'])
export class ImportJobEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** What is imported: HOUSEHOLD_REVIEWS. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 16 })
  status: ImportJobStatus;

  @Column({ type: 'boolean' })
  dryRun: boolean;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  format: string | null;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 64 })
  uploadId: string;

  @Column({ type: 'int' }) total: number;
  @Column({ type: 'int' }) processed: number;
  @Column({ type: 'int' }) validRows: number;
  @Column({ type: 'int' }) invalidRows: number;
  @Column({ type: 'int' }) householdsRegistered: number;
  @Column({ type: 'int' }) reviewsRecorded: number;
  @Column({ type: 'int' }) problemCount: number;

  /** Why the job failed as a whole (unreadable file, database error), null otherwise. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Column({ ...timestampColumn })
  createdAt: Date;

  @Column({ ...timestampColumn, nullable: true })
  startedAt: Date | null;

  @Column({ ...timestampColumn, nullable: true })
  finishedAt: Date | null;
}

/** One problem of an import job's file (the first IMPORT_PROBLEMS_KEPT of a job are kept). */
@Entity({ name: 'import_problem' })
@Index('idx_import_problem_job', ['jobId', 'id'])
export class ImportProblemEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  jobId: number;

  /** Line of the file (1 = the header). */
  @Column({ type: 'int' })
  line: number;

  /** Key of the column at fault, null for the whole row or header. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  column: string | null;

  @Column({ type: 'varchar', length: 64 })
  reason: string;

  @Column({ type: 'varchar', length: 500 })
  message: string;
}
