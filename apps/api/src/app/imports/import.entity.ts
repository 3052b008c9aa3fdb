import type {
  ImportColumn,
  ImportMapping,
  ImportPreview,
  ImportSession,
  ImportState,
  MasterDataDecision,
  MasterDataItem,
} from '@klimaschutz/contracts';
import type { UndoEntry } from './import-apply';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded file between upload and commit, and the run's outcome; deleted when it expires. Holds
 * everything the wizard polls, so any API instance can answer it.
 */
@Entity('imports')
export class ImportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 255 }) fileName!: string;
  @Column({ type: 'varchar', length: 10 }) format!: string;
  /** The file, base64 — a text column behaves the same on both engines. Not read unless parsed; emptied after the run. */
  @Column({ type: 'text', select: false }) content!: string;
  @Column({ type: 'simple-json' }) mapping!: ImportMapping;
  /** Code of the org unit chosen to lead new measures whose row names none; null: the automatic choice. */
  @Column({ type: 'varchar', length: 20, nullable: true }) defaultLeadOrgUnit!: string | null;
  @Column({ type: 'varchar', length: 20, default: 'UPLOADED' }) state!: ImportState;
  /** 0–100 while RUNNING, written by the instance that runs the import. */
  @Column({ type: 'integer', default: 0 }) progress!: number;
  /** The file's columns as recognised at upload. Null only in rows uploaded before it was stored. */
  @Column({ type: 'simple-json', nullable: true }) detectedColumns!: ImportColumn[] | null;
  /** The preview for the current mapping; after the run, what it did (or why it was rejected). */
  @Column({ type: 'simple-json', nullable: true }) preview!: ImportPreview | null;
  @Column({ type: 'simple-json', nullable: true }) result!: ImportSession['result'];
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @CreateDateColumn() createdAt!: Date;
  @Column({ type: Date }) expiresAt!: Date;
  /** The user's decisions about master data, by `masterDataKey`. */
  @Column({ type: 'simple-json', nullable: true }) decisions!: Record<string, MasterDataDecision> | null;
  /** The master data the current preview (after the run: the run) found, with the decision for each. */
  @Column({ type: 'simple-json', nullable: true }) masterData!: MasterDataItem[] | null;
  /** After DONE: every write, to undo the import. Not read unless undone. */
  @Column({ type: 'simple-json', nullable: true, select: false }) undoLog!: UndoEntry[] | null;
  @Column({ type: Date, nullable: true }) undoneAt!: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) undoneBy!: string | null;
  /** While RUNNING: until when the instance that runs it vouches for it (see common/lease.ts). */
  @Column({ type: Date, nullable: true }) leaseUntil!: Date | null;
}
