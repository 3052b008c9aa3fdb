import type { Assessment, MeasureStatus, ReportState, ReviewDecision } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MeasureEntity } from '../measures/measure.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { ReportingPeriodEntity } from './reporting-period.entity';

/** pg and SQLite both return `double precision` as number; the transformer only keeps null as null. */
const numeric = { to: (v: number | null) => v, from: (v: unknown) => (v === null || v === undefined ? null : Number(v)) };

/**
 * One version of a Sachstandsmeldung. After submission a row is never edited again except for its
 * review; a revision is a new row whose `supersedesId` points at the one sent back.
 */
@Entity('progress_reports')
export class ProgressReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @ManyToOne(() => MeasureEntity)
  @JoinColumn({ name: 'measureId' })
  measure?: MeasureEntity;
  @Column({ type: 'uuid', nullable: true }) periodId!: string | null;
  @ManyToOne(() => ReportingPeriodEntity, { nullable: true })
  @JoinColumn({ name: 'periodId' })
  period?: ReportingPeriodEntity | null;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'orgUnitId' })
  orgUnit?: OrgUnitEntity;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  /** Kept as written at the time, so the history still names an author who was later removed. */
  @Column({ type: 'varchar', length: 200 }) authorName!: string;
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' }) state!: ReportState;
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @Column({ type: 'uuid', nullable: true }) supersedesId!: string | null;
  @Column({ type: 'varchar', length: 20 }) status!: MeasureStatus;
  @Column({ type: 'varchar', length: 20 }) assessment!: Assessment;
  @Column({ type: 'integer' }) progressPercent!: number;
  @Column({ type: 'text', nullable: true }) text!: string | null;
  @Column({ type: 'text', nullable: true }) obstacles!: string | null;
  @Column({ type: 'text', nullable: true }) nextSteps!: string | null;
  @Column({ type: 'text', nullable: true }) milestonesReached!: string | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) actualCostsEur!: number | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) staffEffortHours!: number | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) ghgReductionAchievedT!: number | null;
  @Column({ type: Date, nullable: true }) submittedAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) reviewDecision!: ReviewDecision | null;
  @Column({ type: 'text', nullable: true }) reviewComment!: string | null;
  @Column({ type: Date, nullable: true }) reviewedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewerId!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) reviewerName!: string | null;
  @Column({ type: 'boolean', default: false }) appliedToMeasure!: boolean;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
