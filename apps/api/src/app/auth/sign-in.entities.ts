import type { Role } from '@klimaschutz/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One unused recovery code of a user's second factor, as SHA-256 of its text; deleted when used. */
@Entity('totp_recovery_codes')
export class TotpRecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 64 }) codeHash!: string;
  @CreateDateColumn() createdAt!: Date;
}

const roleList = {
  to: (roles: Role[]) => roles.join(','),
  from: (value: string) => (value ? (value.split(',') as Role[]) : []),
};

/** The city's sign-in rules an admin sets; one row (`default`). */
@Entity('sign_in_policy')
export class SignInPolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 }) id!: string;
  /** Roles whose users must sign in with a second factor. */
  @Column({ type: 'varchar', length: 200, default: '', transformer: roleList }) totpRequiredRoles!: Role[];
  @VersionColumn() version!: number;
  @UpdateDateColumn() updatedAt!: Date;
}
