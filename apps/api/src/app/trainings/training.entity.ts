import type { TrainingFormat, TrainingStatus, TrainingTopic } from '@klimaschutz/contracts';
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
import { MeasureEntity } from '../measures/measure.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';

@Entity('trainings')
export class TrainingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 30 }) topic!: TrainingTopic;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: Date }) startsAt!: Date;
  @Column({ type: 'integer' }) durationMinutes!: number;
  @Column({ type: 'varchar', length: 200 }) trainer!: string;
  @Column({ type: 'varchar', length: 20 }) format!: TrainingFormat;
  @Column({ type: 'varchar', length: 300, nullable: true }) location!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) onlineUrl!: string | null;
  @Column({ type: 'integer', nullable: true }) capacity!: number | null;
  @Column({ type: 'varchar', length: 20, default: 'PLANNED' }) status!: TrainingStatus;
  @Column({ type: 'text', nullable: true }) cancellationReason!: string | null;
  @Column({ type: 'text', select: false }) searchText!: string;
  @ManyToMany(() => OrgUnitEntity)
  @JoinTable({
    name: 'training_target_org_units',
    joinColumn: { name: 'trainingId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'orgUnitId', referencedColumnName: 'id' },
  })
  targetOrgUnits?: OrgUnitEntity[];
  @ManyToMany(() => MeasureEntity)
  @JoinTable({
    name: 'training_measures',
    joinColumn: { name: 'trainingId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'measureId', referencedColumnName: 'id' },
  })
  linkedMeasures?: MeasureEntity[];
  @OneToMany(() => TrainingRegistrationEntity, (r) => r.training)
  registrations?: TrainingRegistrationEntity[];
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}

/** How many staff of one org unit are registered for a training. */
@Entity('training_registrations')
export class TrainingRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) trainingId!: string;
  @ManyToOne(() => TrainingEntity, (t) => t.registrations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainingId' })
  training?: TrainingEntity;
  @Column({ type: 'uuid' }) orgUnitId!: string;
  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'orgUnitId' })
  orgUnit?: OrgUnitEntity;
  @Column({ type: 'integer', default: 0 }) count!: number;
  @OneToMany(() => TrainingParticipantEntity, (p) => p.registration)
  names?: TrainingParticipantEntity[];
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}

/** A participant's name: optional, personal data, deletable on request. */
@Entity('training_participants')
export class TrainingParticipantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) registrationId!: string;
  @ManyToOne(() => TrainingRegistrationEntity, (r) => r.names, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registrationId' })
  registration?: TrainingRegistrationEntity;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @CreateDateColumn() createdAt!: Date;
}

@Entity('training_feedback')
export class TrainingFeedbackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) trainingId!: string;
  @ManyToOne(() => TrainingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainingId' })
  training?: TrainingEntity;
  @Column({ type: 'integer' }) score!: number;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ type: 'uuid', nullable: true }) recordedById!: string | null;
  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recordedById' })
  recordedBy?: UserEntity | null;
  @CreateDateColumn() createdAt!: Date;
}
