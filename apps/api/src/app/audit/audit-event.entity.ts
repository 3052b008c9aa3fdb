import type { AuditAction, AuditChange } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @CreateDateColumn() at!: Date;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  /**
   * The actor's name as written at the time. The history shows the actor's current name (by
   * `actorId`); this snapshot names actors without an account (System, Import) and is cleared
   * after the retention period (RETENTION_HISTORY_NAMES_DAYS) or replaced when the person is erased.
   */
  @Column({ type: 'varchar', length: 200, nullable: true }) actorName!: string | null;
  @Column({ type: 'varchar', length: 20 }) action!: AuditAction;
  @Column({ type: 'varchar', length: 40 }) entityType!: string;
  @Column({ type: 'varchar', length: 36 }) entityId!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) entityLabel!: string | null;
  /** The record a child belongs to (a milestone's measure), so the parent's history shows it. */
  @Column({ type: 'varchar', length: 36, nullable: true }) scopeId!: string | null;
  @Column({ type: 'simple-json' }) changes!: AuditChange[];
  /** Set on events written while a progress report was a draft: only who may see the draft sees them. */
  @Column({ type: 'uuid', nullable: true }) draftOrgUnitId!: string | null;
  @Column({ type: 'uuid', nullable: true }) draftAuthorId!: string | null;
}
