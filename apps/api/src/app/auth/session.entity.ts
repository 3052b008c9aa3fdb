import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * FULL: signed in. CHALLENGE: password accepted, the second factor not yet — opens nothing, only
 * `POST /auth/login/totp`. ENROL: the role requires a second factor the user has not set up — may only set it up.
 */
export type SessionKind = 'FULL' | 'CHALLENGE' | 'ENROL';

/** A login. The token itself is only known to the client; we keep its SHA-256, so a database leak opens no session. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 64 }) tokenHash!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @CreateDateColumn() createdAt!: Date;
  @Column({ type: Date }) expiresAt!: Date;
  @Column({ type: Date, nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'varchar', length: 20, default: 'FULL' }) kind!: SessionKind;
  /** The last request the user made (background polling excluded), written at most once a minute; the login's time at first. */
  @CreateDateColumn() lastSeenAt!: Date;
}
