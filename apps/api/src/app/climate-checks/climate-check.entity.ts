import type { ClimateCheckStatus, ClimateCheckSubjectType, ClimateCriterion, ClimateImpact } from '@klimaschutz/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { MeasureEntity } from '../measures/measure.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';

const numeric = { to: (v: number | null) => v, from: (v: unknown) => (v === null || v === undefined ? null : Number(v)) };

/** Column prefix of each criterion: `<prefix>Impact` and `<prefix>Reason`. */
export const CRITERION_COLUMNS = {
  GHG_EMISSIONS: 'ghgEmissions',
  ENERGY_USE: 'energyUse',
  MOBILITY: 'mobility',
  LAND_USE: 'landUse',
  CLIMATE_ADAPTATION: 'climateAdaptation',
} as const satisfies Record<ClimateCriterion, string>;

@Entity('climate_checks')
export class ClimateCheckEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 30 }) subjectType!: ClimateCheckSubjectType;
  @Column({ type: 'varchar', length: 50, nullable: true }) reference!: string | null;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'orgUnitId' })
  orgUnit?: OrgUnitEntity;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: UserEntity | null;
  @Column({ type: 'boolean', nullable: true }) climateRelevant!: boolean | null;
  @Column({ type: 'text', nullable: true }) relevanceReason!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) ghgEmissionsImpact!: ClimateImpact | null;
  @Column({ type: 'text', nullable: true }) ghgEmissionsReason!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) energyUseImpact!: ClimateImpact | null;
  @Column({ type: 'text', nullable: true }) energyUseReason!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) mobilityImpact!: ClimateImpact | null;
  @Column({ type: 'text', nullable: true }) mobilityReason!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) landUseImpact!: ClimateImpact | null;
  @Column({ type: 'text', nullable: true }) landUseReason!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) climateAdaptationImpact!: ClimateImpact | null;
  @Column({ type: 'text', nullable: true }) climateAdaptationReason!: string | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) estimatedGhgEffectT!: number | null;
  @Column({ type: 'text', nullable: true }) alternatives!: string | null;
  @Column({ type: 'text', nullable: true }) statement!: string | null;
  @Column({ type: 'varchar', length: 20, default: 'DRAFT' }) status!: ClimateCheckStatus;
  @Column({ type: Date, nullable: true }) submittedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) submittedById!: string | null;
  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submittedById' })
  submittedBy?: UserEntity | null;
  @Column({ type: Date, nullable: true }) reviewedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewedById!: string | null;
  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewedById' })
  reviewedBy?: UserEntity | null;
  @Column({ type: 'text', select: false }) searchText!: string;
  @ManyToMany(() => MeasureEntity)
  @JoinTable({
    name: 'climate_check_measures',
    joinColumn: { name: 'climateCheckId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'measureId', referencedColumnName: 'id' },
  })
  linkedMeasures?: MeasureEntity[];
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
