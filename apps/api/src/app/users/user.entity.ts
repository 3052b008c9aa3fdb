import type { Locale, Role } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'varchar', length: 200 }) displayName!: string;
  @Column({ type: 'varchar', length: 20 }) role!: Role;
  @Column({ type: 'uuid', nullable: true }) orgUnitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { nullable: true })
  @JoinColumn({ name: 'orgUnitId' })
  orgUnit?: OrgUnitEntity | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  /** scrypt hash with its parameters and salt; never leaves the service. */
  @Column({ type: 'varchar', length: 300, select: false }) passwordHash!: string;
  @Column({ type: 'boolean', default: true }) emailNotifications!: boolean;
  /** The language of the user's interface, e-mails and council report. */
  @Column({ type: 'varchar', length: 2, default: 'de' }) locale!: Locale;
  @Column({ type: Date, nullable: true }) lastLoginAt!: Date | null;
  /** TOTP secret, encrypted (see TotpService); never leaves the service. */
  @Column({ type: 'varchar', length: 300, nullable: true, select: false }) totpSecret!: string | null;
  /** A started, not yet confirmed enrolment's secret, encrypted. */
  @Column({ type: 'varchar', length: 300, nullable: true, select: false }) totpPendingSecret!: string | null;
  @Column({ type: Date, nullable: true }) totpEnabledAt!: Date | null;
  /** The TOTP time step of the last accepted code: that code and older ones are refused (no replay). */
  @Column({ type: 'integer', nullable: true, select: false }) totpLastStep!: number | null;
  /** Set when the account was erased on request: name and e-mail are placeholders from then on. */
  @Column({ type: Date, nullable: true }) erasedAt!: Date | null;
  @VersionColumn() version!: number;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
}
