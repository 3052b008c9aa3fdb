import type { DocumentJobState, Locale } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';

/** A document generated in the background (the council report), kept for download until it expires. */
@Entity('document_jobs')
export class DocumentJobEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 30 }) kind!: 'COUNCIL_REPORT';
  @Column({ type: 'uuid' }) periodId!: string;
  @ManyToOne(() => ReportingPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'periodId' })
  period?: ReportingPeriodEntity;
  @Column({ type: 'varchar', length: 20, default: 'RUNNING' }) state!: DocumentJobState;
  @Column({ type: 'integer', default: 0 }) progress!: number;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  /** The PDF, base64 — a text column behaves the same on both engines. Not read unless downloaded. */
  @Column({ type: 'text', nullable: true, select: false }) content!: string | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  /** The language the document is written in: the requester's interface language. */
  @Column({ type: 'varchar', length: 2, default: 'de' }) locale!: Locale;
  @CreateDateColumn() createdAt!: Date;
  @Column({ type: Date }) expiresAt!: Date;
  /** While RUNNING: until when the instance that makes it vouches for it (see common/lease.ts). */
  @Column({ type: Date, nullable: true }) leaseUntil!: Date | null;
}
