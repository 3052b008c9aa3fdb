import type { ConsultationCategory, ConsultationStatus } from '@klimaschutz/contracts';
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

@Entity('consultations')
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) requestingOrgUnitId!: string;
  @ManyToOne(() => OrgUnitEntity)
  @JoinColumn({ name: 'requestingOrgUnitId' })
  requestingOrgUnit?: OrgUnitEntity;
  @Column({ type: 'uuid', nullable: true }) requestedById!: string | null;
  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requestedById' })
  requestedBy?: UserEntity | null;
  @Column({ type: 'varchar', length: 300 }) topic!: string;
  @Column({ type: 'varchar', length: 30 }) category!: ConsultationCategory;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'date', nullable: true }) desiredDate!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) procedureReference!: string | null;
  @Column({ type: 'varchar', length: 20, default: 'REQUESTED' }) status!: ConsultationStatus;
  @Column({ type: 'uuid', nullable: true }) consultantId!: string | null;
  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'consultantId' })
  consultant?: UserEntity | null;
  @Column({ type: Date, nullable: true }) scheduledAt!: Date | null;
  @Column({ type: 'text', nullable: true }) outcome!: string | null;
  @Column({ type: 'text', nullable: true }) recommendation!: string | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) effortHours!: number | null;
  @Column({ type: 'text', nullable: true }) declineReason!: string | null;
  @Column({ type: Date }) requestedAt!: Date;
  @Column({ type: Date, nullable: true }) closedAt!: Date | null;
  @Column({ type: 'text', select: false }) searchText!: string;
  @ManyToMany(() => MeasureEntity)
  @JoinTable({
    name: 'consultation_measures',
    joinColumn: { name: 'consultationId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'measureId', referencedColumnName: 'id' },
  })
  linkedMeasures?: MeasureEntity[];
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
