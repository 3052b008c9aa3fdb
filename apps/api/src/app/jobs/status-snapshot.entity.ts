import type { SnapshotCounts } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The state of all active measures on one day, written once a day; the trend charts read these. */
@Entity('status_snapshots')
export class StatusSnapshotEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'date' }) day!: string;
  @Column({ type: 'simple-json' }) counts!: SnapshotCounts;
  @CreateDateColumn() createdAt!: Date;
}
