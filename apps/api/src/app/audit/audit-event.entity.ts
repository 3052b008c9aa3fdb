import type { AuditAction, AuditChange } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @CreateDateColumn() at!: Date;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  /** Kept as written at the time, so the history still names a user who was later removed. */
  @Column({ type: 'varchar', length: 200, nullable: true }) actorName!: string | null;
  @Column({ type: 'varchar', length: 20 }) action!: AuditAction;
  @Column({ type: 'varchar', length: 40 }) entityType!: string;
  @Column({ type: 'varchar', length: 36 }) entityId!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) entityLabel!: string | null;
  /** The record a child belongs to (a milestone's measure), so the parent's history shows it. */
  @Column({ type: 'varchar', length: 36, nullable: true }) scopeId!: string | null;
  @Column({ type: 'simple-json' }) changes!: AuditChange[];
}
