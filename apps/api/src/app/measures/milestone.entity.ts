import type { MilestoneState } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import type { MeasureEntity } from './measure.entity';

@Entity('milestones')
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) measureId!: string;
  @ManyToOne('MeasureEntity', (m: MeasureEntity) => m.milestones, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measureId' })
  measure?: MeasureEntity;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'uuid', nullable: true }) responsibleOrgUnitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { nullable: true })
  @JoinColumn({ name: 'responsibleOrgUnitId' })
  responsibleOrgUnit?: OrgUnitEntity | null;
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'varchar', length: 20, default: 'OPEN' }) state!: MilestoneState;
  @Column({ type: 'date', nullable: true }) doneDate!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
