import type { IndicatorDirection } from '@klimaschutz/contracts';
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
import { FieldOfActionEntity } from '../fields-of-action/field-of-action.entity';
import { MeasureEntity } from '../measures/measure.entity';

const numeric = { to: (v: number | null) => v, from: (v: unknown) => (v === null || v === undefined ? null : Number(v)) };

@Entity('indicators')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'varchar', length: 40 }) unit!: string;
  @Column({ type: 'varchar', length: 4 }) direction!: IndicatorDirection;
  @Column({ type: 'integer' }) baselineYear!: number;
  @Column({ type: 'double precision', transformer: numeric }) baselineValue!: number;
  @Column({ type: 'integer' }) targetYear!: number;
  @Column({ type: 'double precision', transformer: numeric }) targetValue!: number;
  @Column({ type: 'uuid', nullable: true }) fieldOfActionId!: string | null;
  @ManyToOne(() => FieldOfActionEntity, { nullable: true })
  @JoinColumn({ name: 'fieldOfActionId' })
  fieldOfAction?: FieldOfActionEntity | null;
  @ManyToMany(() => MeasureEntity)
  @JoinTable({
    name: 'indicator_measures',
    joinColumn: { name: 'indicatorId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'measureId', referencedColumnName: 'id' },
  })
  measures?: MeasureEntity[];
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}

@Entity('indicator_values')
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) indicatorId!: string;
  @Column({ type: 'date' }) date!: string;
  @Column({ type: 'double precision', transformer: numeric }) value!: number;
  @Column({ type: 'varchar', length: 300, nullable: true }) source!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) authorName!: string | null;
  @Column({ type: Date }) createdAt!: Date;
}
