import type { ImportMapping, ImportState } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file between upload and commit; deleted when it expires. */
@Entity('imports')
export class ImportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 255 }) fileName!: string;
  @Column({ type: 'varchar', length: 10 }) format!: string;
  /** The file, base64 — a text column behaves the same on both engines. */
  @Column({ type: 'text' }) content!: string;
  @Column({ type: 'simple-json' }) mapping!: ImportMapping;
  /** Code of the org unit chosen to lead new measures whose row names none; null: the automatic choice. */
  @Column({ type: 'varchar', length: 20, nullable: true }) defaultLeadOrgUnit!: string | null;
  @Column({ type: 'varchar', length: 20, default: 'UPLOADED' }) state!: ImportState;
  @Column({ type: 'simple-json', nullable: true }) result!: unknown;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @CreateDateColumn() createdAt!: Date;
  @Column({ type: Date }) expiresAt!: Date;
}
