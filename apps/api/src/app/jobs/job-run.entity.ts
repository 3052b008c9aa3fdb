import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JobRunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/**
 * One row per job and slot. The unique (jobName, slot) pair is the claim: with several API
 * instances on one database, only the instance whose insert succeeds runs that slot.
 */
@Entity('job_runs')
export class JobRunEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 60 }) jobName!: string;
  @Column({ type: 'varchar', length: 60 }) slot!: string;
  @Column({ type: 'varchar', length: 20 }) status!: JobRunStatus;
  @Column({ type: 'varchar', length: 20 }) trigger!: 'SCHEDULE' | 'MANUAL';
  @Column({ type: 'varchar', length: 200, nullable: true }) triggeredBy!: string | null;
  @Column({ type: Date }) startedAt!: Date;
  @Column({ type: Date, nullable: true }) finishedAt!: Date | null;
  /** Short German summary of what the run did, e.g. "3 Erinnerungen versendet". */
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
}
