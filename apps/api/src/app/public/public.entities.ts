import type { SitePageKey } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A dated, plain-language progress note written for the public page by the communication unit. */
@Entity('public_notes')
export class PublicNoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @Column({ type: 'date' }) date!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @CreateDateColumn() createdAt!: Date;
}

/** Impressum, Datenschutz, Barrierefreiheitserklärung, Leichte Sprache and Gebärdensprache, editable by admins. */
@Entity('site_pages')
export class SitePageEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) key!: SitePageKey;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @VersionColumn() version!: number;
  @UpdateDateColumn() updatedAt!: Date;
}

/**
 * A sign-language video of a site page with its WebVTT captions. The city's own information, not
 * personal data of citizens: no retention period, no erasure (README "Personal data").
 */
@Entity('site_page_videos')
export class SitePageVideoEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 40 }) pageKey!: SitePageKey;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 20 }) contentType!: string;
  @Column({ type: 'integer' }) sizeBytes!: number;
  /** The video, base64 — a text column behaves the same on both engines. Not read unless played. */
  @Column({ type: 'text', select: false }) content!: string;
  @Column({ type: 'text', nullable: true, select: false }) captions!: string | null;
  @Column({ type: 'boolean', default: false }) hasCaptions!: boolean;
  @CreateDateColumn() createdAt!: Date;
}

/** A citizen's report of a barrier or a question (BITV 2.0 § 7 feedback mechanism). */
@Entity('feedback')
export class FeedbackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) message!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) page!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) name!: string | null;
  @Column({ type: 'varchar', length: 254, nullable: true }) email!: string | null;
  @Column({ type: 'boolean', default: false }) handled!: boolean;
  /** When it was closed; RETENTION_FEEDBACK_DAYS count from here. */
  @Column({ type: Date, nullable: true }) handledAt!: Date | null;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
}
