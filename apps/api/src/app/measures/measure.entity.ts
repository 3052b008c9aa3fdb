import type { Assessment, MeasureStatus, Priority } from '@klimaschutz/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { MilestoneEntity } from './milestone.entity';

/** pg returns `double precision` as number already; SQLite too. The transformer only keeps null as null. */
const numeric = { to: (v: number | null) => v, from: (v: unknown) => (v === null || v === undefined ? null : Number(v)) };

@Entity('measures')
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text', nullable: true }) goal!: string | null;
  @Column({ type: 'uuid' }) fieldOfActionId!: string;
  @ManyToOne(() => FieldOfActionEntity)
  @JoinColumn({ name: 'fieldOfActionId' })
  fieldOfAction?: FieldOfActionEntity;
  @Column({ type: 'uuid' }) leadOrgUnitId!: string;
  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'leadOrgUnitId' })
  leadOrgUnit?: OrgUnitEntity;
  @ManyToMany(() => OrgUnitEntity)
  @JoinTable({
    name: 'measure_participants',
    joinColumn: { name: 'measureId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'orgUnitId', referencedColumnName: 'id' },
  })
  participatingOrgUnits?: OrgUnitEntity[];
  @OneToMany(() => MilestoneEntity, (m) => m.measure)
  milestones?: MilestoneEntity[];
  @Column({ type: 'text', nullable: true }) externalActors!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) targetGroup!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'MEDIUM' }) priority!: Priority;
  @Column({ type: 'varchar', length: 20, default: 'PLANNED' }) status!: MeasureStatus;
  @Column({ type: 'varchar', length: 20, default: 'NOT_ASSESSED' }) assessment!: Assessment;
  @Column({ type: 'integer', default: 0 }) progressPercent!: number;
  @Column({ type: 'date', nullable: true }) plannedStart!: string | null;
  @Column({ type: 'date', nullable: true }) plannedEnd!: string | null;
  @Column({ type: 'date', nullable: true }) actualStart!: string | null;
  @Column({ type: 'date', nullable: true }) actualEnd!: string | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) costEstimateEur!: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) fundingSource!: string | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) ghgReductionTargetT!: number | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) ghgReductionAchievedT!: number | null;
  /** Sector of the GHG balance the measure acts on (issue #17); null = none named. */
  @Column({ type: 'uuid', nullable: true }) emissionSectorId!: string | null;
  /** Years the reduction lasts from the start year; null = until the climate-neutrality year. */
  @Column({ type: 'integer', nullable: true }) lifetimeYears!: number | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) responsibleContact!: string | null;
  @Column({ type: 'text', nullable: true }) internalNotes!: string | null;
  @Column({ type: 'boolean', default: false }) published!: boolean;
  @Column({ type: 'text', nullable: true }) publicSummary!: string | null;
  @Column({ type: 'text', select: false }) searchText!: string;
  @Column({ type: Date, nullable: true }) archivedAt!: Date | null;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
