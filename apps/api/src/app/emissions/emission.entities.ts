import type { EmissionDataQuality, EmissionInterimTarget, EmissionPathMode, EmissionPathPoint } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** pg returns `double precision` as number already; SQLite too. The transformer only keeps null as null. */
const numeric = { to: (v: number | null) => v, from: (v: unknown) => (v === null || v === undefined ? null : Number(v)) };

/** A sector of the city's GHG balance (BISKO's five by default, or the city's own cut). */
@Entity('emission_sectors')
export class EmissionSectorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'integer', default: 0 }) sortOrder!: number;
  @Column({ type: 'boolean', default: false }) bisko!: boolean;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}

/** One balance year: population, method note and the version that guards its values. */
@Entity('emission_years')
export class EmissionYearEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'integer', nullable: true }) population!: number | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}

/** One value of a year: a sector (or null = the reported total), optionally an energy carrier; t CO2e. */
@Entity('emission_values')
export class EmissionValueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) yearId!: string;
  @Column({ type: 'uuid', nullable: true }) sectorId!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) energyCarrier!: string | null;
  @Column({ type: 'double precision', transformer: numeric }) tCo2e!: number;
  @Column({ type: 'varchar', length: 1, nullable: true }) dataQuality!: EmissionDataQuality | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) source!: string | null;
}

/** The city's one target set (base year, neutrality year, interim targets, path, budget). */
@Entity('emission_targets')
export class EmissionTargetsEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'integer', nullable: true }) baseYear!: number | null;
  @Column({ type: 'integer', nullable: true }) neutralityYear!: number | null;
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) residualT!: number | null;
  @Column({ type: 'varchar', length: 10, default: 'LINEAR' }) pathMode!: EmissionPathMode;
  @Column({ type: 'simple-json' }) interimTargets!: EmissionInterimTarget[];
  @Column({ type: 'simple-json' }) pathPoints!: EmissionPathPoint[];
  @Column({ type: 'double precision', nullable: true, transformer: numeric }) budgetT!: number | null;
  @Column({ type: 'integer', nullable: true }) budgetStartYear!: number | null;
  @Column({ type: 'boolean', default: false }) published!: boolean;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}

export const EMISSION_ENTITIES = [EmissionSectorEntity, EmissionYearEntity, EmissionValueEntity, EmissionTargetsEntity];
